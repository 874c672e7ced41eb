import { Fields } from '../json.js';
import { parseTime, readPage, type Page } from '../page.js';
import { fetchSsojet, type SsojetListRequest } from './request.js';
import { readRoleRefs, type RoleRefs } from './roles.js';

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
