import { IamError } from './errors.js';
import { buildUrl, getJson, type RequestOptions } from './http.js';
import type { CachePolicy } from './request-cache.js';
import { Fields, isObject } from './json.js';

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
