import type { Organization } from '../../api/ssojet/organization.js';
import { fetchOrganizations, ORGANIZATIONS_PATH } from '../../api/ssojet/organizations.js';
import type { ItemPresenter } from '../../shared/data-list-element.js';
import { organizationPresenter } from '../../shared/organization.js';
import { dataText } from '../../shared/templates.js';
import { SsojetListElement } from '../../shared/ssojet-list-element.js';
import { orgListMessages } from './org-list.strings.js';

/**
 * @tagname org-list
 * @summary An SSOJet application's organizations (tenants), from `GET /api/v1/organizations`; never shows their `sso_connection_token`.
 *
 * @attr token - Bearer token for `base-url`. `/api/v1/organizations` wants a management token: point `base-url` at the host's proxy.
 * @attr client-id - SSOJet client id, sent as the `client_id` query parameter. Also accepted as `client_id`.
 * @attr base-url - API origin, optionally with a path prefix; defaults to `https://api.ssojet.com`.
 * @attr path - The endpoint's path after `base-url` (default `/api/v1/organizations`; the newer documents' `/api/v1/tenants` works too).
 * @attr label - Accessible name of the list (default "Organizations").
 * @attr search - The search box (name, domain, workspace) and sort control (name): `auto` (above 10 organizations, or with more pages), `on`, `off`. With more pages, it filters the loaded ones and says so.
 * @attr cache-ttl - Milliseconds an answer serves identical requests (default 10000; 0 turns the cache off).
 * @attr virtualize-threshold - Lists longer than this render only the rows in view (default 100).
 *
 * @event {CustomEvent<IamLoadDetail<Organization>>} iam-load - Organizations were loaded and rendered (again after each "Load more").
 * @event {CustomEvent<IamErrorDetail>} iam-error - Loading failed; `detail.error` is an `IamError`.
 * @event {CustomEvent<IamAuthRequiredDetail>} iam-auth-required - Loading failed with 401 or 403, after `iam-error`: sign the user in again, then set a new token or call `refresh()`.
 * @event {CustomEvent<IamSelectDetail<Organization>>} iam-select - The user activated an organization.
 */
export class OrgList extends SsojetListElement<Organization> {
  protected override readonly defaultPath = ORGANIZATIONS_PATH;

  protected override readonly messagePrefix = 'orgList';

  protected override readonly messages = orgListMessages;

  protected override readonly source = this.ssojetSource({ fetch: fetchOrganizations });

  protected override readonly presenter: ItemPresenter<Organization> = {
    ...organizationPresenter(this.l10n),
    table: {
      subtitle: (org) => org.domain,
      columns: [{ label: () => this.l10n.t('orgs.workspace'), cell: (org) => org.workspace && dataText(org.workspace) }],
    },
  };
}
