import type { MsgFn } from '@lit/localize';

/** The sentences around times (dates.ts): the creation-time label, "Never", and the orders by time. */
export const dateMessages = {
  never: (msg: MsgFn) => msg('Never', { id: 'never' }),
  'ssoUsers.created': (msg: MsgFn) => msg('Created', { id: 'ssoUsers.created' }),
  'ssoUsers.sortNewest': (msg: MsgFn) => msg('Newest first', { id: 'ssoUsers.sortNewest' }),
  'ssoUsers.sortOldest': (msg: MsgFn) => msg('Oldest first', { id: 'ssoUsers.sortOldest' }),
};
