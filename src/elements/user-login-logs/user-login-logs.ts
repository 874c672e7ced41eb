import type { LoginLog } from '../../api/ssojet/login-logs.js';
import { defineElement } from '../../shared/define.js';
import { UserLoginLogs } from './user-login-logs.component.js';
import type { userLoginLogsMessages } from './user-login-logs.strings.js';

export { UserLoginLogs };

/** One item of the list (scripts/registry.mjs types the React wrapper's events with it). */
export type UserLoginLogsItem = LoginLog;

defineElement('user-login-logs', UserLoginLogs);

declare global {
  interface HTMLElementTagNameMap {
    'user-login-logs': UserLoginLogs;
  }
}

// The element's sentences join the library's (MessageId, StringOverrides) here, in the module every entry
// imports: the class's .d.ts inlines its table's type and so does not bring the strings module along.
declare module '../../shared/strings.js' {
  interface MessageTables {
    'user-login-logs': typeof userLoginLogsMessages;
  }
}
