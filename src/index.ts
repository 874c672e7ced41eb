/**
 * iam-elements: registers every element. Import a single element's module
 * (`iam-elements/…/user-orgs.js`) to pay only for that one.
 */
import { loadOnUse } from './shared/load-on-use.js';

export { UserOrgs } from './elements/user-orgs/user-orgs.js';
export { SsoUserList } from './elements/sso-user-list/sso-user-list.js';
export { UserList } from './elements/user-list/user-list.js';
export { RoleList } from './elements/role-list/role-list.js';
export { OrgList } from './elements/org-list/org-list.js';
// <user-login-logs> and <passkey-list> load on first use (src/shared/load-on-use.ts): in the script-tag bundle they
// would pass issue 8's 20 kB cap (scripts/size.mjs). Their own modules register them at once.
loadOnUse({
  'user-login-logs': () => import('./elements/user-login-logs/user-login-logs.js'),
  'passkey-list': () => import('./elements/passkey-list/passkey-list.js'),
});
export type { UserLoginLogs } from './elements/user-login-logs/user-login-logs.js';
export type { PasskeyList } from './elements/passkey-list/passkey-list.js';
export { IamError, type IamErrorKind } from './api/errors.js';
export type { LoginLog, Organization, OrganizationRole, Passkey, SsojetRole, SsojetUser, UserOrganizations } from './api/ssojet.js';
export type { Page } from './api/page.js';
export type { SsoUser, SsoUserState, WallClockTime } from './api/enos.js';
export type { IamErrorDetail, IamLoadDetail, IamSelectDetail } from './shared/events.js';
export { registerLocale, type StringOverrides } from './shared/localize.js';
export type { MessageId } from './shared/strings.js';
