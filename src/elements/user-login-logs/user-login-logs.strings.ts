import { str, type MsgFn } from '@lit/localize';
import { dateMessages } from '../../shared/dates.strings.js';

/**
 * `<user-login-logs>`'s own sentences (with the shared ones it shows), in the form of
 * src/shared/strings.ts. They travel in the element's chunk: a page without
 * the element never downloads them.
 */
export const userLoginLogsMessages = {
  'loginLogs.label': (msg: MsgFn) => msg('Sign-ins', { id: 'loginLogs.label' }),
  'loginLogs.loading': (msg: MsgFn) => msg('Loading sign-ins…', { id: 'loginLogs.loading' }),
  'loginLogs.loadFailed': (msg: MsgFn) => msg('Could not load sign-ins.', { id: 'loginLogs.loadFailed' }),
  'loginLogs.empty': (msg: MsgFn) => msg('No sign-ins recorded.', { id: 'loginLogs.empty' }),
  'loginLogs.count.one': (msg: MsgFn, n: string) => msg(str`${n} sign-in`, { id: 'loginLogs.count.one' }),
  'loginLogs.count.other': (msg: MsgFn, n: string) => msg(str`${n} sign-ins`, { id: 'loginLogs.count.other' }),
  'loginLogs.unnamed': (msg: MsgFn) => msg('Unknown time', { id: 'loginLogs.unnamed' }),
  // The table's first column: a sign-in is named by its time, so the header is not "Name".
  'loginLogs.time': (msg: MsgFn) => msg('Time', { id: 'loginLogs.time' }),
  'loginLogs.search': (msg: MsgFn) => msg('Search sign-ins', { id: 'loginLogs.search' }),
  'loginLogs.when': (msg: MsgFn, date: string, relative: string) => msg(str`${date} (${relative})`, { id: 'loginLogs.when' }),
  'loginLogs.ipAddress': (msg: MsgFn) => msg('IP address', { id: 'loginLogs.ipAddress' }),
  'loginLogs.location': (msg: MsgFn) => msg('Location', { id: 'loginLogs.location' }),
  // A place, not a list: Intl.ListFormat joined city and country with "and" in Arabic ("Lagos وNigeria", issue 17).
  'loginLogs.place': (msg: MsgFn, city: string, country: string) => msg(str`${city}, ${country}`, { id: 'loginLogs.place' }),
  'loginLogs.device': (msg: MsgFn) => msg('Device', { id: 'loginLogs.device' }),
  'loginLogs.os': (msg: MsgFn) => msg('Operating system', { id: 'loginLogs.os' }),
  'loginLogs.browser': (msg: MsgFn) => msg('Browser', { id: 'loginLogs.browser' }),
  ...dateMessages,
};
