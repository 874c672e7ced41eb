import { defineElement } from '../../shared/define.js';
import { SsoUserList } from './sso-user-list.component.js';

export { SsoUserList };

defineElement('sso-user-list', SsoUserList);

declare global {
  interface HTMLElementTagNameMap {
    'sso-user-list': SsoUserList;
  }
}
