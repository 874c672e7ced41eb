// @ts-check
/**
 * The reference API server: SSOJet's "GET Users Organizations" and EnOS IAM's
 * "List SSO Users", implemented as their documents describe (paths, query
 * parameters, bearer auth, bodies, error shapes), so the demo and the browser
 * tests exercise the elements over real HTTP. No dependencies beyond Node.
 *
 * Faults for demos and tests are asked for in the path, in front of the API
 * path, so an element opts in through its `base-url` alone and concurrent
 * tests never share state:
 *
 *   {origin}/_faults/delay=800,status=503/api/account/identity/users/…
 *
 *   delay=MS      answer after MS milliseconds (at most 60 s)
 *   status=CODE   answer CODE with the provider's error body (429 and 503 add Retry-After: 1)
 *   body=KIND     answer with a bad body, status 200 unless status= says otherwise:
 *                 malformed (cut-off JSON), html (an error page), empty (no bytes),
 *                 wrong-shape (valid JSON, no list), enos-failure (EnOS `success: false`
 *                 and a non-zero `status`), enos-status (only a non-zero `status`, users
 *                 included), enos-success-false (only `success: false`), nulls (every field
 *                 of every entry null), wrong-types (every field the wrong JSON type),
 *                 markup (every text field markup)
 *   message=KIND  the text of an error body (status= or an envelope): markup, rtl, long
 *                 (5,000 characters), token (echoes the request's bearer token back)
 *   retry-after=V the Retry-After of a 429 or 503: seconds (`3`), `date+N` (an HTTP-date N
 *                 seconds ahead), `none` (no header), anything else verbatim
 *   times=N       apply status= and body= to the first N requests of the tag only (needs tag=)
 *   redirect      answer 307 to the same request on another origin of this server (127.0.0.1
 *                 and localhost swapped), without `redirect`: where does the token go?
 *   hang          never answer (for timeouts)
 *   drop          close the connection without an answer (a network error)
 *   tag=NAME      record the request under NAME, readable at GET /_requests?tag=NAME
 *
 * The gateways' side, for the server-side proxy (src/server): EnOS's token
 * endpoints and signature check (./enos-gateway.mjs) and SSOJet's
 * client-credentials token endpoint (./ssojet-auth.mjs).
 */
import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';
import { enosSsoUsers, ssojetUserOrganizations } from './data.mjs';
import { createEnosGateway } from './enos-gateway.mjs';
import { createSsojetAuth } from './ssojet-auth.mjs';

/** The seed documents' example ids, answered with their example bodies verbatim. */
export const SEED_SSOJET_USER_ID = '6694c133565dfee5166d1cbb';
export const SEED_ENOS_ORG_ID = 'orgId';

const seedBody = (/** @type {string} */ name) => readFileSync(new URL(`./seeds/${name}`, import.meta.url), 'utf8');
const SSOJET_SEED = seedBody('ssojet-user-organizations.json');
const ENOS_SEED = seedBody('enos-list-sso-users.json');

const SSOJET_PATH = /^\/api\/account\/identity\/users\/([^/]+)\/organizations$/;
const ENOS_PATH = '/enos-iam-service/v2.3/user/sso/list';
const FAULT_PREFIX = /^\/_faults\/([^/]*)(\/.*)$/;
const MAX_DELAY_MS = 60_000;
const MAX_RECORDED = 200;
const MAX_TOKEN_REQUEST_BYTES = 64 * 1024;

/** Credentials the reference gateways accept, for the demo and the tests. */
export const DEMO_ENOS_APP = { appKey: 'demo-app-key', appSecret: 'demo-app-secret' };
export const DEMO_SSOJET_CLIENT = { clientId: 'demo-client', clientSecret: 'demo-client-secret' };

/**
 * @typedef {object} ReferenceApiOptions
 * @property {string[]} [tokens] bearer tokens accepted (default: `demo-token`)
 * @property {string[]} [clientIds] SSOJet client ids accepted (default: `demo-client`)
 * @property {Record<string, string>} [enosApps] EnOS appKey → appSecret (default: DEMO_ENOS_APP)
 * @property {Record<string, string>} [ssojetClients] SSOJet client_id → client_secret (default: DEMO_SSOJET_CLIENT)
 * @property {number} [enosTokenTtlSeconds] lifetime of a gateway access token (default 7200, as documented)
 * @property {number} [ssojetTokenTtlSeconds] lifetime of a management token (default 3600, SSOJet's example)
 * @property {() => number} [now] the gateways' clock, for tests of expiry (default Date.now)
 */

/**
 * @typedef {object} Faults
 * @property {number} delay
 * @property {number | undefined} status
 * @property {string | undefined} body
 * @property {boolean} hang
 * @property {boolean} drop
 * @property {string | undefined} tag
 * @property {string | undefined} message
 * @property {string | undefined} retryAfter
 * @property {number | undefined} times
 * @property {boolean} redirect
 */

/**
 * @typedef {{ method: string, path: string, query: Record<string, string[]>, authorization: string | null, origin: string | null,
 *   cookie?: string, apim?: Record<string, string> }} RecordedRequest
 * `cookie` and `apim` (the apim-* headers) appear only when the request had them.
 */

/** @typedef {'ssojet' | 'enos'} Provider */

/** @param {string} spec @returns {Faults} */
export function parseFaults(spec) {
  /** @type {Faults} */
  const faults = {
    delay: 0,
    status: undefined,
    body: undefined,
    hang: false,
    drop: false,
    tag: undefined,
    message: undefined,
    retryAfter: undefined,
    times: undefined,
    redirect: false,
  };
  for (const part of safeDecode(spec).split(',')) {
    const [key, value = ''] = part.split('=');
    if (key === 'delay') faults.delay = Math.min(Math.max(Number(value) || 0, 0), MAX_DELAY_MS);
    else if (key === 'status') faults.status = Number(value) || undefined;
    else if (key === 'body') faults.body = value;
    else if (key === 'hang') faults.hang = true;
    else if (key === 'drop') faults.drop = true;
    else if (key === 'redirect') faults.redirect = true;
    else if (key === 'tag') faults.tag = value;
    else if (key === 'message') faults.message = value;
    else if (key === 'retry-after') faults.retryAfter = value;
    else if (key === 'times') faults.times = Math.max(Number(value) || 0, 0);
  }
  return faults;
}

/** @param {ReferenceApiOptions} [options] */
export function createReferenceApi(options = {}) {
  const tokens = new Set(options.tokens ?? ['demo-token']);
  const clientIds = new Set(options.clientIds ?? ['demo-client']);
  const now = options.now ?? Date.now;
  /** @type {Gateways} */
  const gateways = {
    enos: createEnosGateway({
      apps: options.enosApps ?? { [DEMO_ENOS_APP.appKey]: DEMO_ENOS_APP.appSecret },
      tokenTtlSeconds: options.enosTokenTtlSeconds ?? 7200,
      now,
    }),
    ssojet: createSsojetAuth({
      clients: options.ssojetClients ?? { [DEMO_SSOJET_CLIENT.clientId]: DEMO_SSOJET_CLIENT.clientSecret },
      tokenTtlSeconds: options.ssojetTokenTtlSeconds ?? 3600,
      now,
    }),
  };
  /** @type {Map<string, RecordedRequest[]>} */
  const recorded = new Map();
  /** Timers of delayed answers, cleared on close so the process can exit. */
  const timers = new Set();

  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://reference.invalid');
    cors(req, res);
    if (req.method === 'OPTIONS') {
      res.writeHead(204).end();
      return;
    }
    if (url.pathname === '/_requests') {
      json(res, 200, recorded.get(url.searchParams.get('tag') ?? '') ?? []);
      return;
    }

    const faultMatch = FAULT_PREFIX.exec(url.pathname);
    const faults = parseFaults(faultMatch?.[1] ?? '');
    const path = faultMatch?.[2] ?? url.pathname;

    if (faults.tag !== undefined) {
      const list = recorded.get(faults.tag) ?? [];
      // `times=N`: this request is number list.length of its tag; past N it is answered normally.
      if (faults.times !== undefined && list.length >= faults.times) {
        faults.status = undefined;
        faults.body = undefined;
      }
      if (list.length < MAX_RECORDED) {
        list.push({
          method: req.method ?? '',
          path,
          query: Object.fromEntries([...new Set(url.searchParams.keys())].map((k) => [k, url.searchParams.getAll(k)])),
          authorization: req.headers.authorization ?? null,
          origin: req.headers.origin ?? null,
          ...(req.headers.cookie ? { cookie: req.headers.cookie } : {}),
          ...apimHeaders(req.headers),
        });
      }
      recorded.set(faults.tag, list);
    }

    if (faults.redirect) {
      const spec = (faultMatch?.[1] ?? '').split(',').filter((part) => part !== 'redirect').join(',');
      const host = req.headers.host ?? '';
      const other = host.startsWith('localhost') ? host.replace('localhost', '127.0.0.1') : host.replace(/^[^:]+/, 'localhost');
      res.writeHead(307, { Location: `http://${other}/_faults/${spec}${path}${url.search}` }).end();
      return;
    }
    if (faults.drop) {
      req.socket.destroy();
      return;
    }
    if (faults.hang) return; // The socket is destroyed when the client gives up or the server closes.

    const answer = () => route(req, res, path, url.searchParams, faults, tokens, clientIds, gateways);
    if (faults.delay > 0) {
      const timer = setTimeout(() => {
        timers.delete(timer);
        if (!res.destroyed) answer();
      }, faults.delay);
      timers.add(timer);
    } else {
      answer();
    }
  });

  // Keep-alive sockets and hung requests would keep `close()` waiting forever.
  const sockets = new Set();
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });

  return {
    server,
    close() {
      for (const timer of timers) clearTimeout(timer);
      for (const socket of sockets) socket.destroy();
      return new Promise((resolve) => server.close(() => resolve(undefined)));
    },
  };
}

/**
 * Starts the server and resolves with its origin.
 * @param {ReferenceApiOptions & { port?: number, host?: string }} [options]
 */
export async function startReferenceApi(options = {}) {
  const api = createReferenceApi(options);
  const host = options.host ?? '127.0.0.1';
  await new Promise((resolve, reject) => {
    api.server.once('error', reject);
    api.server.listen(options.port ?? 0, host, () => resolve(undefined));
  });
  const address = api.server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return { origin: `http://${host}:${port}`, close: api.close };
}

/**
 * @param {import('node:http').IncomingMessage} req
 * @param {import('node:http').ServerResponse} res
 * @param {string} path
 * @param {URLSearchParams} query
 * @param {Faults} faults
 * @param {Set<string>} tokens
 * @param {Set<string>} clientIds
 * @param {Gateways} gateways
 */
function route(req, res, path, query, faults, tokens, clientIds, gateways) {
  if (gateways.enos.isTokenPath(path) || gateways.ssojet.isTokenPath(path)) {
    answerTokenRequest(req, res, path, gateways).catch(() => res.destroy());
    return;
  }
  const ssojetMatch = SSOJET_PATH.exec(path);
  /** @type {Provider | undefined} */
  const provider = ssojetMatch ? 'ssojet' : path === ENOS_PATH ? 'enos' : undefined;
  if (provider === undefined) {
    json(res, 404, { error: 'not_found', error_code: 801, error_description: 'No such endpoint.' });
    return;
  }
  if (req.method !== 'GET') {
    res.setHeader('Allow', 'GET, OPTIONS');
    providerError(res, provider, 405, 'Method not allowed.');
    return;
  }
  if (faults.body !== undefined) {
    badBody(req, res, provider, faults);
    return;
  }
  if (faults.status !== undefined) {
    const retryAfter = retryAfterHeader(faults.retryAfter);
    if ((faults.status === 429 || faults.status === 503) && retryAfter !== undefined) res.setHeader('Retry-After', retryAfter);
    providerError(res, provider, faults.status, faultMessage(req, faults, `Injected fault: HTTP ${faults.status}.`));
    return;
  }
  if (provider === 'enos' && gateways.enos.isGatewayCall(req.headers)) {
    const refusal = gateways.enos.verify(req.headers, query, '');
    if (refusal) json(res, refusal.status, refusal.body);
    else enosUsers(res, query);
    return;
  }
  // Documented: `Authorization: Bearer <token>`. fetch() trims header values,
  // so an empty token arrives as a bare "Bearer"; the pattern rejects it.
  const bearer = /^Bearer\s+(\S+)$/.exec(req.headers.authorization ?? '');
  const token = bearer?.[1] ?? '';
  const managementToken = provider === 'ssojet' && gateways.ssojet.accepts(token, query.get('client_id'));
  if (!tokens.has(token) && !managementToken) {
    providerError(res, provider, 401, 'The access token is missing or invalid.');
    return;
  }
  if (ssojetMatch) ssojetOrganizations(res, safeDecode(/** @type {string} */ (ssojetMatch[1])), query, clientIds);
  else enosUsers(res, query);
}

/**
 * @param {import('node:http').ServerResponse} res
 * @param {string} userId
 * @param {URLSearchParams} query
 * @param {Set<string>} clientIds
 */
function ssojetOrganizations(res, userId, query, clientIds) {
  const clientId = query.get('client_id');
  if (!clientId) {
    json(res, 400, { error: 'malformed_request', error_code: 800, error_description: 'client_id is required.' });
    return;
  }
  if (!clientIds.has(clientId)) {
    // As on SSOJet's error-codes page, verbatim.
    json(res, 401, { error: 'invalid_client', error_description: 'The client is invalid or missing.', error_code: 1001 });
    return;
  }
  if (userId === SEED_SSOJET_USER_ID) {
    raw(res, 200, SSOJET_SEED);
    return;
  }
  if (userId.startsWith('missing')) {
    json(res, 404, { error: 'resource_not_found', error_code: 801, error_description: 'User not found' });
    return;
  }
  json(res, 200, ssojetUserOrganizations(userId));
}

/**
 * @param {import('node:http').ServerResponse} res
 * @param {URLSearchParams} query
 */
function enosUsers(res, query) {
  const orgId = query.get('orgId');
  // EnOS reports request errors inside a 200 answer; the element must check the envelope.
  if (!orgId) {
    json(res, 200, enosEnvelope(30400, 'orgId is required.'));
    return;
  }
  if (orgId.startsWith('missing')) {
    json(res, 200, enosEnvelope(30404, 'The organization does not exist.'));
    return;
  }
  const filters = /** @type {const} */ (['userName', 'email', 'phone']).flatMap((name) => {
    const value = query.get(name);
    return value ? [{ field: name === 'userName' ? 'name' : name, value: value.toLowerCase() }] : [];
  });
  if (orgId === SEED_ENOS_ORG_ID && filters.length === 0) {
    raw(res, 200, ENOS_SEED);
    return;
  }
  const kept = filters.length === 0 ? enosBodies.get(orgId) : undefined;
  if (kept !== undefined) {
    raw(res, 200, kept);
    return;
  }
  const all = orgId === SEED_ENOS_ORG_ID ? JSON.parse(ENOS_SEED).users : enosSsoUsers(orgId);
  // EnOS does not say how its filters match; the reference server takes a
  // case-insensitive substring, which is what a person searching expects.
  const users = all.filter((/** @type {Record<string, unknown>} */ user) =>
    filters.every(({ field, value }) => String(user[field] ?? '').toLowerCase().includes(value)),
  );
  const body = JSON.stringify({ fail: false, success: true, failed: false, message: '', users, status: 0, successful: true });
  if (filters.length === 0) keepEnosBody(orgId, body);
  raw(res, 200, body);
}

/**
 * Generating and serializing 10,000 users takes this server longer than
 * sending them, where a real EnOS answers from storage; so the last few
 * unfiltered answers are kept (the data is deterministic per id, so nothing
 * changes but the time). `npm run bench` asks for the same lists many times.
 */
const enosBodies = new Map();
const KEPT_ENOS_BODIES = 8;

/** @param {string} orgId @param {string} body */
function keepEnosBody(orgId, body) {
  enosBodies.set(orgId, body);
  if (enosBodies.size > KEPT_ENOS_BODIES) enosBodies.delete(enosBodies.keys().next().value);
}

/**
 * @typedef {{ enos: ReturnType<typeof createEnosGateway>, ssojet: ReturnType<typeof createSsojetAuth> }} Gateways
 */

/**
 * The token endpoints read a body, so they answer asynchronously.
 * @param {import('node:http').IncomingMessage} req
 * @param {import('node:http').ServerResponse} res
 * @param {string} path
 * @param {Gateways} gateways
 */
async function answerTokenRequest(req, res, path, gateways) {
  let text = '';
  for await (const chunk of req) {
    text += chunk;
    if (text.length > MAX_TOKEN_REQUEST_BYTES) {
      json(res, 413, { error: 'malformed_request', error_code: 800, error_description: 'The body is too large.' });
      return;
    }
  }
  if (res.destroyed) return;
  const answer = gateways.enos.isTokenPath(path)
    ? req.method === 'POST'
      ? gateways.enos.answerToken(path, text)
      : { status: 405, body: { status: 1004, msg: 'Use POST.' } }
    : gateways.ssojet.answerToken(req.method ?? '', req.headers['content-type'], text);
  json(res, answer.status, answer.body);
}

/** The apim-* headers of a request, under `apim`, when it has any. @param {import('node:http').IncomingHttpHeaders} headers */
function apimHeaders(headers) {
  const entries = Object.entries(headers).filter(([name]) => name.startsWith('apim-'));
  return entries.length > 0 ? { apim: Object.fromEntries(entries.map(([name, value]) => [name, String(value)])) } : {};
}

/** A malformed `%` sequence must not crash the server: keep the text as sent. @param {string} text */
function safeDecode(text) {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/** @param {number} status @param {string} message */
function enosEnvelope(status, message) {
  return { fail: true, success: false, failed: true, message, status, successful: false };
}

/**
 * @param {import('node:http').ServerResponse} res
 * @param {Provider} provider
 * @param {number} status
 * @param {string} message
 */
function providerError(res, provider, status, message) {
  if (provider === 'enos') {
    json(res, status, enosEnvelope(30000 + status, message));
  } else {
    const error = status === 401 ? 'unauthorized' : status === 429 ? 'rate_limited' : status >= 500 ? 'server_error' : 'request_failed';
    json(res, status, { error, error_code: status === 401 ? 2001 : 800, error_description: message });
  }
}

/** Markup that must stay text wherever it lands. */
const FAULT_MARKUP = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=1</script><b>bold</b>';

/** `retry-after=` as a header value, or `undefined` for none (the default is 1 second). @param {string | undefined} spec */
function retryAfterHeader(spec) {
  if (spec === undefined) return '1';
  if (spec === 'none') return undefined;
  const ahead = /^date\+(\d+)$/.exec(spec);
  return ahead ? new Date(Date.now() + Number(ahead[1]) * 1000).toUTCString() : spec;
}

/**
 * The text of an injected error, as `message=` asks.
 * @param {import('node:http').IncomingMessage} req @param {Faults} faults @param {string} fallback
 */
function faultMessage(req, faults, fallback) {
  if (faults.message === 'markup') return `Refused: ${FAULT_MARKUP}`;
  if (faults.message === 'rtl') return 'الرمز غير صالح (401) — פג תוקף';
  if (faults.message === 'long') return `Long ${'message '.repeat(700)}end`;
  // A careless server that quotes the credential back: the element must not show it.
  if (faults.message === 'token') return `Invalid token ${(req.headers.authorization ?? '').replace(/^Bearer\s+/, '')} for this call.`;
  return fallback;
}

/**
 * One entry of each provider's list with every field replaced by `value(field)`.
 * @param {Provider} provider @param {(field: string) => unknown} value
 */
function entryWith(provider, value) {
  const fields =
    provider === 'enos'
      ? ['id', 'name', 'email', 'phone', 'phoneArea', 'state', 'domain', 'createTime', 'description', 'emailVerified', 'phoneVerified']
      : ['id', 'Name', 'WhiteListDomains', 'AllowProfilesOutsideOrganization', 'domain', 'WorkspaceName', 'roles', 'is_active', 'status'];
  return Object.fromEntries(fields.map((field) => [field, value(field)]));
}

/** @param {Provider} provider @param {unknown[]} entries */
function listBody(provider, entries) {
  return provider === 'enos'
    ? { success: true, status: 0, message: '', users: entries }
    : { id: 'fault-user', email_id: 'fault@example.com', organizations: entries };
}

const LIST_FIELDS = new Set(['WhiteListDomains', 'roles']);
const FLAG_FIELDS = new Set(['AllowProfilesOutsideOrganization', 'is_active', 'emailVerified', 'phoneVerified', 'state']);

/**
 * @param {import('node:http').IncomingMessage} req
 * @param {import('node:http').ServerResponse} res
 * @param {Provider} provider
 * @param {Faults} faults
 */
function badBody(req, res, provider, faults) {
  const status = faults.status ?? 200;
  const kind = faults.body;
  if (kind === 'html') {
    res.writeHead(status, { 'Content-Type': 'text/html' }).end('<!doctype html><title>Gateway</title><h1>Bad gateway</h1><script>alert(1)</script>');
  } else if (kind === 'empty') {
    raw(res, status, '');
  } else if (kind === 'wrong-shape') {
    json(res, status, { data: 'this is not the documented shape' });
  } else if (kind === 'enos-failure') {
    json(res, status, enosEnvelope(30500, faultMessage(req, faults, 'Internal error in the IAM service.')));
  } else if (kind === 'enos-status') {
    json(res, status, { status: 30401, message: faultMessage(req, faults, 'Token not valid.'), users: [] });
  } else if (kind === 'enos-success-false') {
    json(res, status, { success: false, message: faultMessage(req, faults, 'The request failed.'), users: [] });
  } else if (kind === 'nulls') {
    json(res, status, listBody(provider, [entryWith(provider, () => null), entryWith(provider, () => null)]));
  } else if (kind === 'wrong-types') {
    // Lists where text belongs, text where lists and flags belong, objects for the rest.
    const wrong = (/** @type {string} */ field) =>
      LIST_FIELDS.has(field) ? 'not a list' : FLAG_FIELDS.has(field) ? { yes: true } : ['not', 'text'];
    json(res, status, listBody(provider, [entryWith(provider, wrong), 42, 'entry', null]));
  } else if (kind === 'markup') {
    const markup = (/** @type {string} */ field) =>
      field === 'roles'
        ? [{ role_id: FAULT_MARKUP, role_name: FAULT_MARKUP, permissions: [FAULT_MARKUP] }]
        : field === 'WhiteListDomains'
          ? [FAULT_MARKUP]
          : field === 'createTime'
            ? `2024-01-02 03:04:05.0${FAULT_MARKUP}`
            : FAULT_MARKUP;
    json(res, status, listBody(provider, [entryWith(provider, markup)]));
  } else {
    raw(res, status, '{"organizations": [{"id": "6694c825d1ed074fa2ed');
  }
}

/**
 * @param {import('node:http').IncomingMessage} req
 * @param {import('node:http').ServerResponse} res
 */
function cors(req, res) {
  // Any origin: this is a reference server for demos and tests, and the
  // elements send no cookies (credentials: 'omit'), so `*` is enough.
  res.setHeader('Access-Control-Allow-Origin', '*');
  res.setHeader('Access-Control-Expose-Headers', 'Retry-After');
  if (req.method === 'OPTIONS') {
    res.setHeader('Access-Control-Allow-Methods', 'GET, OPTIONS');
    res.setHeader('Access-Control-Allow-Headers', req.headers['access-control-request-headers'] ?? 'Authorization, Accept');
    res.setHeader('Access-Control-Max-Age', '600');
  }
}

/** @param {import('node:http').ServerResponse} res @param {number} status @param {unknown} body */
function json(res, status, body) {
  raw(res, status, JSON.stringify(body));
}

/** @param {import('node:http').ServerResponse} res @param {number} status @param {string} text */
function raw(res, status, text) {
  res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' }).end(text);
}
