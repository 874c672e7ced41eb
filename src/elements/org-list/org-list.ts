import { defineElement } from '../../shared/define.js';
import { OrgList } from './org-list.component.js';

export { OrgList };

defineElement('org-list', OrgList);

declare global {
  interface HTMLElementTagNameMap {
    'org-list': OrgList;
  }
}
