// @ts-check
/**
 * Generated data for the reference API server: deterministic (seeded by the
 * requested id), any size, in the providers' documented shapes. The id says
 * what comes back:
 *   - ends in `-N` (digits): exactly N entries (`org-10000`, `user-0`);
 *   - starts with `hostile`: markup, right-to-left text, huge strings, nulls;
 *   - starts with `tenants` (SSOJet): the newer `{limit, next_cursor, tenants}` shape;
 *   - anything else: a handful of entries, the same for the same id.
 */

/** @param {string} text */
function hash(text) {
  let h = 2166136261;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 16777619);
  }
  return h >>> 0;
}

/** mulberry32: a small seeded generator, good enough for demo data. */
export function random(/** @type {string} */ seed) {
  let state = hash(seed);
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** @typedef {() => number} Random */

/** @template T @param {Random} rng @param {readonly T[]} list @returns {T} */
const pick = (rng, list) => /** @type {T} */ (list[Math.floor(rng() * list.length)]);
const hex = (/** @type {Random} */ rng, /** @type {number} */ length) =>
  Array.from({ length }, () => Math.floor(rng() * 16).toString(16)).join('');

/** Upper bound on generated entries, so a typo cannot exhaust the server's memory. */
export const MAX_GENERATED = 100_000;

/** How many entries an id asks for. @param {string} id @param {Random} rng @param {number} min @param {number} max */
export function countFor(id, rng, min, max) {
  const match = /-(\d+)$/.exec(id);
  if (match) return Math.min(Number(match[1]), MAX_GENERATED);
  return min + Math.floor(rng() * (max - min + 1));
}

const FIRST = ['Amara', 'Bo', 'Chen', 'Dario', 'Elif', 'Farah', 'Gustav', 'Hana', 'Ivan', 'Jun', 'Kofi', 'Lena', 'Mateo', 'Noor', 'Olu', 'Priya', 'Quinn', 'Rafael', 'Sofia', 'Tariq', 'Uma', 'Viktor', 'Wen', 'Ximena', 'Yusuf', 'Zoe'];
const LAST = ['Abebe', 'Berg', 'Costa', 'Dubois', 'Eriksen', 'Fischer', 'Garcia', 'Haddad', 'Ito', 'Jensen', 'Kim', 'Li', 'Mensah', 'Novak', 'Okafor', 'Patel', 'Rossi', 'Silva', 'Tanaka', 'Varga', 'Wang', 'Zhou'];
const ORG_WORDS = ['Northwind', 'Contoso', 'Fabrikam', 'Tailspin', 'Wingtip', 'Litware', 'Proseware', 'Adatum', 'Lucerne', 'Fourth Coffee'];
const ORG_SUFFIX = ['Labs', 'Energy', 'Wind Farm', 'Solar', 'Grid Ops', 'Finance', 'R&D', 'Field Service'];
const ROLES = {
  Admin: ['Team View', 'Team Manage', 'Manage SSO Connection', 'Billing Manage'],
  Member: ['Team View'],
  Auditor: ['Team View', 'Audit Log View'],
  Developer: ['Team View', 'API Keys Manage', 'Webhooks Manage'],
};
/** What each role is for, as an admin console describes it. */
const ROLE_DESCRIPTIONS = {
  Admin: 'Manages the team, single sign-on and billing.',
  Member: 'Sees the team.',
  Auditor: 'Sees the team and reads the audit log.',
  Developer: 'Manages API keys and webhooks.',
};
const IDPS = ['ssodemo', 'okta-prod', 'azure-ad', 'google-workspace', 'keycloak'];

/** Strings a widget must show as text and survive. */
export const HOSTILE_STRINGS = [
  '<img src=x onerror="window.__pwned=1">',
  '<b>bold</b> & <i>italic</i>',
  'مريم العلي',
  'דוד כהן (admin)',
  '</ul><script>window.__pwned=1</script>',
  `${'Very'.repeat(600)}LongName`,
  '𝓤𝓷𝓲𝓬𝓸𝓭𝓮 👩‍💻 ñandú',
  '  spaced   out  ',
];

const pad = (/** @type {number} */ n) => String(n).padStart(2, '0');

/** EnOS's time format: `2021-10-20 10:36:04.0`. @param {Random} rng */
function enosTime(rng) {
  const d = new Date(Date.UTC(2019, 0, 1) + Math.floor(rng() * 6 * 365 * 86400) * 1000);
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}.0`;
}

/** @param {string} userId */
export function ssojetUserOrganizations(userId) {
  const rng = random(`ssojet:${userId}`);
  const count = countFor(userId, rng, 1, 6);
  const hostile = userId.startsWith('hostile');
  const organizations = Array.from({ length: count }, (_, i) => (hostile ? hostileOrganization(i) : organization(rng)));
  if (userId.startsWith('tenants')) {
    // The newer API's shape: lower-case names, `domains`, `rules`.
    return {
      limit: count,
      next_cursor: '',
      tenants: organizations.map((org) => ({
        id: org.id,
        name: org.Name,
        display_name: org.Name,
        domains: org.WhiteListDomains ?? [],
        is_active: org.is_active,
        roles: org.roles,
        rules: { allow_profiles_outside_organization: org.AllowProfilesOutsideOrganization },
      })),
    };
  }
  return { id: userId, email_id: `${userId.toLowerCase().replace(/[^a-z0-9]+/g, '.')}@example.com`, organizations };
}

/** @param {Random} rng */
function organization(rng) {
  const name = `${pick(rng, ORG_WORDS)} ${pick(rng, ORG_SUFFIX)}`;
  const slug = name.toLowerCase().replace(/[^a-z0-9]+/g, '-');
  const active = rng() < 0.85;
  const roleNames = Object.keys(ROLES).filter(() => rng() < 0.4);
  return {
    id: hex(rng, 24),
    Name: name,
    WhiteListDomains: rng() < 0.4 ? null : [`${slug}.example.com`, ...(rng() < 0.3 ? [`${slug}.example.org`] : [])],
    AllowProfilesOutsideOrganization: rng() < 0.3,
    domain: rng() < 0.5 ? '' : `${slug}.example.com`,
    WorkspaceName: rng() < 0.5 ? '' : slug,
    roles: roleNames.map((roleName) => ({
      role_id: hex(rng, 24),
      role_name: roleName,
      permissions: ROLES[/** @type {keyof typeof ROLES} */ (roleName)],
    })),
    is_active: active,
    status: active ? 'active' : 'inactive',
  };
}

/** @param {number} i */
function hostileOrganization(i) {
  const text = HOSTILE_STRINGS[i % HOSTILE_STRINGS.length];
  return {
    id: i % 3 === 0 ? null : `hostile-org-${i}`,
    Name: i % 4 === 3 ? null : text,
    WhiteListDomains: i % 2 ? [text, null, 42] : 'not-a-list.example.com',
    AllowProfilesOutsideOrganization: i % 2 ? 'yes' : null,
    domain: text,
    WorkspaceName: null,
    roles: i % 3 === 1 ? null : [{ role_id: 7, role_name: text, permissions: [text, null, { nested: true }] }, 'not-a-role'],
    is_active: i % 3 === 2 ? null : i % 2 === 0,
    status: null,
  };
}

/** @param {string} orgId */
export function enosSsoUsers(orgId) {
  const rng = random(`enos:${orgId}`);
  const count = countFor(orgId, rng, 3, 25);
  const hostile = orgId.startsWith('hostile');
  return Array.from({ length: count }, (_, i) => (hostile ? hostileSsoUser(orgId, i) : ssoUser(orgId, rng, i)));
}

/** @param {string} orgId @param {Random} rng @param {number} i */
function ssoUser(orgId, rng, i) {
  const first = pick(rng, FIRST);
  const last = pick(rng, LAST);
  const created = enosTime(rng);
  const emailVerified = rng() < 0.8;
  const hasPhone = rng() < 0.6;
  const phoneVerified = hasPhone && rng() < 0.5;
  return {
    id: `u${hex(rng, 12)}`,
    name: `${first.toLowerCase()}.${last.toLowerCase()}${i}`,
    type: 1,
    email: `${first}.${last}${i}@example.com`.toLowerCase(),
    extra: {},
    phone: hasPhone ? `1${Math.floor(rng() * 1e10).toString().padStart(10, '0')}` : '',
    state: rng() < 0.9 ? 0 : 1,
    domain: pick(rng, IDPS),
    authType: 2,
    phoneArea: pick(rng, ['86', '1', '49', '44', '65']),
    createTime: created,
    resourceId: `rsrcId${Math.floor(rng() * 1e7)}`,
    description: `${first} ${last}`,
    emailVerified,
    passwordState: 0,
    phoneVerified,
    organizationId: orgId,
    createdByUserId: '0',
    emailVerifiedAt: emailVerified ? created : '1970-01-01 00:00:00.0',
    phoneVerifiedAt: phoneVerified ? created : '1970-01-01 00:00:00.0',
    passwordExpireTime: 0,
  };
}

/** @param {string} orgId @param {number} i */
function hostileSsoUser(orgId, i) {
  const text = HOSTILE_STRINGS[i % HOSTILE_STRINGS.length];
  return {
    id: i % 3 === 0 ? null : `hostile-${i}`,
    name: i % 4 === 3 ? null : text,
    type: '1',
    email: i % 2 ? `${text}@example.com` : null,
    extra: null,
    phone: i % 2 ? 12345 : null,
    state: i % 3 === 2 ? 'weird' : i % 2,
    domain: text,
    authType: 2,
    phoneArea: '+971',
    createTime: i % 2 ? 'not a date' : '2024-13-45 99:99:99.0',
    resourceId: null,
    description: text,
    emailVerified: i % 2 ? 'true' : null,
    passwordState: 0,
    phoneVerified: null,
    organizationId: orgId,
    createdByUserId: '0',
    emailVerifiedAt: null,
    phoneVerifiedAt: null,
    passwordExpireTime: 0,
  };
}

/** An RFC 3339 time with nanoseconds, as SSOJet's examples write them. @param {Random} rng */
function ssojetTime(rng) {
  const d = new Date(Date.UTC(2022, 0, 1) + Math.floor(rng() * 3 * 365 * 86400) * 1000);
  return d.toISOString().replace('.000Z', `.${String(Math.floor(rng() * 1e9)).padStart(9, '0')}Z`);
}

/** Go's zero time: what SSOJet sends for a moment that never happened. */
export const GO_ZERO_TIME = '0001-01-01T00:00:00Z';

/**
 * SSOJet's "List All Users" for a data set: the older documents' bare array of
 * `{_id, …, LastLoginAt}`, or, for an id starting with `new`, the newer
 * `{id, …, last_login_at}` entries (paged by the caller).
 * @param {string} dataset
 */
export function ssojetUsers(dataset) {
  const rng = random(`ssojet-users:${dataset}`);
  const count = countFor(dataset, rng, 3, 12);
  if (dataset.startsWith('hostile')) return Array.from({ length: count }, (_, i) => hostileSsojetUser(i));
  const newer = dataset.startsWith('new');
  return Array.from({ length: count }, (_, i) => {
    const first = pick(rng, FIRST);
    const last = pick(rng, LAST);
    const created = ssojetTime(rng);
    const login = rng() < 0.15 ? (newer ? null : GO_ZERO_TIME) : ssojetTime(rng);
    const common = {
      email: `${first}.${last}${i}@example.com`.toLowerCase(),
      first_name: first,
      last_name: last,
      is_active: rng() < 0.9,
      created_at: created,
      modified_at: created,
    };
    return newer
      ? { id: hex(rng, 24), ...common, last_login_at: login, phone: null, identities: [], tenants: [] }
      : {
          _id: hex(rng, 24),
          account_id: hex(rng, 24),
          connection_id: hex(rng, 24),
          ...common,
          groups: null,
          raw_attributes: null,
          roles: null,
          passkey_credential: null,
          phone_id: null,
          email_verified: rng() < 0.8,
          LastLoginAt: login,
          tenants: null,
          identities: null,
        };
  });
}

/** @param {number} i */
function hostileSsojetUser(i) {
  const text = HOSTILE_STRINGS[i % HOSTILE_STRINGS.length];
  return {
    _id: i % 3 === 0 ? null : `hostile-user-${i}`,
    email: i % 4 === 3 ? null : `${text}@example.com`,
    first_name: i % 4 === 3 ? null : text,
    last_name: i % 4 === 3 ? null : i % 2 ? text : 42,
    email_verified: i % 2 ? 'true' : null,
    is_active: i % 3 === 2 ? 'maybe' : i % 2 === 0,
    created_at: i % 2 ? 'not a date' : '2024-13-45T99:99:99Z',
    LastLoginAt: i % 3 === 0 ? GO_ZERO_TIME : { nested: true },
  };
}

/** Every permission named in ROLES, each with an id derived from its name (the same in every data set). */
const PERMISSION_NAMES = [...new Set(Object.values(ROLES).flat())];
const permissionId = (/** @type {string} */ name) => hex(random(`permission:${name}`), 24);

/** SSOJet's "List permissions" entries: `{id, name, description, is_active, is_default, created_at, modified_at}`. */
export function ssojetPermissions() {
  return PERMISSION_NAMES.map((name, i) => ({
    id: permissionId(name),
    name,
    description: `Allows: ${name.toLowerCase()}.`,
    is_active: true,
    is_default: i === 0,
    created_at: '2024-07-10T09:00:00.000000000Z',
    modified_at: '2024-07-10T09:00:00.000000000Z',
  }));
}

/**
 * SSOJet's "List All Roles" entries for a data set: `{id, name, description,
 * is_active, is_deletable, permission_ids, created_at, modified_at}`, the ids
 * naming entries of `ssojetPermissions()`.
 * @param {string} dataset
 */
export function ssojetRoles(dataset) {
  const rng = random(`ssojet-roles:${dataset}`);
  const count = countFor(dataset, rng, 3, 8);
  const names = Object.keys(ROLES);
  return Array.from({ length: count }, (_, i) => {
    if (dataset.startsWith('hostile')) return hostileRole(i);
    const base = /** @type {keyof typeof ROLES} */ (names[i % names.length]);
    const created = ssojetTime(rng);
    return {
      id: hex(rng, 24),
      name: i < names.length ? base : `${base} ${Math.floor(i / names.length) + 1}`,
      description: ROLE_DESCRIPTIONS[base],
      is_active: rng() < 0.85,
      is_deletable: i >= names.length,
      permission_ids: ROLES[base].map(permissionId),
      created_at: created,
      modified_at: created,
    };
  });
}

/** @param {number} i */
function hostileRole(i) {
  const text = HOSTILE_STRINGS[i % HOSTILE_STRINGS.length];
  return {
    id: i % 3 === 0 ? null : `hostile-role-${i}`,
    name: i % 4 === 3 ? null : text,
    description: i % 2 ? text : 42,
    is_active: i % 3 === 2 ? 'maybe' : i % 2 === 0,
    // An id no permission has (shown as the id), a known one, and junk.
    permission_ids: i % 2 ? [text, permissionId('Team View'), null, 7] : null,
  };
}

/**
 * SSOJet's "List organizations" for a data set: the older bare array
 * `[{id, name, WhiteListDomains, allow_profiles_outside_organization,
 * sso_connection_token, domain, WorkspaceName, is_active}]` (with a secret
 * `sso_connection_token` the elements must never show), or, for an id
 * starting with `tenants` or `new` and for `/api/v1/tenants`, the newer tenants.
 * @param {string} dataset @param {boolean} newer
 */
export function ssojetOrganizations(dataset, newer) {
  const rng = random(`ssojet-organizations:${dataset}`);
  const count = countFor(dataset, rng, 3, 8);
  const hostile = dataset.startsWith('hostile');
  return Array.from({ length: count }, (_, i) => {
    const org = hostile ? hostileOrganization(i) : organization(rng);
    if (newer) {
      return {
        id: org.id,
        name: org.Name,
        display_name: org.Name,
        domains: org.WhiteListDomains ?? [],
        metadata: {},
        rules: { allow_profiles_outside_organization: org.AllowProfilesOutsideOrganization },
      };
    }
    return {
      id: org.id,
      name: org.Name,
      WhiteListDomains: org.WhiteListDomains,
      allow_profiles_outside_organization: org.AllowProfilesOutsideOrganization,
      sso_connection_token: `${SSO_CONNECTION_SECRET}${i}`,
      domain: org.domain,
      WorkspaceName: org.WorkspaceName,
      is_active: org.is_active,
    };
  });
}

/** What every generated `sso_connection_token` starts with: a test looks for it anywhere it should not be. */
export const SSO_CONNECTION_SECRET = 'sso-conn-SECRET-';

const CITIES = [
  ['Berlin', 'Germany'],
  ['Lagos', 'Nigeria'],
  ['Pune', 'India'],
  ['São Paulo', 'Brazil'],
  ['Shanghai', 'China'],
  ['Toronto', 'Canada'],
];
const CLIENTS = [
  ['Chrome', 'Windows', 'Desktop'],
  ['Safari', 'iOS', 'Mobile'],
  ['Firefox', 'Linux', 'Desktop'],
  ['Edge', 'Windows', 'Desktop'],
  ['Chrome', 'Android', 'Mobile'],
];

/**
 * A user's login logs, newest first: the older `{login_logs: [{IpAddress, …}]}`
 * (PascalCase), or for an id starting with `new` the newer `audit_logs` entries
 * (snake_case, with `event`), which the caller pages.
 * @param {string} userId
 */
export function ssojetLoginLogs(userId) {
  const rng = random(`ssojet-loginlogs:${userId}`);
  const count = countFor(userId, rng, 3, 15);
  const newer = userId.startsWith('new');
  let time = Date.UTC(2026, 10, 20, 12);
  return Array.from({ length: count }, (_, i) => {
    if (userId.startsWith('hostile')) return hostileLoginLog(i);
    time -= Math.floor(rng() * 5 * 86_400_000);
    const [city, country] = pick(rng, CITIES);
    const [browser, os, device] = pick(rng, CLIENTS);
    const entry = {
      IpAddress: `203.0.113.${Math.floor(rng() * 254) + 1}`,
      Country: country,
      City: city,
      UserAgent: `Mozilla/5.0 (${os}) ${browser}`,
      Name: browser,
      Os: os,
      Device: device,
      CreatedAt: new Date(time).toISOString().replace('Z', '123Z'),
    };
    if (!newer) return entry;
    return {
      city: entry.City,
      country: entry.Country,
      created_at: entry.CreatedAt,
      device: entry.Device,
      event: 'login',
      ip_address: entry.IpAddress,
      name: entry.Name,
      os: entry.Os,
      user_agent: entry.UserAgent,
    };
  });
}

/** @param {number} i */
function hostileLoginLog(i) {
  const text = HOSTILE_STRINGS[i % HOSTILE_STRINGS.length];
  return {
    IpAddress: i % 2 ? text : 12345,
    Country: text,
    City: i % 3 === 0 ? null : text,
    UserAgent: text,
    Name: text,
    Os: i % 2 ? null : text,
    Device: { nested: text },
    CreatedAt: i % 4 === 3 ? null : i % 2 ? '2024-13-45T99:99:99Z' : '2024-07-24T10:21:54.123456789Z',
  };
}

const PASSKEY_NAMES = ['MacBook Touch ID', 'iPhone', 'YubiKey 5C', 'Pixel 8', 'Windows Hello', 'Work laptop'];
const TRANSPORTS = [['internal', 'hybrid'], ['usb', 'nfc'], ['internal'], ['hybrid'], ['usb']];

/**
 * The signed-in user's passkeys for a data set, as documented: a bare array of
 * `{id, Name (null for some), SignCount, LastUsedAt (Go's zero time: never),
 * CreatedAt, UpdatedAt, public_key, attestation_type, aaguid, transports,
 * backup_eligible, backup_state}`.
 * @param {string} dataset
 */
export function ssojetPasskeys(dataset) {
  const rng = random(`ssojet-passkeys:${dataset}`);
  const count = countFor(dataset, rng, 2, 5);
  return Array.from({ length: count }, (_, i) => {
    if (dataset.startsWith('hostile')) return hostilePasskey(i);
    const created = ssojetTime(rng);
    const eligible = rng() < 0.7;
    const passkey = {
      id: hex(rng, 24),
      Name: i % 3 === 2 ? null : pick(rng, PASSKEY_NAMES),
      SignCount: Math.floor(rng() * 200),
      LastUsedAt: i % 4 === 1 ? GO_ZERO_TIME : ssojetTime(rng),
      CreatedAt: created,
      UpdatedAt: created,
      public_key: `pQECAyYgASFYI${hex(rng, 32)}`,
      attestation_type: 'none',
      aaguid: `${hex(rng, 8)}-${hex(rng, 4)}-${hex(rng, 4)}-${hex(rng, 4)}-${hex(rng, 12)}`,
      transports: pick(rng, TRANSPORTS),
      backup_eligible: eligible,
      backup_state: eligible && rng() < 0.8,
    };
    // A passkey is used after it was made: order the two generated times (same-format ISO strings sort as times).
    if (passkey.LastUsedAt !== GO_ZERO_TIME && passkey.LastUsedAt < created) {
      [passkey.CreatedAt, passkey.UpdatedAt, passkey.LastUsedAt] = [passkey.LastUsedAt, passkey.LastUsedAt, created];
    }
    return passkey;
  });
}

/** @param {number} i */
function hostilePasskey(i) {
  const text = HOSTILE_STRINGS[i % HOSTILE_STRINGS.length];
  return {
    id: i % 3 === 0 ? null : `hostile-passkey-${i}`,
    Name: i % 4 === 3 ? null : text,
    LastUsedAt: i % 2 ? GO_ZERO_TIME : text,
    CreatedAt: i % 2 ? 'not a date' : null,
    transports: i % 2 ? [text, null, 7] : text,
    backup_state: i % 3 === 2 ? 'maybe' : i % 2 === 0,
  };
}

/**
 * The members of tenant `tenantId` (issue 18, `<org-members>`): deterministic per id, `-N` for exactly N,
 * `hostile…` for hostile text. SSOJet documents no answer shape for `GET /tenants/{id}/users`; this server
 * answers `{limit, next_cursor, users: [{id, email, first_name, last_name, is_active, roles: [{role_id,
 * role_name}], joined_at}]}` (a reading, see docs/writes.md), with the data set's role ids.
 * @param {string} tenantId @param {Record<string, unknown>[]} roles the data set's roles (`{id, name}`)
 */
export function ssojetTenantMembers(tenantId, roles) {
  const rng = random(`ssojet-tenant-members:${tenantId}`);
  const count = countFor(tenantId, rng, 3, 9);
  const hostile = tenantId.startsWith('hostile');
  return Array.from({ length: count }, (_, i) => {
    const text = HOSTILE_STRINGS[i % HOSTILE_STRINGS.length];
    const first = hostile ? text : pick(rng, FIRST);
    const last = hostile ? (i % 2 ? 42 : null) : pick(rng, LAST);
    const memberRoles = roles.filter(() => rng() < 0.35).map((role) => ({ role_id: role.id, role_name: role.name }));
    return {
      id: hostile && i % 3 === 0 ? null : hex(rng, 24),
      email: hostile ? `${text}@example.com` : `${first}.${last}${i}@example.com`.toLowerCase(),
      first_name: first,
      last_name: last,
      is_active: hostile ? 'maybe' : rng() < 0.9,
      roles: hostile ? [{ role_id: text, role_name: text }] : memberRoles,
      joined_at: ssojetTime(rng),
    };
  });
}

/**
 * Tenant `tenantId`'s invitations (`GET /tenants/{id}/invitations`, shape undocumented too): `{id, invitee:
 * {email}, inviter: {user_id, email}, role_ids, status, created_at, expires_at}`. Expiry is counted from
 * today's midnight (UTC), so the data is the same all day and some invitations are always pending; the
 * last one is past its `expires_at` while still `pending`, as a server that never sweeps would leave it.
 * `…-N` tenants have none, so a count in a test stays the members'.
 * @param {string} tenantId @param {Record<string, unknown>[]} roles
 */
export function ssojetTenantInvitations(tenantId, roles) {
  if (/-\d+$/.test(tenantId)) return [];
  const rng = random(`ssojet-tenant-invitations:${tenantId}`);
  const count = 1 + Math.floor(rng() * 3);
  const today = Math.floor(Date.now() / 86_400_000) * 86_400_000;
  return Array.from({ length: count }, (_, i) => {
    const expired = i === count - 1 && count > 1;
    const created = today - (expired ? 10 : 1 + i) * 86_400_000;
    return {
      id: hex(rng, 24),
      invitee: { email: `${pick(rng, FIRST)}.invited${i}@example.com`.toLowerCase() },
      inviter: { user_id: hex(rng, 24), email: 'admin@example.com' },
      role_ids: roles.filter(() => rng() < 0.3).map((role) => role.id),
      status: 'pending',
      created_at: new Date(created).toISOString(),
      expires_at: new Date(created + 7 * 86_400_000).toISOString(),
    };
  });
}
