import type { MsgFn } from '@lit/localize';

/**
 * The table layout's column headers, in the form of strings.ts; they travel
 * in the table-layout chunk. The other headers are the elements' own labels
 * (`users.lastLogin`, `ssoUsers.created`, …).
 */
export const tableMessages = {
  'table.name': (msg: MsgFn) => msg('Name', { id: 'table.name' }),
  'table.status': (msg: MsgFn) => msg('Status', { id: 'table.status' }),
  'table.actions': (msg: MsgFn) => msg('Actions', { id: 'table.actions' }),
};
