/**
 * What the EnOS and SSOJet proxies share: route allow-listing, the host's
 * `authorize` hook, CORS for configured origins, bounded upstream calls, and
 * error answers in the provider's own shape. The default is to refuse: a
 * request reaches the upstream only when its method, path and every query
 * parameter are allow-listed and `authorize` granted the resource it names.
 */
import { createHash } from 'node:crypto';

/** A standard fetch-style handler: works as-is in fetch-style servers and route handlers. */
export type ProxyHandler = (request: Request) => Promise<Response>;

/** What `authorize` returns: the grant, or `false`/`null`/`undefined` to refuse (401). */
export type Authorize<Grant> = (
  request: Request,
) => Grant | false | null | undefined | Promise<Grant | false | null | undefined>;

export interface ProxyRoute {
  /** Default `GET`. */
  method?: 'GET' | 'POST';
  /** The upstream path; `{name}` matches one path segment. */
  path: string;
  /** Query parameters forwarded besides the ones the provider always needs; any other gets 404. */
  query?: readonly string[];
}

/** One line for the host's log. Never holds a token, a secret, a header or a body. */
export interface ProxyLogEntry {
  provider: 'enos' | 'ssojet';
  message: string;
  /** The status the proxy answered. */
  status: number;
}

export interface CommonProxyOptions {
  /** Where the handler is mounted, e.g. `/enos`: removed from the path before it is matched. Default none. */
  prefix?: string;
  /** Routes allowed besides the read endpoints the elements use. */
  routes?: readonly ProxyRoute[];
  /** Origins that may call the proxy from a browser (CORS). Default none: same-origin only. */
  allowedOrigins?: readonly string[];
  /** Milliseconds to wait for an upstream answer (token calls included). Default 10000. */
  timeout?: number;
  /** Largest upstream answer passed on, in bytes (also the largest request body accepted). Default 5 MB. */
  maxBodyBytes?: number;
  /** Receives failures (upstream unreachable, token refused). Default `console.warn`. */
  log?: (entry: ProxyLogEntry) => void;
  /** The clock, for tests. Default `Date.now`. */
  now?: () => number;
}

export const DEFAULT_TIMEOUT_MS = 10_000;
export const DEFAULT_MAX_BODY_BYTES = 5 * 1024 * 1024;
/** nginx's "client closed request": nobody is left to answer, and it is no failure to log. */
export const CALLER_GONE = 499;

/** An answer the proxy gives itself (refusals, upstream failures), turned into the provider's error shape. */
export class ProxyFailure extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

/** A request that passed the allow-list. */
export interface MatchedRequest {
  method: 'GET' | 'POST';
  /** The path after the prefix, as the caller encoded it (forwarded unchanged). */
  path: string;
  /** `{name}` segments of the route, decoded. */
  segments: Record<string, string>;
  /** Allow-listed query parameters, decoded, one value each. */
  query: Map<string, string>;
  /** The exact request body (POST routes only), read once the caller is authorized. */
  body: string | undefined;
  signal: AbortSignal;
}

export interface UpstreamAnswer {
  status: number;
  contentType: string | null;
  retryAfter: string | null;
  body: Uint8Array<ArrayBuffer>;
}

export interface ProviderSpec<Grant> {
  provider: 'enos' | 'ssojet';
  routes: readonly ProxyRoute[];
  /** Query parameters every route takes (EnOS `orgId`, SSOJet `client_id`). */
  implicitQuery: readonly string[];
  authorize: Authorize<Grant> | undefined;
  /** Whether the grant covers the resource the request names. */
  permits(grant: Grant, request: MatchedRequest): boolean;
  forward(request: MatchedRequest): Promise<UpstreamAnswer>;
  /** The provider's error body, as the elements already read it. */
  errorBody(status: number, message: string): unknown;
}

interface CompiledRoute {
  method: 'GET' | 'POST';
  pattern: RegExp;
  names: string[];
  query: Set<string>;
}

const BODY_METHODS = new Set(['POST']);

function compileRoute(route: ProxyRoute, implicitQuery: readonly string[]): CompiledRoute {
  if (!route.path.startsWith('/')) throw new TypeError(`A proxy route's path must start with "/": ${route.path}`);
  const names: string[] = [];
  const source = route.path
    .split(/(\{[^}/]+\})/)
    .map((part) => {
      const name = /^\{([^}/]+)\}$/.exec(part)?.[1];
      if (name === undefined) return part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      names.push(name);
      return '([^/]+)';
    })
    .join('');
  return {
    method: route.method ?? 'GET',
    pattern: new RegExp(`^${source}$`),
    names,
    query: new Set([...implicitQuery, ...(route.query ?? [])]),
  };
}

function normalizePrefix(prefix: string | undefined): string {
  const trimmed = (prefix ?? '').replace(/\/+$/, '');
  if (trimmed !== '' && !trimmed.startsWith('/')) throw new TypeError(`prefix must start with "/": ${prefix}`);
  return trimmed;
}

/** A fingerprint of a secret for cache keys: the secret itself is never kept in a key. */
export function fingerprint(secret: string): string {
  return createHash('sha256').update(`iam-elements token cache\n${secret}`, 'utf8').digest('hex');
}

/** The upstream URL for a matched request: the base's own path prefix, then the request path unchanged. */
export function upstreamUrl(base: URL, path: string, query: Iterable<[string, string]>): URL {
  const url = new URL(base.href);
  url.pathname = `${base.pathname.replace(/\/+$/, '')}${path}`;
  // encodeURIComponent rather than URLSearchParams, whose `+` for a space some servers read literally.
  url.search = [...query].map(([name, value]) => `${encodeURIComponent(name)}=${encodeURIComponent(value)}`).join('&');
  return url;
}

export function parseBase(name: string, value: string): URL {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new TypeError(`${name} must be an absolute http(s) URL`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new TypeError(`${name} must be an http(s) URL`);
  url.search = '';
  url.hash = '';
  return url;
}

export interface UpstreamLimits {
  timeout: number;
  maxBodyBytes: number;
}

export function upstreamLimits(options: CommonProxyOptions): UpstreamLimits {
  return { timeout: options.timeout ?? DEFAULT_TIMEOUT_MS, maxBodyBytes: options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES };
}

export function requireText(name: string, value: string | undefined): string {
  if (typeof value !== 'string' || value === '') throw new TypeError(`${name} is required`);
  return value;
}

/**
 * Calls the upstream with a timeout and a cap on the answer's size. Only the
 * status, the body and two harmless headers are kept: upstream cookies and
 * other headers never reach the caller.
 */
export async function callUpstream(
  url: URL,
  init: { method: string; headers: Record<string, string>; body?: string | undefined; signal?: AbortSignal },
  limits: UpstreamLimits,
): Promise<UpstreamAnswer> {
  const timeoutSignal = AbortSignal.timeout(limits.timeout);
  const signal = init.signal ? AbortSignal.any([init.signal, timeoutSignal]) : timeoutSignal;
  try {
    const response = await fetch(url, {
      method: init.method,
      headers: init.headers,
      body: init.body ?? null,
      signal,
      redirect: 'manual',
    });
    const body = await readLimited(response, limits.maxBodyBytes);
    return {
      status: response.status,
      contentType: response.headers.get('content-type'),
      retryAfter: response.headers.get('retry-after'),
      body,
    };
  } catch (error) {
    if (error instanceof ProxyFailure) throw error;
    if (init.signal?.aborted) throw new ProxyFailure(CALLER_GONE, 'The caller went away.');
    if (timeoutSignal.aborted) throw new ProxyFailure(504, 'The upstream did not answer in time.');
    throw new ProxyFailure(502, 'The upstream could not be reached.');
  }
}

async function readLimited(response: Response, maxBytes: number): Promise<Uint8Array<ArrayBuffer>> {
  const declared = Number(response.headers.get('content-length'));
  if (declared > maxBytes) {
    await response.body?.cancel();
    throw new ProxyFailure(502, 'The upstream answer is too large.');
  }
  const chunks: Uint8Array[] = [];
  let size = 0;
  if (response.body) {
    const reader = response.body.getReader();
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.byteLength;
      if (size > maxBytes) {
        await reader.cancel();
        throw new ProxyFailure(502, 'The upstream answer is too large.');
      }
      chunks.push(value);
    }
  }
  const body = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    body.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return body;
}

/** Reads a JSON body for inspection (token answers, EnOS gateway codes); anything else reads as undefined. */
export function parseJson(body: Uint8Array): unknown {
  try {
    return JSON.parse(new TextDecoder().decode(body));
  } catch {
    return undefined;
  }
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

async function readRequestBody(request: Request, maxBytes: number): Promise<string> {
  let bytes: Uint8Array<ArrayBuffer>;
  try {
    bytes = await readLimited(new Response(request.body), maxBytes);
  } catch {
    throw new ProxyFailure(413, 'The request body is too large.');
  }
  try {
    // EnOS signs the body as text: bytes that are not UTF-8 could not be signed as sent.
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new ProxyFailure(400, 'The request body is not UTF-8 text.');
  }
}

/** Builds the fetch-style handler around one provider. */
export function createProxyHandler<Grant>(spec: ProviderSpec<Grant>, options: CommonProxyOptions): ProxyHandler {
  const prefix = normalizePrefix(options.prefix);
  const routes = spec.routes.map((route) => compileRoute(route, spec.implicitQuery));
  const allowedOrigins = new Set(options.allowedOrigins ?? []);
  const { maxBodyBytes } = upstreamLimits(options);
  const log = options.log ?? ((entry: ProxyLogEntry) => console.warn(`[iam-elements/server] ${entry.provider} ${entry.status}: ${entry.message}`));
  const methods = [...new Set(['OPTIONS', ...routes.map((route) => route.method)])].join(', ');

  const fail = (status: number, message: string) => {
    const headers: Record<string, string> = { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' };
    // RFC 9110: a 401 names the scheme it wants, here the bearer token the element sends.
    if (status === 401) headers['WWW-Authenticate'] = 'Bearer';
    return new Response(JSON.stringify(spec.errorBody(status, message)), { status, headers });
  };

  const match = (request: Request, url: URL): MatchedRequest | undefined => {
    if (!url.pathname.startsWith(`${prefix}/`)) return undefined;
    const path = url.pathname.slice(prefix.length);
    for (const route of routes) {
      const found = route.pattern.exec(path);
      if (found === null || route.method !== request.method) continue;
      const segments: Record<string, string> = {};
      for (const [index, name] of route.names.entries()) {
        let value: string;
        try {
          value = decodeURIComponent(found[index + 1]!);
        } catch {
          return undefined;
        }
        // A segment that decodes to a separator or a dot segment could walk the upstream's path.
        if (/[/\\]/.test(value) || value === '.' || value === '..') return undefined;
        segments[name] = value;
      }
      const query = new Map<string, string>();
      for (const [name, value] of url.searchParams) {
        // How EnOS would sign a repeated parameter is not documented, so none is forwarded.
        if (!route.query.has(name) || query.has(name)) return undefined;
        query.set(name, value);
      }
      return { method: route.method, path, segments, query, body: undefined, signal: request.signal };
    }
    return undefined;
  };

  const answer = async (request: Request): Promise<Response> => {
    const url = new URL(request.url);
    if (request.method === 'OPTIONS') return new Response(null, { status: 204 });
    const matched = match(request, url);
    if (matched === undefined) return fail(404, 'No such endpoint.');
    if (spec.authorize === undefined) return fail(403, 'This proxy has no authorize hook, so it refuses every request.');
    const grant = await spec.authorize(request);
    if (grant === false || grant === null || grant === undefined) return fail(401, 'Not signed in, or the session has ended.');
    if (!spec.permits(grant, matched)) return fail(403, 'Not allowed to see this resource.');
    // Read only now, so a caller without a session cannot make the proxy read a large body.
    if (BODY_METHODS.has(matched.method)) matched.body = await readRequestBody(request, maxBodyBytes);
    const upstream = await spec.forward(matched);
    const headers: Record<string, string> = { 'Cache-Control': 'no-store' };
    if (upstream.contentType) headers['Content-Type'] = upstream.contentType;
    if (upstream.retryAfter) headers['Retry-After'] = upstream.retryAfter;
    // These statuses may not carry a body (the Response constructor throws).
    const bodiless = [204, 205, 304].includes(upstream.status);
    return new Response(bodiless ? null : upstream.body, { status: upstream.status, headers });
  };

  return async (request) => {
    const origin = request.headers.get('origin');
    const corsAllowed = origin !== null && allowedOrigins.has(origin);
    // A preflight from an origin not configured is refused; the browser then never sends the real request.
    if (request.method === 'OPTIONS' && !corsAllowed) return fail(403, 'This origin may not call the proxy.');
    let response: Response;
    try {
      response = await answer(request);
    } catch (error) {
      const failure =
        error instanceof ProxyFailure ? error : new ProxyFailure(500, 'The proxy failed to handle the request.');
      // Only our own fixed sentences are logged: an unknown error's text could quote a header.
      if (failure.status >= 500) log({ provider: spec.provider, status: failure.status, message: failure.message });
      response = fail(failure.status, failure.message);
    }
    if (corsAllowed) {
      response.headers.set('Access-Control-Allow-Origin', origin);
      response.headers.append('Vary', 'Origin');
      response.headers.set('Access-Control-Expose-Headers', 'Retry-After');
      if (request.method === 'OPTIONS') {
        response.headers.set('Access-Control-Allow-Methods', methods);
        response.headers.set('Access-Control-Allow-Headers', 'Authorization, Accept, Content-Type');
        response.headers.set('Access-Control-Max-Age', '600');
      }
    }
    return response;
  };
}
