import { IamError } from './errors.js';
import { buildUrl, getJson, pathSegments, sendJson, type RequestOptions } from './http.js';
import type { CachePolicy } from './request-cache.js';
import { Fields, isObject } from './json.js';
import { parseTime, readPage, type Page } from './page.js';

export const SSOJET_DEFAULT_BASE_URL = 'https://api.ssojet.com';

export interface OrganizationRole {
  id: string | undefined;
  name: string | undefined;
  permissions: string[];
}

/** One organization (SSOJet's older word) or tenant (its newer word) of a user. */
export interface Organization {
  id: string | undefined;
  name: string | undefined;
  /** `undefined` when the server said neither `is_active` nor `status`. */
  active: boolean | undefined;
  domain: string | undefined;
  workspace: string | undefined;
  /** Email domains allowed to join; empty when the server sent `null` (no restriction listed). */
  whitelistedDomains: string[];
  /** Whether users whose profiles live outside the organization may join it. */
  allowsOutsideProfiles: boolean | undefined;
  roles: OrganizationRole[];
}

export interface UserOrganizations {
  userId: string | undefined;
  email: string | undefined;
  organizations: Organization[];
}

export interface UserOrganizationsRequest extends CachePolicy {
  baseUrl: string;
  token: RequestOptions['token'];
  clientId: string;
  userId: string;
  signal?: AbortSignal;
  timeout?: number;
}

/** `GET {base}/api/account/identity/users/{userid}/organizations?client_id=…` (the seed document). */
export function userOrganizationsUrl(baseUrl: string, userId: string, clientId: string): URL {
  return buildUrl(baseUrl, ['api', 'account', 'identity', 'users', userId, 'organizations'], { client_id: clientId });
}

export async function fetchUserOrganizations(request: UserOrganizationsRequest): Promise<UserOrganizations> {
  const url = userOrganizationsUrl(request.baseUrl, request.userId, request.clientId);
  const body = await getJson(url, request);
  return parseUserOrganizations(body);
}

/**
 * Accepts the seed's `{id, email_id, organizations: [...]}`, the newer
 * `{limit, next_cursor, tenants: [...]}` and, defensively, a bare array of
 * either kind of entry. Anything without such a list is a shape error.
 */
export function parseUserOrganizations(body: unknown): UserOrganizations {
  const fields = new Fields(body);
  const list = Array.isArray(body) ? body : fields.list('organizations', 'tenants');
  if (list === undefined) {
    throw new IamError('shape', 'The answer holds no list of organizations');
  }
  return {
    userId: fields.string('id', 'user_id'),
    email: fields.string('email_id', 'email'),
    organizations: list.map(parseOrganization),
  };
}

export function parseOrganization(value: unknown): Organization {
  const fields = new Fields(value);
  const status = fields.string('status');
  return {
    id: fields.string('id', 'tenant_id'),
    // `display_name` is the newer tenants' label; SSOJet's own widget reads `tenant_name`.
    name: fields.string('Name', 'display_name', 'tenant_name'),
    active: fields.boolean('is_active') ?? (status === undefined ? undefined : status.toLowerCase() === 'active'),
    domain: fields.string('domain'),
    workspace: fields.string('WorkspaceName'),
    // The older schema says `WhiteListDomain`, its example `WhiteListDomains`, the newer API `domains`.
    whitelistedDomains: fields.strings('WhiteListDomains', 'WhiteListDomain', 'domains'),
    allowsOutsideProfiles:
      fields.boolean('AllowProfilesOutsideOrganization') ??
      fields.object('rules').boolean('allow_profiles_outside_organization'),
    roles: (fields.list('roles') ?? []).filter(isObject).map(parseRole),
  };
}

/**
 * Roles come as `{role_id, role_name, permissions}` embedded here, and as
 * `{id, name, permission_ids}` or `{id, name}` elsewhere in SSOJet's API.
 */
function parseRole(value: unknown): OrganizationRole {
  const fields = new Fields(value);
  return {
    id: fields.string('role_id', 'id'),
    name: fields.string('role_name', 'name'),
    permissions: fields.strings('permissions', 'permission_names'),
  };
}

/** What every SSOJet list request carries; `path` is the endpoint's path template (see `pathSegments`). */
export interface SsojetListRequest extends CachePolicy {
  baseUrl: string;
  token: RequestOptions['token'];
  clientId: string;
  /** The endpoint's path after `baseUrl`, such as `/api/v1/users` or a host's `/api/v1/auth/...` equivalent. */
  path: string;
  /** Values for the path's `{name}` placeholders. */
  pathValues?: Record<string, string>;
  /** The cursor of the page wanted; the first page without one. */
  cursor?: string | undefined;
  signal?: AbortSignal | undefined;
  timeout?: number;
  headers?: Record<string, string>;
  /** Where the client id travels: the `client_id` query value (default) or the `x-client-id` header (passkeys). */
  clientIdIn?: 'query' | 'header';
}

/**
 * The URL and headers of a request: `{baseUrl}{path}?client_id=…&cursor=…&{query}`,
 * or with the client id as `x-client-id` when `clientIdIn` says so.
 */
function ssojetTarget(request: SsojetListRequest, query: Record<string, string | undefined>, extraSegments: string[] = []) {
  const inHeader = request.clientIdIn === 'header';
  const segments = [...pathSegments(request.path, request.pathValues), ...extraSegments];
  const url = buildUrl(request.baseUrl, segments, { client_id: inHeader ? undefined : request.clientId, ...query, cursor: request.cursor });
  const headers = inHeader ? { ...request.headers, 'x-client-id': request.clientId } : request.headers;
  return { url, options: { ...request, headers } };
}

/** GETs `{baseUrl}{path}?client_id=…&cursor=…&{query}` and reads it with `read`. */
async function fetchSsojet<T>(
  request: SsojetListRequest,
  query: Record<string, string | undefined>,
  read: (body: unknown) => T,
): Promise<T> {
  const { url, options } = ssojetTarget(request, query);
  return read(await getJson(url, options));
}

/** One user of SSOJet's "List All Users". */
export interface SsojetUser {
  id: string | undefined;
  email: string | undefined;
  firstName: string | undefined;
  lastName: string | undefined;
  emailVerified: boolean | undefined;
  active: boolean | undefined;
  /** `null`: never signed in (Go's zero time); `undefined`: not said. */
  lastLoginAt: Date | null | undefined;
  createdAt: Date | null | undefined;
}

export const USERS_PATH = '/api/v1/users';

export interface UsersRequest extends SsojetListRequest {
  /** Sent as `limit`. */
  pageSize?: number | undefined;
  /** Sent as `email`: the newer API's filter. */
  email?: string | undefined;
}

/** `GET {base}/api/v1/users?client_id=…[&limit][&email][&cursor]`. */
export function fetchUsers(request: UsersRequest): Promise<Page<SsojetUser>> {
  const limit = request.pageSize && request.pageSize > 0 ? String(Math.floor(request.pageSize)) : undefined;
  return fetchSsojet(request, { limit, email: request.email }, parseUsers);
}

/** The older bare array, or the newer `{limit, next_cursor, users}`. */
export function parseUsers(body: unknown): Page<SsojetUser> {
  return readPage(body, ['users'], parseUser, 'users');
}

export function parseUser(value: unknown): SsojetUser {
  const fields = new Fields(value);
  return {
    // The older documents' Mongo-style `_id`, the newer `id`.
    id: fields.string('id', '_id'),
    email: fields.string('email'),
    firstName: fields.string('first_name'),
    lastName: fields.string('last_name'),
    emailVerified: fields.boolean('email_verified'),
    active: fields.boolean('is_active'),
    // `LastLoginAt` (older, PascalCase beside snake_case fields) and `last_login_at` (newer) are one field to Fields.
    lastLoginAt: parseTime(fields.string('last_login_at')),
    createdAt: parseTime(fields.string('created_at')),
  };
}

/** One role of SSOJet's "List All Roles", its permission ids resolved to names where the permissions list has them. */
export interface SsojetRole {
  id: string | undefined;
  name: string | undefined;
  description: string | undefined;
  active: boolean | undefined;
  /** Permission names; an id the permissions list does not name stays as the id. */
  permissions: string[];
}

export const ROLES_PATH = '/api/v1/roles';
export const PERMISSIONS_PATH = '/api/v1/permissions';

export interface RolesRequest extends SsojetListRequest {
  /** Where the permissions are listed (`GET … ?client_id=…`), for turning `permission_ids` into names. */
  permissionsPath: string;
  /** Sent as the `accountId` header, which SSOJet's newer documents ask for. */
  accountId?: string | undefined;
  /** Sent as the `envId` header. */
  envId?: string | undefined;
}

/**
 * The permissions pages followed at most while some role's ids are still
 * unnamed. Usually one request serves every role of a page; a permissions
 * list longer than SSOJet's page (50) needs more.
 */
const MAX_PERMISSION_PAGES = 10;

/**
 * `GET {base}/api/v1/roles?client_id=…[&cursor]`, then, only when a role
 * lists `permission_ids`, `GET {base}/api/v1/permissions?client_id=…&limit=50`
 * once for all of them (more pages only while ids stay unnamed).
 */
export async function fetchRoles(request: RolesRequest): Promise<Page<SsojetRole>> {
  const headers: Record<string, string> = {};
  if (request.accountId) headers['accountId'] = request.accountId;
  if (request.envId) headers['envId'] = request.envId;
  const withHeaders = { ...request, headers };
  const page = await fetchSsojet(withHeaders, {}, parseRoles);
  const wanted = new Set(page.items.flatMap((role) => role.permissionIds));
  const names = new Map<string, string>();
  let cursor: string | undefined;
  for (let pages = 0; wanted.size > 0 && pages < MAX_PERMISSION_PAGES; pages++) {
    const permissions = await fetchSsojet({ ...withHeaders, path: request.permissionsPath, cursor }, { limit: '50' }, parsePermissions);
    for (const { id, name } of permissions.items) {
      if (id !== undefined && name !== undefined && wanted.delete(id)) names.set(id, name);
    }
    cursor = permissions.nextCursor;
    if (!cursor) break;
  }
  return {
    nextCursor: page.nextCursor,
    items: page.items.map(({ permissionIds, permissionNames, ...role }) => ({
      ...role,
      permissions: [...permissionNames, ...permissionIds.map((id) => names.get(id) ?? id)],
    })),
  };
}

/** A role as listed, its permissions still ids (or names, in the embedded shape). */
export type ListedRole = Omit<SsojetRole, 'permissions'> & { permissionIds: string[]; permissionNames: string[] };

/** `{limit, next_cursor, roles: [{id, name, description, is_active, permission_ids}]}`, or a bare array. */
export function parseRoles(body: unknown): Page<ListedRole> {
  return readPage(body, ['roles'], parseListedRole, 'roles');
}

/** A role as listed; the embedded shape `{role_id, role_name, permissions}` is read too (SSOJet has three role shapes). */
function parseListedRole(value: unknown): ListedRole {
  const fields = new Fields(value);
  return {
    id: fields.string('id', 'role_id'),
    name: fields.string('name', 'role_name'),
    description: fields.string('description'),
    active: fields.boolean('is_active'),
    permissionIds: fields.strings('permission_ids'),
    permissionNames: fields.strings('permissions', 'permission_names'),
  };
}

export interface SsojetPermission {
  id: string | undefined;
  name: string | undefined;
}

/** `{limit, next_cursor, permissions: [{id, name, …}]}`, or a bare array. */
export function parsePermissions(body: unknown): Page<SsojetPermission> {
  return readPage(body, ['permissions'], (value) => {
    const fields = new Fields(value);
    return { id: fields.string('id'), name: fields.string('name') };
  }, 'permissions');
}

export const ORGANIZATIONS_PATH = '/api/v1/organizations';

/**
 * `GET {base}/api/v1/organizations?client_id=…[&cursor]`: the older bare
 * array `[{id, name, WhiteListDomains, allow_profiles_outside_organization,
 * sso_connection_token, domain, WorkspaceName, is_active}]` or the newer
 * `{limit, next_cursor, tenants: [{id, name, display_name, domains, rules}]}`.
 * `sso_connection_token` is a secret: the model has no field for it, so it
 * never leaves this function.
 */
export function fetchOrganizations(request: SsojetListRequest): Promise<Page<Organization>> {
  return fetchSsojet(request, {}, parseOrganizations);
}

export function parseOrganizations(body: unknown): Page<Organization> {
  return readPage(body, ['organizations', 'tenants'], parseOrganization, 'organizations');
}

/** One sign-in of a user, from SSOJet's login logs. */
export interface LoginLog {
  /** `null`: Go's zero time; `undefined`: not said. */
  at: Date | null | undefined;
  ipAddress: string | undefined;
  city: string | undefined;
  country: string | undefined;
  device: string | undefined;
  os: string | undefined;
  /** The browser's name (`Name`/`name` in SSOJet's documents). */
  browser: string | undefined;
  userAgent: string | undefined;
}

export const LOGIN_LOGS_PATH = '/api/v1/users/{user-id}/loginlogs';

/**
 * `GET {base}/api/v1/users/{user-id}/loginlogs?client_id=…&event=login[&cursor]`:
 * the older `{login_logs: [{IpAddress, Country, City, UserAgent, Name, Os,
 * Device, CreatedAt}]}` (PascalCase) or the newer `{audit_logs: [{ip_address,
 * …, created_at, event}], limit, next_cursor}` (snake_case). Fields finds
 * either spelling, so one reader serves both.
 */
export function fetchLoginLogs(request: SsojetListRequest): Promise<Page<LoginLog>> {
  return fetchSsojet(request, { event: 'login' }, parseLoginLogs);
}

export function parseLoginLogs(body: unknown): Page<LoginLog> {
  return readPage(body, ['login_logs', 'audit_logs'], parseLoginLog, 'sign-ins');
}

function parseLoginLog(value: unknown): LoginLog {
  const fields = new Fields(value);
  return {
    at: parseTime(fields.string('created_at')),
    ipAddress: fields.string('ip_address'),
    city: fields.string('city'),
    country: fields.string('country'),
    device: fields.string('device'),
    os: fields.string('os'),
    browser: fields.string('name'),
    userAgent: fields.string('user_agent'),
  };
}

/** One passkey of the signed-in user. */
export interface Passkey {
  id: string | undefined;
  /** `undefined` when SSOJet sends `null` (a passkey never named). */
  name: string | undefined;
  createdAt: Date | null | undefined;
  /** `null`: never used (`0001-01-01T00:00:00Z`, as documented). */
  lastUsedAt: Date | null | undefined;
  transports: string[];
  /** Whether the passkey is backed up (synced), from `backup_state`. */
  backedUp: boolean | undefined;
}

export const PASSKEYS_PATH = '/api/v1/auth/passwordless/passkey/credentials';

/**
 * `GET {base}/api/v1/auth/passwordless/passkey/credentials` with the user's
 * bearer token and the client id in `x-client-id`: a bare array of
 * `{id, Name, SignCount, LastUsedAt, CreatedAt, transports, backup_eligible,
 * backup_state, …}`.
 */
export function fetchPasskeys(request: SsojetListRequest): Promise<Page<Passkey>> {
  return fetchSsojet({ ...request, clientIdIn: 'header' }, {}, parsePasskeys);
}

/** The documented bare array; `{credentials}` or `{passkeys}` around it, defensively. */
export function parsePasskeys(body: unknown): Page<Passkey> {
  return readPage(body, ['credentials', 'passkeys'], parsePasskey, 'passkeys');
}

function parsePasskey(value: unknown): Passkey {
  const fields = new Fields(value);
  return {
    id: fields.string('id'),
    name: fields.string('name'),
    createdAt: parseTime(fields.string('created_at')),
    lastUsedAt: parseTime(fields.string('last_used_at')),
    transports: fields.strings('transports'),
    backedUp: fields.boolean('backup_state'),
  };
}

/** `PATCH {base}{path}/{id}` with `{"name": …}`: renames one passkey. */
export async function renamePasskey(request: SsojetListRequest, id: string, name: string): Promise<void> {
  const { url, options } = ssojetTarget({ ...request, clientIdIn: 'header' }, {}, [id]);
  await sendJson(url, { ...options, method: 'PATCH', body: { name } });
}
