import { ssoUsersUrl } from '../../api/enos-request.js';
import type { EarlyRequest } from '../../shared/early-request.js';

/** The first request of the element's data source, which the script-tag bundle starts while the element's chunk is on its way. */
export const earlyRequest: EarlyRequest = (input) => {
  const orgId = input('org-id');
  return orgId ? ssoUsersUrl(input('base-url')!, { orgId, userName: input('user-name'), email: input('email'), phone: input('phone') }) : undefined;
};
