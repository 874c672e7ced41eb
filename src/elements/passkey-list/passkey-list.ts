import type { Passkey } from '../../api/ssojet/passkeys.js';
import { defineElement } from '../../shared/define.js';
import { PasskeyList } from './passkey-list.component.js';
import type { passkeyListMessages } from './passkey-list.strings.js';

export { PasskeyList };

/** One item of the list (scripts/registry.mjs types the React wrapper's events with it). */
export type PasskeyListItem = Passkey;

defineElement('passkey-list', PasskeyList);

declare global {
  interface HTMLElementTagNameMap {
    'passkey-list': PasskeyList;
  }
}

// The element's sentences join the library's (MessageId, StringOverrides) here, in the module every entry
// imports: the class's .d.ts inlines its table's type and so does not bring the strings module along.
declare module '../../shared/strings.js' {
  interface MessageTables {
    'passkey-list': typeof passkeyListMessages;
  }
}
