import { str, type MsgFn } from '@lit/localize';

/**
 * The sentences of the error alert, in the form of strings.ts: what failed,
 * the server's message and the retry button. Apart from strings.ts so that
 * they travel with the alert (error-alert.ts) in a chunk of its own,
 * fetched on a list's first failure: a page whose lists load never pays for
 * them.
 */
export const errorMessages = {
  retry: (msg: MsgFn) => msg('Try again', { id: 'retry' }),
  serverSaid: (msg: MsgFn, message: string) => msg(str`Server message: ${message}`, { id: 'serverSaid' }),
  retryList: (msg: MsgFn, list: string) => msg(str`Try again loading ${list}`, { id: 'retryList' }),
  errorDetails: (msg: MsgFn) => msg('Details', { id: 'errorDetails' }),
  'error.network': (msg: MsgFn) => msg('Could not reach the server. Check the connection and try again.', { id: 'error.network' }),
  'error.timeout': (msg: MsgFn) => msg('The server took too long to answer.', { id: 'error.timeout' }),
  'error.parse': (msg: MsgFn) => msg('The server sent an answer that could not be read.', { id: 'error.parse' }),
  'error.shape': (msg: MsgFn) => msg('The server sent an answer in an unexpected form.', { id: 'error.shape' }),
  'error.envelope': (msg: MsgFn) => msg('The server reported a failure.', { id: 'error.envelope' }),
  'error.config': (msg: MsgFn, detail: string) => msg(str`This widget is not set up correctly: ${detail}.`, { id: 'error.config' }),
  'error.400': (msg: MsgFn) => msg('The server did not accept the request (400).', { id: 'error.400' }),
  'error.401': (msg: MsgFn) => msg('You are not signed in, or the session has expired (401).', { id: 'error.401' }),
  'error.403': (msg: MsgFn) => msg('You do not have permission to see this (403).', { id: 'error.403' }),
  'error.404': (msg: MsgFn) => msg('The server found nothing at this address (404).', { id: 'error.404' }),
  'error.429': (msg: MsgFn) => msg('Too many requests. Wait a moment, then try again (429).', { id: 'error.429' }),
  'error.5xx': (msg: MsgFn, status: string) => msg(str`The server had a problem. Try again later (${status}).`, { id: 'error.5xx' }),
  'error.http': (msg: MsgFn, status: string) => msg(str`The server answered with an error (${status}).`, { id: 'error.http' }),
};

export type ErrorMessageId = keyof typeof errorMessages;
