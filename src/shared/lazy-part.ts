import type { ReactiveControllerHost } from 'lit';

/**
 * A part of an element whose code is a chunk fetched on first need (the
 * large-list code, the table layout, "Load more"): `get()` asks for it once
 * and returns it when it is in, `undefined` until then; the host renders
 * again when the fetch settles. A chunk that cannot be fetched (a host that
 * copied only iam-elements.js) leaves `failed` set, and the element renders
 * without the part. `ready()` lets a list's run wait for the parts its
 * result is drawn with. One helper for all of them keeps each a line in the
 * bundle every page fetches.
 */
export class LazyPart<T extends object> {
  value: T | undefined;
  failed = false;
  #host: ReactiveControllerHost;
  #load: () => Promise<T>;
  #settled: Promise<unknown> | undefined;

  constructor(host: ReactiveControllerHost, load: () => Promise<T>) {
    this.#host = host;
    this.#load = load;
  }

  get(): T | undefined {
    void this.ready();
    return this.value;
  }

  /** Settles (never rejects) once the part is in or could not be fetched; asks for it the first time. */
  ready(): Promise<unknown> {
    this.#settled ??= this.#load()
      .then(
        (value) => (this.value = value),
        () => (this.failed = true),
      )
      .finally(() => this.#host.requestUpdate());
    return this.#settled;
  }
}
