import { defineElement } from '../../shared/define.js';
import { PasskeyList } from './passkey-list.component.js';

export { PasskeyList };

defineElement('passkey-list', PasskeyList);

declare global {
  interface HTMLElementTagNameMap {
    'passkey-list': PasskeyList;
  }
}
