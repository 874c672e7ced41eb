/**
 * The published types, as an app sees them: every entry imported by the
 * package's name, resolved through `exports` to dist/**.d.ts and checked with
 * skipLibCheck off (test/types/tsconfig.published.json, run by `npm run build`).
 * The root type check reads the same file against the sources.
 */
import 'iam-elements/user-orgs';
import 'iam-elements/sso-user-list';
import 'iam-elements/passkey-list';
import 'iam-elements/user-login-logs';
import { IamError, type LoginLog, type Organization, type Passkey, type SsoUser, UserOrgs as UserOrgsClass } from 'iam-elements';
import { OrgList, PasskeyList, RoleList, SsoUserList, UserList, UserLoginLogs, UserOrgs } from 'iam-elements/react';
import type { IamLoadDetail } from 'iam-elements/iam-elements.js';

const orgs: UserOrgsClass = document.querySelector('user-orgs')!;
orgs.addEventListener('iam-load', (event) => {
  const items: readonly Organization[] = event.detail.items;
  void items;
});
document.querySelector('sso-user-list')!.addEventListener('iam-select', (event) => {
  const user: SsoUser = event.detail.item;
  void user;
});
document.querySelector('passkey-list')!.addEventListener('iam-load', (event) => {
  const items: readonly Passkey[] = event.detail.items;
  void items;
});
document.querySelector('user-login-logs')!.addEventListener('iam-select', (event) => {
  const signIn: LoginLog = event.detail.item;
  void signIn;
});
document.addEventListener('iam-error', (event) => void (event.detail.error instanceof IamError));
const detail: IamLoadDetail<SsoUser> = { items: [] };
void detail;

export const app = (
  <>
    <UserOrgs userId="u" onIamSelect={(event) => void event.detail.item.roles} />
    {/* @ts-expect-error an SsoUser has no roles */}
    <SsoUserList orgId="o" onIamSelect={(event) => void event.detail.item.roles} />
    <UserList pageSize={25} onIamSelect={(event) => void event.detail.item.email} />
    <RoleList accountId="a" onIamSelect={(event) => void event.detail.item.permissions} />
    <OrgList onIamSelect={(event) => void event.detail.item.workspace} />
    <UserLoginLogs userId="u" onIamSelect={(event) => void event.detail.item.ipAddress} />
    <PasskeyList onIamSelect={(event) => void event.detail.item.transports} />
    {/* @ts-expect-error a passkey has no email */}
    <PasskeyList onIamSelect={(event) => void event.detail.item.email} />
  </>
);
