import type { SsojetUser } from '../../api/ssojet/users.js';
import { defineElement } from '../../shared/define.js';
import { UserList } from './user-list.component.js';
import type { userListMessages } from './user-list.strings.js';

export { UserList };

/** One item of the list (scripts/registry.mjs types the React wrapper's events with it). */
export type UserListItem = SsojetUser;

defineElement('user-list', UserList);

declare global {
  interface HTMLElementTagNameMap {
    'user-list': UserList;
  }
}

// The element's sentences join the library's (MessageId, StringOverrides) here, in the module every entry
// imports: the class's .d.ts inlines its table's type and so does not bring the strings module along.
declare module '../../shared/strings.js' {
  interface MessageTables {
    'user-list': typeof userListMessages;
  }
}
