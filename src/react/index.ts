'use client';

/**
 * React wrappers (`iam-elements/react`), made with @lit/react: props are set
 * as properties (so `token` never shows up as an attribute) and each `iam-*`
 * event has a typed handler prop. React 19 can also use the tags directly;
 * these wrappers add the typed `onIam…` props and serve React 18 too.
 */
import * as React from 'react';
import { createComponent, type EventName } from '@lit/react';
import { UserOrgs as UserOrgsElement } from '../elements/user-orgs/user-orgs.js';
import { SsoUserList as SsoUserListElement } from '../elements/sso-user-list/sso-user-list.js';
import { UserList as UserListElement } from '../elements/user-list/user-list.js';
import { RoleList as RoleListElement } from '../elements/role-list/role-list.js';
import { OrgList as OrgListElement } from '../elements/org-list/org-list.js';
import { UserLoginLogs as UserLoginLogsElement } from '../elements/user-login-logs/user-login-logs.js';
import { PasskeyList as PasskeyListElement } from '../elements/passkey-list/passkey-list.js';
import type { IamEventMap } from '../shared/events.js';
import type { LoginLog, Organization, Passkey, SsojetRole, SsojetUser } from '../api/ssojet.js';
import type { SsoUser } from '../api/enos.js';

/** The handler props of a list of `TItem`, for `@lit/react`. */
// A type alias (`EventNames` needs an index signature, which interfaces lack)
// declared by hand: tsc's declaration output of the inferred type named the
// function's type parameter out of scope (seen in dist/lib/react/index.d.ts).
export type IamEventProps<TItem> = {
  onIamLoad: EventName<IamEventMap<TItem>['iam-load']>;
  onIamError: EventName<IamEventMap<TItem>['iam-error']>;
  onIamSelect: EventName<IamEventMap<TItem>['iam-select']>;
};

/**
 * The event props of every wrapper. Each wrapper below is one direct
 * `createComponent` call with explicit type arguments, as Shoelace's
 * generated wrappers are: a generic helper around it (and, less so, a type
 * annotation on the result) made tsc infer or compare @lit/react's deep prop
 * types per call site, which cost up to two minutes of every type check
 * (issue 14).
 */
function iamEvents<TItem>(): IamEventProps<TItem> {
  return { onIamLoad: 'iam-load', onIamError: 'iam-error', onIamSelect: 'iam-select' } as IamEventProps<TItem>;
}

/** `<user-orgs>` for React. */
export const UserOrgs = createComponent<UserOrgsElement, IamEventProps<Organization>>({
  react: React,
  tagName: 'user-orgs',
  elementClass: UserOrgsElement,
  events: iamEvents<Organization>(),
  displayName: 'UserOrgs',
});

/** `<sso-user-list>` for React. */
export const SsoUserList = createComponent<SsoUserListElement, IamEventProps<SsoUser>>({
  react: React,
  tagName: 'sso-user-list',
  elementClass: SsoUserListElement,
  events: iamEvents<SsoUser>(),
  displayName: 'SsoUserList',
});

/** `<user-list>` for React. */
export const UserList = createComponent<UserListElement, IamEventProps<SsojetUser>>({
  react: React,
  tagName: 'user-list',
  elementClass: UserListElement,
  events: iamEvents<SsojetUser>(),
  displayName: 'UserList',
});

/** `<role-list>` for React. */
export const RoleList = createComponent<RoleListElement, IamEventProps<SsojetRole>>({
  react: React,
  tagName: 'role-list',
  elementClass: RoleListElement,
  events: iamEvents<SsojetRole>(),
  displayName: 'RoleList',
});

/** `<org-list>` for React. */
export const OrgList = createComponent<OrgListElement, IamEventProps<Organization>>({
  react: React,
  tagName: 'org-list',
  elementClass: OrgListElement,
  events: iamEvents<Organization>(),
  displayName: 'OrgList',
});

/** `<user-login-logs>` for React. */
export const UserLoginLogs = createComponent<UserLoginLogsElement, IamEventProps<LoginLog>>({
  react: React,
  tagName: 'user-login-logs',
  elementClass: UserLoginLogsElement,
  events: iamEvents<LoginLog>(),
  displayName: 'UserLoginLogs',
});

/** `<passkey-list>` for React. */
export const PasskeyList = createComponent<PasskeyListElement, IamEventProps<Passkey>>({
  react: React,
  tagName: 'passkey-list',
  elementClass: PasskeyListElement,
  events: iamEvents<Passkey>(),
  displayName: 'PasskeyList',
});

export type { LoginLog, Organization, Passkey, SsojetRole, SsojetUser, SsoUser };
export type { IamErrorDetail, IamLoadDetail, IamSelectDetail } from '../shared/events.js';
export { IamError } from '../api/errors.js';
