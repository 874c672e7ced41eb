/**
 * One request per query, however many elements ask. Identical GETs (same URL,
 * token and headers) that are in flight at once share one fetch, and a
 * successful answer serves identical requests for a short while afterwards.
 * Errors are never kept: asking again after a failure always asks the server.
 */

/** How long a successful answer serves identical requests, unless a caller says otherwise. */
export const DEFAULT_CACHE_TTL_MS = 10_000;

export interface CachePolicy {
  /** Milliseconds a successful answer serves identical requests; 0 or less keeps nothing. */
  cacheTtl?: number | undefined;
  /** Ask the server even if an answer is kept or on its way (`refresh()`); the new answer replaces the kept one. */
  fresh?: boolean | undefined;
}

interface SharedRequest {
  promise: Promise<unknown>;
  /** Aborts the one fetch; only used once every caller waiting on it has gone. */
  controller: AbortController;
  waiters: number;
}

const inFlight = new Map<string, SharedRequest>();
const answers = new Map<string, { body: unknown; at: number }>();

/**
 * Answers `key` from the cache, from a request already in flight, or by
 * calling `send`. A caller's `signal` only withdraws that caller: the shared
 * fetch is aborted when its last waiter has gone, so one element changing
 * its inputs never cancels the answer another element is waiting for.
 * `keep: false` reads kept answers but keeps none of its own (http.ts: the
 * parsed answers beneath the items each reader keeps).
 */
export function sharedRequest(
  key: string,
  policy: CachePolicy & { signal?: AbortSignal | undefined; keep?: boolean },
  send: (signal: AbortSignal) => Promise<unknown>,
): Promise<unknown> {
  const { signal, fresh = false, cacheTtl = DEFAULT_CACHE_TTL_MS } = policy;
  if (signal?.aborted) return Promise.reject(signal.reason);
  const kept = answers.get(key);
  if (!fresh && kept && performance.now() - kept.at < cacheTtl) return Promise.resolve(kept.body);

  let shared = fresh ? undefined : inFlight.get(key);
  if (!shared) {
    const controller = new AbortController();
    const started: SharedRequest = { promise: send(controller.signal), controller, waiters: 0 };
    inFlight.set(key, started);
    const settle = () => {
      if (inFlight.get(key) === started) inFlight.delete(key);
    };
    started.promise.then((body) => {
      settle();
      keep(key, body, policy.keep === false ? 0 : cacheTtl);
    }, settle);
    shared = started;
  }
  return wait(key, shared, signal);
}

function wait(key: string, shared: SharedRequest, signal: AbortSignal | undefined): Promise<unknown> {
  shared.waiters += 1;
  return new Promise((resolve, reject) => {
    // Leaving after the answer came is harmless: the promise is settled and the fetch is over.
    const leave = () => {
      reject(signal!.reason);
      shared.waiters -= 1;
      if (shared.waiters === 0) {
        if (inFlight.get(key) === shared) inFlight.delete(key);
        shared.controller.abort(signal!.reason);
      }
    };
    signal?.addEventListener('abort', leave, { once: true });
    shared.promise.then(resolve, reject).finally(() => signal?.removeEventListener('abort', leave));
  });
}

/**
 * Drops every kept answer: after a change (a rename) any of them may be stale,
 * and writes are rare enough that telling which is not worth the bytes.
 */
export function forgetAnswers(): void {
  answers.clear();
}

function keep(key: string, body: unknown, ttl: number): void {
  if (ttl <= 0) return;
  const entry = { body, at: performance.now() };
  answers.set(key, entry);
  // A 10,000-user body is megabytes: let it go once it can no longer serve.
  setTimeout(() => {
    if (answers.get(key) === entry) answers.delete(key);
  }, ttl);
}
