/**
 * Registers tags whose code is fetched only when a page first uses them: as
 * soon as an element with one of the tags is in the document, at once or
 * later (a MutationObserver watches until every tag is loaded; each batch of
 * changes costs one `querySelector` for all the tags still waiting). An
 * element made inside another component's shadow root is not seen until one
 * is in the document: import the element's own module
 * (`iam-elements/passkey-list`) to register it at once. A chunk that cannot
 * be fetched leaves its tag undefined, like any unknown tag.
 */
export function loadOnUse(loaders: Record<string, () => Promise<unknown>>): void {
  const waiting = new Map(Object.entries(loaders));
  const loadUsed = () => {
    for (const tag of waiting.keys()) if (customElements.get(tag)) waiting.delete(tag);
    for (let used; waiting.size > 0 && (used = document.querySelector([...waiting.keys()].join())); ) {
      const tag = used.localName;
      waiting.get(tag)!().catch(() => undefined);
      waiting.delete(tag);
    }
    if (waiting.size === 0) observer.disconnect();
  };
  const observer = new MutationObserver(loadUsed);
  observer.observe(document, { childList: true, subtree: true });
  loadUsed();
}
