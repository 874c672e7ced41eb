import { IamError } from '../errors.js';
import { buildUrl, getJson, refuseUnsendable, type RequestOptions } from '../http.js';
import { Fields } from '../json.js';
import type { CachePolicy } from '../request-cache.js';
import { parseOrganization, type Organization } from './organization.js';

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
  refuseUnsendable({ 'base-url': baseUrl }, 'text');
  refuseUnsendable({ 'user-id': userId, 'client-id': clientId }, 'url');
  return buildUrl(baseUrl, ['api', 'account', 'identity', 'users', userId, 'organizations'], { client_id: clientId });
}

export async function fetchUserOrganizations(request: UserOrganizationsRequest): Promise<UserOrganizations> {
  return getJson(userOrganizationsUrl(request.baseUrl, request.userId, request.clientId), request, parseUserOrganizations);
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
