import { capText, IamError } from './errors.js';
import { Fields } from './json.js';
import { sharedRequest, type CachePolicy } from './request-cache.js';

/** Default time an element waits for an answer before showing a timeout. */
export const DEFAULT_TIMEOUT_MS = 15_000;

export interface RequestOptions {
  /** Sent as `Authorization: Bearer …` and nowhere else. */
  token: string;
  /** Aborts the request; an abort is rethrown as the platform's `AbortError`, never as an `IamError`. */
  signal?: AbortSignal | undefined;
  /** Milliseconds before the request counts as timed out; 0 or less waits forever. */
  timeout?: number | undefined;
  headers?: Record<string, string>;
}

/**
 * Builds `{base}/{segments…}?{query}`. The base may carry a path prefix
 * (`https://host/proxy`, a host's own proxy) and a trailing slash; it may be
 * relative to the page. Segments and query values are percent-encoded, and a
 * query value that is `undefined` or empty is left out.
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
 * GETs JSON through the request cache: identical requests in flight share one
 * fetch, and repeats within the cache's time are answered from memory.
 */
export function getJson(url: URL, options: RequestOptions & CachePolicy): Promise<unknown> {
  const key = JSON.stringify([url.href, options.token, options.headers]);
  return sharedRequest(key, options, (signal) => fetchJson(url, { ...options, signal }));
}

/**
 * GETs JSON. Every failure becomes an `IamError` of the right kind, except an
 * abort by the caller, which stays an `AbortError` so a superseded request
 * can be told apart from a failed one.
 */
async function fetchJson(url: URL, options: RequestOptions): Promise<unknown> {
  const { signal, timeout = DEFAULT_TIMEOUT_MS } = options;
  const timeoutSignal = timeout > 0 ? AbortSignal.timeout(timeout) : undefined;
  const signals = [signal, timeoutSignal].filter((s): s is AbortSignal => s !== undefined);

  let response: Response;
  let text: string;
  try {
    response = await fetch(url, {
      method: 'GET',
      headers: { Accept: 'application/json', ...options.headers, Authorization: `Bearer ${options.token}` },
      signal: signals.length > 0 ? AbortSignal.any(signals) : null,
      // The token travels in a header; cookies of the page have no business here.
      credentials: 'omit',
    });
    text = await response.text();
  } catch (error) {
    if (signal?.aborted) throw signal.reason ?? error;
    if (timeoutSignal?.aborted) {
      throw new IamError('timeout', `No answer from ${url.origin} within ${timeout} ms`);
    }
    throw new IamError('network', `Could not reach ${url.origin}`);
  }

  if (!response.ok) throw httpError(response, text);
  try {
    return JSON.parse(text);
  } catch {
    throw new IamError('parse', `${url.origin} answered with a body that is not JSON`, { status: response.status });
  }
}

/**
 * Reads what a provider says about an error without ever keeping the body.
 * SSOJet's newer model is `{error, error_code, error_description}` (its two doc
 * pages disagree on which of `error`/`error_code` is the number; both are
 * accepted); EnOS sends `{status, message}` or `{code, msg}`.
 */
function httpError(response: Response, text: string): IamError {
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    // An HTML error page from a proxy: say nothing of its content.
  }
  // Fields reads anything that is not an object as empty, so a bare string or
  // array body yields no message and no code.
  const fields = new Fields(body);
  const serverMessage = fields.string('error_description', 'message', 'msg');
  const vendorCode = fields.number('error_code') ?? fields.string('error_code', 'code', 'error') ?? fields.number('status');
  return new IamError('http', `HTTP ${response.status}`, { status: response.status, vendorCode, serverMessage });
}
