import { capText, IamError } from './errors.js';
import { parseRedacted } from './redact.js';
import { forgetAnswers, sharedRequest, type CachePolicy } from './request-cache.js';

/** Default time an element waits for an answer before showing a timeout. */
export const DEFAULT_TIMEOUT_MS = 15_000;

/**
 * Returns a current bearer token. A host with short-lived tokens passes one
 * instead of a fixed token: it is called before each request and once more
 * after a 401.
 */
export type TokenProvider = () => string | Promise<string>;

/** The methods of a write: never retried after a Retry-After, and an unanswered one is `outcomeUnknown`. */
export type WriteMethod = 'POST' | 'PUT' | 'PATCH' | 'DELETE';

export interface RequestOptions {
  /** Sent as `Authorization: Bearer …` and nowhere else. */
  token: string | TokenProvider;
  /** Aborts the request; an abort is rethrown as the platform's `AbortError`, never as an `IamError`. */
  signal?: AbortSignal | undefined;
  /**
   * Milliseconds each attempt may take (asking a `TokenProvider` included) before it counts as
   * timed out; 0 or less waits forever; anything that is not a number means the default.
   */
  timeout?: number | undefined;
  headers?: Record<string, string>;
  /** `GET` unless said; any other method is a write and sends `body`, when there is one, as JSON. */
  method?: 'GET' | WriteMethod;
  body?: unknown;
  /**
   * Given the start of a successful answer's text (its first PREFIX_LENGTH
   * characters) while the rest may still be arriving, the token it was asked
   * with and whether the whole body has arrived since: a long list reads its
   * first rows from it (`previewPrefix`). Only for an answer longer than that.
   * The full parse waits for what it returns, so that those rows are painted
   * before it holds the main thread. When several share one request, the
   * first asker that wants the start gets it, even one that joined after the
   * answer began (an element joining the request the script-tag bundle
   * started for it; its parse then does not wait for the paint).
   */
  onPrefix?: AnswerStart | undefined;
}

/** See `RequestOptions.onPrefix`. */
export type AnswerStart = (prefix: string, token: string, arrived: () => boolean) => Promise<void> | undefined;

/** Characters of a long answer handed to `onPrefix`: about 60 EnOS users, more than the first rows shown. */
export const PREFIX_LENGTH = 32 * 1024;

/**
 * Builds `{base}/{segments…}?{query}`. The base may carry a path prefix
 * (`https://host/proxy`, a host's own proxy) and a trailing slash; it may be
 * relative to the page. Segments and query values are percent-encoded, and a
 * query value that is `undefined` or empty is left out.
 *
 * Refused, as `config` errors, before anything is sent: a base that is not an
 * http(s) URL; plain `http:` to anything but this machine (the token would
 * cross the network in clear text); a base with a user name or password in it
 * (fetch refuses those, which would otherwise read as a network failure); and
 * a segment `.` or `..`, which the URL parser would resolve even encoded
 * (`%2E%2E` is a dot segment too), so an id could climb out of its path.
 */
export function buildUrl(
  base: string,
  segments: readonly string[],
  query: Record<string, string | undefined> = {},
): URL {
  let url: URL;
  try {
    url = new URL(base, globalThis.location?.href);
  } catch {
    throw new IamError('config', `base-url "${capText(base)}" is not a valid URL`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new IamError('config', `base-url must be an http(s) URL, not ${url.protocol}`);
  }
  if (url.protocol === 'http:' && !isLoopback(url.hostname)) {
    throw new IamError('config', `base-url must start with https:// (plain http:// is allowed only for localhost, not ${url.hostname})`);
  }
  if (url.username !== '' || url.password !== '') {
    throw new IamError('config', 'base-url must not contain a user name or password');
  }
  const dotSegment = segments.find((segment) => segment === '.' || segment === '..');
  if (dotSegment !== undefined) {
    throw new IamError('config', `"${dotSegment}" cannot be used as an id`);
  }
  const prefix = url.pathname.replace(/\/+$/, '');
  url.pathname = `${prefix}/${segments.map(encodeURIComponent).join('/')}`;
  url.search = '';
  url.hash = '';
  for (const [name, value] of Object.entries(query)) {
    if (value !== undefined && value !== '') url.searchParams.append(name, value);
  }
  return url;
}

/**
 * Where a value goes: `url` (a path segment or query value), `header`, or
 * `text` (a JSON body, or a `base-url`, whose line breaks and tabs the URL
 * parser removes as it should, since an attribute may wrap).
 */
export type SentAs = 'url' | 'header' | 'text';

/**
 * Refuses, before anything is sent, a value that cannot be sent as it is, as
 * a `config` error that names the input (`inputs` maps the names, such as
 * `client-id`, to values; unset values pass). Otherwise a lone surrogate is
 * sent as U+FFFD or makes the encoder throw; a CR, LF or NUL makes fetch
 * throw for a header (which read as "could not reach the server") and
 * reaches the server as `%0A` in a URL; a header character above U+00FF
 * makes fetch throw too (issue 19). Each API module names its own inputs
 * here, by the names a host knows them by.
 */
export function refuseUnsendable(inputs: Record<string, string | undefined>, sentAs: SentAs): void {
  for (const [name, value = ''] of Object.entries(inputs)) {
    const reason = !wellFormed(value)
      ? 'half of a character (a lone surrogate)'
      : sentAs !== 'text' && /[\0\r\n]/.test(value)
        ? 'a line break or NUL'
        : sentAs === 'header' && /[^\0-\xff]/.test(value)
          ? 'characters an HTTP header cannot carry'
          : '';
    if (reason) throw new IamError('config', `${name} holds ${reason}, which cannot be sent`);
  }
}

/**
 * Whether `text` holds no lone surrogate (String#isWellFormed is ES2024): with the `u` flag a pair is one code
 * point, so only a lone half is in the Surrogate category. Not `try { encodeURIComponent(text) }`: terser takes
 * that call for pure and drops it, and the script-tag bundle sent lone surrogates (found by the issue 16 work).
 */
function wellFormed(text: string): boolean {
  return !/\p{Cs}/u.test(text);
}

/** `localhost`, a `*.localhost` name (RFC 6761), 127.0.0.0/8 or `[::1]`: traffic that never leaves the machine. */
export function isLoopback(hostname: string): boolean {
  const host = hostname.toLowerCase();
  return (
    host === 'localhost' ||
    host.endsWith('.localhost') ||
    host === '[::1]' ||
    /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(host)
  );
}

/**
 * GETs JSON and reads it with `read`, through the request cache: identical
 * requests in flight share one fetch, and repeats within the cache's time are
 * answered from memory. What the cache keeps is what `read` made, not the
 * parsed answer: for 10,000 EnOS users the parsed answer was as large again
 * as the users read from it (issue 16). So a failure `read` reports (an EnOS
 * envelope's) is never kept either, and every element sharing the request
 * shares the items, which nothing changes in place.
 */
export function getJson<T>(url: URL, options: RequestOptions & CachePolicy, read: (body: unknown) => T): Promise<T> {
  // The reader is part of the key: two elements pointed at one URL with readers of their own never share items.
  const key = JSON.stringify([answerKey(url, options), idOf(read)]);
  return sharedRequest(key, options, async (signal) => read(await getAnswer(url, { ...options, signal }))) as Promise<T>;
}

function answerKey(url: URL, options: RequestOptions): string {
  return JSON.stringify([url.href, idOf(options.token), options.headers]);
}

/**
 * The parsed answer itself, shared while in flight (by URL, token and
 * headers) by every reader, and kept only for `startEarlyRequest`, whose
 * answer the element reads once its chunk is in: the script-tag bundle asks
 * before the element's reader has arrived (issue 16).
 */
export function getAnswer(url: URL, options: RequestOptions & CachePolicy, keep = false): Promise<unknown> {
  const key = answerKey(url, options);
  // Looked up with the caller's cache time (an early answer kept for it), kept only when `keep` says so.
  const answer = sharedRequest(key, { ...options, keep }, (signal) => {
    const start: HeldStart = { read: options.onPrefix };
    starts.set(key, start);
    return fetchJson(url, {
      ...options,
      signal,
      onPrefix: (prefix, token, arrived) => (start.read ? start.read(prefix, token, arrived) : void (start.held = [prefix, token, arrived])),
    }).finally(() => {
      if (starts.get(key) === start) starts.delete(key);
    });
  });
  const start = starts.get(key);
  if (options.onPrefix && start && !start.read) {
    start.read = options.onPrefix;
    if (start.held) void start.read(...start.held);
    start.held = undefined;
  }
  return answer;
}

/** Who reads the start of a shared GET's answer, or the start kept until someone does (see `onPrefix`). */
interface HeldStart {
  read: AnswerStart | undefined;
  held?: Parameters<AnswerStart> | undefined;
}

/** Per GET in flight (by request key), its answer's start. */
const starts = new Map<string, HeldStart>();

const functionIds = new WeakMap<object, number>();
let functionCount = 0;

/**
 * What stands for a token or a reader in a request key. A fixed token is
 * itself; a `TokenProvider` is only known when it is called, so each function
 * stands for itself by a number of its own (JSON numbers, never equal to a
 * token, which is a string): elements sharing one provider share requests,
 * two providers never do (JSON.stringify would drop a function and let every
 * provider share one answer).
 */
function idOf(value: string | object): string | number {
  if (typeof value === 'string') return value;
  let id = functionIds.get(value);
  if (id === undefined) functionIds.set(value, (id = ++functionCount));
  return id;
}

/**
 * Sends a change (a write method, with a JSON body when `body` is given) with
 * everything `getJson` does but the cache and the retry after a 429 or 503: the
 * same token handling (one new token after a 401, which refused the change
 * before making it), timeout and errors. An unanswered write's error has
 * `outcomeUnknown` set and is never retried (issue 18). An empty answer (204) is
 * `undefined`. Once the change is answered, the answers the cache keeps are
 * dropped, so no list shows what was there before it.
 */
export async function sendJson(url: URL, options: RequestOptions & { method: WriteMethod }): Promise<unknown> {
  const answer = await fetchJson(url, options);
  forgetAnswers();
  return answer;
}

/**
 * GETs JSON. Every failure becomes an `IamError` of the right kind, except an
 * abort by the caller, which stays an `AbortError` so a superseded request
 * can be told apart from a failed one. Two automatic retries, each at most
 * once: after a 401 when the token comes from a `TokenProvider` (with a token
 * asked for again), and after a 429 or 503 whose `Retry-After` asks for at
 * most `MAX_RETRY_AFTER_MS` (http-failure.ts). Each attempt has its own `timeout`.
 */
async function fetchJson(url: URL, options: RequestOptions): Promise<unknown> {
  let retriedWithNewToken = false;
  let retriedAfterWait = false;
  for (;;) {
    const { response, text, token } = await attempt(url, options);
    if (response.ok) {
      if (text === '' && isWrite(options)) return undefined;
      try {
        return await parseRedacted(text, token);
      } catch {
        // Not JSON, or the code that redacts the token could not be fetched (redact.ts): nothing is shown either way.
        throw new IamError('parse', `${url.origin} answered with a body that is not JSON`, { status: response.status });
      }
    }
    if (response.status === 401 && typeof options.token === 'function' && !retriedWithNewToken) {
      retriedWithNewToken = true;
      continue;
    }
    const failure = await readFailure();
    options.signal?.throwIfAborted();
    // Without it (its chunk could not be fetched): the status alone, which still says what went wrong.
    if (!failure) throw new IamError('http', `HTTP ${response.status}`, { status: response.status });
    // A write is never retried after a wait: the server may have acted before it answered 503 (issue 18).
    const wait = retriedAfterWait || isWrite(options) ? undefined : failure.retryDelay(response);
    if (wait !== undefined) {
      retriedAfterWait = true;
      await sleep(wait, options.signal);
      continue;
    }
    throw failure.readHttpError(response.status, text, token);
  }
}

/** The code that reads a refused request, fetched with the first one (see http-failure.ts). */
function readFailure(): Promise<typeof import('./http-failure.js') | undefined> {
  return import('./http-failure.js').catch(() => undefined);
}

interface Answer {
  response: Response;
  text: string;
  token: string;
}

/** One request: a token (asked for now, if it comes from a provider), the fetch and the body, within one timeout. */
async function attempt(url: URL, options: RequestOptions): Promise<Answer> {
  const { signal } = options;
  const timeout = effectiveTimeout(options.timeout);
  const timeoutSignal = timeout > 0 ? AbortSignal.timeout(timeout) : undefined;
  const signals = [signal, timeoutSignal].filter((s): s is AbortSignal => s !== undefined);
  const combined = signals.length > 0 ? AbortSignal.any(signals) : undefined;
  try {
    const token = await resolveToken(options.token, combined);
    const sendsBody = isWrite(options) && options.body !== undefined;
    const json: Record<string, string> = sendsBody ? { 'Content-Type': 'application/json' } : {};
    // Every write says it comes from an element: iam-elements/server refuses a write without it (or an allowed
    // Origin) as a possible cross-site forgery (src/server/proxy.ts, WRITE_HEADER).
    if (isWrite(options)) json['X-IAM-Elements'] = '1';
    const response = await fetch(url, {
      method: options.method ?? 'GET',
      headers: { Accept: 'application/json', ...json, ...options.headers, Authorization: `Bearer ${token}` },
      body: sendsBody ? JSON.stringify(options.body) : null,
      signal: combined ?? null,
      // The token travels in a header; cookies of the page have no business here.
      credentials: 'omit',
    });
    refuseForeignAnswer(response, url);
    const text = await readText(response, response.ok ? options.onPrefix : undefined, token);
    return { response, text, token };
  } catch (error) {
    if (signal?.aborted) throw signal.reason ?? error;
    // A write without an answer may have been made: say so (IamError.outcomeUnknown), never retry it (issue 18).
    const outcomeUnknown = isWrite(options);
    if (timeoutSignal?.aborted) {
      throw new IamError('timeout', `No answer from ${url.origin} within ${timeout} ms`, { outcomeUnknown });
    }
    if (error instanceof IamError) throw error;
    throw new IamError('network', `Could not reach ${url.origin}`, { outcomeUnknown });
  }
}

/**
 * The body's text, read chunk by chunk as it arrives, with its start handed
 * to `onPrefix` once the text holds PREFIX_LENGTH characters, and what that
 * returns waited for before the text is returned; an `onPrefix` that fails
 * only loses the early rows.
 * Read with a reader rather than `Response.text()`, which in Chromium took
 * 1.2 to 1.6 times as long for 5 MB (10,000 EnOS users, parse included: 149
 * ms against 120 in `npm run bench`'s peers' table, which has both floors),
 * and which a start read early would have needed a `clone()` for: a tee,
 * slower still (issue 16). Decoded as `text()` does: UTF-8, a bad byte as
 * U+FFFD, a leading BOM dropped.
 */
async function readText(response: Response, onPrefix: AnswerStart | undefined, token: string): Promise<string> {
  const reader = response.body?.getReader();
  if (!reader) return '';
  const decoder = new TextDecoder();
  let text = '';
  let arrived = false;
  let early: Promise<void> | undefined;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    text += decoder.decode(value, { stream: true });
    if (onPrefix && !early && text.length >= PREFIX_LENGTH) {
      const prefix = text.slice(0, PREFIX_LENGTH);
      early = (async () => onPrefix(prefix, token, () => arrived))().catch(() => undefined);
    }
  }
  text += decoder.decode();
  arrived = true;
  await early;
  return text;
}

/**
 * Refuses an answer that came from another origin than the request's: fetch
 * follows redirects, and a 302 or 307 to another origin would have the
 * elements show that origin's data as the tenant's (the browser drops the
 * token on the way, but an origin that serves data to anyone still answers;
 * issue 19). A `config` error, because the fix is a `base-url` that names the
 * API's own origin; the body is never read. Redirects within the origin (a
 * trailing-slash fix, a moved path) are followed as before.
 */
function refuseForeignAnswer(response: Response, url: URL): void {
  // The URL the answer came from, after any redirect (empty only for a Response made in code).
  const { origin } = new URL(response.url || url);
  if (origin === url.origin) return;
  void response.body?.cancel();
  throw new IamError('config', `${url.origin} redirected the request to another origin, ${origin}, whose answer is not shown`);
}

function isWrite(options: RequestOptions): boolean {
  return (options.method ?? 'GET') !== 'GET';
}

/**
 * The timeout to apply: `timeout="soon"` reaches here as NaN, which would
 * otherwise compare as "not above 0" and silently mean "wait forever".
 */
export function effectiveTimeout(timeout: number | undefined): number {
  return timeout !== undefined && Number.isFinite(timeout) ? timeout : DEFAULT_TIMEOUT_MS;
}

/**
 * A token fit for an `Authorization` header: printable ASCII without spaces
 * (RFC 6750's `b64token` and every opaque token in use fit). Anything else
 * would make fetch throw, which would read as a network failure.
 */
const HEADER_TOKEN = /^[\x21-\x7e]+$/;

async function resolveToken(source: string | TokenProvider, signal: AbortSignal | undefined): Promise<string> {
  if (typeof source === 'string') {
    if (!HEADER_TOKEN.test(source)) throw new IamError('config', 'the token holds characters an HTTP header cannot carry');
    return source;
  }
  let token: unknown;
  try {
    token = await abortable(Promise.resolve().then(source), signal);
  } catch (error) {
    if (signal?.aborted) throw error;
    // The provider's own error stays out: its message could quote anything, a token included.
    throw new IamError('config', 'tokenProvider failed to supply a token');
  }
  if (typeof token !== 'string' || !HEADER_TOKEN.test(token)) {
    throw new IamError('config', 'tokenProvider returned something that is not a usable token');
  }
  return token;
}

/** Settles with `promise`, or rejects with the signal's reason as soon as it aborts. */
function abortable<T>(promise: Promise<T>, signal: AbortSignal | undefined): Promise<T> {
  if (signal === undefined) return promise;
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(signal.reason);
    if (signal.aborted) onAbort();
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
  });
}

/** Waits `ms`, or rejects with the signal's reason when it aborts first (a detached element stops waiting). */
function sleep(ms: number, signal: AbortSignal | undefined): Promise<void> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  return abortable(new Promise<void>((resolve) => (timer = setTimeout(resolve, ms))), signal).finally(() =>
    clearTimeout(timer),
  );
}
