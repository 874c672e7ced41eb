import { str, type MsgFn } from '@lit/localize';
import { organizationMessages } from '../../shared/organization.strings.js';
import { permissionMessages } from '../../shared/permissions.strings.js';

/**
 * `<user-orgs>`'s own sentences (with the shared ones it shows), in the form of
 * src/shared/strings.ts. They travel in the element's chunk: a page without
 * the element never downloads them.
 */
export const userOrgsMessages = {
  // Not "Organizations": that is <org-list>'s, and a page may hold both (issue 17: two lists, one name).
  'orgs.label': (msg: MsgFn) => msg('This user’s organizations', { id: 'orgs.label' }),
  'orgs.loading': (msg: MsgFn) => msg('Loading organizations…', { id: 'orgs.loading' }),
  'orgs.loadFailed': (msg: MsgFn) => msg('Could not load organizations.', { id: 'orgs.loadFailed' }),
  'orgs.empty': (msg: MsgFn) => msg('This user belongs to no organization.', { id: 'orgs.empty' }),
  'orgs.count.one': (msg: MsgFn, n: string) => msg(str`${n} organization`, { id: 'orgs.count.one' }),
  'orgs.count.other': (msg: MsgFn, n: string) => msg(str`${n} organizations`, { id: 'orgs.count.other' }),
  'orgs.unnamed': (msg: MsgFn) => msg('Unnamed organization', { id: 'orgs.unnamed' }),
  'orgs.search': (msg: MsgFn) => msg('Search organizations', { id: 'orgs.search' }),
  'orgs.roles': (msg: MsgFn) => msg('Roles', { id: 'orgs.roles' }),
  'orgs.noRoles': (msg: MsgFn) => msg('No roles', { id: 'orgs.noRoles' }),
  'orgs.unnamedRole': (msg: MsgFn) => msg('Unnamed role', { id: 'orgs.unnamedRole' }),
  showMore: (msg: MsgFn, count: string) => msg(str`Show all ${count}`, { id: 'showMore' }),
  showFewer: (msg: MsgFn) => msg('Show fewer', { id: 'showFewer' }),
  ...organizationMessages,
  ...permissionMessages,
};
