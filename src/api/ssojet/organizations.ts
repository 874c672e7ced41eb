import type { Page } from '../page.js';
import { parseOrganizations, type Organization } from './organization.js';
import { fetchSsojet, type SsojetListRequest } from './request.js';

export type { Organization };

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
