import { expect } from '@open-wc/testing';
import { IamError } from '../../src/api/errors.js';
import { buildUrl } from '../../src/api/http.js';
import { pathSegments } from '../../src/api/ssojet/request.js';
import { parseTime } from '../../src/api/page.js';
import { parseOrganization, parseUserOrganizations, parseUsers, userOrganizationsUrl } from '../../src/api/ssojet.js';
import { seedBody } from '../helpers/reference-api.js';

describe('SSOJet: parseUserOrganizations', () => {
  it('reads the seed document’s example body', async () => {
    const parsed = parseUserOrganizations(await seedBody('ssojet-user-organizations'));
    expect(parsed).to.deep.equal({
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
    expect(parsed.organizations[0]).to.deep.equal({
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
    expect(parseUserOrganizations([{ Name: 'A' }, { name: 'B' }]).organizations.map((o) => o.name)).to.deep.equal(['A', 'B']);
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
      expect([org.name, org.whitelistedDomains, org.workspace, org.allowsOutsideProfiles]).to.deep.equal([
        'X',
        ['x.io'],
        'ws',
        true,
      ]);
    });
  }

  it('falls through to the next spelling when one holds the wrong type', () => {
    const org = parseOrganization({ name: '', display_name: 'Shown', WhiteListDomains: null, domains: ['d.io'], is_active: 'maybe', status: 'active' });
    expect([org.name, org.whitelistedDomains, org.active]).to.deep.equal(['Shown', ['d.io'], true]);
  });

  it('reads the exact spelling asked for when present, else any other spelling', () => {
    // parseOrganization asks for `Name` and `WorkspaceName`.
    expect(parseOrganization({ name: 'Other casing', Name: 'Exact' }).name).to.equal('Exact');
    expect(parseOrganization({ NAME: 'Only spelling' }).name).to.equal('Only spelling');
    expect(parseOrganization({ workspace_name: 'Snake' }).workspace).to.equal('Snake');
  });

  it('derives active from `status` when `is_active` is absent, and leaves it unknown when both are', () => {
    expect(parseOrganization({ status: 'active' }).active).to.equal(true);
    expect(parseOrganization({ status: 'disabled' }).active).to.equal(false);
    expect(parseOrganization({}).active).to.equal(undefined);
  });

  it('reads role shapes from elsewhere in SSOJet’s API', () => {
    const org = parseOrganization({ roles: [{ id: 'r', name: 'Owner', permission_names: ['All'] }, { id: 'q' }] });
    expect(org.roles).to.deep.equal([
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
    expect(org).to.deep.equal({
      id: undefined,
      name: '42',
      active: false,
      domain: undefined,
      workspace: undefined,
      whitelistedDomains: ['one.example'],
      allowsOutsideProfiles: undefined,
      roles: [{ id: undefined, name: undefined, permissions: ['ok'] }],
    });
    expect(parseOrganization('not an object').name).to.equal(undefined);
  });

  for (const body of [null, 'text', 42, {}, { organizations: 'none' }, { data: [] }]) {
    it(`rejects ${JSON.stringify(body)} as a shape error`, () => {
      expect(() => parseUserOrganizations(body)).to.throw(IamError).with.property('kind', 'shape');
    });
  }
});

describe('SSOJet: userOrganizationsUrl', () => {
  it('builds the documented URL', () => {
    expect(userOrganizationsUrl('https://api.ssojet.com', 'u1', 'c1').href).to.equal(
      'https://api.ssojet.com/api/account/identity/users/u1/organizations?client_id=c1',
    );
  });

  it('keeps a path prefix, drops a trailing slash, and encodes', () => {
    expect(userOrganizationsUrl('https://host.example/proxy/ssojet/', 'a/b c', 'x&y').href).to.equal(
      'https://host.example/proxy/ssojet/api/account/identity/users/a%2Fb%20c/organizations?client_id=x%26y',
    );
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
      },
    ]);
    expect(page.nextCursor).to.equal(undefined);
    expect(page.items).to.deep.equal([
      {
        id: '66a0f1c2b3d4e5f6a7b8c9d0',
        email: 'ada@example.com',
        firstName: 'Ada',
        lastName: undefined,
        emailVerified: true,
        active: false,
        lastLoginAt: null,
        createdAt: new Date('2024-07-24T10:21:54.123Z'),
      },
    ]);
  });

  it('reads the newer `{limit, next_cursor, users}` with `id` and `last_login_at`', () => {
    const page = parseUsers({ limit: 1, next_cursor: 'abc', users: [{ id: 'u1', last_login_at: '2024-08-01T08:15:02Z' }] });
    expect(page.nextCursor).to.equal('abc');
    expect(page.items[0]!.id).to.equal('u1');
    expect(page.items[0]!.lastLoginAt).to.deep.equal(new Date('2024-08-01T08:15:02Z'));
    // An empty cursor is the last page.
    expect(parseUsers({ next_cursor: '', users: [] }).nextCursor).to.equal(undefined);
  });

  it('calls a body without a list of users a shape error', () => {
    for (const body of [{}, { users: 'x' }, null, 'users', { data: [] }]) {
      expect(() => parseUsers(body)).to.throw(IamError).with.property('kind', 'shape');
    }
  });
});

describe('SSOJet: parseTime', () => {
  it('reads RFC 3339 with any fraction or offset, Go’s zero time as never, the rest as unknown', () => {
    expect(parseTime('2024-07-24T10:21:54.5Z')).to.deep.equal(new Date('2024-07-24T10:21:54.500Z'));
    expect(parseTime('2024-07-24T10:21:54.123456789+02:00')).to.deep.equal(new Date('2024-07-24T08:21:54.123Z'));
    expect(parseTime('0001-01-01T00:00:00Z')).to.equal(null);
    expect(parseTime('soon')).to.equal(undefined);
    expect(parseTime(undefined)).to.equal(undefined);
  });
});

describe('pathSegments', () => {
  it('splits a path template and fills its placeholders, leaving encoding to buildUrl', () => {
    expect(pathSegments('/api/v1/users/{user-id}/loginlogs', { 'user-id': 'a/b' })).to.deep.equal(['api', 'v1', 'users', 'a/b', 'loginlogs']);
    expect(buildUrl('https://h/p', pathSegments('api/v1//auth/roles/')).pathname).to.equal('/p/api/v1/auth/roles');
  });

  it('refuses a placeholder the element does not fill', () => {
    expect(() => pathSegments('/x/{org}', {})).to.throw(IamError).with.property('kind', 'config');
  });
});
