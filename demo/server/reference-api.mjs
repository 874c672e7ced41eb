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
 *   body=KIND     answer 200 with a bad body: malformed (cut-off JSON), html (an error page),
 *                 wrong-shape (valid JSON, no list), enos-failure (EnOS `success: false` envelope)
 *   hang          never answer (for timeouts)
 *   drop          close the connection without an answer (a network error)
 *   tag=NAME      record the request under NAME, readable at GET /_requests?tag=NAME
 */
import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';
import { enosSsoUsers, ssojetUserOrganizations } from './data.mjs';

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

/**
 * @typedef {object} ReferenceApiOptions
 * @property {string[]} [tokens] bearer tokens accepted (default: `demo-token`)
 * @property {string[]} [clientIds] SSOJet client ids accepted (default: `demo-client`)
 */

/**
 * @typedef {object} Faults
 * @property {number} delay
 * @property {number | undefined} status
 * @property {string | undefined} body
 * @property {boolean} hang
 * @property {boolean} drop
 * @property {string | undefined} tag
 */

/** @typedef {{ method: string, path: string, query: Record<string, string[]>, authorization: string | null, origin: string | null }} RecordedRequest */

/** @typedef {'ssojet' | 'enos'} Provider */

/** @param {string} spec @returns {Faults} */
export function parseFaults(spec) {
  /** @type {Faults} */
  const faults = { delay: 0, status: undefined, body: undefined, hang: false, drop: false, tag: undefined };
  for (const part of safeDecode(spec).split(',')) {
    const [key, value = ''] = part.split('=');
    if (key === 'delay') faults.delay = Math.min(Math.max(Number(value) || 0, 0), MAX_DELAY_MS);
    else if (key === 'status') faults.status = Number(value) || undefined;
    else if (key === 'body') faults.body = value;
    else if (key === 'hang') faults.hang = true;
    else if (key === 'drop') faults.drop = true;
    else if (key === 'tag') faults.tag = value;
  }
  return faults;
}

/** @param {ReferenceApiOptions} [options] */
export function createReferenceApi(options = {}) {
  const tokens = new Set(options.tokens ?? ['demo-token']);
  const clientIds = new Set(options.clientIds ?? ['demo-client']);
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
      if (list.length < MAX_RECORDED) {
        list.push({
          method: req.method ?? '',
          path,
          query: Object.fromEntries([...new Set(url.searchParams.keys())].map((k) => [k, url.searchParams.getAll(k)])),
          authorization: req.headers.authorization ?? null,
          origin: req.headers.origin ?? null,
        });
      }
      recorded.set(faults.tag, list);
    }

    if (faults.drop) {
      req.socket.destroy();
      return;
    }
    if (faults.hang) return; // The socket is destroyed when the client gives up or the server closes.

    const answer = () => route(req, res, path, url.searchParams, faults, tokens, clientIds);
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
 */
function route(req, res, path, query, faults, tokens, clientIds) {
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
  if (faults.status !== undefined) {
    if (faults.status === 429 || faults.status === 503) res.setHeader('Retry-After', '1');
    providerError(res, provider, faults.status, `Injected fault: HTTP ${faults.status}.`);
    return;
  }
  if (faults.body !== undefined) {
    badBody(res, faults.body);
    return;
  }
  // Documented: `Authorization: Bearer <token>`. fetch() trims header values,
  // so an empty token arrives as a bare "Bearer"; the pattern rejects it.
  const bearer = /^Bearer\s+(\S+)$/.exec(req.headers.authorization ?? '');
  if (!bearer || !tokens.has(/** @type {string} */ (bearer[1]))) {
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

/** @param {import('node:http').ServerResponse} res @param {string} kind */
function badBody(res, kind) {
  if (kind === 'html') {
    res.writeHead(200, { 'Content-Type': 'text/html' }).end('<!doctype html><title>Gateway</title><h1>Bad gateway</h1><script>alert(1)</script>');
  } else if (kind === 'wrong-shape') {
    json(res, 200, { data: 'this is not the documented shape' });
  } else if (kind === 'enos-failure') {
    json(res, 200, enosEnvelope(30500, 'Internal error in the IAM service.'));
  } else {
    raw(res, 200, '{"organizations": [{"id": "6694c825d1ed074fa2ed');
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
