import { refuseUnsendable } from '../http.js';
import { Fields } from '../json.js';
import { readPage, type Page } from '../page.js';
import { fetchSsojet, type SsojetListRequest } from './request.js';

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
  refuseUnsendable({ 'account-id': request.accountId, 'env-id': request.envId }, 'header');
  refuseUnsendable({ 'permissions-path': request.permissionsPath }, 'url');
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

/**
 * `GET {base}/api/v1/roles?client_id=…`: the roles an admin may give (the roles action's choices), without
 * the permissions `fetchRoles` resolves. Only the first page: a roles form of more than one page of roles
 * (SSOJet's default 50) would need a search of its own.
 */
export function fetchRoleChoices(request: SsojetListRequest): Promise<Page<ListedRole>> {
  return fetchSsojet(request, {}, parseRoles);
}
