/**
 * `import type {} from 'iam-elements/types/vue'` (or tsconfig `types`):
 * Vue templates type-check every tag of the package (vue-tsc) with their properties
 * (`:userId`), attributes (`user-id`) and `@iam-*` events typed by the
 * element's items, the way Vue's guide types custom elements
 * ("Non-Vue Web Components and TypeScript"): a `GlobalComponents` entry whose
 * `$props` and `$emit` exist for the type check only. The app still tells
 * Vue's compiler the tags are custom elements (`isCustomElement`).
 */
import type { EmitFn, HTMLAttributes, PublicProps } from 'vue';
import type { IamElementEvents, IamElementTagNameMap, IamTagInputs } from './elements.js';

/** The Vue guide's `DefineCustomElement` helper, for one of our tags. */
type IamVueElement<Tag extends keyof IamElementTagNameMap> = new () => IamElementTagNameMap[Tag] & {
  /** @deprecated Not on the element: for template type checking only. */
  $props: HTMLAttributes & IamTagInputs[Tag] & PublicProps;
  /** @deprecated Not on the element: for template type checking only. */
  $emit: EmitFn<{
    [K in keyof IamElementEvents<IamElementTagNameMap[Tag]>]: (event: IamElementEvents<IamElementTagNameMap[Tag]>[K]) => void;
  }>;
};

type IamGlobalComponents = { [Tag in keyof IamElementTagNameMap]: IamVueElement<Tag> };

declare module 'vue' {
  interface GlobalComponents extends IamGlobalComponents {}
}
