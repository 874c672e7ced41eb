import { html } from 'lit';
import type { Organization } from '../api/ssojet.js';
import { strings } from './strings.js';
import { dataText, placeholder, type DetailRow } from './templates.js';

/**
 * The facts of an organization, as `<user-orgs>` and `<org-list>` both show
 * them: domain, workspace, allowed email domains, outside profiles.
 */
export function organizationDetails(org: Organization): DetailRow[] {
  const t = strings.orgs;
  return [
    { label: t.domain, value: org.domain && dataText(org.domain) },
    { label: t.workspace, value: org.workspace && dataText(org.workspace) },
    {
      label: t.allowedDomains,
      value:
        org.whitelistedDomains.length > 0
          ? html`${org.whitelistedDomains.map((domain, i) => html`${i > 0 ? ', ' : ''}${dataText(domain)}`)}`
          : placeholder(t.anyDomain),
    },
    {
      label: t.outsideProfiles,
      value: org.allowsOutsideProfiles === undefined ? undefined : org.allowsOutsideProfiles ? strings.yes : strings.no,
    },
  ];
}

/** What the search box matches in an organization. */
export function organizationSearchText(org: Organization): string {
  return [org.name, org.domain, org.workspace].join('\n');
}
