import type { IamError } from '../api/errors.js';

/**
 * Every user-visible sentence of the library, in English. Kept in one module
 * so that localization has one place to hook into.
 */

/** Says why a request failed, chosen by kind and status class; never quotes the body. */
export function describeError(error: IamError): string {
  switch (error.kind) {
    case 'http':
      return describeStatus(error.status ?? 0);
    case 'network':
      return 'Could not reach the server. Check the connection and try again.';
    case 'timeout':
      return 'The server took too long to answer.';
    case 'parse':
      return 'The server sent an answer that could not be read.';
    case 'shape':
      return 'The server sent an answer in an unexpected form.';
    case 'envelope':
      return 'The server reported a failure.';
    case 'config':
      return `This widget is not set up correctly: ${error.message}.`;
  }
}

function describeStatus(status: number): string {
  if (status === 400) return 'The server did not accept the request (400).';
  if (status === 401) return 'You are not signed in, or the session has expired (401).';
  if (status === 403) return 'You do not have permission to see this (403).';
  if (status === 404) return 'The server found nothing at this address (404).';
  if (status === 429) return 'Too many requests. Wait a moment, then try again (429).';
  if (status >= 500) return `The server had a problem. Try again later (${status}).`;
  return `The server answered with an error (${status}).`;
}

export const strings = {
  retry: 'Try again',
  // The server's text is isolated (FSI … PDI, what <bdi> does): a right-to-left message, or one with a stray
  // direction override, must not reorder the words around it.
  serverSaid: (message: string) => `Server message: \u2068${message}\u2069`,
  waitingFor: (inputs: readonly string[]) => `Waiting for ${inputs.join(', ')}.`,
  yes: 'Yes',
  no: 'No',
  verified: 'verified',
  notVerified: 'not verified',
  active: 'Active',
  inactive: 'Inactive',
  statusUnknown: 'Status unknown',
  loadMore: 'Load more',
  sortNewest: 'Newest first',
  sortOldest: 'Oldest first',
  permissionsOf: (role: string) => `Permissions of ${role}`,
  never: 'Never',

  orgs: {
    label: 'Organizations',
    loading: 'Loading organizations…',
    loadFailed: 'Could not load organizations.',
    empty: 'This user belongs to no organization.',
    count: (n: number) => (n === 1 ? '1 organization' : `${n} organizations`),
    unnamed: 'Unnamed organization',
    search: 'Search organizations',
    domain: 'Domain',
    workspace: 'Workspace',
    allowedDomains: 'Allowed email domains',
    anyDomain: 'None listed',
    outsideProfiles: 'Profiles from outside allowed',
    roles: 'Roles',
    noRoles: 'No roles',
    noPermissions: 'No permissions',
    unnamedRole: 'Unnamed role',
  },

  ssoUsers: {
    label: 'SSO users',
    loading: 'Loading users…',
    loadFailed: 'Could not load users.',
    empty: 'No SSO users match.',
    count: (n: number) => (n === 1 ? '1 user' : `${n} users`),
    unnamed: 'Unnamed user',
    search: 'Search users',
    email: 'Email',
    phone: 'Phone',
    identityProvider: 'Identity provider',
    created: 'Created',
    description: 'Description',
    enabled: 'Enabled',
    disabled: 'Disabled',
  },

  users: {
    label: 'Users',
    loading: 'Loading users…',
    loadFailed: 'Could not load users.',
    empty: 'No users match.',
    count: (n: number) => (n === 1 ? '1 user' : `${n} users`),
    unnamed: 'Unnamed user',
    search: 'Search users',
    email: 'Email',
    lastLogin: 'Last sign-in',
    created: 'Created',
  },

  roles: {
    label: 'Roles',
    loading: 'Loading roles…',
    loadFailed: 'Could not load roles.',
    empty: 'No roles defined.',
    count: (n: number) => (n === 1 ? '1 role' : `${n} roles`),
    unnamed: 'Unnamed role',
    search: 'Search roles',
    description: 'Description',
    permissions: 'Permissions',
    noPermissions: 'No permissions',
  },

  orgList: {
    label: 'Organizations',
    loading: 'Loading organizations…',
    loadFailed: 'Could not load organizations.',
    empty: 'No organizations yet.',
    count: (n: number) => (n === 1 ? '1 organization' : `${n} organizations`),
    unnamed: 'Unnamed organization',
    search: 'Search organizations',
  },

  loginLogs: {
    label: 'Sign-ins',
    loading: 'Loading sign-ins…',
    loadFailed: 'Could not load sign-ins.',
    empty: 'No sign-ins recorded.',
    count: (n: number) => (n === 1 ? '1 sign-in' : `${n} sign-ins`),
    unnamed: 'Unknown time',
    search: 'Search sign-ins',
    when: (date: string, relative: string) => `${date} (${relative})`,
    ipAddress: 'IP address',
    location: 'Location',
    device: 'Device',
    os: 'Operating system',
    browser: 'Browser',
  },

  passkeys: {
    label: 'Passkeys',
    loading: 'Loading passkeys…',
    loadFailed: 'Could not load passkeys.',
    empty: 'No passkeys yet.',
    count: (n: number) => (n === 1 ? '1 passkey' : `${n} passkeys`),
    unnamed: 'Unnamed passkey',
    search: 'Search passkeys',
    created: 'Created',
    lastUsed: 'Last used',
    transports: 'Transports',
    backedUp: 'Backed up',
    notBackedUp: 'Not backed up',
    rename: 'Rename',
    renameLabel: (name: string) => `Rename ${name}`,
    newName: 'Passkey name',
    save: 'Save',
    cancel: 'Cancel',
    nameRequired: 'Enter a name.',
    nameTooLong: (max: number) => `Use at most ${max} characters.`,
    renameFailed: (name: string) => `Could not rename the passkey; it is still called ${name}.`,
    renamed: (name: string) => `Renamed to ${name}.`,
  },
} as const;
