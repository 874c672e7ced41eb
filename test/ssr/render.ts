/**
 * Renders an element on a Lit server, as a host's Node server would with
 * `@lit-labs/ssr`: the HTML, with the element's declarative shadow DOM.
 * Node only (Lit's Node build; the elements from src/ through tsx). Used by
 * test/ssr/lit-ssr.node-test.ts and, through test/support/lit-ssr-plugin.mjs,
 * by the browser test that hydrates the output (test/ssr/hydration.test.ts).
 */
import { render } from '@lit-labs/ssr';
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
import { html, unsafeStatic } from 'lit/static-html.js';
import '../../src/index.js';
import { elements } from '../../scripts/registry.mjs';

/** Every element of the registry (scripts/registry.mjs). */
export const TAGS = elements().map((element) => element.tag);

export interface RenderRequest {
  tag: string;
  /** Written into the tag as they are (test data only: not escaped). */
  attributes?: string;
  /** Bound as a property (`.token=${token}`), as a host passes one it must not write into the HTML. */
  token?: string;
}

export function renderElement({ tag, attributes = '', token }: RenderRequest): Promise<string> {
  if (!TAGS.includes(tag)) throw new Error(`not one of the elements: ${tag}`);
  const name = unsafeStatic(tag);
  return collectResult(render(html`<${name} ${unsafeStatic(attributes)} .token=${token}></${name}>`));
}
