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
  // The server search by `email` (SSOJet documents the filter, not how it matches: no promise of a partial match).
  'users.emailSearch': (msg: MsgFn) => msg('Search by e-mail address', { id: 'users.emailSearch' }),
  'users.emailFound.one': (msg: MsgFn, query: string, n: string) =>
    msg(str`The e-mail search for “${query}” found ${n} user.`, { id: 'users.emailFound.one' }),
  'users.emailFound.other': (msg: MsgFn, query: string, n: string) =>
    msg(str`The e-mail search for “${query}” found ${n} users.`, { id: 'users.emailFound.other' }),
  'users.emailFoundMore': (msg: MsgFn, query: string, n: string) =>
    msg(str`The e-mail search for “${query}” found ${n} users; more are not loaded yet.`, { id: 'users.emailFoundMore' }),
  'users.emailNone': (msg: MsgFn, query: string) => msg(str`The e-mail search for “${query}” found no users.`, { id: 'users.emailNone' }),
  ...dateMessages,
  ...verificationMessages,
};
