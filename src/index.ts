/**
 * iam-elements for bundlers: registers every element and exports its class.
 * Import a single element's module (`iam-elements/user-orgs`) to pay only for
 * that one. The script-tag bundle has its own entry (`iam-elements.ts`),
 * which fetches each element's code when a page first uses its tag.
 */
export { UserOrgs } from './elements/user-orgs/user-orgs.js';
export { SsoUserList } from './elements/sso-user-list/sso-user-list.js';
export { UserList } from './elements/user-list/user-list.js';
export { RoleList } from './elements/role-list/role-list.js';
export { OrgList } from './elements/org-list/org-list.js';
export { UserLoginLogs } from './elements/user-login-logs/user-login-logs.js';
export { PasskeyList } from './elements/passkey-list/passkey-list.js';
export { IamError, type IamErrorKind } from './api/errors.js';
export type { LoginLog, Organization, OrganizationRole, Passkey, SsojetRole, SsojetUser, UserOrganizations } from './api/ssojet.js';
export type { Page } from './api/page.js';
export type { SsoUser, SsoUserState, WallClockTime } from './api/enos.js';
export type { IamErrorDetail, IamLoadDetail, IamSelectDetail } from './shared/events.js';
export { registerLocale, type StringOverrides } from './shared/localize.js';
export type { MessageId } from './shared/strings.js';
