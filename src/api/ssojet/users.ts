import { capKept, Fields } from '../json.js';
import { parseTime, readPage, type Page } from '../page.js';
import { fetchSsojet, type SsojetListRequest } from './request.js';

/** One user of SSOJet's "List All Users", with the roles it holds (`roles`: `[{role_id, role_name, …}]`). */
export interface SsojetUser extends RoleRefs {
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
    ...readRoleRefs(fields),
  };
}

/** The roles an item holds, by id (what a roles write sends) and by name (what a list shows). */
export interface RoleRefs {
  roleIds: string[];
  roleNames: string[];
}

/**
 * The roles a user or member holds: ids and names from `role_ids` and `roles` (objects of either role shape, or strings, read as names);
 * users and tenant members carry them alike.
 */
export function readRoleRefs(fields: Fields): RoleRefs {
  const roleIds = fields.strings('role_ids');
  const roleNames: string[] = [];
  for (const role of fields.list('roles') ?? []) {
    if (typeof role === 'string') {
      if (role !== '') roleNames.push(capKept(role));
      continue;
    }
    const entry = new Fields(role);
    const id = entry.string('role_id', 'id');
    const name = entry.string('role_name', 'name');
    if (id !== undefined && !roleIds.includes(id)) roleIds.push(id);
    if (name !== undefined) roleNames.push(name);
  }
  return { roleIds, roleNames };
}
