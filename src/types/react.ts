/**
 * `import type {} from 'iam-elements/types/react'` (or tsconfig `types`):
 * React 19 TSX accepts every tag of the package themselves, with their properties
 * (`userId`), attributes (`user-id`) and `oniam-*` listeners typed by the
 * element's items. React 19 sets a prop as a property when the element has
 * one and adds `on<event>` props as listeners (`oniam-load` → `iam-load`).
 * Augments `react`'s `JSX`: `react/jsx-runtime` and `react/jsx-dev-runtime`
 * (what TSX with `jsx: react-jsx` / `react-jsxdev` reads) re-export that
 * namespace, so they see the tags too (test/types/react.tsx checks both);
 * an augmentation of theirs would declare the same entries a second time.
 */
import type { DetailedHTMLProps, HTMLAttributes } from 'react';
import type { IamElementTagNameMap, IamTagProps } from './elements.js';

type IamIntrinsicElements = {
  [Tag in keyof IamElementTagNameMap]: DetailedHTMLProps<HTMLAttributes<IamElementTagNameMap[Tag]>, IamElementTagNameMap[Tag]> &
    IamTagProps<'on'>[Tag];
};

declare module 'react' {
  namespace JSX {
    interface IntrinsicElements extends IamIntrinsicElements {}
  }
}
