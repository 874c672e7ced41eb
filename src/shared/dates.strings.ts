import type { MsgFn } from '@lit/localize';

/** The sentences around times (dates.ts): the creation-time label, "Never", "Unknown date", and the orders by time. */
export const dateMessages = {
  never: (msg: MsgFn) => msg('Never', { id: 'never' }),
  // A time the provider sent that cannot be read: said so, never guessed (issue 17: "Build 1" showed as "Jan 1, 2001").
  unknownDate: (msg: MsgFn) => msg('Unknown date', { id: 'unknownDate' }),
  'ssoUsers.created': (msg: MsgFn) => msg('Created', { id: 'ssoUsers.created' }),
  'ssoUsers.sortNewest': (msg: MsgFn) => msg('Newest first', { id: 'ssoUsers.sortNewest' }),
  'ssoUsers.sortOldest': (msg: MsgFn) => msg('Oldest first', { id: 'ssoUsers.sortOldest' }),
};
