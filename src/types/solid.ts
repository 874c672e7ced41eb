/**
 * `import type {} from 'iam-elements/types/solid'` (or tsconfig `types`):
 * Solid TSX accepts every tag of the package with their properties (`userId`),
 * attributes (`user-id`) and `on:iam-*` listeners typed by the element's
 * items. On a tag with a dash Solid sets props as properties (`user-id` too,
 * as `userId`); `on:<event>` adds a listener for that exact event name.
 */
import type { JSX } from 'solid-js';
import type { IamElementTagNameMap, IamTagProps } from './elements.js';

type IamIntrinsicElements = {
  [Tag in keyof IamElementTagNameMap]: JSX.HTMLAttributes<IamElementTagNameMap[Tag]> & IamTagProps<'on:'>[Tag];
};

declare module 'solid-js' {
  namespace JSX {
    interface IntrinsicElements extends IamIntrinsicElements {}
  }
}
