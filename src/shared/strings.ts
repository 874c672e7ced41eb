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

  // Issue 8: the SSOJet user-management lists (which reuse the ids above where the English is the same).
  loadMore: (msg: MsgFn) => msg('Load more', { id: 'loadMore' }),
  never: (msg: MsgFn) => msg('Never', { id: 'never' }),

  'users.label': (msg: MsgFn) => msg('Users', { id: 'users.label' }),
  'users.loading': (msg: MsgFn) => msg('Loading users…', { id: 'users.loading' }),
  'users.loadFailed': (msg: MsgFn) => msg('Could not load users.', { id: 'users.loadFailed' }),
  'users.empty': (msg: MsgFn) => msg('No users match.', { id: 'users.empty' }),
  'users.count.one': (msg: MsgFn, n: string) => msg(str`${n} user`, { id: 'users.count.one' }),
  'users.count.other': (msg: MsgFn, n: string) => msg(str`${n} users`, { id: 'users.count.other' }),
  'users.unnamed': (msg: MsgFn) => msg('Unnamed user', { id: 'users.unnamed' }),
  'users.search': (msg: MsgFn) => msg('Search users', { id: 'users.search' }),
  'users.lastLogin': (msg: MsgFn) => msg('Last sign-in', { id: 'users.lastLogin' }),

  'roles.label': (msg: MsgFn) => msg('Roles', { id: 'roles.label' }),
  'roles.loading': (msg: MsgFn) => msg('Loading roles…', { id: 'roles.loading' }),
  'roles.loadFailed': (msg: MsgFn) => msg('Could not load roles.', { id: 'roles.loadFailed' }),
  'roles.empty': (msg: MsgFn) => msg('No roles defined.', { id: 'roles.empty' }),
  'roles.count.one': (msg: MsgFn, n: string) => msg(str`${n} role`, { id: 'roles.count.one' }),
  'roles.count.other': (msg: MsgFn, n: string) => msg(str`${n} roles`, { id: 'roles.count.other' }),
  'roles.unnamed': (msg: MsgFn) => msg('Unnamed role', { id: 'roles.unnamed' }),
  'roles.search': (msg: MsgFn) => msg('Search roles', { id: 'roles.search' }),
  'roles.permissions': (msg: MsgFn) => msg('Permissions', { id: 'roles.permissions' }),

  'orgList.label': (msg: MsgFn) => msg('Organizations', { id: 'orgList.label' }),
  'orgList.loading': (msg: MsgFn) => msg('Loading organizations…', { id: 'orgList.loading' }),
  'orgList.loadFailed': (msg: MsgFn) => msg('Could not load organizations.', { id: 'orgList.loadFailed' }),
  'orgList.empty': (msg: MsgFn) => msg('No organizations yet.', { id: 'orgList.empty' }),
  'orgList.count.one': (msg: MsgFn, n: string) => msg(str`${n} organization`, { id: 'orgList.count.one' }),
  'orgList.count.other': (msg: MsgFn, n: string) => msg(str`${n} organizations`, { id: 'orgList.count.other' }),
  'orgList.unnamed': (msg: MsgFn) => msg('Unnamed organization', { id: 'orgList.unnamed' }),
  'orgList.search': (msg: MsgFn) => msg('Search organizations', { id: 'orgList.search' }),

  'loginLogs.label': (msg: MsgFn) => msg('Sign-ins', { id: 'loginLogs.label' }),
  'loginLogs.loading': (msg: MsgFn) => msg('Loading sign-ins…', { id: 'loginLogs.loading' }),
  'loginLogs.loadFailed': (msg: MsgFn) => msg('Could not load sign-ins.', { id: 'loginLogs.loadFailed' }),
  'loginLogs.empty': (msg: MsgFn) => msg('No sign-ins recorded.', { id: 'loginLogs.empty' }),
  'loginLogs.count.one': (msg: MsgFn, n: string) => msg(str`${n} sign-in`, { id: 'loginLogs.count.one' }),
  'loginLogs.count.other': (msg: MsgFn, n: string) => msg(str`${n} sign-ins`, { id: 'loginLogs.count.other' }),
  'loginLogs.unnamed': (msg: MsgFn) => msg('Unknown time', { id: 'loginLogs.unnamed' }),
  'loginLogs.search': (msg: MsgFn) => msg('Search sign-ins', { id: 'loginLogs.search' }),
  'loginLogs.when': (msg: MsgFn, date: string, relative: string) => msg(str`${date} (${relative})`, { id: 'loginLogs.when' }),
  'loginLogs.ipAddress': (msg: MsgFn) => msg('IP address', { id: 'loginLogs.ipAddress' }),
  'loginLogs.location': (msg: MsgFn) => msg('Location', { id: 'loginLogs.location' }),
  'loginLogs.device': (msg: MsgFn) => msg('Device', { id: 'loginLogs.device' }),
  'loginLogs.os': (msg: MsgFn) => msg('Operating system', { id: 'loginLogs.os' }),
  'loginLogs.browser': (msg: MsgFn) => msg('Browser', { id: 'loginLogs.browser' }),

  'passkeys.label': (msg: MsgFn) => msg('Passkeys', { id: 'passkeys.label' }),
  'passkeys.loading': (msg: MsgFn) => msg('Loading passkeys…', { id: 'passkeys.loading' }),
  'passkeys.loadFailed': (msg: MsgFn) => msg('Could not load passkeys.', { id: 'passkeys.loadFailed' }),
  'passkeys.empty': (msg: MsgFn) => msg('No passkeys yet.', { id: 'passkeys.empty' }),
  'passkeys.count.one': (msg: MsgFn, n: string) => msg(str`${n} passkey`, { id: 'passkeys.count.one' }),
  'passkeys.count.other': (msg: MsgFn, n: string) => msg(str`${n} passkeys`, { id: 'passkeys.count.other' }),
  'passkeys.unnamed': (msg: MsgFn) => msg('Unnamed passkey', { id: 'passkeys.unnamed' }),
  'passkeys.search': (msg: MsgFn) => msg('Search passkeys', { id: 'passkeys.search' }),
  'passkeys.lastUsed': (msg: MsgFn) => msg('Last used', { id: 'passkeys.lastUsed' }),
  'passkeys.transports': (msg: MsgFn) => msg('Transports', { id: 'passkeys.transports' }),
  'passkeys.backedUp': (msg: MsgFn) => msg('Backed up', { id: 'passkeys.backedUp' }),
  'passkeys.notBackedUp': (msg: MsgFn) => msg('Not backed up', { id: 'passkeys.notBackedUp' }),
  'passkeys.rename': (msg: MsgFn) => msg('Rename', { id: 'passkeys.rename' }),
  'passkeys.renameLabel': (msg: MsgFn, name: string) => msg(str`Rename ${name}`, { id: 'passkeys.renameLabel' }),
  'passkeys.newName': (msg: MsgFn) => msg('Passkey name', { id: 'passkeys.newName' }),
  'passkeys.save': (msg: MsgFn) => msg('Save', { id: 'passkeys.save' }),
  'passkeys.cancel': (msg: MsgFn) => msg('Cancel', { id: 'passkeys.cancel' }),
  'passkeys.nameRequired': (msg: MsgFn) => msg('Enter a name.', { id: 'passkeys.nameRequired' }),
  'passkeys.nameTooLong': (msg: MsgFn, max: string) => msg(str`Use at most ${max} characters.`, { id: 'passkeys.nameTooLong' }),
  'passkeys.renameFailed': (msg: MsgFn, name: string) => msg(str`Could not rename the passkey; it is still called ${name}.`, { id: 'passkeys.renameFailed' }),
  'passkeys.renamed': (msg: MsgFn, name: string) => msg(str`Renamed to ${name}.`, { id: 'passkeys.renamed' }),
};

/** The sentences of the search box and sort control live in the large-list chunk (large-list.strings.ts). */
type AllMessages = typeof messages & typeof largeListMessages;

export type MessageId = keyof AllMessages;

/** One message: it calls `msg` with its English text and id; its other arguments are strings formatted for the locale. */
export type Message = (msg: MsgFn, ...args: string[]) => string;

/** The arguments a message takes besides `msg`. */
export type MessageArgs<K extends MessageId> = AllMessages[K] extends (msg: MsgFn, ...args: infer A) => string ? A : never;

/** The sentences that differ between lists: each list element names its prefix. */
export type ListMessagePrefix = 'orgs' | 'ssoUsers' | 'users' | 'roles' | 'orgList' | 'loginLogs' | 'passkeys';
