/**
 * The README's plain-`http` example of iam-elements/server, run for real by
 * `npm start` and the tests against the reference API server. An app imports
 * from 'iam-elements/server' instead of the sources, and reads the secrets
 * from its environment instead of the demo's values.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { enosProxy, ssojetProxy, toNodeHandler } from '../../src/server/index.js';
import { DEMO_ENOS_APP, DEMO_SSOJET_CLIENT, SEED_ENOS_ORG_ID, SEED_SSOJET_USER_ID } from './reference-api.mjs';

/** What the host knows about a signed-in user: the demo's stand-in for a real session store. */
export interface Session {
  userId: string;
  orgIds: string[];
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
  const enos = toNodeHandler(enosProxy({
    gateway, appKey: app.appKey, appSecret: app.appSecret, prefix: '/enos', allowedOrigins,
    authorize: (request) => { const session = sessionOf(request); return session && { orgIds: session.orgIds }; },
  }));
  const ssojet = toNodeHandler(ssojetProxy({
    baseUrl: ssojetBaseUrl, clientId: client.clientId, clientSecret: client.clientSecret, prefix: '/ssojet', allowedOrigins,
    authorize: (request) => { const session = sessionOf(request); return session && { userIds: [session.userId] }; },
  }));
  const server = createServer((req, res) => {
    if (req.url?.startsWith('/enos/')) void enos(req, res);
    else if (req.url?.startsWith('/ssojet/')) void ssojet(req, res);
    else res.writeHead(404).end();
  });
  // ---- the README example ends here ----
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

/**
 * The proxy with the demo's values: the reference server's demo credentials,
 * and one session, `demo-token`, whose user is the seed document's user and
 * who may see the seed organization.
 */
export function startDemoProxy(referenceApi: string, allowedOrigins: string[], listen: { port?: number; host?: string } = {}) {
  return startProxyServer({
    gateway: referenceApi,
    ssojetBaseUrl: referenceApi,
    enos: DEMO_ENOS_APP,
    ssojet: DEMO_SSOJET_CLIENT,
    sessions: new Map([['demo-token', { userId: SEED_SSOJET_USER_ID, orgIds: [SEED_ENOS_ORG_ID] }]]),
    allowedOrigins,
    ...listen,
  });
}
