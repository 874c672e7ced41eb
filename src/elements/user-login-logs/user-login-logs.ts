import { defineElement } from '../../shared/define.js';
import { UserLoginLogs } from './user-login-logs.component.js';

export { UserLoginLogs };

defineElement('user-login-logs', UserLoginLogs);

declare global {
  interface HTMLElementTagNameMap {
    'user-login-logs': UserLoginLogs;
  }
}
