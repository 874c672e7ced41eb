/**
 * The proxies' write routes (issue 18), against the reference server: forwarded only when configured
 * (SSOJET_WRITE_ROUTES, ENOS_WRITE_ROUTES), the grant checked per action (`admin`), a cross-site write
 * refused with no upstream call (it must carry `X-IAM-Elements: 1` or an accepted `Origin`), EnOS bodies
 * signed exactly as sent, and no secret in any answer or log.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import {
  enosProxy,
  ENOS_WRITE_ROUTES,
  type ProxyLogEntry,
  ssojetProxy,
  SSOJET_WRITE_ROUTES,
  WRITE_HEADER,
} from '../../src/server/index.js';
import { call, DEMO_ENOS_APP, DEMO_SSOJET_CLIENT, type Gateway, SEED_ORG_ID, sha256, startGateway } from './gateway-fixture.js';
import { SecretGuard } from './secret-guard.js';

describe('proxy write routes', () => {
  let gateway: Gateway;
  const logged: ProxyLogEntry[] = [];
  const guard = new SecretGuard([DEMO_ENOS_APP.appSecret, DEMO_SSOJET_CLIENT.clientSecret]);
  before(async () => {
    gateway = await startGateway();
    guard.install();
  });
  after(async () => {
    for (const request of await gateway.recorded()) {
      guard.add(request.apim?.['apim-accesstoken'] ?? '');
      guard.add((request.authorization ?? '').replace(/^Bearer\s+/, ''));
    }
    guard.verify();
    await gateway.close();
  });

  const ssojet = (grant: unknown, routes = SSOJET_WRITE_ROUTES) =>
    guard.handler(
      ssojetProxy({ baseUrl: `${gateway.recordingBase}/_data/proxy-w`, ...DEMO_SSOJET_CLIENT, routes, authorize: () => grant as never, now: gateway.now, log: guard.logInto(logged) }),
    );
  const enos = (grant: unknown) =>
    guard.handler(
      enosProxy({ gateway: gateway.recordingBase, ...DEMO_ENOS_APP, routes: ENOS_WRITE_ROUTES, authorize: () => grant as never, now: gateway.now, log: guard.logInto(logged) }),
    );
  const upstreamWrites = async () => (await gateway.recorded()).filter((request) => request.method !== 'GET' && !request.path.includes('token'));

  it('forwards a write only when the host configures its route', async () => {
    const response = await ssojet({ admin: true }, [])(call('/api/v1/users/someone', { method: 'DELETE' }));
    assert.equal(response.status, 405);
    assert.equal((await upstreamWrites()).length, 0);
  });

  it('refuses a cross-site write with 403 and no upstream call', async () => {
    const handler = ssojet({ admin: true });
    const attempts: Record<string, string>[] = [{}, { Origin: 'http://evil.example' }, { Origin: 'null' }, { [WRITE_HEADER]: 'yes' }];
    for (const headers of attempts) {
      const response = await handler(new Request('http://host.test/api/v1/users/someone', { method: 'DELETE', headers }));
      assert.equal(response.status, 403, JSON.stringify(headers));
      assert.match(await response.text(), /X-IAM-Elements: 1/);
    }
    assert.equal((await upstreamWrites()).length, 0);
  });

  it('accepts a same-origin write by its Origin, and a write with the header', async () => {
    const handler = ssojet({ admin: true });
    const sameOrigin = await handler(new Request('http://host.test/api/v1/users/missing-1', { method: 'DELETE', headers: { Origin: 'http://host.test' } }));
    assert.equal(sameOrigin.status, 404); // forwarded: the reference server knows no such user
    const created = await handler(
      call('/api/v1/users', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ email: 'proxied@example.com', first_name: 'Pro', last_name: 'Xy' }) }),
    );
    assert.equal(created.status, 201);
  });

  it('refuses a user write without admin, even for the caller’s own id', async () => {
    const response = await ssojet({ userIds: ['me'] })(call('/api/v1/users/me/roles', { method: 'PUT', body: '{"role_id":[]}' }));
    assert.equal(response.status, 403);
    const refused = await enos({ orgIds: [SEED_ORG_ID] })(call(`/enos-iam-service/v2.3/user/sso/delete?orgId=${SEED_ORG_ID}`, { method: 'POST', body: '{"userId":"x"}' }));
    assert.equal(refused.status, 403);
    assert.equal((await upstreamWrites()).filter((request) => request.path.includes('/roles') || request.path.endsWith('/delete')).length, 0);
  });

  it('signs an EnOS write over its exact body, which the gateway verifies', async () => {
    // Spacing the proxy must keep: a re-serialized body would not match the signature the gateway checks.
    const body = '{ "domain": "okta-prod",  "userName": "signed.user", "email": "signed.user@example.com" }';
    const response = await enos({ orgIds: ['proxy-org'], admin: true })(
      call('/enos-iam-service/v2.3/user/sso/create?orgId=proxy-org', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body }),
    );
    const answer = (await response.json()) as { success: boolean; userId?: string };
    assert.equal(answer.success, true);
    const [forwarded] = (await upstreamWrites()).filter((request) => request.path.endsWith('/sso/create'));
    const apim = forwarded!.apim!;
    assert.equal(apim['apim-signature'], sha256(`${apim['apim-accesstoken']}orgIdproxy-org${body}${apim['apim-timestamp']}${DEMO_ENOS_APP.appSecret}`));
  });

  it('puts no secret in answers or logs (checked by the guard after all)', () => {
    assert.ok(logged.every((entry) => typeof entry.message === 'string'));
  });
});
