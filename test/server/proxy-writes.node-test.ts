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

  // `faults`: more of the reference server's faults after the recording tag, e.g. `,status=400`.
  const ssojet = (grant: unknown, routes = SSOJET_WRITE_ROUTES, faults = '') =>
    guard.handler(
      ssojetProxy({ baseUrl: `${gateway.recordingBase}${faults}/_data/proxy-w`, ...DEMO_SSOJET_CLIENT, routes, authorize: () => grant as never, now: gateway.now, log: guard.logInto(logged) }),
    );
  const enos = (grant: unknown) =>
    guard.handler(
      enosProxy({ gateway: gateway.recordingBase, ...DEMO_ENOS_APP, routes: ENOS_WRITE_ROUTES, authorize: () => grant as never, now: gateway.now, log: guard.logInto(logged) }),
    );
  /** A write's headers as another site's page could send them: none, a foreign or opaque Origin, the header's wrong value. */
  const CROSS_SITE: Record<string, string>[] = [{}, { Origin: 'http://evil.example' }, { Origin: 'null' }, { [WRITE_HEADER]: 'yes' }];
  const upstreamWrites = async () => (await gateway.recorded()).filter((request) => request.method !== 'GET' && !request.path.includes('token'));

  it('forwards a write only when the host configures its route', async () => {
    const response = await ssojet({ admin: true }, [])(call('/api/v1/users/someone', { method: 'DELETE' }));
    assert.equal(response.status, 405);
    assert.equal((await upstreamWrites()).length, 0);
  });

  it('refuses a cross-site write with 403 and no upstream call', async () => {
    const handler = ssojet({ admin: true });
    for (const headers of CROSS_SITE) {
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

  describe('tenant members and invitations (<org-members>)', () => {
    const TENANT = '/api/v1/tenants/proxy-members';
    const json = (method: string, body?: unknown): RequestInit => ({
      method,
      headers: { 'Content-Type': 'application/json' },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    /** Every member write, on the ids given: the requests of src/api/ssojet/members.ts (<org-members>). */
    const memberWrites = (ids: { invitation: string; user: string; role: string }): [string, string, RequestInit][] => [
      ['invite', `${TENANT}/invitations`, json('POST', { invitee: { email: 'invited.by.proxy@example.com' }, role_ids: [ids.role], send_invitation_email: false })],
      ['resend', `${TENANT}/invitations/${ids.invitation}/resend`, json('POST')],
      ['revoke', `${TENANT}/invitations?invitation_id=${ids.invitation}`, json('DELETE')],
      ['add', `${TENANT}/users`, json('POST', { user_ids: [ids.user] })],
      ['set roles', `${TENANT}/users/${ids.user}/roles`, json('POST', { role_ids: [ids.role] })],
      ['remove', `${TENANT}/users`, json('DELETE', { user_ids: [ids.user] })],
    ];
    const memberWritesUpstream = async () => (await upstreamWrites()).filter((request) => request.path.includes(TENANT));
    const read = async <T>(handler: ReturnType<typeof ssojet>, path: string) => (await (await handler(call(path))).json()) as T;

    it('forwards each member write for admin, a removal with the JSON body it came with', async () => {
      const admin = ssojet({ admin: true });
      const [role] = (await read<{ roles: { id: string }[] }>(admin, '/api/v1/roles')).roles;
      const members = async () => (await read<{ users: { id: string }[] }>(admin, `${TENANT}/users?limit=50`)).users.map((member) => member.id);
      const before = await members();
      const users = await read<{ _id: string }[]>(admin, '/api/v1/users');
      const user = users.find((entry) => !before.includes(entry._id))!._id;
      const [pending] = (await read<{ invitations: { id: string }[] }>(admin, `${TENANT}/invitations?status=pending`)).invitations;
      // Resent and revoked: a pending invitation the tenant has; added, given a role and removed again: a user who is no member.
      const ids = { invitation: pending!.id, user, role: role!.id };
      const statuses: Record<string, number> = {};
      for (const [action, path, init] of memberWrites(ids)) statuses[action] = (await admin(call(path, init))).status;
      // The reference server answers each as its documents' reading has it (docs/writes.md).
      assert.deepEqual(statuses, { invite: 201, resend: 200, revoke: 204, add: 200, 'set roles': 200, remove: 204 });
      // 204 for the removal: the reference server found `user_ids` in the body, so the body went upstream (without one it is 400).
      assert.deepEqual(await members(), before);
      const forwarded = (await memberWritesUpstream()).map((request) => `${request.method} ${request.path.slice(request.path.indexOf(TENANT) + TENANT.length)}`);
      assert.deepEqual(forwarded, ['POST /invitations', `POST /invitations/${ids.invitation}/resend`, 'DELETE /invitations', 'POST /users', `POST /users/${user}/roles`, 'DELETE /users']);
      const revoke = (await memberWritesUpstream()).find((request) => request.method === 'DELETE' && request.path.endsWith('/invitations'));
      assert.deepEqual(revoke!.query['invitation_id'], [ids.invitation]);
    });

    it('refuses every member write for a grant with only tenantIds (403, no upstream call), which still reads', async () => {
      const upstream = (await memberWritesUpstream()).length;
      const ids = { invitation: 'i1', user: 'u1', role: 'r1' };
      for (const grant of [{ tenantIds: ['proxy-members'] }, { tenantIds: ['proxy-members'], userIds: ['u1'] }]) {
        const handler = ssojet(grant);
        for (const [action, path, init] of memberWrites(ids)) assert.equal((await handler(call(path, init))).status, 403, `${action} ${JSON.stringify(grant)}`);
        assert.equal((await handler(call(`${TENANT}/users`))).status, 200);
      }
      assert.equal((await memberWritesUpstream()).length, upstream);
    });

    it('refuses a cross-site member write (no header, a foreign or null Origin, a wrong header value) with 403 and no upstream call', async () => {
      const upstream = (await memberWritesUpstream()).length;
      const admin = ssojet({ admin: true });
      for (const headers of CROSS_SITE) {
        for (const [action, path, init] of memberWrites({ invitation: 'i1', user: 'u1', role: 'r1' })) {
          const response = await admin(new Request(`http://host.test${path}`, { ...init, headers: { ...(init.headers as Record<string, string>), ...headers } }));
          assert.equal(response.status, 403, `${action} ${JSON.stringify(headers)}`);
        }
      }
      assert.equal((await memberWritesUpstream()).length, upstream);
    });

    it('answers 502 and logs a fixed sentence when the upstream quotes the management token back on a member write', async () => {
      const admin = ssojet({ admin: true }, SSOJET_WRITE_ROUTES, ',status=400,message=token');
      const count = logged.length;
      const response = await admin(call(`${TENANT}/users`, json('DELETE', { user_ids: ['someone'] })));
      assert.equal(response.status, 502);
      assert.match(await response.text(), /quoted a credential/);
      assert.deepEqual(logged.slice(count).map((entry) => entry.status), [502]);
      // The guard (after all) fails the file if the token, the client secret or the caller's token is in any answer or log.
    });
  });

  it('puts no secret in answers or logs (checked by the guard after all)', () => {
    assert.ok(logged.every((entry) => typeof entry.message === 'string'));
  });
});
