/**
 * What the EnOS and SSOJet proxies share: route allow-listing, the host's
 * `authorize` hook, CORS for configured origins, bounded upstream calls, and
 * error answers in the provider's own shape. The default is to refuse: a
 * request reaches the upstream only when its method, path and every query
 * parameter are allow-listed and `authorize` granted the resource it names.
 *
 * Fail closed (issue 19): every answer is JSON with the headers of
 * `ANSWER_HEADERS`; nothing an upstream says on the credential path reaches a
 * caller or a log (callers get our own sentences); an upstream answer that is
 * not JSON, is a redirect, or quotes a credential becomes a 502; the caller's
 * body is bounded in size (413) and time (408), the upstream calls in number
 * (503).
 */
import { createHash } from 'node:crypto';
import { Agent as HttpAgent, type IncomingMessage, request as httpRequest } from 'node:http';
import { Agent as HttpsAgent, request as httpsRequest } from 'node:https';

/** A standard fetch-style handler: works as-is in fetch-style servers and route handlers. */
export type ProxyHandler = (request: Request) => Promise<Response>;

/** What `authorize` returns: the grant, or `false`/`null`/`undefined` to refuse (401). */
export type Authorize<Grant> = (
  request: Request,
) => Grant | false | null | undefined | Promise<Grant | false | null | undefined>;

/** Methods a route may allow. Any other method gets 405 with `Allow`. */
export type ProxyMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
const ROUTABLE_METHODS: ReadonlySet<string> = new Set<ProxyMethod>(['GET', 'POST', 'PUT', 'PATCH', 'DELETE']);

/**
 * The header the elements send with every write. A page on another site cannot send it without a CORS
 * preflight, which the proxy refuses for origins not in `allowedOrigins`; so a write carrying it, or an
 * `Origin` the proxy accepts, is not a cross-site request forgery (issue 18).
 */
export const WRITE_HEADER = 'X-IAM-Elements';

export interface ProxyRoute {
  /** Default `GET`. */
  method?: ProxyMethod;
  /** The upstream path; `{name}` matches one path segment. */
  path: string;
  /** Query parameters forwarded besides the ones the provider always needs; any other gets 404. */
  query?: readonly string[];
}

/**
 * One log record. `message` is always one of the proxy's own fixed sentences
 * (never upstream text), and passes the redaction of every configured secret
 * and token before any `log` sees it. Never holds a header or a body.
 */
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
  /** Milliseconds a caller has to send its request body once the handler has its headers (else 408). Default 10000. */
  requestTimeout?: number;
  /** Largest upstream answer passed on, in bytes (also the largest request body accepted, else 413). Default 5 MB. */
  maxBodyBytes?: number;
  /** Requests this handler has upstream at once; one more is answered 503 with `Retry-After: 1`. Default 128. */
  maxConcurrentUpstream?: number;
  /**
   * Receives failures (upstream unreachable, token refused, limits hit), already
   * redacted. Default: one JSON object per line on `console.warn`, e.g.
   * `{"time":"…","source":"iam-elements/server","provider":"ssojet","status":502,"message":"…"}`.
   */
  log?: (entry: ProxyLogEntry) => void;
  /** The clock, for tests. Default `Date.now`. */
  now?: () => number;
}

export const DEFAULT_TIMEOUT_MS = 10_000;
export const DEFAULT_MAX_BODY_BYTES = 5 * 1024 * 1024;
export const DEFAULT_MAX_CONCURRENT_UPSTREAM = 128;
/** nginx's "client closed request": nobody is left to answer, and it is no failure to log. */
export const CALLER_GONE = 499;

/**
 * On every answer, success or error. The proxy is mounted on the host's own
 * origin: whatever it serves runs with that origin's rights if a browser
 * renders it (issue 19: an upstream HTML page reflected a script).
 */
export const ANSWER_HEADERS: Readonly<Record<string, string>> = Object.freeze({
  'Content-Type': 'application/json; charset=utf-8',
  'X-Content-Type-Options': 'nosniff',
  'Cache-Control': 'no-store',
  'Content-Security-Policy': "default-src 'none'; frame-ancestors 'none'",
});

/** An answer the proxy gives itself (refusals, upstream failures), turned into the provider's error shape. */
export class ProxyFailure extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly headers: Readonly<Record<string, string>> = {},
  ) {
    super(message);
  }
}

/**
 * Tells when the caller went away, so the proxy stops waiting for the
 * upstream. Not an `AbortSignal`: adding and removing an abort listener costs
 * about 10 µs, which was a tenth of a proxied request's CPU time (issue 19).
 */
export interface CallerGone {
  readonly gone: boolean;
  /** Calls `listener` once if the caller goes away; returns the undo. */
  onGone(listener: () => void): () => void;
}

/** The fetch-style handler's caller: its request's signal. */
export function goneFromSignal(signal: AbortSignal): CallerGone {
  return {
    get gone() {
      return signal.aborted;
    },
    onGone(listener) {
      signal.addEventListener('abort', listener, { once: true });
      return () => signal.removeEventListener('abort', listener);
    },
  };
}

/** A request that passed the allow-list. */
export interface MatchedRequest {
  method: ProxyMethod;
  /** The path after the prefix, as the caller encoded it (forwarded unchanged). */
  path: string;
  /** `{name}` segments of the route, decoded. */
  segments: Record<string, string>;
  /** Allow-listed query parameters, decoded, one value each. */
  query: Map<string, string>;
  /** The exact request body (POST/PATCH routes only), read once the caller is authorized. */
  body: string | undefined;
  caller: CallerGone;
}

export interface UpstreamAnswer {
  status: number;
  contentType: string | undefined;
  retryAfter: string | undefined;
  body: Buffer;
}

export interface ProviderSpec<Grant> {
  provider: 'enos' | 'ssojet';
  /** The grant `authorize` returned, checked: throws a `GrantError` naming the bad field. */
  readGrant(value: unknown): Grant;
  routes: readonly ProxyRoute[];
  /** Query parameters every route takes (EnOS `orgId`, SSOJet `client_id`). */
  implicitQuery: readonly string[];
  authorize: Authorize<Grant> | undefined;
  /** Whether the grant covers the resource the request names. */
  permits(grant: Grant, request: MatchedRequest): boolean;
  forward(request: MatchedRequest): Promise<UpstreamAnswer>;
  /** The provider's error body, as the elements already read it. */
  errorBody(status: number, message: string): unknown;
  /** Every configured secret and every token in use now: redacted from logs, refused in answers. */
  secrets(): Iterable<string>;
}

/** What the proxy needs of a caller's request, whether it came as a fetch `Request` or as Node's `IncomingMessage`. */
export interface CallerRequest {
  method: string;
  /** The request target, e.g. `/enos/x?orgId=1` (absolute or origin-form). */
  url: string;
  header(name: 'origin' | 'authorization' | 'content-length' | 'host' | 'x-iam-elements'): string | undefined;
  /** Reads the whole body, at most `maxBytes` (else 413), within `ms` (else 408). */
  readBody(maxBytes: number, ms: number): Promise<Uint8Array>;
  /** The caller's request as `authorize` sees it. */
  request(): Request;
  caller: CallerGone;
}

/** An answer before it becomes a `Response` or is written to Node's `ServerResponse`. */
export interface ProxyAnswer {
  status: number;
  headers: Record<string, string>;
  body: Uint8Array | undefined;
}

export type ProxyCore = (caller: CallerRequest) => Promise<ProxyAnswer>;

interface CompiledRoute {
  method: ProxyMethod;
  pattern: RegExp;
  names: string[];
  query: Set<string>;
}

// DELETE carries a body only when the caller sent one (see `answer`).
const BODY_METHODS: ReadonlySet<string> = new Set<ProxyMethod>(['POST', 'PUT', 'PATCH']);

function compileRoute(route: ProxyRoute, implicitQuery: readonly string[]): CompiledRoute {
  if (!route.path.startsWith('/')) throw new TypeError(`A proxy route's path must start with "/": ${route.path}`);
  const method = route.method ?? 'GET';
  if (!ROUTABLE_METHODS.has(method)) throw new TypeError(`A proxy route's method must be GET, POST, PUT, PATCH or DELETE: ${String(method)}`);
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
  return { method, pattern: new RegExp(`^${source}$`), names, query: new Set([...implicitQuery, ...(route.query ?? [])]) };
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
  // encodeURIComponent rather than URLSearchParams, whose `+` for a space some servers read literally.
  const search = [...query].map(([name, value]) => `${encodeURIComponent(name)}=${encodeURIComponent(value)}`).join('&');
  // One parse of the joined string: the path is already percent-encoded as the caller sent it.
  return new URL(`${base.origin}${base.pathname.replace(/\/+$/, '')}${path}${search === '' ? '' : `?${search}`}`);
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

function positive(name: string, value: number | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  if (!Number.isFinite(value) || value <= 0) throw new TypeError(`${name} must be a positive number`);
  return value;
}

export function upstreamLimits(options: CommonProxyOptions): UpstreamLimits {
  return {
    timeout: positive('timeout', options.timeout, DEFAULT_TIMEOUT_MS),
    maxBodyBytes: positive('maxBodyBytes', options.maxBodyBytes, DEFAULT_MAX_BODY_BYTES),
  };
}

export function requireText(name: string, value: string | undefined): string {
  if (typeof value !== 'string' || value === '') throw new TypeError(`${name} is required`);
  return value;
}

// Our own keep-alive agents: node:http rather than fetch, whose per-call cost
// was most of the proxy's overhead (issue 19: 1,400 req/s against 23,000).
const AGENTS = { 'http:': new HttpAgent({ keepAlive: true }), 'https:': new HttpsAgent({ keepAlive: true }) };

/**
 * Calls the upstream with a timeout and a cap on the answer's size. Only the
 * status, the body and two harmless headers are kept: upstream cookies and
 * other headers never reach the caller. Redirects are not followed.
 */
export function callUpstream(
  url: URL,
  init: { method: string; headers: Record<string, string>; body?: string | undefined; caller?: CallerGone },
  limits: UpstreamLimits,
): Promise<UpstreamAnswer> {
  return new Promise((resolve, reject) => {
    const send = url.protocol === 'https:' ? httpsRequest : httpRequest;
    const body = init.body === undefined ? undefined : Buffer.from(init.body, 'utf8');
    const headers = body === undefined ? init.headers : { ...init.headers, 'Content-Length': String(body.byteLength) };
    const outgoing = send(url, { method: init.method, headers, agent: AGENTS[url.protocol as 'http:' | 'https:'] });
    let settled = false;
    const settle = (failure: ProxyFailure | undefined, answer?: UpstreamAnswer) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      undoGone?.();
      if (failure) {
        outgoing.destroy();
        reject(failure);
      } else resolve(answer!);
    };
    const onAbort = () => settle(new ProxyFailure(CALLER_GONE, 'The caller went away.'));
    const timer = setTimeout(() => settle(new ProxyFailure(504, 'The upstream did not answer in time.')), limits.timeout);
    if (init.caller?.gone) return onAbort();
    const undoGone = init.caller?.onGone(onAbort);
    outgoing.on('error', () => settle(new ProxyFailure(502, 'The upstream could not be reached.')));
    outgoing.on('response', (incoming: IncomingMessage) => {
      readIncoming(incoming, limits.maxBodyBytes, () => new ProxyFailure(502, 'The upstream answer is too large.')).then(
        (bytes) =>
          settle(undefined, {
            status: incoming.statusCode ?? 502,
            contentType: incoming.headers['content-type'],
            retryAfter: single(incoming.headers['retry-after']),
            body: bytes,
          }),
        (failure: ProxyFailure) => settle(failure),
      );
    });
    outgoing.end(body);
  });
}

const single = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

/**
 * Reads a Node stream whole, at most `maxBytes`; a declared length above it
 * fails before any byte is read. `tooLarge` names the failure (502 for an
 * upstream, 413 for a caller).
 */
export function readIncoming(stream: IncomingMessage, maxBytes: number, tooLarge: () => ProxyFailure, ms?: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    if (Number(stream.headers['content-length']) > maxBytes) return reject(tooLarge());
    const chunks: Buffer[] = [];
    let size = 0;
    const done = (failure: ProxyFailure | undefined) => {
      clearTimeout(timer);
      stream.off('data', onData).off('end', onEnd).off('error', onError).off('close', onClose);
      if (failure === undefined) return resolve(chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks, size));
      stream.pause();
      reject(failure);
    };
    const onData = (chunk: Buffer) => {
      size += chunk.byteLength;
      if (size > maxBytes) done(tooLarge());
      else chunks.push(chunk);
    };
    const onEnd = () => done(undefined);
    const onError = () => done(new ProxyFailure(502, 'The connection broke.'));
    const onClose = () => done(new ProxyFailure(CALLER_GONE, 'The caller went away.'));
    const timer = ms === undefined ? undefined : setTimeout(() => done(new ProxyFailure(408, 'The request body did not arrive in time.')), ms);
    stream.on('data', onData).on('end', onEnd).on('error', onError).on('close', onClose);
  });
}

/** Reads a web stream whole, at most `maxBytes` (else 413), within `ms` (else 408). */
export async function readWebBody(body: ReadableStream<Uint8Array> | null, maxBytes: number, ms: number): Promise<Uint8Array> {
  if (body === null) return new Uint8Array(0);
  const reader = body.getReader();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new ProxyFailure(408, 'The request body did not arrive in time.')), ms);
  });
  const chunks: Uint8Array[] = [];
  let size = 0;
  try {
    for (;;) {
      const { done, value } = await Promise.race([reader.read(), late]);
      if (done) break;
      size += value.byteLength;
      if (size > maxBytes) throw new ProxyFailure(413, 'The request body is too large.');
      chunks.push(value);
    }
  } catch (error) {
    void reader.cancel().catch(() => {});
    throw error instanceof ProxyFailure ? error : new ProxyFailure(CALLER_GONE, 'The caller went away.');
  } finally {
    clearTimeout(timer);
  }
  return Buffer.concat(chunks, size);
}

const decoder = new TextDecoder();

/** Reads a JSON body for inspection (token answers, EnOS gateway codes); anything else reads as undefined. */
export function parseJson(body: Uint8Array): unknown {
  try {
    return JSON.parse(decoder.decode(body));
  } catch {
    return undefined;
  }
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** `application/json` or a `+json` type: the only answers passed on. */
function isJsonType(contentType: string | undefined): boolean {
  const type = contentType?.split(';', 1)[0]!.trim().toLowerCase();
  return type === 'application/json' || (type !== undefined && /^application\/[\w.-]+\+json$/.test(type));
}

/**
 * A JSON object or array by its first non-blank byte: a cheap check, not a
 * parse (each answer is parsed at most once, and only where the proxy reads it).
 */
function looksLikeJson(body: Uint8Array): boolean {
  for (const byte of body) {
    if (byte === 0x20 || byte === 0x0a || byte === 0x0d || byte === 0x09) continue;
    return byte === 0x7b || byte === 0x5b;
  }
  return false;
}

/** Retry-After is copied only as delay-seconds or an IMF-fixdate: never upstream free text. */
const RETRY_AFTER = /^(?:\d{1,9}|[A-Z][a-z]{2}, \d{2} [A-Z][a-z]{2} \d{4} \d{2}:\d{2}:\d{2} GMT)$/;

interface SecretForms {
  text: readonly string[];
  /** The same as UTF-8 bytes, to search answers without converting each form on every answer. */
  bytes: readonly Buffer[];
}

const formsOf = new Map<string, SecretForms>();

/**
 * The forms a secret may take in text: as is, JSON-escaped (also with `/` as
 * `\/`, and `<`, `>`, `&` as `\u003c`…, as Go's encoder writes them),
 * percent-encoded. Kept for the few secrets in use.
 */
function secretForms(secret: string): SecretForms {
  let forms = formsOf.get(secret);
  if (forms === undefined) {
    // Tokens change every hour or so: a small memo, emptied rather than grown.
    if (formsOf.size >= 64) formsOf.clear();
    const json = JSON.stringify(secret).slice(1, -1);
    const go = json.replace(/</g, '\\u003c').replace(/>/g, '\\u003e').replace(/&/g, '\\u0026');
    const text = [...new Set([secret, json, go, json.replace(/\//g, '\\/'), encodeURIComponent(secret)])];
    forms = { text, bytes: text.map((form) => Buffer.from(form, 'utf8')) };
    formsOf.set(secret, forms);
  }
  return forms;
}

/** Replaces every form of every secret; the last line of defence before a log line is written. */
export function redact(text: string, secrets: Iterable<string>): string {
  let out = text;
  for (const secret of secrets) {
    if (secret === '') continue;
    for (const form of secretForms(secret).text) out = out.split(form).join('[redacted]');
  }
  return out;
}

function quotesSecret(body: Buffer, secrets: Iterable<string>): boolean {
  for (const secret of secrets) {
    if (secret !== '' && secretForms(secret).bytes.some((form) => body.includes(form))) return true;
  }
  return false;
}

const defaultLog = (entry: ProxyLogEntry) =>
  // JSON.stringify escapes line breaks: one entry is always one line (issue 19: a `\n` forged a log line).
  console.warn(JSON.stringify({ time: new Date().toISOString(), source: 'iam-elements/server', ...entry }));

const bearerOf = (authorization: string | undefined) => authorization?.replace(/^\s*Bearer\s+/i, '').trim();

/** A grant `authorize` returned that is not of the documented shape: the request is refused (500, logged). */
export class GrantError extends Error {}

/** What a grant's field must hold. */
export type GrantField = 'strings' | 'boolean';

/**
 * Reads a grant against its fields: fails closed on anything else (not an
 * object, an unknown field such as a misspelt `userId`, a field of the wrong
 * kind, a required field missing), naming the field.
 */
export function readGrant<Grant>(value: unknown, fields: Readonly<Record<string, GrantField>>, required: readonly string[]): Grant {
  if (!isRecord(value)) throw new GrantError('it must be an object (or false/null to refuse the caller).');
  for (const [name, field] of Object.entries(value)) {
    // The name is the host's own code's, not a caller's or an upstream's; quoted and cut short all the same.
    const shown = JSON.stringify(name.slice(0, 40));
    const kind = fields[name];
    if (kind === undefined) throw new GrantError(`unknown field ${shown}; a grant has only ${Object.keys(fields).join(', ')}.`);
    if (field === undefined) continue;
    const ok = kind === 'boolean' ? typeof field === 'boolean' : Array.isArray(field) && field.every((item) => typeof item === 'string' && item !== '');
    if (!ok) throw new GrantError(`${shown} must be ${kind === 'boolean' ? 'true or false' : 'an array of non-empty strings'}.`);
  }
  for (const name of required) if (value[name] === undefined) throw new GrantError(`${JSON.stringify(name)} is missing.`);
  return value as Grant;
}

/** Handlers built here, with the core the Node adapter calls without a `Request`/`Response` round trip. */
const cores = new WeakMap<ProxyHandler, ProxyCore>();
export const coreOf = (handler: ProxyHandler): ProxyCore | undefined => cores.get(handler);

/**
 * Whether a write may be a cross-site forgery: it is not when it carries WRITE_HEADER: 1, or an `Origin`
 * that is in `allowedOrigins` or the proxy's own (its `Host`).
 */
function sameSiteWrite(caller: CallerRequest, allowedOrigins: ReadonlySet<string>): boolean {
  if (caller.header('x-iam-elements') === '1') return true;
  const origin = caller.header('origin');
  if (origin === undefined || origin === 'null') return false;
  if (allowedOrigins.has(origin)) return true;
  try {
    return new URL(origin).host === (caller.header('host') ?? new URL(caller.url).host);
  } catch {
    return false;
  }
}

/** Builds the fetch-style handler around one provider. */
export function createProxyHandler<Grant>(spec: ProviderSpec<Grant>, options: CommonProxyOptions): ProxyHandler {
  const prefix = normalizePrefix(options.prefix);
  const routes = spec.routes.map((route) => compileRoute(route, spec.implicitQuery));
  const allowedOrigins = new Set(options.allowedOrigins ?? []);
  const { maxBodyBytes } = upstreamLimits(options);
  const requestTimeout = positive('requestTimeout', options.requestTimeout, DEFAULT_TIMEOUT_MS);
  const maxConcurrent = positive('maxConcurrentUpstream', options.maxConcurrentUpstream, DEFAULT_MAX_CONCURRENT_UPSTREAM);
  const sink = options.log ?? defaultLog;
  const routeMethods: ReadonlySet<string> = new Set(routes.map((route) => route.method));
  const methods = ['OPTIONS', ...routeMethods].join(', ');
  let inFlight = 0;

  const log = (status: number, message: string, caller: CallerRequest) => {
    const callerToken = bearerOf(caller.header('authorization'));
    const secrets = [...spec.secrets(), ...(callerToken ? [callerToken] : [])];
    try {
      sink({ provider: spec.provider, status, message: redact(message, secrets) });
    } catch {
      // A failing log must not turn an answer into a crash.
    }
  };

  const fail = (status: number, message: string, extra: Readonly<Record<string, string>> = {}): ProxyAnswer => {
    const headers: Record<string, string> = { ...ANSWER_HEADERS, ...extra };
    // RFC 9110: a 401 names the scheme it wants, here the bearer token the element sends.
    if (status === 401) headers['WWW-Authenticate'] = 'Bearer';
    return { status, headers, body: Buffer.from(JSON.stringify(spec.errorBody(status, message))) };
  };

  const match = (method: string, url: URL, caller: CallerGone): MatchedRequest | undefined => {
    if (!url.pathname.startsWith(`${prefix}/`)) return undefined;
    const path = url.pathname.slice(prefix.length);
    for (const route of routes) {
      if (route.method !== method) continue;
      const found = route.pattern.exec(path);
      if (found === null) continue;
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
      return { method: route.method, path, segments, query, body: undefined, caller };
    }
    return undefined;
  };

  const readBody = async (caller: CallerRequest): Promise<string> => {
    const bytes = await caller.readBody(maxBodyBytes, requestTimeout);
    try {
      // EnOS signs the body as text: bytes that are not UTF-8 could not be signed as sent.
      return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    } catch {
      throw new ProxyFailure(400, 'The request body is not UTF-8 text.');
    }
  };

  const relay = (upstream: UpstreamAnswer): ProxyAnswer => {
    const status = upstream.status;
    if (status >= 300 && status < 400) throw new ProxyFailure(502, 'The upstream answered with a redirect, which the proxy does not follow.');
    const headers: Record<string, string> = { ...ANSWER_HEADERS };
    if (upstream.retryAfter !== undefined && RETRY_AFTER.test(upstream.retryAfter)) headers['Retry-After'] = upstream.retryAfter;
    // These statuses may not carry a body.
    if (status === 204 || status === 205 || status === 304) return { status, headers, body: undefined };
    if (!isJsonType(upstream.contentType) || !looksLikeJson(upstream.body)) {
      throw new ProxyFailure(502, 'The upstream answered with something other than JSON.');
    }
    if (quotesSecret(upstream.body, spec.secrets())) throw new ProxyFailure(502, 'The upstream answer quoted a credential of the proxy.');
    return { status, headers, body: upstream.body };
  };

  const answer = async (caller: CallerRequest): Promise<ProxyAnswer> => {
    const method = caller.method;
    if (method === 'OPTIONS') return { status: 204, headers: { ...ANSWER_HEADERS }, body: undefined };
    // TRACE, HEAD, and any method no configured route takes.
    if (!routeMethods.has(method)) return fail(405, 'This method is not allowed here.', { Allow: methods });
    let url: URL;
    try {
      url = new URL(caller.url, 'http://proxy.invalid');
    } catch {
      return fail(404, 'No such endpoint.');
    }
    const matched = match(method, url, caller.caller);
    if (matched === undefined) return fail(404, 'No such endpoint.');
    // Before the grant, the body and any upstream call: a cross-site write gets nothing but this refusal (issue 18).
    if (method !== 'GET' && !sameSiteWrite(caller, allowedOrigins)) {
      return fail(403, `A write must carry ${WRITE_HEADER}: 1 or come from an allowed origin.`);
    }
    if (spec.authorize === undefined) return fail(403, 'This proxy has no authorize hook, so it refuses every request.');
    const returned: unknown = await spec.authorize(caller.request());
    if (returned === false || returned === null || returned === undefined) return fail(401, 'Not signed in, or the session has ended.');
    const grant = spec.readGrant(returned);
    if (!spec.permits(grant, matched)) return fail(403, 'Not allowed to see this resource.');
    // Read only now, so a caller without a session cannot make the proxy read a large body.
    if (BODY_METHODS.has(matched.method)) matched.body = await readBody(caller);
    // SSOJet's member removal is a DELETE with a JSON body (issue 18); a DELETE without one is sent without one.
    else if (matched.method === 'DELETE') matched.body = (await readBody(caller)) || undefined;
    if (inFlight >= maxConcurrent) throw new ProxyFailure(503, 'The proxy is busy; try again shortly.', { 'Retry-After': '1' });
    inFlight += 1;
    try {
      return relay(await spec.forward(matched));
    } finally {
      inFlight -= 1;
    }
  };

  const core: ProxyCore = async (caller) => {
    const origin = caller.header('origin');
    const corsAllowed = origin !== undefined && allowedOrigins.has(origin);
    let response: ProxyAnswer;
    // A preflight from an origin not configured is refused; the browser then never sends the real request.
    if (caller.method === 'OPTIONS' && !corsAllowed) response = fail(403, 'This origin may not call the proxy.');
    else {
      try {
        response = await answer(caller);
      } catch (error) {
        const failure =
          error instanceof ProxyFailure
            ? error
            : error instanceof GrantError
              ? new ProxyFailure(500, `The authorize hook returned a malformed grant: ${error.message}`)
              : new ProxyFailure(500, 'The proxy failed to handle the request.');
        // Only our own fixed sentences are logged: an unknown error's text could quote a header.
        if (failure.status >= 500 || failure.status === 408 || failure.status === 413) log(failure.status, failure.message, caller);
        response = fail(failure.status, failure.message, failure.headers);
      }
    }
    if (corsAllowed) {
      response.headers['Access-Control-Allow-Origin'] = origin;
      response.headers['Vary'] = 'Origin';
      response.headers['Access-Control-Expose-Headers'] = 'Retry-After';
      if (caller.method === 'OPTIONS') {
        response.headers['Access-Control-Allow-Methods'] = methods;
        response.headers['Access-Control-Allow-Headers'] = `Authorization, Accept, Content-Type, ${WRITE_HEADER}`;
        response.headers['Access-Control-Max-Age'] = '600';
      }
    }
    return response;
  };

  const handler: ProxyHandler = async (request) => {
    const answered = await core({
      method: request.method,
      url: request.url,
      header: (name) => request.headers.get(name) ?? undefined,
      readBody: (maxBytes, ms) => {
        if (Number(request.headers.get('content-length')) > maxBytes) return Promise.reject(new ProxyFailure(413, 'The request body is too large.'));
        return readWebBody(request.body, maxBytes, ms);
      },
      request: () => request,
      caller: goneFromSignal(request.signal),
    });
    // Node's Buffers here sit on plain ArrayBuffers, never shared ones: the DOM typings want that said.
    const body = answered.body as Uint8Array<ArrayBuffer> | undefined;
    return new Response(body ?? null, { status: answered.status, headers: answered.headers });
  };
  cores.set(handler, core);
  return handler;
}
