import { buildUrl, refuseUnsendable } from './http.js';

/**
 * The URL of EnOS's SSO user list, apart from its parser (enos.ts): the
 * script-tag bundle holds it, so that a cold page can ask for the users while
 * the element's chunk is still on its way (src/shared/early-request.ts).
 */

export interface SsoUsersQuery {
  orgId: string;
  userName?: string | undefined;
  email?: string | undefined;
  phone?: string | undefined;
}

/** `GET {base}/enos-iam-service/v2.3/user/sso/list?orgId=…[&userName=…][&email=…][&phone=…]` */
export function ssoUsersUrl(baseUrl: string, query: SsoUsersQuery): URL {
  refuseUnsendable({ 'base-url': baseUrl }, 'text');
  refuseUnsendable({ 'org-id': query.orgId, 'user-name': query.userName, email: query.email, phone: query.phone }, 'url');
  return buildUrl(baseUrl, ['enos-iam-service', 'v2.3', 'user', 'sso', 'list'], {
    orgId: query.orgId,
    userName: query.userName,
    email: query.email,
    phone: query.phone,
  });
}

