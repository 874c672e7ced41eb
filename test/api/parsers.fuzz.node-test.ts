/**
 * Every parser fed 10,000 generated bodies: half arbitrary JSON, half close to
 * the documented bodies (documented keys in every casing the providers mix,
 * with values of every type). Nothing but an IamError may escape, and what a
 * parser returns must be well-typed: strings are strings, lists are lists.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { parseEnosTime, parseSsoUser, parseSsoUsers, type SsoUser, type WallClockTime } from '../../src/api/enos.js';
import { IamError, MAX_SERVER_MESSAGE_LENGTH } from '../../src/api/errors.js';
import { readHttpError } from '../../src/api/http-failure.js';
import { Fields } from '../../src/api/json.js';
import { leadingItems } from '../../src/api/partial-json.js';
import { parseTime } from '../../src/api/page.js';
import {
  parseInvitations,
  parseLoginLogs,
  parseOrganization,
  parseOrgMembers,
  parseOrganizations,
  parsePasskeys,
  parsePermissions,
  parseRoles,
  parseUserOrganizations,
  parseUsers,
  type Organization,
  type OrgMember,
  type SsojetUser,
} from '../../src/api/ssojet.js';

const RUNS = 10_000;
const KINDS = ['http', 'network', 'timeout', 'parse', 'shape', 'envelope', 'config'];

// ---- generators ------------------------------------------------------------

/** The spellings one documented key comes in: as documented, lower, upper, snake_case, kebab-case, camelCase. */
function casings(key: string): string[] {
  const words = key
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .split(/[\s_-]+/)
    .filter((word) => word !== '')
    .map((word) => word.toLowerCase());
  const camel = words.map((word, i) => (i === 0 ? word : word[0]!.toUpperCase() + word.slice(1))).join('');
  return [key, key.toLowerCase(), key.toUpperCase(), words.join('_'), words.join('-'), camel];
}

/** Text a widget meets: plain, markup, right-to-left, huge, empty, numeric, boolean-like, date-like. */
const text = fc.oneof(
  fc.string(),
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.constantFrom('', ' ', 'true', 'false', '0', '1', 'active', 'ACTIVE', 'inactive', 'null', '<script>x</script>', 'مريم', 'x'.repeat(5000)),
  fc.constantFrom('2021-10-20 10:36:04.0', '2021-10-20T10:36:04', '1970-01-01 00:00:00.0', '2024-13-45 99:99:99.0'),
);

/** Any JSON value, biased towards the scalars a parser must tell apart. */
const chaos: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 3, arbitrary: fc.oneof(fc.constant(null), fc.boolean(), fc.integer(), fc.double({ noNaN: true, noDefaultInfinity: true }), text) },
  { weight: 1, arbitrary: fc.array(fc.oneof(text, fc.integer(), fc.constant(null)), { maxLength: 4 }) },
  { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 2 }) },
);

/**
 * An object holding some of `keys`, each in any casing, with values from
 * `values` (a key's own generator) or chaos. Keys `__proto__` and friends are
 * mixed in; Object.fromEntries makes them own properties, as JSON.parse does.
 */
function shaped(keys: Record<string, fc.Arbitrary<unknown>>): fc.Arbitrary<Record<string, unknown>> {
  const entry = fc.constantFrom(...Object.keys(keys), '__proto__', 'constructor', 'toString').chain((key) =>
    fc.tuple(fc.constantFrom(...casings(key)), fc.oneof({ weight: 3, arbitrary: Object.hasOwn(keys, key) ? keys[key]! : chaos }, { weight: 1, arbitrary: chaos })),
  );
  return fc.array(entry, { maxLength: 14 }).map((entries) => Object.fromEntries(entries));
}

const flag = fc.oneof(fc.boolean(), fc.constantFrom('true', 'false', 0, 1, 'yes'));
const stringList = fc.oneof(fc.constant(null), text, fc.array(fc.oneof(text, chaos), { maxLength: 5 }));

const role = shaped({ role_id: text, role_name: text, permissions: stringList, id: text, name: text, permission_names: stringList });
const organization = shaped({
  id: text,
  tenant_id: text,
  Name: text,
  display_name: text,
  tenant_name: text,
  is_active: flag,
  status: text,
  domain: text,
  WorkspaceName: text,
  WhiteListDomains: stringList,
  WhiteListDomain: stringList,
  domains: stringList,
  AllowProfilesOutsideOrganization: flag,
  rules: shaped({ allow_profiles_outside_organization: flag }),
  roles: fc.oneof(fc.array(fc.oneof({ weight: 4, arbitrary: role }, { weight: 1, arbitrary: chaos }), { maxLength: 4 }), chaos),
});
const organizationList = fc.array(fc.oneof({ weight: 4, arbitrary: organization }, { weight: 1, arbitrary: chaos }), { maxLength: 5 });
const userOrganizationsBody = fc.oneof(
  shaped({ id: text, email_id: text, email: text, user_id: text, organizations: organizationList, tenants: organizationList, limit: chaos, next_cursor: text }),
  organizationList,
);

/** RFC 3339 as SSOJet writes it (nanoseconds, `Z`), Go's zero time, and near misses. */
const ssojetTime = fc.oneof(
  fc
    .date({ min: new Date(Date.UTC(1, 0, 1)), max: new Date(Date.UTC(2100, 0, 1)), noInvalidDate: true })
    .chain((date) => fc.tuple(fc.constant(date.toISOString()), fc.constantFrom('', '123456', '9')))
    .map(([iso, extra]) => iso.replace('Z', `${extra}Z`)),
  fc.constantFrom('0001-01-01T00:00:00Z', '2024-13-45T99:99:99Z', '2024-07-24T10:21:54.123456789+05:30'),
  text,
);
const ssojetUser = shaped({
  id: text,
  _id: text,
  email: text,
  first_name: text,
  last_name: text,
  email_verified: flag,
  is_active: flag,
  created_at: ssojetTime,
  last_login_at: ssojetTime,
  LastLoginAt: ssojetTime,
});
const ssojetUserList = fc.array(fc.oneof({ weight: 4, arbitrary: ssojetUser }, { weight: 1, arbitrary: chaos }), { maxLength: 5 });
const usersBody = fc.oneof(shaped({ limit: chaos, next_cursor: fc.oneof(text, chaos), users: ssojetUserList }), ssojetUserList);

const listedRole = shaped({
  id: text,
  role_id: text,
  name: text,
  role_name: text,
  description: text,
  is_active: flag,
  is_deletable: flag,
  permission_ids: stringList,
  permissions: stringList,
});
const rolesBody = fc.oneof(
  shaped({ limit: chaos, next_cursor: fc.oneof(text, chaos), roles: fc.array(fc.oneof({ weight: 4, arbitrary: listedRole }, { weight: 1, arbitrary: chaos }), { maxLength: 5 }) }),
  fc.array(listedRole, { maxLength: 5 }),
);
// <org-members>' answers are not documented (members.ts): any of the spellings it reads, in any mix.
const memberRoles = fc.oneof(stringList, fc.array(fc.oneof(listedRole, chaos), { maxLength: 3 }), chaos);
const orgMember = shaped({
  user_id: text,
  id: text,
  email: text,
  first_name: text,
  last_name: text,
  is_active: flag,
  status: text,
  role_ids: stringList,
  roles: memberRoles,
  joined_at: ssojetTime,
  created_at: ssojetTime,
  user: fc.oneof(ssojetUser, chaos),
});
const membersBody = fc.oneof(
  shaped({ limit: chaos, next_cursor: fc.oneof(text, chaos), users: fc.array(fc.oneof(orgMember, chaos), { maxLength: 5 }), members: fc.array(orgMember, { maxLength: 3 }) }),
  fc.array(orgMember, { maxLength: 5 }),
);
const invitation = shaped({
  id: text,
  email: text,
  invitee: fc.oneof(shaped({ email: text }), chaos),
  role_ids: stringList,
  roles: memberRoles,
  status: text,
  expires_at: ssojetTime,
  created_at: ssojetTime,
});
const invitationsBody = fc.oneof(
  shaped({ limit: chaos, next_cursor: fc.oneof(text, chaos), invitations: fc.array(fc.oneof(invitation, chaos), { maxLength: 5 }) }),
  fc.array(invitation, { maxLength: 5 }),
);

const permissionsBody = shaped({
  limit: chaos,
  next_cursor: fc.oneof(text, chaos),
  permissions: fc.array(fc.oneof(shaped({ id: text, name: text, description: text, is_active: flag, is_default: flag }), chaos), { maxLength: 5 }),
});

const loginLog = shaped({
  IpAddress: text,
  Country: text,
  City: text,
  UserAgent: text,
  Name: text,
  Os: text,
  Device: text,
  CreatedAt: ssojetTime,
  ip_address: text,
  created_at: ssojetTime,
  event: text,
});
const loginLogList = fc.array(fc.oneof({ weight: 4, arbitrary: loginLog }, { weight: 1, arbitrary: chaos }), { maxLength: 5 });
const loginLogsBody = fc.oneof(shaped({ login_logs: loginLogList }), shaped({ audit_logs: loginLogList, limit: chaos, next_cursor: fc.oneof(text, chaos) }));

const passkey = shaped({
  id: text,
  Name: fc.oneof(fc.constant(null), text),
  SignCount: chaos,
  LastUsedAt: ssojetTime,
  CreatedAt: ssojetTime,
  transports: stringList,
  backup_eligible: flag,
  backup_state: flag,
});
const passkeysBody = fc.oneof(fc.array(fc.oneof({ weight: 4, arbitrary: passkey }, { weight: 1, arbitrary: chaos }), { maxLength: 5 }), shaped({ credentials: fc.array(passkey, { maxLength: 3 }) }));

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** EnOS's `yyyy-MM-dd HH:mm:ss[.S]`: mostly valid, sometimes out of range, with wrong separators or a zone. */
const enosTime = fc.oneof(
  {
    weight: 3,
    arbitrary: fc
      .date({ min: new Date(Date.UTC(1970, 0, 1, 0, 0, 1)), max: new Date(Date.UTC(2100, 0, 1)), noInvalidDate: true })
      .chain((date) => fc.tuple(fc.constant(date.toISOString()), fc.constantFrom(' ', 'T'), fc.constantFrom('', '.0', '.123')))
      .map(([iso, sep, tail]) => `${iso.slice(0, 10)}${sep}${iso.slice(11, 19)}${tail}`),
  },
  {
    weight: 1,
    arbitrary: fc
      .tuple(
        fc.integer({ min: 0, max: 9999 }),
        fc.integer({ min: 0, max: 19 }),
        fc.integer({ min: 0, max: 39 }),
        fc.integer({ min: 0, max: 29 }),
        fc.integer({ min: 0, max: 69 }),
        fc.integer({ min: 0, max: 69 }),
        fc.constantFrom(' ', 'T', '  ', '/'),
        fc.constantFrom('', '.0', 'Z', '+08:00', ' '),
      )
      .map(([y, mo, d, h, mi, s, sep, tail]) => `${pad(y, 4)}-${pad(mo)}-${pad(d)}${sep}${pad(h)}:${pad(mi)}:${pad(s)}${tail}`),
  },
);

const ssoUser = shaped({
  id: text,
  name: text,
  userName: text,
  email: text,
  emailVerified: flag,
  phone: fc.oneof(text, fc.integer()),
  phoneArea: fc.oneof(text, fc.constantFrom('+86', '86', 86)),
  phoneVerified: flag,
  domain: text,
  state: fc.oneof(fc.constantFrom(0, 1, 2, '0', '1'), chaos),
  createTime: fc.oneof(enosTime, text),
  description: text,
});
const ssoUsersEnvelope = shaped({
  fail: flag,
  success: flag,
  failed: flag,
  successful: flag,
  status: fc.oneof(fc.constantFrom(0, '0', 30401, '30404'), fc.integer()),
  message: text,
  msg: text,
  requestId: text,
  users: fc.oneof(fc.array(fc.oneof({ weight: 4, arbitrary: ssoUser }, { weight: 1, arbitrary: chaos }), { maxLength: 5 }), chaos),
});
/** Random flags mostly say failure; the documented success envelope is generated too, so users get parsed. */
const ssoUsersBody = fc.oneof(
  ssoUsersEnvelope,
  fc.record({ success: fc.constant(true), status: fc.constantFrom(0, '0'), message: text, users: fc.array(ssoUser, { minLength: 1, maxLength: 5 }) }),
);

/** Each parser's input: half arbitrary JSON, half close to the documents. */
const bodies = (biased: fc.Arbitrary<unknown>) => fc.oneof(fc.jsonValue(), biased);

// ---- checks ----------------------------------------------------------------

const isOptional = (value: unknown, type: 'string' | 'boolean' | 'number') => value === undefined || typeof value === type;
const isNonEmptyStrings = (value: unknown) => Array.isArray(value) && value.every((item) => typeof item === 'string' && item !== '');

function checkOrganization(org: Organization) {
  assert.deepEqual(Object.keys(org).sort(), ['active', 'allowsOutsideProfiles', 'domain', 'id', 'name', 'roles', 'whitelistedDomains', 'workspace']);
  for (const key of ['id', 'name', 'domain', 'workspace'] as const) assert.ok(isOptional(org[key], 'string'), key);
  assert.ok(isOptional(org.active, 'boolean') && isOptional(org.allowsOutsideProfiles, 'boolean'));
  assert.ok(isNonEmptyStrings(org.whitelistedDomains));
  assert.ok(Array.isArray(org.roles));
  for (const role of org.roles) {
    assert.ok(isOptional(role.id, 'string') && isOptional(role.name, 'string'));
    assert.ok(isNonEmptyStrings(role.permissions));
  }
}

/** A time, none, or one sent but unreadable (an Invalid Date with no `iso`, shown as "Unknown date"). */
function checkTime(time: WallClockTime | undefined) {
  if (time === undefined || (time.iso === '' && Number.isNaN(time.asUtc.getTime()))) return;
  assert.match(time.iso, /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}$/);
  assert.ok(time.asUtc.toISOString().startsWith(time.iso));
  assert.notEqual(time.asUtc.getTime(), 0);
}

function checkSsoUser(user: SsoUser) {
  for (const key of ['id', 'name', 'email', 'phone', 'phoneArea', 'domain', 'description'] as const) {
    assert.ok(isOptional(user[key], 'string'), key);
  }
  assert.ok(isOptional(user.emailVerified, 'boolean') && isOptional(user.phoneVerified, 'boolean'));
  assert.ok(['enabled', 'disabled', 'unknown'].includes(user.state), String(user.state));
  checkTime(user.createdAt);
}

function checkOrgMember(member: OrgMember) {
  assert.ok(member.kind === 'member' || member.kind === 'invitation');
  for (const key of ['id', 'email', 'firstName', 'lastName', 'status'] as const) assert.ok(isOptional(member[key], 'string'), key);
  assert.ok(isOptional(member.active, 'boolean'));
  assert.ok(isNonEmptyStrings(member.roleIds) && isNonEmptyStrings(member.roleNames));
  checkSsojetTime(member.expiresAt);
  checkSsojetTime(member.createdAt);
}

/** A time, "never" (null), not sent (undefined), or sent but unreadable (an Invalid Date, shown as "Unknown date"). */
function checkSsojetTime(time: Date | null | undefined) {
  if (time === null || time === undefined) return;
  assert.ok(time instanceof Date);
}

function checkSsojetUser(user: SsojetUser) {
  for (const key of ['id', 'email', 'firstName', 'lastName'] as const) assert.ok(isOptional(user[key], 'string'), key);
  assert.ok(isOptional(user.emailVerified, 'boolean') && isOptional(user.active, 'boolean'));
  checkSsojetTime(user.lastLoginAt);
  checkSsojetTime(user.createdAt);
}

function checkIamError(error: unknown) {
  if (!(error instanceof IamError)) throw error;
  assert.ok(KINDS.includes(error.kind), String(error.kind));
  assert.equal(typeof error.message, 'string');
  if (error.serverMessage !== undefined) assert.ok(error.serverMessage.length <= MAX_SERVER_MESSAGE_LENGTH);
  assert.ok(['string', 'number', 'undefined'].includes(typeof error.vendorCode), String(typeof error.vendorCode));
}

/** Runs `parse` and `check` on a body; an IamError is an allowed outcome, anything else thrown fails. */
function survives<T>(parse: (body: unknown) => T, check: (result: T) => void) {
  return (body: unknown) => {
    let result: T;
    try {
      result = parse(body);
    } catch (error) {
      checkIamError(error);
      return;
    }
    check(result);
  };
}

const fuzz = <T>(arbitrary: fc.Arbitrary<T>, predicate: (value: T) => void) =>
  fc.assert(fc.property(arbitrary, predicate), { numRuns: RUNS });

// ---- properties ------------------------------------------------------------

describe('fuzz: every parser survives 10,000 generated bodies', () => {
  // The biased generators must reach the parsers' success paths, not only their errors.
  const REACHED = RUNS / 10;

  it('parseUserOrganizations', () => {
    let named = 0;
    fuzz(
      bodies(userOrganizationsBody),
      survives(parseUserOrganizations, (result) => {
        assert.ok(isOptional(result.userId, 'string') && isOptional(result.email, 'string'));
        assert.ok(Array.isArray(result.organizations));
        result.organizations.forEach(checkOrganization);
        if (result.organizations.some((org) => org.name !== undefined)) named += 1;
      }),
    );
    assert.ok(named > REACHED, `${named} of ${REACHED}`);
  });

  it('parseOrganizations', () => {
    const withSecret = organization.map((org) => ({ ...org, sso_connection_token: 'sso-conn-SECRET' }));
    const list = fc.array(fc.oneof({ weight: 4, arbitrary: withSecret }, { weight: 1, arbitrary: chaos }), { maxLength: 5 });
    fuzz(
      bodies(fc.oneof(list, shaped({ limit: chaos, next_cursor: fc.oneof(text, chaos), tenants: list }))),
      survives(parseOrganizations, (page) => {
        page.items.forEach(checkOrganization);
        assert.ok(!JSON.stringify(page).includes('sso-conn-SECRET'));
      }),
    );
  });

  it('parseOrganization', () => {
    fuzz(bodies(organization), survives(parseOrganization, checkOrganization));
  });

  it('parseSsoUsers', () => {
    let listed = 0;
    let failed = 0;
    fuzz(
      bodies(ssoUsersBody),
      survives(
        (body) => {
          try {
            return parseSsoUsers(body);
          } catch (error) {
            if (error instanceof IamError && error.kind === 'envelope') failed += 1;
            throw error;
          }
        },
        (users) => {
          assert.ok(Array.isArray(users));
          users.forEach(checkSsoUser);
          if (users.length > 0) listed += 1;
        },
      ),
    );
    assert.ok([listed, failed].every((count) => count > REACHED / 2), `listed ${listed}, failed ${failed}`);
  });

  it('parseSsoUser', () => {
    fuzz(bodies(ssoUser), survives(parseSsoUser, checkSsoUser));
  });

  it('parseUsers', () => {
    let named = 0;
    fuzz(
      bodies(usersBody),
      survives(parseUsers, (page) => {
        assert.ok(Array.isArray(page.items));
        assert.ok(isOptional(page.nextCursor, 'string'));
        page.items.forEach(checkSsojetUser);
        if (page.items.some((user) => user.email !== undefined)) named += 1;
      }),
    );
    assert.ok(named > REACHED, `${named} of ${REACHED}`);
  });

  it('parseRoles', () => {
    let named = 0;
    fuzz(
      bodies(rolesBody),
      survives(parseRoles, (page) => {
        assert.ok(isOptional(page.nextCursor, 'string'));
        for (const role of page.items) {
          for (const key of ['id', 'name', 'description'] as const) assert.ok(isOptional(role[key], 'string'), key);
          assert.ok(isOptional(role.active, 'boolean'));
          assert.ok(isNonEmptyStrings(role.permissionIds) && isNonEmptyStrings(role.permissionNames));
        }
        if (page.items.some((role) => role.name !== undefined)) named += 1;
      }),
    );
    assert.ok(named > REACHED, `${named} of ${REACHED}`);
  });

  for (const [name, parse, body] of [
    ['parseOrgMembers', parseOrgMembers, membersBody],
    ['parseInvitations', parseInvitations, invitationsBody],
  ] as const) {
    it(name, () => {
      let read = 0;
      fuzz(
        bodies(body),
        survives(parse, (page) => {
          assert.ok(isOptional(page.nextCursor, 'string'));
          page.items.forEach(checkOrgMember);
          if (page.items.some((member) => member.email !== undefined || member.roleIds.length > 0)) read += 1;
        }),
      );
      assert.ok(read > REACHED, `${read} of ${REACHED}`);
    });
  }

  it('parsePermissions', () => {
    fuzz(
      bodies(permissionsBody),
      survives(parsePermissions, (page) => {
        for (const permission of page.items) assert.ok(isOptional(permission.id, 'string') && isOptional(permission.name, 'string'));
      }),
    );
  });

  it('parseLoginLogs', () => {
    let timed = 0; // Pages with a sign-in that has a time or an address: the parser's success path.
    fuzz(
      bodies(loginLogsBody),
      survives(parseLoginLogs, (page) => {
        for (const log of page.items) {
          for (const key of ['ipAddress', 'city', 'country', 'device', 'os', 'browser', 'userAgent'] as const) {
            assert.ok(isOptional(log[key], 'string'), key);
          }
          checkSsojetTime(log.at);
        }
        if (page.items.some((log) => log.at || log.ipAddress)) timed += 1;
      }),
    );
    assert.ok(timed > REACHED, `${timed} of ${REACHED}`);
  });

  it('parsePasskeys', () => {
    fuzz(
      bodies(passkeysBody),
      survives(parsePasskeys, (page) => {
        for (const key of page.items) {
          assert.ok(isOptional(key.id, 'string') && isOptional(key.name, 'string') && isOptional(key.backedUp, 'boolean'));
          assert.ok(isNonEmptyStrings(key.transports));
          checkSsojetTime(key.createdAt);
          checkSsojetTime(key.lastUsedAt);
        }
      }),
    );
  });

  it('parseTime reads no date into text without a year, and tells it from a time not sent (issue 17: "Build 1" was 1 January 2001)', () => {
    for (const text of ['Build 1', 'not a date 1', '12', 'May 3', '2024-99-99']) assert.ok(Number.isNaN(parseTime(text)?.getTime()), text);
    for (const text of [undefined, '', '  ']) assert.equal(parseTime(text), undefined, text);
    assert.equal(parseTime('2024-07-24T10:21:00Z')?.toISOString(), '2024-07-24T10:21:00.000Z');
  });

  it('parseTime (SSOJet)', () => {
    let read = 0;
    fuzz(fc.oneof(ssojetTime, fc.constant(undefined)), (value) => {
      const time = parseTime(value);
      checkSsojetTime(time);
      if (time && !Number.isNaN(time.getTime())) read += 1;
    });
    assert.ok(read > REACHED, `${read} of ${REACHED}`);
  });

  it('parseEnosTime', () => {
    let read = 0;
    fuzz(fc.oneof(enosTime, fc.string(), fc.constant(undefined)), (value) => {
      const time = parseEnosTime(value);
      checkTime(time);
      if (time?.iso) read += 1;
    });
    assert.ok(read > REACHED, `${read} of ${REACHED}`);
  });

  // parseEnosTime checks characters by hand (for speed); the pattern it replaced is the oracle, on valid times with one character changed.
  it('parseEnosTime reads only the documented shape, and every valid time of it', () => {
    const SHAPE = /^\d{4}-\d\d-\d\d[ T]\d\d:\d\d:\d\d(?:\.\d+)?$/;
    const changed = fc
      .tuple(enosTime, fc.nat(), fc.oneof(fc.string({ maxLength: 2 }), fc.constantFrom('0', '9', '/', ':', '.', '\u0660', '\uff10', ' ')))
      .map(([time, at, char]) => time.slice(0, at % (time.length + 1)) + char + time.slice((at % (time.length + 1)) + 1));
    fuzz(fc.oneof(enosTime, changed), (value) => {
      const time = parseEnosTime(value);
      if (time?.iso) assert.match(value.trim(), SHAPE, value);
      else if (SHAPE.test(value.trim())) {
        const iso = `${value.trim().slice(0, 10)}T${value.trim().slice(11, 19)}`;
        // Refused only when the digits name no instant (or the epoch): the same digits read back otherwise.
        const instant = new Date(`${iso}Z`);
        assert.ok(Number.isNaN(instant.getTime()) || !instant.toISOString().startsWith(iso) || instant.getTime() === 0 || Number(iso.slice(0, 4)) < 100, value);
      }
    });
  });

  it('Fields readers', () => {
    const names = fc.array(fc.oneof(fc.constantFrom('name', 'Name', 'is_active', 'status', 'roles', 'rules', '__proto__', 'toString'), fc.string()), {
      maxLength: 4,
    });
    fuzz(fc.tuple(bodies(organization), names), ([body, keys]) => {
      const fields = new Fields(body);
      assert.ok(isOptional(fields.string(...keys), 'string'));
      assert.notEqual(fields.string(...keys), '');
      assert.ok(isOptional(fields.boolean(...keys), 'boolean'));
      const number = fields.number(...keys);
      assert.ok(number === undefined || Number.isFinite(number));
      const list = fields.list(...keys);
      assert.ok(list === undefined || Array.isArray(list));
      assert.ok(isNonEmptyStrings(fields.strings(...keys)));
      assert.ok(fields.object(...keys) instanceof Fields);
    });
  });

  it('leadingItems: the start of any JSON object text yields a start of its list', () => {
    let previewed = 0;
    // Other fields' names: any but another spelling of `users` (which would be the list found) and `__proto__`.
    const others = fc.dictionary(
      fc.string().filter((key) => key.replace(/[_-]/g, '').toLowerCase() !== 'users' && key !== '__proto__'),
      fc.jsonValue(),
      { maxKeys: 3 },
    );
    const body = fc.tuple(others, fc.array(fc.jsonValue(), { maxLength: 6 }), others);
    fuzz(fc.tuple(body, fc.nat(), fc.boolean()), ([[before, list, after], cut, spaced]) => {
      // The list between other fields, in JSON.stringify's compact or indented form.
      const whole: Record<string, unknown> = { ...before, users: list, ...after };
      const text = spaced ? JSON.stringify(whole, null, 2) : JSON.stringify(whole);
      const partial = leadingItems(text.slice(0, cut % (text.length + 1)), 'users');
      if (!partial) return;
      // Compared as JSON reads them back (-0 is written 0).
      const read = JSON.parse(text) as Record<string, unknown>;
      assert.deepEqual(partial.items, (read.users as unknown[]).slice(0, partial.items.length));
      if (partial.items.length > 0) previewed += 1;
      // The fields before the list, and only those.
      const keys = Object.keys(whole);
      const beforeList = keys.slice(0, keys.indexOf('users'));
      assert.deepEqual(partial.before, Object.fromEntries(beforeList.map((key) => [key, read[key]])));
    });
    assert.ok(previewed > REACHED, `${previewed} of ${REACHED}`);
  });

  it('the HTTP error reader', () => {
    const errorBody = shaped({ error: chaos, error_code: chaos, error_description: text, message: text, msg: text, code: chaos, status: chaos });
    const bodyText = fc.oneof(
      fc.string(),
      fc.jsonValue().map((value) => JSON.stringify(value)),
      errorBody.map((value) => JSON.stringify(value)),
      fc.constantFrom('<!doctype html><h1>Bad gateway</h1>', '', '{"error_description": '),
    );
    // Tokens as the HTTP layer accepts them (printable ASCII, no spaces); bodies that often quote them.
    const token = fc.oneof(fc.constant(''), fc.stringMatching(/^[\x21-\x7e]{8,20}$/));
    const echoing = token.chain((secret) =>
      fc.tuple(
        fc.oneof(bodyText, fc.tuple(text, text).map(([before, after]) => JSON.stringify({ error_description: `${before}${secret}${after}` }))),
        fc.constant(secret),
      ),
    );
    fuzz(fc.tuple(fc.integer({ min: 100, max: 599 }), echoing), ([status, [body, secret]]) => {
      const error = readHttpError(status, body, secret);
      checkIamError(error);
      assert.deepEqual([error.kind, error.status, error.message], ['http', status, `HTTP ${status}`]);
      if (secret.length >= 8 && error.serverMessage !== undefined) {
        // Redacted in full; the cap may cut a token's tail, never show it whole.
        assert.equal(error.serverMessage.includes(secret), false);
      }
    });
  });
});
