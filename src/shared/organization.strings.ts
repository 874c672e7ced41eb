import type { MsgFn } from '@lit/localize';

/** The sentences of an organization's facts (organization.ts), shown by `<user-orgs>` and `<org-list>`. */
export const organizationMessages = {
  yes: (msg: MsgFn) => msg('Yes', { id: 'yes' }),
  no: (msg: MsgFn) => msg('No', { id: 'no' }),
  'orgs.domain': (msg: MsgFn) => msg('Domain', { id: 'orgs.domain' }),
  'orgs.workspace': (msg: MsgFn) => msg('Workspace', { id: 'orgs.workspace' }),
  'orgs.allowedDomains': (msg: MsgFn) => msg('Allowed email domains', { id: 'orgs.allowedDomains' }),
  'orgs.anyDomain': (msg: MsgFn) => msg('None listed', { id: 'orgs.anyDomain' }),
  'orgs.outsideProfiles': (msg: MsgFn) => msg('Profiles from outside allowed', { id: 'orgs.outsideProfiles' }),
};
