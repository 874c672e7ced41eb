import { str, type MsgFn } from '@lit/localize';
import { organizationMessages } from '../../shared/organization.strings.js';

/**
 * `<org-list>`'s own sentences (with the shared ones it shows), in the form of
 * src/shared/strings.ts. They travel in the element's chunk: a page without
 * the element never downloads them.
 */
export const orgListMessages = {
  'orgList.label': (msg: MsgFn) => msg('Organizations', { id: 'orgList.label' }),
  'orgList.loading': (msg: MsgFn) => msg('Loading organizations…', { id: 'orgList.loading' }),
  'orgList.loadFailed': (msg: MsgFn) => msg('Could not load organizations.', { id: 'orgList.loadFailed' }),
  'orgList.empty': (msg: MsgFn) => msg('No organizations yet.', { id: 'orgList.empty' }),
  'orgList.count.one': (msg: MsgFn, n: string) => msg(str`${n} organization`, { id: 'orgList.count.one' }),
  'orgList.count.other': (msg: MsgFn, n: string) => msg(str`${n} organizations`, { id: 'orgList.count.other' }),
  'orgList.unnamed': (msg: MsgFn) => msg('Unnamed organization', { id: 'orgList.unnamed' }),
  'orgList.search': (msg: MsgFn) => msg('Search organizations', { id: 'orgList.search' }),
  ...organizationMessages,
};
