/**
 * The README's plain-`http` example (demo/server/proxy.ts) over real HTTP:
 * toNodeHandler, prefixes, CORS and the host's sessions, in front of the
 * reference server.
 */
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, it } from 'node:test';
import { DEMO_ADMIN, startDemoProxy } from '../../demo/server/proxy.js';
import { startReferenceApi } from '../../demo/server/reference-api.mjs';
import { enosProxy, toNodeHandler } from '../../src/server/index.js';
import { DEMO_ENOS_APP, ORGS_PATH, type Recorded, SEED_ORG_ID, SEED_USER_ID, sha256, SSO_LIST_PATH, startGateway } from './gateway-fixture.js';


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

describe('the demo proxy’s sessions: admin-token writes, demo-token only reads', () => {
  let api: { origin: string; close(): Promise<unknown> };
  let proxy: { origin: string; close(): Promise<void> };
  // The proxy's upstream is a recording base of the reference server, so the test sees what reached it.
  const tag = randomUUID();
  const as = (token: string, init: RequestInit = {}): RequestInit => ({
    ...init,
    headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json', 'X-IAM-Elements': '1', ...(init.headers as Record<string, string> | undefined) },
  });
  const upstreamWrites = async () =>
    ((await (await fetch(`${api.origin}/_requests?tag=${tag}`)).json()) as Recorded[]).filter((request) => request.method !== 'GET' && !request.path.includes('token'));
  const newUser = (email: string) => JSON.stringify({ email, first_name: 'Ada', last_name: 'Admin' });

  before(async () => {
    api = await startReferenceApi();
    proxy = await startDemoProxy(`${api.origin}/_faults/tag=${tag}`, ['http://page.test']);
  });
  after(async () => {
    await proxy.close();
    await api.close();
  });

  it('admin-token creates a user through /ssojet on the reference server, which then lists it', async () => {
    const created = await fetch(`${proxy.origin}/ssojet/api/v1/users`, as(DEMO_ADMIN.token, { method: 'POST', body: newUser('made.by.admin@example.com') }));
    assert.equal(created.status, 201);
    assert.equal(((await created.json()) as { email: string }).email, 'made.by.admin@example.com');
    const listed = await fetch(`${proxy.origin}/ssojet/api/v1/users?email=made.by.admin%40example.com`, as(DEMO_ADMIN.token));
    assert.ok(JSON.stringify(await listed.json()).includes('made.by.admin@example.com'));
    const forwarded = await upstreamWrites();
    assert.ok(forwarded.some((request) => request.method === 'POST' && request.path.endsWith('/api/v1/users')));
    // The host's session token stays with the host: upstream sees the proxy's management token only.
    assert.ok(forwarded.every((request) => !request.authorization?.includes(DEMO_ADMIN.token)));
  });

  it('admin-token writes an SSO user in an OU of its own through /enos, signed', async () => {
    const orgId = `admin-ou-${tag}`;
    const body = JSON.stringify({ domain: 'okta-prod', userName: 'made.by.admin', email: 'made.by.admin@example.com' });
    const created = await fetch(`${proxy.origin}/enos/enos-iam-service/v2.3/user/sso/create?orgId=${orgId}`, as(DEMO_ADMIN.token, { method: 'POST', body }));
    assert.equal(((await created.json()) as { success: boolean }).success, true);
    const listed = await fetch(`${proxy.origin}/enos${SSO_LIST_PATH}?orgId=${orgId}`, as(DEMO_ADMIN.token));
    assert.ok(JSON.stringify(await listed.json()).includes('made.by.admin@example.com'));
  });

  it('refuses every write of demo-token with 403 and no upstream call, and still serves its reads', async () => {
    const before = (await upstreamWrites()).length;
    const writes: [string, RequestInit][] = [
      ['/ssojet/api/v1/users', { method: 'POST', body: newUser('not.admin@example.com') }],
      [`/ssojet/api/v1/users/${SEED_USER_ID}/roles`, { method: 'PUT', body: '{"role_id":[]}' }],
      [`/ssojet/api/v1/users/${SEED_USER_ID}`, { method: 'DELETE' }],
      [`/enos/enos-iam-service/v2.3/user/sso/delete?orgId=${SEED_ORG_ID}`, { method: 'POST', body: '{"userId":"x"}' }],
    ];
    for (const [path, init] of writes) assert.equal((await fetch(`${proxy.origin}${path}`, as('demo-token', init))).status, 403, path);
    assert.equal((await upstreamWrites()).length, before);
    assert.equal((await fetch(`${proxy.origin}/ssojet${ORGS_PATH(SEED_USER_ID)}`, as('demo-token'))).status, 200);
    assert.equal((await fetch(`${proxy.origin}/enos${SSO_LIST_PATH}?orgId=${SEED_ORG_ID}`, as('demo-token'))).status, 200);
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
