/**
 * The script-tag bundle's entry (dist/iam-elements.js): Lit and the code
 * every list shares, and a loader that fetches an element's own chunk when a
 * page first uses its tag (src/shared/load-on-use.ts). A page of one element
 * downloads that element only. The element classes are not exported here:
 * they exist once their chunk has run (`customElements.whenDefined(tag)`);
 * bundlers import them from the package's main entry (`index.ts`).
 */
import { loadOnUse } from './shared/load-on-use.js';

/**
 * Loads the given tags now (every tag when given none); settles once they are
 * defined. For elements the loader cannot see, inside a shadow root:
 * `await loadElements('user-orgs')`.
 */
export const loadElements = loadOnUse({
  'user-orgs': () => import('./elements/user-orgs/user-orgs.js'),
  'sso-user-list': () => import('./elements/sso-user-list/sso-user-list.js'),
  'user-list': () => import('./elements/user-list/user-list.js'),
  'role-list': () => import('./elements/role-list/role-list.js'),
  'org-list': () => import('./elements/org-list/org-list.js'),
  'user-login-logs': () => import('./elements/user-login-logs/user-login-logs.js'),
  'passkey-list': () => import('./elements/passkey-list/passkey-list.js'),
});

export type { UserOrgs } from './elements/user-orgs/user-orgs.js';
export type { SsoUserList } from './elements/sso-user-list/sso-user-list.js';
export type { UserList } from './elements/user-list/user-list.js';
export type { RoleList } from './elements/role-list/role-list.js';
export type { OrgList } from './elements/org-list/org-list.js';
export type { UserLoginLogs } from './elements/user-login-logs/user-login-logs.js';
export type { PasskeyList } from './elements/passkey-list/passkey-list.js';
export { IamError, type IamErrorKind } from './api/errors.js';
export type { LoginLog, Organization, OrganizationRole, Passkey, SsojetRole, SsojetUser, UserOrganizations } from './api/ssojet.js';
export type { Page } from './api/page.js';
export type { SsoUser, SsoUserState, WallClockTime } from './api/enos.js';
export type { IamErrorDetail, IamLoadDetail, IamSelectDetail } from './shared/events.js';
export { registerLocale, type StringOverrides } from './shared/localize.js';
export type { MessageId } from './shared/strings.js';
