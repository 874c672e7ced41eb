import type { Organization } from '../../api/ssojet/organization.js';
import { defineElement } from '../../shared/define.js';
import { OrgList } from './org-list.component.js';
import type { orgListMessages } from './org-list.strings.js';

export { OrgList };

/** One item of the list (scripts/registry.mjs types the React wrapper's events with it). */
export type OrgListItem = Organization;

defineElement('org-list', OrgList);

declare global {
  interface HTMLElementTagNameMap {
    'org-list': OrgList;
  }
}

// The element's sentences join the library's (MessageId, StringOverrides) here, in the module every entry
// imports: the class's .d.ts inlines its table's type and so does not bring the strings module along.
declare module '../../shared/strings.js' {
  interface MessageTables {
    'org-list': typeof orgListMessages;
  }
}
