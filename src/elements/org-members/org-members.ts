import type { OrgMember } from '../../api/ssojet/members.js';
import { defineElement } from '../../shared/define.js';
import { OrgMembers } from './org-members.component.js';
import type { orgMembersMessages } from './org-members.strings.js';

export { OrgMembers };

/** One item of the list (scripts/registry.mjs types the React wrapper's events with it). */
export type OrgMembersItem = OrgMember;

defineElement('org-members', OrgMembers);

declare global {
  interface HTMLElementTagNameMap {
    'org-members': OrgMembers;
  }
}

// The element's sentences join the library's (MessageId, StringOverrides) here, in the module every entry
// imports: the class's .d.ts inlines its table's type and so does not bring the strings module along.
declare module '../../shared/strings.js' {
  interface MessageTables {
    'org-members': typeof orgMembersMessages;
  }
}
