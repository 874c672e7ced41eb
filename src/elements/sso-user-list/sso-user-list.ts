import type { SsoUser } from '../../api/enos.js';
import { defineElement } from '../../shared/define.js';
import { SsoUserList } from './sso-user-list.component.js';
import type { ssoUserListMessages } from './sso-user-list.strings.js';

export { SsoUserList };

/** One item of the list (scripts/registry.mjs types the React wrapper's events with it). */
export type SsoUserListItem = SsoUser;

defineElement('sso-user-list', SsoUserList);

declare global {
  interface HTMLElementTagNameMap {
    'sso-user-list': SsoUserList;
  }
}

// The element's sentences join the library's (MessageId, StringOverrides) here, in the module every entry
// imports: the class's .d.ts inlines its table's type and so does not bring the strings module along.
declare module '../../shared/strings.js' {
  interface MessageTables {
    'sso-user-list': typeof ssoUserListMessages;
  }
}
