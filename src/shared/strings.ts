import { str, type MsgFn } from '@lit/localize';
import type { largeListMessages } from './large-list.strings.js';

/**
 * Every user-visible sentence of the library, in English, keyed by a stable
 * id. Each entry calls `msg()` with that id: the call is what
 * `lit-localize extract` reads into the XLIFF files (`npm run localize`), and
 * at run time the `msg` passed in is the element's own, bound to the
 * translations of the element's locale (see `localize.ts`). Arguments are
 * strings already formatted for that locale (numbers, lists).
 */
export const messages = {
  retry: (msg: MsgFn) => msg('Try again', { id: 'retry' }),
  // The caller isolates the server's text (FSI … PDI) so that a right-to-left message cannot reorder the words around it.
  serverSaid: (msg: MsgFn, message: string) => msg(str`Server message: ${message}`, { id: 'serverSaid' }),
  waitingFor: (msg: MsgFn, inputs: string) => msg(str`Waiting for ${inputs}.`, { id: 'waitingFor' }),
  yes: (msg: MsgFn) => msg('Yes', { id: 'yes' }),
  no: (msg: MsgFn) => msg('No', { id: 'no' }),
  verified: (msg: MsgFn) => msg('verified', { id: 'verified' }),
  notVerified: (msg: MsgFn) => msg('not verified', { id: 'notVerified' }),
  active: (msg: MsgFn) => msg('Active', { id: 'active' }),
  inactive: (msg: MsgFn) => msg('Inactive', { id: 'inactive' }),
  statusUnknown: (msg: MsgFn) => msg('Status unknown', { id: 'statusUnknown' }),
  showMore: (msg: MsgFn, count: string) => msg(str`Show all ${count}`, { id: 'showMore' }),
  showFewer: (msg: MsgFn) => msg('Show fewer', { id: 'showFewer' }),

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

  'orgs.label': (msg: MsgFn) => msg('Organizations', { id: 'orgs.label' }),
  'orgs.loading': (msg: MsgFn) => msg('Loading organizations…', { id: 'orgs.loading' }),
  'orgs.loadFailed': (msg: MsgFn) => msg('Could not load organizations.', { id: 'orgs.loadFailed' }),
  'orgs.empty': (msg: MsgFn) => msg('This user belongs to no organization.', { id: 'orgs.empty' }),
  'orgs.count.one': (msg: MsgFn, n: string) => msg(str`${n} organization`, { id: 'orgs.count.one' }),
  'orgs.count.other': (msg: MsgFn, n: string) => msg(str`${n} organizations`, { id: 'orgs.count.other' }),
  'orgs.unnamed': (msg: MsgFn) => msg('Unnamed organization', { id: 'orgs.unnamed' }),
  'orgs.search': (msg: MsgFn) => msg('Search organizations', { id: 'orgs.search' }),
  'orgs.domain': (msg: MsgFn) => msg('Domain', { id: 'orgs.domain' }),
  'orgs.workspace': (msg: MsgFn) => msg('Workspace', { id: 'orgs.workspace' }),
  'orgs.allowedDomains': (msg: MsgFn) => msg('Allowed email domains', { id: 'orgs.allowedDomains' }),
  'orgs.anyDomain': (msg: MsgFn) => msg('None listed', { id: 'orgs.anyDomain' }),
  'orgs.outsideProfiles': (msg: MsgFn) => msg('Profiles from outside allowed', { id: 'orgs.outsideProfiles' }),
  'orgs.roles': (msg: MsgFn) => msg('Roles', { id: 'orgs.roles' }),
  'orgs.noRoles': (msg: MsgFn) => msg('No roles', { id: 'orgs.noRoles' }),
  'orgs.permissionsOf': (msg: MsgFn, role: string) => msg(str`Permissions of ${role}`, { id: 'orgs.permissionsOf' }),
  'orgs.noPermissions': (msg: MsgFn) => msg('No permissions', { id: 'orgs.noPermissions' }),
  'orgs.unnamedRole': (msg: MsgFn) => msg('Unnamed role', { id: 'orgs.unnamedRole' }),

  'ssoUsers.label': (msg: MsgFn) => msg('SSO users', { id: 'ssoUsers.label' }),
  'ssoUsers.loading': (msg: MsgFn) => msg('Loading users…', { id: 'ssoUsers.loading' }),
  'ssoUsers.loadFailed': (msg: MsgFn) => msg('Could not load users.', { id: 'ssoUsers.loadFailed' }),
  'ssoUsers.empty': (msg: MsgFn) => msg('No SSO users match.', { id: 'ssoUsers.empty' }),
  'ssoUsers.count.one': (msg: MsgFn, n: string) => msg(str`${n} user`, { id: 'ssoUsers.count.one' }),
  'ssoUsers.count.other': (msg: MsgFn, n: string) => msg(str`${n} users`, { id: 'ssoUsers.count.other' }),
  'ssoUsers.unnamed': (msg: MsgFn) => msg('Unnamed user', { id: 'ssoUsers.unnamed' }),
  'ssoUsers.search': (msg: MsgFn) => msg('Search users', { id: 'ssoUsers.search' }),
  'ssoUsers.sortNewest': (msg: MsgFn) => msg('Newest first', { id: 'ssoUsers.sortNewest' }),
  'ssoUsers.sortOldest': (msg: MsgFn) => msg('Oldest first', { id: 'ssoUsers.sortOldest' }),
  'ssoUsers.email': (msg: MsgFn) => msg('Email', { id: 'ssoUsers.email' }),
  'ssoUsers.phone': (msg: MsgFn) => msg('Phone', { id: 'ssoUsers.phone' }),
  'ssoUsers.identityProvider': (msg: MsgFn) => msg('Identity provider', { id: 'ssoUsers.identityProvider' }),
  'ssoUsers.created': (msg: MsgFn) => msg('Created', { id: 'ssoUsers.created' }),
  'ssoUsers.description': (msg: MsgFn) => msg('Description', { id: 'ssoUsers.description' }),
  'ssoUsers.enabled': (msg: MsgFn) => msg('Enabled', { id: 'ssoUsers.enabled' }),
  'ssoUsers.disabled': (msg: MsgFn) => msg('Disabled', { id: 'ssoUsers.disabled' }),
};

/** The sentences of the search box and sort control live in the large-list chunk (large-list.strings.ts). */
type AllMessages = typeof messages & typeof largeListMessages;

export type MessageId = keyof AllMessages;

/** One message: it calls `msg` with its English text and id; its other arguments are strings formatted for the locale. */
export type Message = (msg: MsgFn, ...args: string[]) => string;

/** The arguments a message takes besides `msg`. */
export type MessageArgs<K extends MessageId> = AllMessages[K] extends (msg: MsgFn, ...args: infer A) => string ? A : never;

/** The sentences that differ between lists: each list element names its prefix. */
export type ListMessagePrefix = 'orgs' | 'ssoUsers';
