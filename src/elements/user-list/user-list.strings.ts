import { str, type MsgFn } from '@lit/localize';
import { dateMessages } from '../../shared/dates.strings.js';
import { verificationMessages } from '../../shared/verification.strings.js';

/**
 * `<user-list>`'s own sentences (with the shared ones it shows), in the form of
 * src/shared/strings.ts. They travel in the element's chunk: a page without
 * the element never downloads them.
 */
export const userListMessages = {
  'users.label': (msg: MsgFn) => msg('Users', { id: 'users.label' }),
  'users.loading': (msg: MsgFn) => msg('Loading users…', { id: 'users.loading' }),
  'users.loadFailed': (msg: MsgFn) => msg('Could not load users.', { id: 'users.loadFailed' }),
  'users.empty': (msg: MsgFn) => msg('This application has no users yet.', { id: 'users.empty' }),
  'users.count.one': (msg: MsgFn, n: string) => msg(str`${n} user`, { id: 'users.count.one' }),
  'users.count.other': (msg: MsgFn, n: string) => msg(str`${n} users`, { id: 'users.count.other' }),
  'users.unnamed': (msg: MsgFn) => msg('Unnamed user', { id: 'users.unnamed' }),
  'users.search': (msg: MsgFn) => msg('Search users', { id: 'users.search' }),
  'users.lastLogin': (msg: MsgFn) => msg('Last sign-in', { id: 'users.lastLogin' }),
  ...dateMessages,
  ...verificationMessages,
};
