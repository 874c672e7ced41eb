import { defineElement } from '../../shared/define.js';
import { UserList } from './user-list.component.js';

export { UserList };

defineElement('user-list', UserList);

declare global {
  interface HTMLElementTagNameMap {
    'user-list': UserList;
  }
}
