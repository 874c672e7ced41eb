// README: react-jsx-types
import type { DetailedHTMLProps, HTMLAttributes } from 'react';
import type { IamErrorDetail, IamLoadDetail, IamSelectDetail, Organization, SsoUser } from 'iam-elements';

/** Lets TSX accept the tags themselves (React 19, no wrappers). */
type IamTagProps<TItem> = DetailedHTMLProps<HTMLAttributes<HTMLElement>, HTMLElement> & {
  token?: string;
  'client-id'?: string;
  'base-url'?: string;
  timeout?: number;
  label?: string;
  'oniam-load'?: (event: CustomEvent<IamLoadDetail<TItem>>) => void;
  'oniam-error'?: (event: CustomEvent<IamErrorDetail>) => void;
  'oniam-select'?: (event: CustomEvent<IamSelectDetail<TItem>>) => void;
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
