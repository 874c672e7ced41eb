import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { IamError } from '../../src/api/errors.js';
import { buildUrl } from '../../src/api/http.js';
import { pathSegments } from '../../src/api/ssojet/request.js';
import { parseTime } from '../../src/api/page.js';
import { parseInvitations, parseOrganization, parseOrgMembers, parseUserOrganizations, parseUsers, userOrganizationsUrl } from '../../src/api/ssojet.js';
import { seedBody } from './seeds.js';

describe('SSOJet: parseUserOrganizations', () => {
  it('reads the seed document’s example body', () => {
    const parsed = parseUserOrganizations(seedBody('ssojet-user-organizations'));
    assert.deepEqual(parsed, {
      userId: '6694c133565dfee5166d1cbb',
      email: 'user@example.com',
      organizations: [
        {
          id: '6694c825d1ed074fa2eddafa',
          name: 'test0121',
          active: true,
          domain: undefined,
          workspace: undefined,
          whitelistedDomains: [],
          allowsOutsideProfiles: false,
          roles: [
            { id: '668e7e5946b448ab754b44ac', name: 'Admin', permissions: ['Team View', 'Team Manage', 'Manage SSO Connection'] },
          ],
        },
      ],
    });
  });

  it('reads the newer `tenants` shape into the same model', () => {
    const parsed = parseUserOrganizations({
      limit: 10,
      next_cursor: '',
      tenants: [
        {
          id: 't1',
          name: 'Acme',
          domains: ['acme.com'],
          is_active: false,
          roles: [{ role_id: 'r1', role_name: 'Member', permissions: ['Team View'] }],
          rules: { allow_profiles_outside_organization: true },
        },
      ],
    });
    assert.deepEqual(parsed.organizations[0], {
      id: 't1',
      name: 'Acme',
      active: false,
      domain: undefined,
      workspace: undefined,
      whitelistedDomains: ['acme.com'],
      allowsOutsideProfiles: true,
      roles: [{ id: 'r1', name: 'Member', permissions: ['Team View'] }],
    });
  });

  it('accepts a bare array of organizations', () => {
    assert.deepEqual(parseUserOrganizations([{ Name: 'A' }, { name: 'B' }]).organizations.map((o) => o.name), ['A', 'B']);
  });

  // The documents disagree on casing; every spelling seen there reads the same.
  const casings: Array<[string, Record<string, unknown>]> = [
    ['documented PascalCase', { Name: 'X', WhiteListDomains: ['x.io'], WorkspaceName: 'ws', AllowProfilesOutsideOrganization: true }],
    ['snake_case', { name: 'X', white_list_domains: ['x.io'], workspace_name: 'ws', allow_profiles_outside_organization: true }],
    ['camelCase', { name: 'X', whiteListDomains: ['x.io'], workspaceName: 'ws', allowProfilesOutsideOrganization: true }],
    ['the schema’s singular WhiteListDomain', { NAME: 'X', WhiteListDomain: ['x.io'], WORKSPACENAME: 'ws', rules: { allow_profiles_outside_organization: true } }],
  ];
  for (const [name, body] of casings) {
    it(`reads ${name}`, () => {
      const org = parseOrganization(body);
      assert.deepEqual([org.name, org.whitelistedDomains, org.workspace, org.allowsOutsideProfiles], [
        'X',
        ['x.io'],
        'ws',
        true,
      ]);
    });
  }

  it('falls through to the next spelling when one holds the wrong type', () => {
    const org = parseOrganization({ name: '', display_name: 'Shown', WhiteListDomains: null, domains: ['d.io'], is_active: 'maybe', status: 'active' });
    assert.deepEqual([org.name, org.whitelistedDomains, org.active], ['Shown', ['d.io'], true]);
  });

  it('reads the exact spelling asked for when present, else any other spelling', () => {
    // parseOrganization asks for `Name` and `WorkspaceName`.
    assert.equal(parseOrganization({ name: 'Other casing', Name: 'Exact' }).name, 'Exact');
    assert.equal(parseOrganization({ NAME: 'Only spelling' }).name, 'Only spelling');
    assert.equal(parseOrganization({ workspace_name: 'Snake' }).workspace, 'Snake');
  });

  it('derives active from `status` when `is_active` is absent, and leaves it unknown when both are', () => {
    assert.ok(parseOrganization({ status: 'active' }).active);
    assert.equal(parseOrganization({ status: 'disabled' }).active, false);
    assert.equal(parseOrganization({}).active, undefined);
  });

  it('reads role shapes from elsewhere in SSOJet’s API', () => {
    const org = parseOrganization({ roles: [{ id: 'r', name: 'Owner', permission_names: ['All'] }, { id: 'q' }] });
    assert.deepEqual(org.roles, [
      { id: 'r', name: 'Owner', permissions: ['All'] },
      { id: 'q', name: undefined, permissions: [] },
    ]);
  });

  it('turns holes and wrong types into placeholders instead of throwing', () => {
    const org = parseOrganization({
      id: null,
      Name: 42,
      WhiteListDomains: 'one.example',
      roles: [null, 'admin', { role_name: ['x'], permissions: [null, 7, 'ok'] }],
      is_active: 'false',
    });
    assert.deepEqual(org, {
      id: undefined,
      name: '42',
      active: false,
      domain: undefined,
      workspace: undefined,
      whitelistedDomains: ['one.example'],
      allowsOutsideProfiles: undefined,
      roles: [{ id: undefined, name: undefined, permissions: ['ok'] }],
    });
    assert.equal(parseOrganization('not an object').name, undefined);
  });

  for (const body of [null, 'text', 42, {}, { organizations: 'none' }, { data: [] }]) {
    it(`rejects ${JSON.stringify(body)} as a shape error`, () => {
      assert.throws(() => parseUserOrganizations(body), (error) => error instanceof IamError && error['kind'] === 'shape');
    });
  }
});

describe('SSOJet: userOrganizationsUrl', () => {
  it('builds the documented URL', () => {
    assert.equal(userOrganizationsUrl('https://api.ssojet.com', 'u1', 'c1').href, 'https://api.ssojet.com/api/account/identity/users/u1/organizations?client_id=c1',);
  });

  it('keeps a path prefix, drops a trailing slash, and encodes', () => {
    assert.equal(userOrganizationsUrl('https://host.example/proxy/ssojet/', 'a/b c', 'x&y').href, 'https://host.example/proxy/ssojet/api/account/identity/users/a%2Fb%20c/organizations?client_id=x%26y',);
  });
});

describe('SSOJet: parseUsers', () => {
  it('reads the older bare array: `_id`, `LastLoginAt` beside snake_case, nanosecond times', () => {
    const page = parseUsers([
      {
        _id: '66a0f1c2b3d4e5f6a7b8c9d0',
        email: 'ada@example.com',
        first_name: 'Ada',
        last_name: null,
        email_verified: true,
        is_active: false,
        created_at: '2024-07-24T10:21:54.123456789Z',
        LastLoginAt: '0001-01-01T00:00:00Z',
        roles: [{ role_id: 'r1', role_name: 'Admin', permissions: [] }, 'Auditor', null],
      },
    ]);
    assert.equal(page.nextCursor, undefined);
    assert.deepEqual(page.items, [
      {
        id: '66a0f1c2b3d4e5f6a7b8c9d0',
        email: 'ada@example.com',
        firstName: 'Ada',
        lastName: undefined,
        emailVerified: true,
        active: false,
        lastLoginAt: null,
        createdAt: new Date('2024-07-24T10:21:54.123Z'),
        roleIds: ['r1'],
        roleNames: ['Admin', 'Auditor'],
      },
    ]);
  });

  it('reads the newer `{limit, next_cursor, users}` with `id` and `last_login_at`', () => {
    const page = parseUsers({ limit: 1, next_cursor: 'abc', users: [{ id: 'u1', last_login_at: '2024-08-01T08:15:02Z' }] });
    assert.equal(page.nextCursor, 'abc');
    assert.equal(page.items[0]!.id, 'u1');
    assert.deepEqual(page.items[0]!.lastLoginAt, new Date('2024-08-01T08:15:02Z'));
    // An empty cursor is the last page.
    assert.equal(parseUsers({ next_cursor: '', users: [] }).nextCursor, undefined);
  });

  it('calls a body without a list of users a shape error', () => {
    for (const body of [{}, { users: 'x' }, null, 'users', { data: [] }]) {
      assert.throws(() => parseUsers(body), (error) => error instanceof IamError && error['kind'] === 'shape');
    }
  });
});

describe('SSOJet: parseTime', () => {
  it('reads RFC 3339 with any fraction or offset, Go’s zero time as never, the rest as unreadable (an Invalid Date)', () => {
    assert.deepEqual(parseTime('2024-07-24T10:21:54.5Z'), new Date('2024-07-24T10:21:54.500Z'));
    assert.deepEqual(parseTime('2024-07-24T10:21:54.123456789+02:00'), new Date('2024-07-24T08:21:54.123Z'));
    assert.equal(parseTime('0001-01-01T00:00:00Z'), null);
    assert.ok(Number.isNaN(parseTime('soon')?.getTime()));
    assert.equal(parseTime(undefined), undefined);
  });
});

describe('pathSegments', () => {
  it('splits a path template and fills its placeholders, leaving encoding to buildUrl', () => {
    assert.deepEqual(pathSegments('/api/v1/users/{user-id}/loginlogs', { 'user-id': 'a/b' }), ['api', 'v1', 'users', 'a/b', 'loginlogs']);
    assert.equal(buildUrl('https://h/p', pathSegments('api/v1//auth/roles/')).pathname, '/p/api/v1/auth/roles');
  });

  it('refuses a placeholder the element does not fill', () => {
    assert.throws(() => pathSegments('/x/{org}', {}), (error) => error instanceof IamError && error['kind'] === 'config');
  });
});

// <org-members>: SSOJet documents the paths and bodies of tenant members and invitations, not their answers
// (src/api/ssojet/members.ts, docs/writes.md). These pin the shapes read, so a change of reading is deliberate.
describe('SSOJet: parseOrgMembers and parseInvitations (undocumented answers, read defensively)', () => {
  it('reads a page of members in either spelling of list, or a bare array', () => {
    const member = { id: 'u1', email: 'a@x.io', first_name: 'Ada', last_name: 'B', is_active: true, roles: [{ role_id: 'r1', role_name: 'Admin' }], joined_at: '2026-01-02T03:04:05.123456789Z' };
    for (const body of [{ limit: 10, next_cursor: 'c2', users: [member] }, { members: [member], next_cursor: 'c2' }, [member]]) {
      const page = parseOrgMembers(body);
      assert.equal(page.items.length, 1);
      assert.deepEqual(page.items[0], {
        kind: 'member', id: 'u1', email: 'a@x.io', firstName: 'Ada', lastName: 'B', roleIds: ['r1'], roleNames: ['Admin'],
        active: true, status: undefined, expiresAt: undefined, createdAt: new Date('2026-01-02T03:04:05.123Z'),
      });
    }
    assert.equal(parseOrgMembers({ users: [], next_cursor: 'c2' }).nextCursor, 'c2');
  });

  it('reads a member whose user is nested, roles as ids, names or `{id, name}`, and status for active', () => {
    const [nested] = parseOrgMembers([{ user_id: 'u2', user: { email: 'n@x.io', first_name: 'N' }, role_ids: ['r1'], roles: ['Viewer', { id: 'r2', name: 'Dev' }], status: 'Inactive' }]).items;
    assert.deepEqual([nested?.id, nested?.email, nested?.firstName, nested?.roleIds, nested?.roleNames, nested?.active, nested?.status], ['u2', 'n@x.io', 'N', ['r1', 'r2'], ['Viewer', 'Dev'], false, 'inactive']);
  });

  it('reads an invitation’s e-mail from `email` or `invitee.email`, its roles, status and times', () => {
    const page = parseInvitations({
      invitations: [
        { id: 'i1', invitee: { email: 'new@x.io' }, inviter: { user_id: 'u1', email: 'a@x.io' }, role_ids: ['r1'], status: 'PENDING', expires_at: '2026-12-10T00:00:00Z', created_at: '2026-12-03T00:00:00Z' },
        { invitation_id: 'i2', email: 'two@x.io', roles: [{ role_id: 'r2', role_name: 'Dev' }] },
      ],
    });
    assert.deepEqual(page.items.map((item) => [item.kind, item.id, item.email, item.roleIds, item.status]), [
      ['invitation', 'i1', 'new@x.io', ['r1'], 'pending'],
      ['invitation', 'i2', 'two@x.io', ['r2'], undefined],
    ]);
    assert.deepEqual(page.items[0]?.expiresAt, new Date('2026-12-10T00:00:00Z'));
    assert.equal(page.items[1]?.expiresAt, undefined);
  });

  it('calls a body without a list a shape error, and turns hostile entries into placeholders', () => {
    assert.throws(() => parseOrgMembers({ data: 'nope' }), (error: unknown) => error instanceof IamError && error.kind === 'shape');
    assert.throws(() => parseInvitations(null), (error: unknown) => error instanceof IamError && error.kind === 'shape');
    const [hostile] = parseOrgMembers([{ id: ['x'], email: 42, roles: 'Admin', role_ids: [null, '', 'r1'], user: 'nope', joined_at: 'Build 1' }]).items;
    assert.deepEqual([hostile?.id, hostile?.email, hostile?.roleIds, hostile?.roleNames], [undefined, '42', ['r1'], []]);
    // "Build 1" is no time: unreadable ("Unknown date"), never 1 January 2001.
    assert.ok(Number.isNaN(hostile?.createdAt?.getTime()));
  });
});
