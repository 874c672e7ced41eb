import { str, type MsgFn } from '@lit/localize';
import { dateMessages } from '../../shared/dates.strings.js';
import { verificationMessages } from '../../shared/verification.strings.js';

/**
 * `<sso-user-list>`'s own sentences (with the shared ones it shows), in the form of
 * src/shared/strings.ts. They travel in the element's chunk: a page without
 * the element never downloads them.
 */
export const ssoUserListMessages = {
  'ssoUsers.label': (msg: MsgFn) => msg('SSO users', { id: 'ssoUsers.label' }),
  'ssoUsers.loading': (msg: MsgFn) => msg('Loading users…', { id: 'ssoUsers.loading' }),
  'ssoUsers.loadFailed': (msg: MsgFn) => msg('Could not load users.', { id: 'ssoUsers.loadFailed' }),
  'ssoUsers.empty': (msg: MsgFn) => msg('This organization has no SSO users yet.', { id: 'ssoUsers.empty' }),
  'ssoUsers.count.one': (msg: MsgFn, n: string) => msg(str`${n} user`, { id: 'ssoUsers.count.one' }),
  'ssoUsers.count.other': (msg: MsgFn, n: string) => msg(str`${n} users`, { id: 'ssoUsers.count.other' }),
  'ssoUsers.unnamed': (msg: MsgFn) => msg('Unnamed user', { id: 'ssoUsers.unnamed' }),
  'ssoUsers.search': (msg: MsgFn) => msg('Search users', { id: 'ssoUsers.search' }),
  'ssoUsers.phone': (msg: MsgFn) => msg('Phone', { id: 'ssoUsers.phone' }),
  'ssoUsers.identityProvider': (msg: MsgFn) => msg('Identity provider', { id: 'ssoUsers.identityProvider' }),
  'ssoUsers.enabled': (msg: MsgFn) => msg('Enabled', { id: 'ssoUsers.enabled' }),
  'ssoUsers.disabled': (msg: MsgFn) => msg('Disabled', { id: 'ssoUsers.disabled' }),
  ...dateMessages,
  ...verificationMessages,
};
