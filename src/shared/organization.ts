import { html } from 'lit';
import type { Organization } from '../api/ssojet/organization.js';
import type { LocaleController } from './localize.js';
import { dataText, placeholder, type DetailRow } from './templates.js';

/**
 * The facts of an organization, as `<user-orgs>` and `<org-list>` both show
 * them: domain, workspace, allowed email domains, outside profiles.
 */
export function organizationDetails(org: Organization, l10n: LocaleController): DetailRow[] {
  return [
    { label: l10n.t('orgs.domain'), value: org.domain && dataText(org.domain) },
    { label: l10n.t('orgs.workspace'), value: org.workspace && dataText(org.workspace) },
    {
      label: l10n.t('orgs.allowedDomains'),
      value:
        org.whitelistedDomains.length > 0
          ? html`${org.whitelistedDomains.map((domain, i) => html`${i > 0 ? ', ' : ''}${dataText(domain)}`)}`
          : placeholder(l10n.t('orgs.anyDomain')),
    },
    {
      label: l10n.t('orgs.outsideProfiles'),
      value: org.allowsOutsideProfiles === undefined ? undefined : org.allowsOutsideProfiles ? l10n.t('yes') : l10n.t('no'),
    },
  ];
}

/** What the search box matches in an organization. */
export function organizationSearchText(org: Organization): string {
  return [org.name, org.domain, org.workspace].join('\n');
}
