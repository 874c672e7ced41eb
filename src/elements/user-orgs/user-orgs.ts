import { defineElement } from '../../shared/define.js';
import { UserOrgs } from './user-orgs.component.js';

export { UserOrgs };

defineElement('user-orgs', UserOrgs);

declare global {
  interface HTMLElementTagNameMap {
    'user-orgs': UserOrgs;
  }
}
