/**
 * Registers a tag unless it already is, so a page that loads the bundle twice
 * (a script tag and an app bundle, say) does not throw.
 */
export function defineElement(tag: string, constructor: CustomElementConstructor): void {
  if (!customElements.get(tag)) customElements.define(tag, constructor);
}
