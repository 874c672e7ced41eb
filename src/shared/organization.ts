import type { Organization } from '../api/ssojet/organization.js';
import type { ItemPresenter } from './data-list-element.js';
import type { LocaleController } from './localize.js';
import { activeBadge, dataText, detailList, joinedList, placeholder, tokenText, type DetailRow } from './templates.js';

/**
 * An organization as `<user-orgs>` and `<org-list>` both draw it: its name,
 * an Active/Inactive badge and its facts, followed by `more` (the roles
 * `<user-orgs>` adds).
 */
export function organizationPresenter(l10n: LocaleController, more: (org: Organization) => DetailRow[] = () => []): ItemPresenter<Organization> {
  return {
    name: (org) => org.name,
    searchText: (org) => [org.name, org.domain, org.workspace].join('\n'),
    badges: (org) => activeBadge(org.active, l10n),
    details: (org) => detailList([...organizationDetails(l10n, org), ...more(org)]),
  };
}

/** The facts of an organization: domain, workspace, allowed email domains, outside profiles. */
function organizationDetails(l10n: LocaleController, org: Organization): DetailRow[] {
  return [
    { label: l10n.t('orgs.domain'), value: org.domain && tokenText(org.domain) },
    { label: l10n.t('orgs.workspace'), value: org.workspace && dataText(org.workspace) },
    {
      label: l10n.t('orgs.allowedDomains'),
      value:
        org.whitelistedDomains.length > 0
          ? joinedList(l10n, org.whitelistedDomains, tokenText)
          : placeholder(l10n.t('orgs.anyDomain')),
    },
    {
      label: l10n.t('orgs.outsideProfiles'),
      value: org.allowsOutsideProfiles === undefined ? undefined : org.allowsOutsideProfiles ? l10n.t('yes') : l10n.t('no'),
    },
  ];
}
