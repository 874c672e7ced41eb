/**
 * The README's plain-`http` example of iam-elements/server, run for real by
 * `npm start` and the tests against the reference API server. An app imports
 * from 'iam-elements/server' instead of the sources, and reads the secrets
 * from its environment instead of the demo's values.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { enosProxy, ENOS_WRITE_ROUTES, ssojetProxy, SSOJET_WRITE_ROUTES, toNodeHandler } from '../../src/server/index.js';
import { DEMO_ENOS_APP, DEMO_SSOJET_CLIENT, SEED_ENOS_ORG_ID, SEED_SSOJET_USER_ID } from './reference-api.mjs';

/** What the host knows about a signed-in user: the demo's stand-in for a real session store. */
export interface Session {
  userId: string;
  /**
   * The EnOS OUs the user may see, or `'every'`: the demo's admin administers any OU a request names, so each
   * browser test can write to an OU of its own (the reference server keeps write state per OU).
   */
  orgIds: readonly string[] | 'every';
  /** The user administers the tenant: SSOJet's `admin: true` (every route, every write), EnOS's writes in its OUs. */
  admin?: boolean;
}

export interface ProxyServerOptions {
  /** The EnOS API gateway (here the reference API server). */
  gateway: string;
  /** SSOJet's API (here the reference API server). */
  ssojetBaseUrl: string;
  enos: { appKey: string; appSecret: string };
  ssojet: { clientId: string; clientSecret: string };
  /** The host's own sessions, by the bearer token its pages hold. */
  sessions: ReadonlyMap<string, Session>;
  allowedOrigins: string[];
  port?: number;
  host?: string;
}

export async function startProxyServer(options: ProxyServerOptions) {
  const { gateway, ssojetBaseUrl, enos: app, ssojet: client, sessions, allowedOrigins } = options;
  // ---- the README example starts here ----
  // authorize: find the caller's own session (here by the bearer token the element sends) and say what it may see.
  const sessionOf = (request: Request) => sessions.get(request.headers.get('authorization')?.replace(/^Bearer\s+/, '') ?? '');
  const ouIds = (session: Session, request: Request) =>
    session.orgIds === 'every' ? new URL(request.url).searchParams.getAll('orgId').filter((id) => id !== '') : session.orgIds;
  // routes: the writes are forwarded only because they are listed here, and only for a session with `admin: true`.
  const enos = toNodeHandler(enosProxy({
    gateway, appKey: app.appKey, appSecret: app.appSecret, prefix: '/enos', allowedOrigins, routes: ENOS_WRITE_ROUTES,
    authorize: (request) => { const session = sessionOf(request); return session && { orgIds: ouIds(session, request), admin: session.admin === true }; },
  }));
  const ssojetGrant = (request: Request) => { const session = sessionOf(request); return session && { userIds: [session.userId], admin: session.admin === true }; };
  const ssojet = toNodeHandler(ssojetProxy({
    baseUrl: ssojetBaseUrl, clientId: client.clientId, clientSecret: client.clientSecret, prefix: '/ssojet', allowedOrigins, routes: SSOJET_WRITE_ROUTES,
    authorize: ssojetGrant,
  }));
  const server = createServer((req, res) => {
    if (req.url?.startsWith('/enos/')) void enos(req, res);
    else if (req.url?.startsWith('/ssojet/')) void ssojet(req, res);
    else if (req.url?.startsWith('/ssojet-data/')) void ssojetOnDataSet(req, res);
    else res.writeHead(404).end();
  });
  // ---- the README example ends here ----

  // Not part of the example: `/ssojet-data/{name}/…` is the same SSOJet proxy on the reference server's data
  // set `name` (its `/_data/{name}` prefix), so that each browser test writes to users of its own: the
  // reference server keeps writes per data set, and the example data set is read by many tests at once.
  const onDataSet = new Map<string, ReturnType<typeof toNodeHandler>>();
  const ssojetOnDataSet = (req: IncomingMessage, res: ServerResponse) => {
    const name = /^\/ssojet-data\/([\w-]{1,64})\//.exec(req.url ?? '')?.[1];
    if (!name) return res.writeHead(404).end();
    let handler = onDataSet.get(name);
    if (!handler) {
      handler = toNodeHandler(ssojetProxy({
        baseUrl: `${ssojetBaseUrl}/_data/${name}`, clientId: client.clientId, clientSecret: client.clientSecret,
        prefix: `/ssojet-data/${name}`, allowedOrigins, routes: SSOJET_WRITE_ROUTES,
        authorize: ssojetGrant,
      }));
      onDataSet.set(name, handler);
    }
    return handler(req, res);
  };
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, options.host ?? '127.0.0.1', resolve);
  });
  const { address, port } = server.address() as AddressInfo;
  return {
    origin: `http://${address}:${port}`,
    close: () => {
      server.closeAllConnections();
      return new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/** The demo's admin session: may read and write everything through the proxy. */
export const DEMO_ADMIN = {
  token: 'admin-token',
  /** The first user of the reference server's example user list, so <user-list current-user-id> has a row to mark. */
  userId: '66a0f1c2b3d4e5f6a7b8c9d0',
} as const;

/**
 * The proxy with the demo's values: the reference server's demo credentials,
 * and two sessions: `demo-token`, whose user is the seed document's user and
 * who may see the seed organization (reads only: every write needs admin), and
 * `admin-token` (DEMO_ADMIN), who administers the SSOJet tenant and every EnOS OU.
 */
export function startDemoProxy(referenceApi: string, allowedOrigins: string[], listen: { port?: number; host?: string } = {}) {
  return startProxyServer({
    gateway: referenceApi,
    ssojetBaseUrl: referenceApi,
    enos: DEMO_ENOS_APP,
    ssojet: DEMO_SSOJET_CLIENT,
    sessions: new Map<string, Session>([
      ['demo-token', { userId: SEED_SSOJET_USER_ID, orgIds: [SEED_ENOS_ORG_ID] }],
      [DEMO_ADMIN.token, { userId: DEMO_ADMIN.userId, orgIds: 'every', admin: true }],
    ]),
    allowedOrigins,
    ...listen,
  });
}
