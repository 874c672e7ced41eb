/**
 * Type-level tests, checked by `npm run typecheck` (never run): what a
 * TypeScript user of the package gets. Each `@ts-expect-error` marks a misuse
 * that must stay a compile error; if it ever compiles, tsc fails on the
 * unused directive.
 */
import { createElement } from 'react';
import '../../src/index.js';
import type { LoginLog, Organization, Passkey, SsojetRole, SsoUser } from '../../src/index.js';
import {
  OrgList as OrgListReact,
  PasskeyList as PasskeyListReact,
  RoleList as RoleListReact,
  SsoUserList as SsoUserListReact,
  UserList as UserListReact,
  UserLoginLogs as UserLoginLogsReact,
  UserOrgs as UserOrgsReact,
} from '../../src/react/index.js';

type Equals<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
const assertType = <T extends true>(_proof?: T) => undefined;

// HTMLElementTagNameMap: querySelector and createElement know the classes.
const orgs = document.querySelector('user-orgs')!;
const users = document.createElement('sso-user-list');
orgs.userId = 'u1';
users.orgId = 'o1';
// @ts-expect-error `<user-orgs>` has no org-id.
orgs.orgId = 'o1';
// @ts-expect-error timeout is a number.
users.timeout = '10';

// Per-element event maps: detail.items has the element's item type.
// README: typed-events
const list = document.querySelector('user-orgs')!;
list.addEventListener('iam-select', (event) => {
  console.log(event.detail.item.roles); // event.detail.item is an Organization
});
// README: end
orgs.addEventListener('iam-load', (event) => {
  assertType<Equals<typeof event.detail.items, readonly Organization[]>>();
  // @ts-expect-error an Organization has no email.
  void event.detail.items[0]?.email;
});
users.addEventListener('iam-select', (event) => {
  assertType<Equals<typeof event.detail.item, SsoUser>>();
  const index: number = event.detail.index;
  void index;
});
users.addEventListener('iam-error', (event) => {
  const status: number | undefined = event.detail.error.status;
  void status;
  // @ts-expect-error an error event has no items.
  void event.detail.items;
});

// SSOJet's user-management elements: their own inputs and item types.
const passkeys = document.querySelector('passkey-list')!;
const signIns = document.createElement('user-login-logs');
const roles = document.querySelector('role-list')!;
signIns.userId = 'u1';
roles.accountId = 'a1';
// @ts-expect-error page-size is a number.
document.querySelector('user-list')!.pageSize = '25';
// @ts-expect-error `<passkey-list>` lists the signed-in user's own passkeys: it has no user-id.
passkeys.userId = 'u1';
passkeys.addEventListener('iam-load', (event) => {
  assertType<Equals<typeof event.detail.items, readonly Passkey[]>>();
});
// A failed rename or removal is iam-action-error, which names the passkey; iam-error (loading) names none.
passkeys.addEventListener('iam-action-error', (event) => {
  assertType<Equals<typeof event.detail.item, Passkey | undefined>>();
});
passkeys.addEventListener('iam-error', (event) => {
  // @ts-expect-error an error event has no item.
  void event.detail.item;
});
signIns.addEventListener('iam-select', (event) => {
  assertType<Equals<typeof event.detail.item, LoginLog>>();
  // @ts-expect-error a sign-in has no name.
  void event.detail.item.name;
});
roles.addEventListener('iam-select', (event) => assertType<Equals<typeof event.detail.item, SsojetRole>>());
document.querySelector('org-list')!.addEventListener('iam-load', (event) => {
  assertType<Equals<typeof event.detail.items, readonly Organization[]>>();
});

// The DOM's own events keep their types; unknown names still compile.
orgs.addEventListener('click', (event) => {
  const x: number = event.clientX;
  void x;
});
orgs.addEventListener('some-other-event', () => undefined);
// @ts-expect-error a listener for iam-load cannot expect a MouseEvent.
orgs.addEventListener('iam-load', (event: MouseEvent) => void event);

// On document the sender is unknown, so items are `unknown`.
document.addEventListener('iam-load', (event) => {
  assertType<Equals<typeof event.detail.items, readonly unknown[]>>();
});

// React wrappers: typed props and handler props.
createElement(UserOrgsReact, {
  token: 't',
  clientId: 'c',
  userId: 'u',
  onIamLoad: (event) => assertType<Equals<typeof event.detail.items, readonly Organization[]>>(),
  onIamSelect: (event) => void event.detail.item.roles,
});
createElement(SsoUserListReact, {
  orgId: 'o',
  timeout: 5000,
  onIamError: (event) => void event.detail.error.kind,
});
// @ts-expect-error timeout is a number in React too.
createElement(SsoUserListReact, { timeout: 'soon' });
// @ts-expect-error an SsoUser has no roles.
createElement(SsoUserListReact, { onIamSelect: (event) => void event.detail.item.roles });
createElement(PasskeyListReact, { clientId: 'c', onIamSelect: (event) => void event.detail.item.transports });
// @ts-expect-error a passkey has no email.
createElement(PasskeyListReact, { onIamSelect: (event) => void event.detail.item.email });
createElement(UserLoginLogsReact, {
  userId: 'u',
  onIamLoad: (event) => assertType<Equals<typeof event.detail.items, readonly LoginLog[]>>(),
});
createElement(RoleListReact, { accountId: 'a', onIamSelect: (event) => void event.detail.item.permissions });
createElement(OrgListReact, { onIamSelect: (event) => void event.detail.item.workspace });
// @ts-expect-error page-size is a number in React too.
createElement(UserListReact, { pageSize: '25' });
