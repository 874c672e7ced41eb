/**
 * `import type {} from 'iam-elements/types/preact'` (or tsconfig `types`):
 * Preact TSX accepts every tag of the package with their properties (`userId`),
 * attributes (`user-id`) and `oniam-*` listeners typed by the element's items.
 * Preact sets a prop as a property when the element has one, and an
 * `on<event>` prop adds a listener for `<event>` (`oniam-load` → `iam-load`).
 */
import type { HTMLAttributes } from 'preact';
import type { IamElementTagNameMap, IamTagProps } from './elements.js';

type IamIntrinsicElements = {
  [Tag in keyof IamElementTagNameMap]: HTMLAttributes<IamElementTagNameMap[Tag]> & IamTagProps<'on'>[Tag];
};

declare module 'preact' {
  namespace JSX {
    interface IntrinsicElements extends IamIntrinsicElements {}
  }
}
