import type { Organization } from '../../api/ssojet/organization.js';
import { defineElement } from '../../shared/define.js';
import { UserOrgs } from './user-orgs.component.js';
import type { userOrgsMessages } from './user-orgs.strings.js';

export { UserOrgs };

/** One item of the list (scripts/registry.mjs types the React wrapper's events with it). */
export type UserOrgsItem = Organization;

defineElement('user-orgs', UserOrgs);

declare global {
  interface HTMLElementTagNameMap {
    'user-orgs': UserOrgs;
  }
}

// The element's sentences join the library's (MessageId, StringOverrides) here, in the module every entry
// imports: the class's .d.ts inlines its table's type and so does not bring the strings module along.
declare module '../../shared/strings.js' {
  interface MessageTables {
    'user-orgs': typeof userOrgsMessages;
  }
}
