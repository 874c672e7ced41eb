import { str, type MsgFn } from '@lit/localize';
import { permissionMessages } from '../../shared/permissions.strings.js';

/**
 * `<role-list>`'s own sentences (with the shared ones it shows), in the form of
 * src/shared/strings.ts. They travel in the element's chunk: a page without
 * the element never downloads them.
 */
export const roleListMessages = {
  'roles.label': (msg: MsgFn) => msg('Roles', { id: 'roles.label' }),
  'roles.loading': (msg: MsgFn) => msg('Loading roles…', { id: 'roles.loading' }),
  'roles.loadFailed': (msg: MsgFn) => msg('Could not load roles.', { id: 'roles.loadFailed' }),
  'roles.empty': (msg: MsgFn) => msg('No roles defined.', { id: 'roles.empty' }),
  'roles.count.one': (msg: MsgFn, n: string) => msg(str`${n} role`, { id: 'roles.count.one' }),
  'roles.count.other': (msg: MsgFn, n: string) => msg(str`${n} roles`, { id: 'roles.count.other' }),
  'roles.unnamed': (msg: MsgFn) => msg('Unnamed role', { id: 'roles.unnamed' }),
  'roles.search': (msg: MsgFn) => msg('Search roles', { id: 'roles.search' }),
  'roles.permissions': (msg: MsgFn) => msg('Permissions', { id: 'roles.permissions' }),
  ...permissionMessages,
};
