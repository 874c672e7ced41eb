import { str, type MsgFn } from '@lit/localize';
import type { dateMessages } from './dates.strings.js';
import type { largeListMessages } from './large-list.strings.js';
import type { organizationMessages } from './organization.strings.js';
import type { permissionMessages } from './permissions.strings.js';
import type { pagedListMessages } from './load-more.strings.js';
import type { tableMessages } from './table-layout.strings.js';
import type { verificationMessages } from './verification.strings.js';

/**
 * The user-visible sentences every list may show, in English, keyed by a
 * stable id: the states, errors and buttons of the shared base class, and the
 * few labels and badges of the templates several elements use. Each entry
 * calls `msg()` with that id: the call is what `lit-localize extract` reads
 * into the XLIFF files (`npm run localize`), and at run time the `msg` passed
 * in is the element's own, bound to the translations of the element's locale
 * (see `localize.ts`). Arguments are strings already formatted for that
 * locale (numbers, lists).
 *
 * Each element's own sentences sit beside it (`user-orgs.strings.ts`, …), and
 * those of code only some elements use beside that code
 * (`organization.strings.ts`, `dates.strings.ts`, `permissions.strings.ts`,
 * `verification.strings.ts`, `load-more.strings.ts`, `large-list.strings.ts`,
 * `table-layout.strings.ts`), so
 * they travel in the chunks of the script-tag bundle that need them. Ids are
 * unique across all of them: one id, one sentence, one translation.
 */
export const messages = {
  retry: (msg: MsgFn) => msg('Try again', { id: 'retry' }),
  serverSaid: (msg: MsgFn, message: string) => msg(str`Server message: ${message}`, { id: 'serverSaid' }),
  waitingFor: (msg: MsgFn, inputs: string) => msg(str`Waiting for ${inputs}.`, { id: 'waitingFor' }),
  active: (msg: MsgFn) => msg('Active', { id: 'active' }),
  inactive: (msg: MsgFn) => msg('Inactive', { id: 'inactive' }),
  statusUnknown: (msg: MsgFn) => msg('Status unknown', { id: 'statusUnknown' }),
  'ssoUsers.description': (msg: MsgFn) => msg('Description', { id: 'ssoUsers.description' }),

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

/**
 * Every table of messages by its owner, for the types below. The shared ones
 * are named here; each element's strings module adds its own by declaration
 * merging (as `HTMLElementTagNameMap` is extended), so this shared module
 * names no element:
 *
 *     declare module '../../shared/strings.js' {
 *       interface MessageTables { 'user-orgs': typeof userOrgsMessages }
 *     }
 */
export interface MessageTables {
  shared: typeof messages;
  largeList: typeof largeListMessages;
  organization: typeof organizationMessages;
  dates: typeof dateMessages;
  permissions: typeof permissionMessages;
  pagedList: typeof pagedListMessages;
  verification: typeof verificationMessages;
  table: typeof tableMessages;
}

type Intersection<U> = (U extends unknown ? (u: U) => void : never) extends (i: infer I) => void ? I : never;

/** Every message of the library, in whichever table it lives. */
type AllMessages = Intersection<MessageTables[keyof MessageTables]>;

export type MessageId = keyof AllMessages;

/** One message: it calls `msg` with its English text and id; its other arguments are strings formatted for the locale. */
export type Message = (msg: MsgFn, ...args: string[]) => string;

/** A table of messages by id, such as an element's own (`user-orgs.strings.ts`). */
export type MessageTable = { readonly [K in MessageId]?: Message };

/** The arguments a message takes besides `msg`. */
export type MessageArgs<K extends MessageId> = AllMessages[K] extends (msg: MsgFn, ...args: infer A) => string ? A : never;

/** The sentences that differ between lists: each list element names its prefix, the one of its `<prefix>.count.one` message. */
export type ListMessagePrefix = keyof AllMessages extends infer K ? (K extends `${infer P}.count.one` ? P : never) : never;
