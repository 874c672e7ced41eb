import { isServer } from 'lit';
import { startEarlyRequest, type EarlyRequest } from './early-request.js';

/**
 * Registers tags whose code is fetched only when a page first uses them: as
 * soon as an element with one of the tags is in the document, at once or
 * later (a MutationObserver watches until every tag is loaded; each batch of
 * changes costs one `querySelector` for all the tags still waiting). An
 * element made inside another component's shadow root is not seen until one
 * is in the document: for those, the function returned loads the tags it is
 * given (every tag when given none) at once, and settles once they are
 * defined (it rejects when a chunk cannot be fetched; for a tag that is not
 * ours it waits, as `customElements.whenDefined` does). A chunk that cannot
 * be fetched leaves its tag undefined, like any unknown tag. A tag with an
 * entry in `early` has its first element's request started beside its chunk
 * (early-request.ts).
 */
export function loadOnUse(
  loaders: Record<string, () => Promise<unknown>>,
  early: Record<string, EarlyRequest> = {},
): (...tags: string[]) => Promise<void> {
  // On a server (plain Node, a framework's server render) there is no page to
  // watch and no MutationObserver: importing the entry there threw (issue 15).
  // `isServer` is a constant of Lit's build (false in its browser build), so
  // the script-tag bundle pays no byte for the test.
  if (!isServer) watch(new Map(Object.entries(loaders)), early);
  // Asking for a chunk again is harmless: import() answers with the module it already has.
  return (...tags) =>
    Promise.all((tags.length > 0 ? tags : Object.keys(loaders)).map((tag) => loaders[tag]?.() ?? customElements.whenDefined(tag))).then(
      () => undefined,
    );
}

/** Loads each waiting tag's chunk once the document has an element with the tag. */
function watch(waiting: Map<string, () => Promise<unknown>>, early: Record<string, EarlyRequest>): void {
  const loadUsed = () => {
    for (const tag of waiting.keys()) if (customElements.get(tag)) waiting.delete(tag);
    for (let used; waiting.size > 0 && (used = document.querySelector([...waiting.keys()].join())); ) {
      const tag = used.localName;
      const loaded = waiting.get(tag)!();
      loaded.catch(() => undefined);
      if (early[tag]) startEarlyRequest(used, early[tag], loaded);
      waiting.delete(tag);
    }
    if (waiting.size === 0) observer.disconnect();
  };
  const observer = new MutationObserver(loadUsed);
  observer.observe(document, { childList: true, subtree: true });
  loadUsed();
}
