/**
 * Issue 15: `ssojetProxy` serves every route the SSOJet elements use, the
 * tenant-wide lists included, and the grant says what a caller may read
 * (`userIds`, `admin`), checked before any upstream call. Each element's own
 * request code (src/api/ssojet) goes through the proxy, over real HTTP, to
 * the reference server, which accepts only the proxy's management token.
 */
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, it } from 'node:test';
import { fetchLoginLogs, LOGIN_LOGS_PATH } from '../../src/api/ssojet/login-logs.js';
import { fetchOrganizations, ORGANIZATIONS_PATH } from '../../src/api/ssojet/organizations.js';
import { fetchRoles, PERMISSIONS_PATH, ROLES_PATH } from '../../src/api/ssojet/roles.js';
import { fetchUserOrganizations } from '../../src/api/ssojet/user-organizations.js';
import { fetchUsers, USERS_PATH } from '../../src/api/ssojet/users.js';
import { fetchOrgMembers, MEMBERS_PATH } from '../../src/api/ssojet/members.js';
import { enosProxy, type ProxyLogEntry, ssojetProxy, type SsojetGrant, toNodeHandler } from '../../src/server/index.js';
import { call, DEMO_ENOS_APP, DEMO_SSOJET_CLIENT, type Gateway, SEED_USER_ID, startGateway } from './gateway-fixture.js';
import { SecretGuard } from './secret-guard.js';

const SESSIONS: Record<string, SsojetGrant> = {
  'admin-token': { admin: true },
  'user-token': { userIds: [SEED_USER_ID] },
  'tenant-token': { tenantIds: ['acme'] },
};

describe('ssojetProxy: every SSOJet element route, through the proxy, against the reference server', () => {
  let gateway: Gateway;
  let proxy: { origin: string; close(): void };
  const logged: ProxyLogEntry[] = [];
  const guard = new SecretGuard([DEMO_SSOJET_CLIENT.clientSecret, 'admin-token', 'user-token']);

  before(async () => {
    guard.install();
    gateway = await startGateway();
    const handler = toNodeHandler(
      ssojetProxy({
        baseUrl: gateway.recordingBase,
        ...DEMO_SSOJET_CLIENT,
        prefix: '/ssojet',
        authorize: (request) => SESSIONS[request.headers.get('authorization')?.replace(/^Bearer /, '') ?? ''],
        log: guard.logInto(logged),
      }),
    );
    const server = createServer((req, res) => void handler(req, res));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    proxy = {
      origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
      close: () => {
        server.closeAllConnections();
        server.close();
      },
    };
  });
  after(async () => {
    for (const request of await gateway.recorded()) guard.add(request.authorization?.replace(/^Bearer /, '') ?? '');
    guard.verify();
    proxy.close();
    await gateway.close();
  });

  /** What an element's request code is given: the proxy as base URL and the host's own session token. */
  const as = (token: string, path: string) => ({
    baseUrl: `${proxy.origin}/ssojet`,
    token,
    clientId: 'whatever-the-page-sent',
    path,
    cacheTtl: 0,
  });
  const forwarded = async () => (await gateway.recorded()).filter((r) => !r.path.endsWith('/oauth2/token'));

  it('<user-orgs>: the user’s own organizations with a userIds grant', async () => {
    const orgs = await fetchUserOrganizations({ ...as('user-token', ''), userId: SEED_USER_ID });
    assert.equal(orgs.userId, SEED_USER_ID);
    assert.ok(orgs.organizations.length > 0);
  });

  it('<user-login-logs>: the user’s own login logs with a userIds grant', async () => {
    const page = await fetchLoginLogs({ ...as('user-token', LOGIN_LOGS_PATH), pathValues: { 'user-id': SEED_USER_ID } });
    assert.ok(page.items.length > 0);
  });

  it('<org-members>: a tenant’s members and invitations with its tenantIds grant; another tenant refused', async () => {
    const page = await fetchOrgMembers({ ...as('tenant-token', MEMBERS_PATH), pathValues: { 'tenant-id': 'acme' } });
    assert.ok(page.items.some((item) => item.kind === 'member') && page.items.some((item) => item.kind === 'invitation'));
    assert.equal(page.invitationsError, undefined);
    await assert.rejects(fetchOrgMembers({ ...as('tenant-token', MEMBERS_PATH), pathValues: { 'tenant-id': 'other' } }), { status: 403 });
  });

  it('<user-list>: /api/v1/users with its filters, admin only', async () => {
    const page = await fetchUsers({ ...as('admin-token', USERS_PATH), pageSize: 5, email: 'a' });
    assert.ok(Array.isArray(page.items));
    const [request] = (await forwarded()).filter((r) => r.path === USERS_PATH);
    assert.deepEqual(request!.query, { client_id: [DEMO_SSOJET_CLIENT.clientId], limit: ['5'], email: ['a'] });
  });

  it('<role-list>: /api/v1/roles and the /api/v1/permissions it names, admin only', async () => {
    const page = await fetchRoles({ ...as('admin-token', ROLES_PATH), permissionsPath: PERMISSIONS_PATH });
    assert.ok(page.items.length > 0);
    const paths = (await forwarded()).map((r) => r.path);
    assert.ok(paths.includes(ROLES_PATH));
  });

  it('<org-list>: /api/v1/organizations and /api/v1/tenants, admin only', async () => {
    for (const path of [ORGANIZATIONS_PATH, '/api/v1/tenants']) {
      const page = await fetchOrganizations(as('admin-token', path));
      assert.ok(page.items.length > 0, path);
    }
  });

  it('an admin may read any user’s routes too', async () => {
    const page = await fetchLoginLogs({ ...as('admin-token', LOGIN_LOGS_PATH), pathValues: { 'user-id': 'someone-else' } });
    assert.ok(Array.isArray(page.items));
  });

  it('refuses the tenant-wide lists and other users to a userIds grant (403), with no upstream call', async () => {
    const before = (await forwarded()).length;
    for (const path of [USERS_PATH, ROLES_PATH, PERMISSIONS_PATH, ORGANIZATIONS_PATH, '/api/v1/tenants', '/api/v1/users/someone-else/loginlogs']) {
      const response = await guard.fetch(`${proxy.origin}/ssojet${path}`, { headers: { Authorization: 'Bearer user-token' } });
      assert.equal(response.status, 403, path);
    }
    assert.equal((await forwarded()).length, before);
  });
});

describe('grants fail closed', () => {
  const opened: Gateway[] = [];
  after(() => Promise.all(opened.map((g) => g.close())));

  /** A proxy whose authorize returns `grant` as is, as a host's JavaScript could. */
  async function grantOf(grant: unknown, provider: 'ssojet' | 'enos' = 'ssojet') {
    const gateway = await startGateway();
    opened.push(gateway);
    const logged: ProxyLogEntry[] = [];
    const common = { authorize: () => grant as never, log: (entry: ProxyLogEntry) => logged.push(entry) };
    const handler =
      provider === 'ssojet'
        ? ssojetProxy({ baseUrl: gateway.recordingBase, ...DEMO_SSOJET_CLIENT, ...common })
        : enosProxy({ gateway: gateway.recordingBase, ...DEMO_ENOS_APP, ...common });
    const path = provider === 'ssojet' ? `/api/account/identity/users/${SEED_USER_ID}/organizations` : '/enos-iam-service/v2.3/user/sso/list?orgId=orgId';
    const response = await handler(call(path));
    const body = (await response.json()) as { error_description?: string; message?: string };
    return { status: response.status, text: body.error_description ?? body.message ?? '', logged, upstreamCalls: (await gateway.recorded()).length };
  }

  for (const [grant, field] of [
    [{ userId: SEED_USER_ID }, /unknown field "userId"; a grant has only userIds, admin/],
    [{ userIds: SEED_USER_ID }, /"userIds" must be an array of non-empty strings/],
    [{ userIds: [SEED_USER_ID, 7] }, /"userIds" must be an array/],
    [{ userIds: [''] }, /"userIds" must be an array of non-empty strings/],
    [{ admin: 'yes' }, /"admin" must be true or false/],
    [{ admin: 1 }, /"admin" must be true or false/],
    ['admin', /must be an object/],
    [[SEED_USER_ID], /must be an object/],
    [true, /must be an object/],
  ] as const) {
    it(`refuses ${JSON.stringify(grant)} with an error naming what is wrong, and no upstream call`, async () => {
      const result = await grantOf(grant);
      assert.equal(result.status, 500);
      assert.match(result.text, /^The authorize hook returned a malformed grant: /);
      assert.match(result.text, field);
      assert.deepEqual(result.logged.map((e) => e.message), [result.text]);
      assert.equal(result.upstreamCalls, 0);
    });
  }

  it('an empty grant reads nothing (403)', async () => {
    const result = await grantOf({});
    assert.equal(result.status, 403);
    assert.equal(result.upstreamCalls, 0);
  });

  it('EnOS grants are checked the same way: orgIds is required, admin a flag, nothing else is allowed', async () => {
    for (const [grant, field] of [
      [{}, /"orgIds" is missing/],
      [{ orgId: 'orgId' }, /unknown field "orgId"; a grant has only orgIds, admin/],
      [{ orgIds: 'orgId' }, /"orgIds" must be an array/],
      [{ orgIds: ['orgId'], userIds: ['x'] }, /unknown field "userIds"/],
      [{ orgIds: ['orgId'], admin: 'yes' }, /"admin"/],
    ] as const) {
      const result = await grantOf(grant, 'enos');
      assert.equal(result.status, 500, JSON.stringify(grant));
      assert.match(result.text, field);
      assert.equal(result.upstreamCalls, 0);
    }
  });
});
