import { defineElement } from '../../shared/define.js';
import { RoleList } from './role-list.component.js';

export { RoleList };

defineElement('role-list', RoleList);

declare global {
  interface HTMLElementTagNameMap {
    'role-list': RoleList;
  }
}
