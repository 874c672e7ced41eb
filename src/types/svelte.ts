/**
 * `import type {} from 'iam-elements/types/svelte'` (or tsconfig `types`):
 * Svelte 5 templates accept every tag of the package with their properties (`userId`),
 * attributes (`user-id`) and `oniam-*` listeners typed by the element's
 * items. Svelte sets an attribute as a property when the element has one, and
 * `on<event>` adds a listener (`oniam-load` → `iam-load`). Augments
 * `svelte/elements`, which the `svelteHTML` namespace (what svelte-check
 * reads) extends, as Svelte's docs recommend for custom elements.
 */
import type { HTMLAttributes } from 'svelte/elements';
import type { IamElementTagNameMap, IamTagProps } from './elements.js';

type IamSvelteElements = {
  [Tag in keyof IamElementTagNameMap]: HTMLAttributes<IamElementTagNameMap[Tag]> & IamTagProps<'on'>[Tag];
};

declare module 'svelte/elements' {
  interface SvelteHTMLElements extends IamSvelteElements {}
}
