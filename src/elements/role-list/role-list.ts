import type { SsojetRole } from '../../api/ssojet/roles.js';
import { defineElement } from '../../shared/define.js';
import { RoleList } from './role-list.component.js';
import type { roleListMessages } from './role-list.strings.js';

export { RoleList };

/** One item of the list (scripts/registry.mjs types the React wrapper's events with it). */
export type RoleListItem = SsojetRole;

defineElement('role-list', RoleList);

declare global {
  interface HTMLElementTagNameMap {
    'role-list': RoleList;
  }
}

// The element's sentences join the library's (MessageId, StringOverrides) here, in the module every entry
// imports: the class's .d.ts inlines its table's type and so does not bring the strings module along.
declare module '../../shared/strings.js' {
  interface MessageTables {
    'role-list': typeof roleListMessages;
  }
}
