import type { MsgFn } from '@lit/localize';
import type { dateMessages } from './dates.strings.js';
import type { errorMessages } from './error.strings.js';
import type { largeListMessages } from './large-list.strings.js';
import type { organizationMessages } from './organization.strings.js';
import type { permissionMessages } from './permissions.strings.js';
import type { actionMessages } from './row-actions.strings.js';
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
 * `error.strings.ts`, `table-layout.strings.ts`), so
 * they travel in the chunks of the script-tag bundle that need them. Ids are
 * unique across all of them: one id, one sentence, one translation.
 */
export const messages = {
  active: (msg: MsgFn) => msg('Active', { id: 'active' }),
  inactive: (msg: MsgFn) => msg('Inactive', { id: 'inactive' }),
  'ssoUsers.description': (msg: MsgFn) => msg('Description', { id: 'ssoUsers.description' }),
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
  errors: typeof errorMessages;
  permissions: typeof permissionMessages;
  pagedList: typeof pagedListMessages;
  verification: typeof verificationMessages;
  table: typeof tableMessages;
  actions: typeof actionMessages;
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
