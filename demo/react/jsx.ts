import type { DetailedHTMLProps, HTMLAttributes } from 'react';
import type { Organization, SsoUser } from 'iam-elements';

// README: react-jsx-types
/** Lets TSX accept the tags themselves (React 19, no wrappers). */
type IamTagProps<TItem> = DetailedHTMLProps<HTMLAttributes<HTMLElement>, HTMLElement> & {
  token?: string;
  'client-id'?: string;
  'base-url'?: string;
  timeout?: number;
  label?: string;
  'oniam-load'?: (event: CustomEvent<{ items: readonly TItem[] }>) => void;
  'oniam-error'?: (event: CustomEvent<{ error: Error }>) => void;
  'oniam-select'?: (event: CustomEvent<{ item: TItem; index: number }>) => void;
};

declare module 'react' {
  namespace JSX {
    interface IntrinsicElements {
      'user-orgs': IamTagProps<Organization> & { 'user-id'?: string };
      'sso-user-list': IamTagProps<SsoUser> & { 'org-id'?: string; 'user-name'?: string; email?: string; phone?: string };
    }
  }
}
// README: end
