/**
 * The README's plain-`http` example (demo/server/proxy.ts) over real HTTP:
 * toNodeHandler, prefixes, CORS and the host's sessions, in front of the
 * reference server.
 */
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, it } from 'node:test';
import { startDemoProxy } from '../../demo/server/proxy.js';
import { startReferenceApi } from '../../demo/server/reference-api.mjs';
import { enosProxy, toNodeHandler } from '../../src/server/index.js';
import { DEMO_ENOS_APP, ORGS_PATH, SEED_ORG_ID, SEED_USER_ID, sha256, SSO_LIST_PATH, startGateway } from './gateway-fixture.js';


describe('the plain http example (toNodeHandler)', () => {
  let api: { origin: string; close(): Promise<unknown> };
  let proxy: { origin: string; close(): Promise<void> };
  const PAGE = 'http://page.test';
  const session = { Authorization: 'Bearer demo-token' };

  before(async () => {
    api = await startReferenceApi();
    proxy = await startDemoProxy(api.origin, [PAGE]);
  });
  after(async () => {
    await proxy.close();
    await api.close();
  });

  it('serves both providers under their prefixes', async () => {
    const enos = await fetch(`${proxy.origin}/enos${SSO_LIST_PATH}?orgId=${SEED_ORG_ID}`, { headers: session });
    assert.equal(enos.status, 200);
    assert.equal(((await enos.json()) as { status: number }).status, 0);
    const ssojet = await fetch(`${proxy.origin}/ssojet${ORGS_PATH(SEED_USER_ID)}?client_id=x`, { headers: session });
    assert.equal(ssojet.status, 200);
    assert.equal(((await ssojet.json()) as { id: string }).id, SEED_USER_ID);
  });

  it('refuses what the session may not see, and callers without one', async () => {
    assert.equal((await fetch(`${proxy.origin}/enos${SSO_LIST_PATH}?orgId=other`, { headers: session })).status, 403);
    assert.equal((await fetch(`${proxy.origin}/ssojet${ORGS_PATH('someone-else')}`, { headers: session })).status, 403);
    assert.equal((await fetch(`${proxy.origin}/enos${SSO_LIST_PATH}?orgId=${SEED_ORG_ID}`)).status, 401);
    assert.equal((await fetch(`${proxy.origin}/elsewhere`)).status, 404);
  });

  it('answers preflights for the configured page origin only', async () => {
    const preflight = (origin: string) =>
      fetch(`${proxy.origin}/enos${SSO_LIST_PATH}`, {
        method: 'OPTIONS',
        headers: { Origin: origin, 'Access-Control-Request-Method': 'GET', 'Access-Control-Request-Headers': 'authorization' },
      });
    const mine = await preflight(PAGE);
    assert.equal(mine.status, 204);
    assert.equal(mine.headers.get('access-control-allow-origin'), PAGE);
    const theirs = await preflight('http://evil.test');
    assert.equal(theirs.status, 403);
    assert.equal(theirs.headers.get('access-control-allow-origin'), null);
  });

});

describe('toNodeHandler', () => {
  it('streams a POST body to the handler unchanged (the signature covers it) and honours Express’s originalUrl', async () => {
    const gateway = await startGateway();
    const handler = toNodeHandler(
      enosProxy({
        gateway: gateway.recordingBase,
        ...DEMO_ENOS_APP,
        prefix: '/enos',
        routes: [{ method: 'POST', path: '/enos-iam-service/v2.3/user/sso/create' }],
        authorize: () => ({ orgIds: [SEED_ORG_ID], admin: true }),
      }),
    );
    const server = createServer((req, res) => {
      // What Express does for app.use('/enos', handler): url loses the mount path, originalUrl keeps it.
      Object.assign(req, { originalUrl: req.url, url: req.url!.replace(/^\/enos/, '') });
      void handler(req, res);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    try {
      const body = JSON.stringify({ name: 'Zoë', email: 'zoe@example.com' });
      await fetch(`http://127.0.0.1:${port}/enos/enos-iam-service/v2.3/user/sso/create?orgId=${SEED_ORG_ID}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'X-IAM-Elements': '1' },
        body,
      });
      const [forwarded] = (await gateway.recorded()).filter((r) => r.path.endsWith('/sso/create'));
      const apim = forwarded!.apim!;
      assert.equal(
        apim['apim-signature'],
        sha256(`${apim['apim-accesstoken']}orgId${SEED_ORG_ID}${body}${apim['apim-timestamp']}${DEMO_ENOS_APP.appSecret}`),
      );
    } finally {
      server.closeAllConnections();
      server.close();
      await gateway.close();
    }
  });
});
