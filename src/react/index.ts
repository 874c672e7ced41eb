/**
 * React wrappers (`iam-elements/react`), made with @lit/react: props are set
 * as properties (so `token` never shows up as an attribute) and each `iam-*`
 * event has a typed handler prop. React 19 can also use the tags directly;
 * these wrappers add the typed `onIam…` props and serve React 18 too.
 */
import * as React from 'react';
import { createComponent, type EventName, type ReactWebComponent } from '@lit/react';
import { UserOrgs as UserOrgsElement } from '../elements/user-orgs/user-orgs.js';
import { SsoUserList as SsoUserListElement } from '../elements/sso-user-list/sso-user-list.js';
import { UserList as UserListElement } from '../elements/user-list/user-list.js';
import { RoleList as RoleListElement } from '../elements/role-list/role-list.js';
import { OrgList as OrgListElement } from '../elements/org-list/org-list.js';
import { UserLoginLogs as UserLoginLogsElement } from '../elements/user-login-logs/user-login-logs.js';
import { PasskeyList as PasskeyListElement } from '../elements/passkey-list/passkey-list.js';
import type { DataListElement } from '../shared/data-list-element.js';
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

function iamEvents<TItem>(): IamEventProps<TItem> {
  return { onIamLoad: 'iam-load', onIamError: 'iam-error', onIamSelect: 'iam-select' } as IamEventProps<TItem>;
}

/** A wrapper whose event props carry the element's own item type. */
function wrap<TItem, TElement extends DataListElement<TItem>>(
  tagName: string,
  elementClass: new () => TElement,
  displayName: string,
): ReactWebComponent<TElement, IamEventProps<TItem>> {
  return createComponent({ react: React, tagName, elementClass, events: iamEvents<TItem>(), displayName });
}

/** `<user-orgs>` for React. */
export const UserOrgs = wrap<Organization, UserOrgsElement>('user-orgs', UserOrgsElement, 'UserOrgs');

/** `<sso-user-list>` for React. */
export const SsoUserList = wrap<SsoUser, SsoUserListElement>('sso-user-list', SsoUserListElement, 'SsoUserList');

/** `<user-list>` for React. */
export const UserList = wrap<SsojetUser, UserListElement>('user-list', UserListElement, 'UserList');

/** `<role-list>` for React. */
export const RoleList = wrap<SsojetRole, RoleListElement>('role-list', RoleListElement, 'RoleList');

/** `<org-list>` for React. */
export const OrgList = wrap<Organization, OrgListElement>('org-list', OrgListElement, 'OrgList');

/** `<user-login-logs>` for React. */
export const UserLoginLogs = wrap<LoginLog, UserLoginLogsElement>('user-login-logs', UserLoginLogsElement, 'UserLoginLogs');

/** `<passkey-list>` for React. */
export const PasskeyList = wrap<Passkey, PasskeyListElement>('passkey-list', PasskeyListElement, 'PasskeyList');

export type { LoginLog, Organization, Passkey, SsojetRole, SsojetUser, SsoUser };
export type { IamErrorDetail, IamLoadDetail, IamSelectDetail } from '../shared/events.js';
export { IamError } from '../api/errors.js';
