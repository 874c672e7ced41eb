/**
 * The published types, as an app sees them: every entry imported by the
 * package's name, resolved through `exports` to dist/**.d.ts and checked with
 * skipLibCheck off (test/types/tsconfig.published.json, run by `npm run build`).
 * The root type check reads the same file against the sources.
 */
import 'iam-elements/user-orgs';
import 'iam-elements/sso-user-list';
import { IamError, type Organization, type SsoUser, UserOrgs as UserOrgsClass } from 'iam-elements';
import { SsoUserList, UserOrgs } from 'iam-elements/react';
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
document.addEventListener('iam-error', (event) => void (event.detail.error instanceof IamError));
const detail: IamLoadDetail<SsoUser> = { items: [] };
void detail;

export const app = (
  <>
    <UserOrgs userId="u" onIamSelect={(event) => void event.detail.item.roles} />
    {/* @ts-expect-error an SsoUser has no roles */}
    <SsoUserList orgId="o" onIamSelect={(event) => void event.detail.item.roles} />
  </>
);
