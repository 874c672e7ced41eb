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
 *   times=N       apply status=, body= and hang to the first N requests of the tag only (needs tag=)
 *   from=N        ... and not to its first N requests (needs tag=): `from=1,times=2` fails the second only
 *   redirect[=CODE] answer CODE (301, 302, 303, 307 or 308; 307 when not said) to the same request
 *                 on another origin of this server (127.0.0.1 and localhost swapped), its other
 *                 faults kept but the redirect: where does the token go, whose data is shown?
 *   redirect-to=same  ... to this origin instead (a same-origin redirect, which elements follow)
 *   open          answer without asking for a token or client id: an origin that serves its data to
 *                 anyone, which is what `redirect,open` reaches (the token stays behind)
 *   hang          never answer (for timeouts)
 *   trickle=MS    send the body's first 64 kB at once and the rest MS milliseconds later (at most
 *                 60 s): a long answer on a slow network
 *   hold=NAME     send the body's first 64 kB at once and the rest when `POST /_release?hold=NAME`
 *                 arrives: a long answer whose end a test lets through once it has seen the start
 *                 (`GET /_held?hold=NAME` says how many answers wait)
 *   drop          close the connection without an answer (a network error)
 *   tag=NAME      record the request under NAME, readable at GET /_requests?tag=NAME; how each
 *                 answer ended at GET /_settled?tag=NAME (`delivered`, `closed`, or null while open)
 *
 * SSOJet's user-management lists (`/api/v1/users`, …) name no id in their
 * path, so a base-url prefix picks their data set, after any fault prefix:
 *
 *   {origin}/_faults/delay=800/_data/new-25/api/v1/users
 *
 * The data set id works as the ids of the other endpoints do (see data.mjs:
 * `-N`, `hostile…`; `new…` answers the newer documents' paged shape). Without
 * a prefix, the documented example (users) or data set `example`. Each of these lists answers under
 * `/api/v1/auth/…` too, SSOJet's user-token routes.
 *
 * The gateways' side, for the server-side proxy (src/server): EnOS's token
 * endpoints and signature check (./enos-gateway.mjs) and SSOJet's
 * client-credentials token endpoint (./ssojet-auth.mjs).
 *
 * The writes (issue 18) and the state they keep per server run and tenant are in ./writes.mjs;
 * the faults above apply to them too.
 */
import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';
import {
  enosSsoUsers,
  ssojetLoginLogs,
  ssojetOrganizations,
  ssojetPasskeys,
  ssojetPermissions,
  ssojetRoles,
  ssojetTenantInvitations,
  ssojetTenantMembers,
  ssojetUserOrganizations,
  ssojetUsers,
} from './data.mjs';
import { createEnosGateway } from './enos-gateway.mjs';
import { createSsojetAuth } from './ssojet-auth.mjs';
import { createWrites, isWritePath, matchWrite } from './writes.mjs';

/** The seed documents' example ids, answered with their example bodies verbatim. */
export const SEED_SSOJET_USER_ID = '6694c133565dfee5166d1cbb';
export const SEED_ENOS_ORG_ID = 'orgId';

const seedBody = (/** @type {string} */ name) => readFileSync(new URL(`./seeds/${name}`, import.meta.url), 'utf8');
const SSOJET_SEED = seedBody('ssojet-user-organizations.json');
const ENOS_SEED = seedBody('enos-list-sso-users.json');
// Section 2 of the SSOJet notes lists the fields and example values of "List All Users" but quotes no body:
// this one is built from that list (24-hex ids, nanosecond times, nulls, `LastLoginAt` beside `created_at`).
const SSOJET_USERS_EXAMPLE = seedBody('ssojet-users.json');

const SSOJET_PATH = /^\/api\/account\/identity\/users\/([^/]+)\/organizations$/;
const ENOS_PATH = '/enos-iam-service/v2.3/user/sso/list';
const FAULT_PREFIX = /^\/_faults\/([^/]*)(\/.*)$/;
const DATA_PREFIX = /^\/_data\/([^/]*)(\/.*)$/;
/** Lists of SSOJet's user-management API (issue 8), by path, with or without the user-token `/auth`. */
const SSOJET_LISTS = /** @type {const} */ ([
  ['ssojet-users', /^\/api\/v1(?:\/auth)?\/users$/],
  ['ssojet-roles', /^\/api\/v1(?:\/auth)?\/roles$/],
  ['ssojet-permissions', /^\/api\/v1(?:\/auth)?\/permissions$/],
  ['ssojet-organizations', /^\/api\/v1(?:\/auth)?\/(?:organizations|tenants)$/],
  ['ssojet-loginlogs', /^\/api\/v1(?:\/auth)?\/users\/([^/]+)\/loginlogs$/],
  // <org-members>: a tenant's members and invitations (their writes are in ./writes.mjs).
  ['ssojet-members', /^\/api\/v1(?:\/auth)?\/tenants\/([^/]+)\/users$/],
  ['ssojet-invitations', /^\/api\/v1(?:\/auth)?\/tenants\/([^/]+)\/invitations$/],
  // A user-token route already; a rename is a PATCH of one credential.
  ['ssojet-passkeys', /^\/api\/v1\/auth\/passwordless\/passkey\/credentials(?:\/[^/]+)?$/],
]);
const MAX_DELAY_MS = 60_000;
/** The redirect statuses `redirect=CODE` answers with. */
const REDIRECTS = [301, 302, 303, 307, 308];
const MAX_RECORDED = 200;
const MAX_TOKEN_REQUEST_BYTES = 64 * 1024;
/** Passkey renames a server remembers; past this the oldest is forgotten, so a long-running demo cannot grow without bound. */
const MAX_PASSKEY_RENAMES = 5000;

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
 * @property {number} trickle
 * @property {string | undefined} hold
 * @property {boolean} drop
 * @property {string | undefined} tag
 * @property {string | undefined} message
 * @property {string | undefined} retryAfter
 * @property {number | undefined} times
 * @property {number | undefined} from
 * @property {number | undefined} redirect the status of a redirect to answer with
 * @property {boolean} redirectSameOrigin
 * @property {boolean} open
 */

/**
 * @typedef {{ method: string, path: string, query: Record<string, string[]>, authorization: string | null, origin: string | null,
 *   cookie?: string, apim?: Record<string, string>, headers?: Record<string, string> }} RecordedRequest
 * `cookie`, `apim` (the apim-* headers) and `headers` (see clientHeaders) appear only when the request had them.
 */

/** @typedef {'ssojet' | 'enos' | typeof SSOJET_LISTS[number][0]} Provider */

/** @param {string} spec @returns {Faults} */
export function parseFaults(spec) {
  /** @type {Faults} */
  const faults = {
    delay: 0,
    status: undefined,
    body: undefined,
    hang: false,
    trickle: 0,
    hold: undefined,
    drop: false,
    tag: undefined,
    message: undefined,
    retryAfter: undefined,
    times: undefined,
    from: undefined,
    redirect: undefined,
    redirectSameOrigin: false,
    open: false,
  };
  for (const part of safeDecode(spec).split(',')) {
    const [key, value = ''] = part.split('=');
    if (key === 'delay') faults.delay = Math.min(Math.max(Number(value) || 0, 0), MAX_DELAY_MS);
    else if (key === 'status') faults.status = Number(value) || undefined;
    else if (key === 'body') faults.body = value;
    else if (key === 'hang') faults.hang = true;
    else if (key === 'trickle') faults.trickle = Math.min(Math.max(Number(value) || 0, 0), MAX_DELAY_MS);
    else if (key === 'drop') faults.drop = true;
    else if (key === 'redirect') faults.redirect = REDIRECTS.includes(Number(value)) ? Number(value) : 307;
    else if (key === 'redirect-to') faults.redirectSameOrigin = value === 'same';
    else if (key === 'open') faults.open = true;
    else if (key === 'tag') faults.tag = value;
    else if (key === 'hold') faults.hold = value;
    else if (key === 'message') faults.message = value;
    else if (key === 'retry-after') faults.retryAfter = value;
    else if (key === 'times') faults.times = Math.max(Number(value) || 0, 0);
    else if (key === 'from') faults.from = Math.max(Number(value) || 0, 0);
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
  const passkeyNames = createPasskeyNames();
  const writes = createWrites();
  /** Timers of delayed answers, cleared on close so the process can exit. */
  const timers = new Set();
  /** How each recorded request's answer ended, read at `GET /_settled?tag=NAME`. */
  const settled = new WeakMap();
  /** `hold=NAME`: the rest of each held answer, by name, sent by `POST /_release?hold=NAME`. @type {Map<string, Array<() => void>>} */
  const held = new Map();

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
    if (url.pathname === '/_settled') {
      json(res, 200, (recorded.get(url.searchParams.get('tag') ?? '') ?? []).map((entry) => settled.get(entry) ?? null));
      return;
    }
    if (url.pathname === '/_held') {
      json(res, 200, { held: held.get(url.searchParams.get('hold') ?? '')?.length ?? 0 });
      return;
    }
    if (url.pathname === '/_release' && req.method === 'POST') {
      const name = url.searchParams.get('hold') ?? '';
      const rests = held.get(name) ?? [];
      held.delete(name);
      for (const send of rests) send();
      json(res, 200, { released: rests.length });
      return;
    }

    const faultMatch = FAULT_PREFIX.exec(url.pathname);
    const faults = parseFaults(faultMatch?.[1] ?? '');
    const dataMatch = DATA_PREFIX.exec(faultMatch?.[2] ?? url.pathname);
    const dataset = dataMatch ? safeDecode(/** @type {string} */ (dataMatch[1])) : undefined;
    const path = dataMatch?.[2] ?? faultMatch?.[2] ?? url.pathname;

    if (faults.tag !== undefined) {
      const list = recorded.get(faults.tag) ?? [];
      // `times=N`: this request is number list.length of its tag; past N it is answered normally.
      if ((faults.times !== undefined && list.length >= faults.times) || (faults.from !== undefined && list.length < faults.from)) {
        faults.status = undefined;
        faults.body = undefined;
        faults.hang = false;
      }
      if (list.length < MAX_RECORDED) {
        const entry = {
          method: req.method ?? '',
          path,
          query: Object.fromEntries([...new Set(url.searchParams.keys())].map((k) => [k, url.searchParams.getAll(k)])),
          authorization: req.headers.authorization ?? null,
          origin: req.headers.origin ?? null,
          ...(req.headers.cookie ? { cookie: req.headers.cookie } : {}),
          ...apimHeaders(req.headers),
          ...clientHeaders(req.headers),
        };
        list.push(entry);
        // When the answer is done with: `delivered` (all of it sent) or `closed` (the client left first, or a
        // `hang`/`drop`), so a test waits for a late answer's fate instead of sleeping past it.
        res.on('close', () => settled.set(entry, res.writableFinished ? 'delivered' : 'closed'));
      }
      recorded.set(faults.tag, list);
    }

    if (faults.redirect !== undefined) {
      const spec = safeDecode(faultMatch?.[1] ?? '').split(',').filter((part) => !/^redirect(?:-to)?(?:=|$)/.test(part)).join(',');
      const host = req.headers.host ?? '';
      const other = host.startsWith('localhost') ? host.replace('localhost', '127.0.0.1') : host.replace(/^[^:]+/, 'localhost');
      // The path after the faults, so a `_data/…` prefix goes along.
      const rest = faultMatch?.[2] ?? path;
      const location = `http://${faults.redirectSameOrigin ? host : other}/_faults/${encodeURIComponent(spec)}${rest}${url.search}`;
      res.writeHead(faults.redirect, { Location: location }).end();
      return;
    }
    if (faults.drop) {
      req.socket.destroy();
      return;
    }
    if (faults.hang) return; // The socket is destroyed when the client gives up or the server closes.

    if (faults.hold !== undefined) {
      const name = faults.hold;
      splitEnd(res, (send) => {
        held.set(name, [...(held.get(name) ?? []), send]);
        // An answer whose client went away (an aborted fetch) no longer waits: counted in `/_held`, it would tell a
        // test that a new request is held when only the aborted one is, and its release would miss the new one.
        res.on('close', () => {
          const rests = (held.get(name) ?? []).filter((rest) => rest !== send);
          if (rests.length > 0) held.set(name, rests);
          else held.delete(name);
        });
      });
    } else if (faults.trickle > 0) {
      splitEnd(res, (send) => {
        const timer = setTimeout(() => {
          timers.delete(timer);
          send();
        }, faults.trickle);
        timers.add(timer);
      });
    }
    const answer = () => route(req, res, path, url.searchParams, faults, tokens, clientIds, gateways, dataset, passkeyNames, writes);
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
 * @param {string | undefined} dataset
 * @param {PasskeyNames} passkeyNames
 * @param {Writes} writes
 */
function route(req, res, path, query, faults, tokens, clientIds, gateways, dataset, passkeyNames, writes) {
  if (gateways.enos.isTokenPath(path) || gateways.ssojet.isTokenPath(path)) {
    answerTokenRequest(req, res, path, gateways).catch(() => res.destroy());
    return;
  }
  const ssojetMatch = SSOJET_PATH.exec(path);
  const write = matchWrite(req.method ?? '', path);
  /** @type {Provider | undefined} */
  const provider =
    write?.provider ??
    (ssojetMatch ? 'ssojet' : path === ENOS_PATH || isWritePath(path) ? (path.startsWith('/enos') ? 'enos' : 'ssojet-users') : SSOJET_LISTS.find(([, pattern]) => pattern.test(path))?.[0]);
  if (provider === undefined) {
    json(res, 404, { error: 'not_found', error_code: 801, error_description: 'No such endpoint.' });
    return;
  }
  const passkeyRename = provider === 'ssojet-passkeys' && req.method === 'PATCH' && !path.endsWith('/credentials');
  if (isWritePath(path) && !write) {
    res.setHeader('Allow', path.startsWith('/enos') ? 'POST, OPTIONS' : USER_WRITE_ALLOW(path));
    providerError(res, provider, 405, 'Method not allowed.');
    return;
  }
  if (req.method !== 'GET' && !passkeyRename && !write) {
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
    // A write's signature covers its exact body, so the body is read before the check.
    (write ? readText(req) : Promise.resolve(''))
      .then((text) => {
        const refusal = gateways.enos.verify(req.headers, query, text);
        if (refusal) json(res, refusal.status, refusal.body);
        else if (write) answerWrite(res, write, text, query, dataset, writes);
        else enosUsers(res, query, writes);
      })
      .catch(() => res.destroy());
    return;
  }
  // Documented: `Authorization: Bearer <token>`. fetch() trims header values,
  // so an empty token arrives as a bare "Bearer"; the pattern rejects it.
  const bearer = /^Bearer\s+(\S+)$/.exec(req.headers.authorization ?? '');
  const token = bearer?.[1] ?? '';
  // SSOJet: its management endpoints take a management token (the proxy's,
  // issue 15); the user-token routes (`/api/v1/auth/…`, the passkeys) do not.
  const managementRoute = provider !== 'enos' && provider !== 'ssojet-passkeys' && !path.startsWith('/api/v1/auth/');
  const managementToken = managementRoute && gateways.ssojet.accepts(token, query.get('client_id'));
  if (!faults.open && !tokens.has(token) && !managementToken) {
    providerError(res, provider, 401, 'The access token is missing or invalid.');
    return;
  }
  // The passkey routes take the client id in the `x-client-id` header instead of the query.
  const clientQuery = provider === 'ssojet-passkeys' ? new URLSearchParams({ client_id: String(req.headers['x-client-id'] ?? '') }) : query;
  if (provider !== 'enos' && !faults.open && !knownClient(res, clientQuery, clientIds)) return;
  if (write) {
    readText(req)
      .then((text) => answerWrite(res, write, text, query, dataset, writes))
      .catch(() => res.destroy());
    return;
  }
  if (passkeyRename) {
    renamePasskey(req, res, safeDecode(path.slice(path.lastIndexOf('/') + 1)), dataset ?? 'example', passkeyNames).catch(() => res.destroy());
    return;
  }
  if (ssojetMatch) ssojetUserOrganizationsAnswer(res, safeDecode(/** @type {string} */ (ssojetMatch[1])));
  else if (provider === 'ssojet-users') ssojetUserList(res, dataset, query, writes);
  else if (provider === 'ssojet-roles') json(res, 200, pagedBody(ssojetRoles(dataset ?? 'example'), 'roles', query));
  else if (provider === 'ssojet-permissions') json(res, 200, pagedBody(ssojetPermissions(), 'permissions', query));
  else if (provider === 'ssojet-organizations') ssojetOrganizationList(res, path, dataset ?? 'example', query);
  else if (provider === 'ssojet-loginlogs') ssojetLoginLogList(res, path, query);
  else if (provider === 'ssojet-members' || provider === 'ssojet-invitations') ssojetTenantList(res, provider, path, dataset ?? 'example', query, writes);
  else if (provider === 'ssojet-passkeys') json(res, 200, passkeyNames.apply(dataset ?? 'example', writes.current('ssojet-passkeys', dataset ?? 'example', () => ssojetPasskeys(dataset ?? 'example'))));
  else enosUsers(res, query, writes);
}

/** @typedef {ReturnType<typeof createWrites>} Writes */

/** The methods of an SSOJet user write path. @param {string} path */
const USER_WRITE_ALLOW = (path) => (/\/tenants\//.test(path) ? 'POST, OPTIONS' : path.endsWith('/roles') ? 'PUT, OPTIONS' : path.endsWith('/verify') ? 'POST, OPTIONS' : 'DELETE, OPTIONS');

/** A request's body as text, read up to MAX_TOKEN_REQUEST_BYTES (the rest ignored). @param {import('node:http').IncomingMessage} req */
async function readText(req) {
  let text = '';
  for await (const chunk of req) {
    text += chunk;
    if (text.length > MAX_TOKEN_REQUEST_BYTES) break;
  }
  return text;
}

/**
 * Answers a write (see ./writes.mjs) with the data the reads would show as its base.
 * @param {import('node:http').ServerResponse} res @param {import('./writes.mjs').Write} write @param {string} text
 * @param {URLSearchParams} query @param {string | undefined} dataset @param {Writes} writes
 */
function answerWrite(res, write, text, query, dataset, writes) {
  const key = dataset ?? 'example';
  const answer =
    write.provider === 'enos'
      ? writes.enos(write, text, query.get('orgId'), enosBaseUsers)
      : write.provider === 'ssojet-members'
        ? writes.members(write, text, query, key, {
            members: (tenant) => ssojetTenantMembers(tenant, ssojetRoles(key)),
            invitations: (tenant) => ssojetTenantInvitations(tenant, ssojetRoles(key)),
            users: () => writes.current('ssojet-users', key, () => ssojetBaseUsers(dataset)),
            roles: () => ssojetRoles(key),
          })
        : writes.ssojet(write, text, key, {
          users: () => ssojetBaseUsers(dataset),
          roles: () => ssojetRoles(key),
          passkeys: () => ssojetPasskeys(key),
        });
  if (answer.body === undefined) res.writeHead(answer.status, { 'Cache-Control': 'no-store' }).end();
  else json(res, answer.status, answer.body);
}

/** A data set's users before any write: the documented example without one. @param {string | undefined} dataset */
const ssojetBaseUsers = (dataset) => (dataset === undefined ? JSON.parse(SSOJET_USERS_EXAMPLE) : ssojetUsers(dataset));

/** An organization's SSO users before any write. @param {string} orgId */
const enosBaseUsers = (orgId) => (orgId === SEED_ENOS_ORG_ID ? JSON.parse(ENOS_SEED).users : enosSsoUsers(orgId));

/**
 * SSOJet's `client_id` check: required, and one of the server's.
 * @param {import('node:http').ServerResponse} res @param {URLSearchParams} query @param {Set<string>} clientIds
 */
function knownClient(res, query, clientIds) {
  const clientId = query.get('client_id');
  if (!clientId) {
    json(res, 400, { error: 'malformed_request', error_code: 800, error_description: 'client_id is required.' });
    return false;
  }
  if (!clientIds.has(clientId)) {
    // As on SSOJet's error-codes page, verbatim.
    json(res, 401, { error: 'invalid_client', error_description: 'The client is invalid or missing.', error_code: 1001 });
    return false;
  }
  return true;
}

/** SSOJet's `limit` default where the documents give one (roles: 10, max 50). */
const SSOJET_PAGE = { default: 10, max: 50 };

/**
 * One page of `entries` as the newer documents answer: `{limit, next_cursor, [key]}`,
 * honouring `limit` (1..50) and `cursor` (this server's cursors are offsets; SSOJet's are opaque).
 * @param {unknown[]} entries @param {string} key @param {URLSearchParams} query
 */
function pagedBody(entries, key, query) {
  const limit = Math.min(Math.max(Number(query.get('limit')) || SSOJET_PAGE.default, 1), SSOJET_PAGE.max);
  const offset = Math.max(Number(/^o(\d+)$/.exec(query.get('cursor') ?? '')?.[1] ?? 0), 0);
  const end = offset + limit;
  return { limit, next_cursor: end < entries.length ? `o${end}` : '', [key]: entries.slice(offset, end) };
}

/**
 * `GET /api/v1/organizations`: the older bare array; the newer paged `{tenants}` for `tenants…` and `new…` data sets
 * and at `/api/v1/tenants`, the newer documents' path.
 * @param {import('node:http').ServerResponse} res @param {string} path @param {string} dataset @param {URLSearchParams} query
 */
function ssojetOrganizationList(res, path, dataset, query) {
  const newer = /^(?:tenants|new)/.test(dataset) || path.endsWith('/tenants');
  const organizations = ssojetOrganizations(dataset, newer);
  json(res, 200, newer ? pagedBody(organizations, 'tenants', query) : organizations);
}

/**
 * `GET /api/v1/users/{userid}/loginlogs`: `missing…` users are SSOJet's 404; `new…` users answer the newer,
 * paged `{audit_logs}` (which the newer documents ask for with `event=login`), others the older `{login_logs}`.
 * @param {import('node:http').ServerResponse} res @param {string} path @param {URLSearchParams} query
 */
function ssojetLoginLogList(res, path, query) {
  const userId = safeDecode(/** @type {string} */ (/\/users\/([^/]+)\/loginlogs$/.exec(path)?.[1]));
  if (userId.startsWith('missing')) {
    json(res, 404, { error: 'resource_not_found', error_code: 801, error_description: 'User not found' });
    return;
  }
  const logs = ssojetLoginLogs(userId);
  json(res, 200, userId.startsWith('new') ? pagedBody(logs, 'audit_logs', query) : { login_logs: logs });
}

/**
 * `GET /api/v1/tenants/{id}/users` and `…/invitations` (<org-members>; no answer shape is documented, see
 * data.mjs): paged `{limit, next_cursor, users | invitations}`, a bare array for tenants starting with `old`;
 * `status=` filters invitations; `missing…` tenants are 404. Reads come from the store once written.
 * @param {import('node:http').ServerResponse} res @param {'ssojet-members' | 'ssojet-invitations'} provider @param {string} path
 * @param {string} dataset @param {URLSearchParams} query @param {Writes} writes
 */
function ssojetTenantList(res, provider, path, dataset, query, writes) {
  const tenant = safeDecode(/** @type {string} */ (/\/tenants\/([^/]+)\//.exec(path)?.[1]));
  if (tenant.startsWith('missing')) {
    json(res, 404, { error: 'resource_not_found', error_code: 801, error_description: 'Tenant not found' });
    return;
  }
  const roles = ssojetRoles(dataset);
  const key = `${dataset}:${tenant}`;
  const status = query.get('status');
  const entries =
    provider === 'ssojet-members'
      ? writes.current(provider, key, () => ssojetTenantMembers(tenant, roles))
      : writes.current(provider, key, () => ssojetTenantInvitations(tenant, roles)).filter((/** @type {{status?: unknown}} */ entry) => !status || entry.status === status);
  json(res, 200, tenant.startsWith('old') ? entries : pagedBody(entries, provider === 'ssojet-members' ? 'users' : 'invitations', query));
}

/** @typedef {ReturnType<typeof createPasskeyNames>} PasskeyNames */

/**
 * The names `PATCH …/passkey/credentials/{id}` gave, by data set and credential id, for the life of the
 * server (at most MAX_PASSKEY_RENAMES, the oldest forgotten first), so a GET after a rename shows it.
 */
function createPasskeyNames() {
  /** @type {Map<string, { name: string, at: string }>} */
  const names = new Map();
  const key = (/** @type {string} */ dataset, /** @type {string} */ id) => JSON.stringify([dataset, id]);
  return {
    /** @param {string} dataset @param {string} id @param {string} name @param {string} at */
    set(dataset, id, name, at) {
      const entry = key(dataset, id);
      // Deleted first so a renamed-again passkey counts as the newest.
      names.delete(entry);
      names.set(entry, { name, at });
      if (names.size > MAX_PASSKEY_RENAMES) names.delete(/** @type {string} */ (names.keys().next().value));
    },
    /**
     * The data set's passkeys with their stored names (and the rename's time as `UpdatedAt`).
     * @template {{ id: string | null }} TPasskey @param {string} dataset @param {TPasskey[]} passkeys
     */
    apply(dataset, passkeys) {
      return passkeys.map((passkey) => {
        const renamed = typeof passkey.id === 'string' ? names.get(key(dataset, passkey.id)) : undefined;
        return renamed ? { ...passkey, Name: renamed.name, UpdatedAt: renamed.at } : passkey;
      });
    },
  };
}

/**
 * `PATCH …/passkey/credentials/{id}` with `{"name": …}`: 200 with the renamed credential, 400 without a
 * usable name, 404 for `missing…` ids. The name is kept (see createPasskeyNames) for the next GET of the data set.
 * @param {import('node:http').IncomingMessage} req @param {import('node:http').ServerResponse} res @param {string} id
 * @param {string} dataset @param {PasskeyNames} passkeyNames
 */
async function renamePasskey(req, res, id, dataset, passkeyNames) {
  const text = await readText(req);
  let name;
  try {
    name = JSON.parse(text).name;
  } catch {
    // Not JSON: no name.
  }
  if (typeof name !== 'string' || name.trim() === '') {
    json(res, 400, { error: 'malformed_request', error_code: 800, error_description: 'name is required.' });
  } else if (id.startsWith('missing')) {
    json(res, 404, { error: 'resource_not_found', error_code: 801, error_description: 'Passkey not found' });
  } else {
    const at = new Date().toISOString();
    passkeyNames.set(dataset, id, name, at);
    json(res, 200, { id, Name: name, UpdatedAt: at });
  }
}

/**
 * `GET /api/v1/users`: the documented example without a data set, else generated users; `new…` data sets
 * are paged. SSOJet documents `email` as a filter and no more (not whether it matches a prefix, a part or the
 * whole address), so this server takes the narrowest reading, the whole address (case-insensitively, as its
 * own check for a taken address on create): a client that works here promises no partial matching that
 * SSOJet may not do (issue 17; <user-list>'s search).
 * @param {import('node:http').ServerResponse} res @param {string | undefined} dataset @param {URLSearchParams} query
 * @param {Writes} writes
 */
function ssojetUserList(res, dataset, query, writes) {
  const email = query.get('email')?.toLowerCase();
  const written = writes.written('ssojet-users', dataset ?? 'example');
  if (dataset === undefined && !email && !written) {
    raw(res, 200, SSOJET_USERS_EXAMPLE);
    return;
  }
  const all = writes.current('ssojet-users', dataset ?? 'example', () => ssojetBaseUsers(dataset));
  const users = email ? all.filter((/** @type {{email?: unknown}} */ user) => String(user.email ?? '').toLowerCase() === email) : all;
  json(res, 200, dataset?.startsWith('new') ? pagedBody(users, 'users', query) : users);
}

/**
 * @param {import('node:http').ServerResponse} res
 * @param {string} userId
 */
function ssojetUserOrganizationsAnswer(res, userId) {
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
 * @param {Writes} writes
 */
function enosUsers(res, query, writes) {
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
  // A written organization answers from the store (./writes.mjs), never the seed or a kept body.
  const written = writes.written('enos', orgId);
  if (orgId === SEED_ENOS_ORG_ID && filters.length === 0 && !written) {
    raw(res, 200, ENOS_SEED);
    return;
  }
  const kept = filters.length === 0 && !written ? enosBodies.get(orgId) : undefined;
  if (kept !== undefined) {
    raw(res, 200, kept);
    return;
  }
  const all = writes.current('enos', orgId, () => enosBaseUsers(orgId));
  // EnOS does not say how its filters match; the reference server takes a
  // case-insensitive substring, which is what a person searching expects.
  const users = all.filter((/** @type {Record<string, unknown>} */ user) =>
    filters.every(({ field, value }) => String(user[field] ?? '').toLowerCase().includes(value)),
  );
  const body = JSON.stringify({ fail: false, success: true, failed: false, message: '', users, status: 0, successful: true });
  if (filters.length === 0 && !written) keepEnosBody(orgId, body);
  raw(res, 200, body);
}

/**
 * Generating and serializing 10,000 users takes this server longer than
 * sending them, where a real EnOS answers from storage; so the last few
 * unfiltered answers are kept (the data is deterministic per id, so nothing
 * changes but the time). `npm run bench` asks for the same lists many times:
 * its peers' table alone asks for ten (one per run of the default cache's,
 * which must not answer each other, then 10,000 and 50,000 users), and with
 * fewer kept the default cache's runs had waited for the server to generate
 * their list again (370 ms to show against 270 ms).
 */
const enosBodies = new Map();
const KEPT_ENOS_BODIES = 12;

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

/** The headers SSOJet's newer documents ask for (`accountId`, `envId`, `x-client-id`), under `headers`, when a request has any. */
const CLIENT_HEADERS = ['accountid', 'envid', 'x-client-id'];

/** @param {import('node:http').IncomingHttpHeaders} headers */
function clientHeaders(headers) {
  const entries = CLIENT_HEADERS.flatMap((name) => (headers[name] === undefined ? [] : [[name, String(headers[name])]]));
  return entries.length > 0 ? { headers: Object.fromEntries(entries) } : {};
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
  const fields = ENTRY_FIELDS[provider];
  return Object.fromEntries(fields.map((field) => [field, value(field)]));
}

/** The fields of one entry of each provider's list, as documented. */
const ENTRY_FIELDS = {
  enos: ['id', 'name', 'email', 'phone', 'phoneArea', 'state', 'domain', 'createTime', 'description', 'emailVerified', 'phoneVerified'],
  ssojet: ['id', 'Name', 'WhiteListDomains', 'AllowProfilesOutsideOrganization', 'domain', 'WorkspaceName', 'roles', 'is_active', 'status'],
  'ssojet-users': ['_id', 'email', 'first_name', 'last_name', 'email_verified', 'is_active', 'created_at', 'LastLoginAt'],
  'ssojet-roles': ['id', 'name', 'description', 'is_active', 'permission_ids'],
  'ssojet-permissions': ['id', 'name', 'description', 'is_active'],
  'ssojet-passkeys': ['id', 'Name', 'LastUsedAt', 'CreatedAt', 'transports', 'backup_state'],
  'ssojet-loginlogs': ['IpAddress', 'Country', 'City', 'UserAgent', 'Name', 'Os', 'Device', 'CreatedAt'],
  'ssojet-members': ['id', 'email', 'first_name', 'last_name', 'is_active', 'roles', 'joined_at'],
  'ssojet-invitations': ['id', 'email', 'role_ids', 'status', 'created_at', 'expires_at'],
  'ssojet-organizations': ['id', 'name', 'WhiteListDomains', 'allow_profiles_outside_organization', 'sso_connection_token', 'domain', 'WorkspaceName', 'is_active'],
};

/** @param {Provider} provider @param {unknown[]} entries */
function listBody(provider, entries) {
  if (provider === 'enos') return { success: true, status: 0, message: '', users: entries };
  if (provider === 'ssojet-users') return { limit: 10, next_cursor: '', users: entries };
  if (provider === 'ssojet-roles') return { limit: 10, next_cursor: '', roles: entries };
  if (provider === 'ssojet-permissions') return { limit: 50, next_cursor: '', permissions: entries };
  if (provider === 'ssojet-organizations') return entries;
  if (provider === 'ssojet-members') return { limit: 10, next_cursor: '', users: entries };
  if (provider === 'ssojet-invitations') return { limit: 10, next_cursor: '', invitations: entries };
  if (provider === 'ssojet-loginlogs') return { login_logs: entries };
  if (provider === 'ssojet-passkeys') return entries;
  return { id: 'fault-user', email_id: 'fault@example.com', organizations: entries };
}

const LIST_FIELDS = new Set(['WhiteListDomains', 'roles', 'permission_ids', 'transports', 'role_ids']);
const FLAG_FIELDS = new Set([
  'AllowProfilesOutsideOrganization',
  'allow_profiles_outside_organization',
  'is_active',
  'emailVerified',
  'phoneVerified',
  'state',
  'email_verified',
  'backup_state',
]);

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
    res.setHeader('Access-Control-Allow-Methods', 'GET, POST, PUT, PATCH, DELETE, OPTIONS');
    res.setHeader('Access-Control-Allow-Headers', req.headers['access-control-request-headers'] ?? 'Authorization, Accept');
    res.setHeader('Access-Control-Max-Age', '600');
  }
}

/** @param {import('node:http').ServerResponse} res @param {number} status @param {unknown} body */
function json(res, status, body) {
  raw(res, status, JSON.stringify(body));
}

/** The first bytes of a trickled answer, sent at once: more than a screenful of list items. */
const TRICKLE_FIRST = 64 * 1024;

/**
 * Makes `res.end(text)` send the first TRICKLE_FIRST characters of `text` at
 * once and hand `later` the sending of the rest (`trickle=` after a timer,
 * `hold=` on a release).
 * @param {import('node:http').ServerResponse} res @param {(send: () => void) => void} later
 */
function splitEnd(res, later) {
  const end = res.end.bind(res);
  /** @param {unknown} [body] */
  const endLater = (body) => {
    const text = typeof body === 'string' ? body : '';
    res.write(text.slice(0, TRICKLE_FIRST));
    later(() => {
      if (!res.destroyed) end(text.slice(TRICKLE_FIRST));
    });
    return res;
  };
  res.end = /** @type {typeof res.end} */ (endLater);
}

/** @param {import('node:http').ServerResponse} res @param {number} status @param {string} text */
function raw(res, status, text) {
  res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' }).end(text);
}
