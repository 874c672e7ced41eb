import { str, type MsgFn } from '@lit/localize';
import { dateMessages } from '../../shared/dates.strings.js';

/**
 * `<org-members>`'s own sentences (with the shared ones it shows), in the form of
 * src/shared/strings.ts. They travel in the element's chunk: a page without
 * the element never downloads them.
 */
export const orgMembersMessages = {
  'members.label': (msg: MsgFn) => msg('Members', { id: 'members.label' }),
  'members.loading': (msg: MsgFn) => msg('Loading members…', { id: 'members.loading' }),
  'members.loadFailed': (msg: MsgFn) => msg('Could not load members.', { id: 'members.loadFailed' }),
  'members.empty': (msg: MsgFn) => msg('This organization has no members or invitations yet.', { id: 'members.empty' }),
  'members.count.one': (msg: MsgFn, n: string) => msg(str`${n} member or invitation`, { id: 'members.count.one' }),
  'members.count.other': (msg: MsgFn, n: string) => msg(str`${n} members and invitations`, { id: 'members.count.other' }),
  'members.unnamed': (msg: MsgFn) => msg('Unnamed member', { id: 'members.unnamed' }),
  'members.search': (msg: MsgFn) => msg('Search members', { id: 'members.search' }),
  'members.email': (msg: MsgFn) => msg('E-mail', { id: 'members.email' }),
  'members.roles': (msg: MsgFn) => msg('Roles', { id: 'members.roles' }),
  'members.noRoles': (msg: MsgFn) => msg('No roles', { id: 'members.noRoles' }),
  'members.since': (msg: MsgFn) => msg('Since', { id: 'members.since' }),
  'members.expires': (msg: MsgFn) => msg('Invitation expires', { id: 'members.expires' }),
  'members.invited': (msg: MsgFn) => msg('Invited', { id: 'members.invited' }),
  'members.expired': (msg: MsgFn) => msg('Invitation expired', { id: 'members.expired' }),
  ...dateMessages,
};
