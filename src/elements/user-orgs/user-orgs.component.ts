import { html } from 'lit';
import { property } from 'lit/decorators.js';
import { fetchUserOrganizations, SSOJET_DEFAULT_BASE_URL, type Organization } from '../../api/ssojet.js';
import type { CachePolicy } from '../../api/request-cache.js';
import { DataListElement } from '../../shared/data-list-element.js';
import { strings } from '../../shared/strings.js';
import { activeBadge, dataText, detailList, permissionList, placeholder } from '../../shared/templates.js';
import { organizationDetails, organizationSearchText } from '../../shared/organization.js';
import { userOrgsStyles } from './user-orgs.styles.js';

/**
 * @tagname user-orgs
 * @summary A user's organizations with their roles and permissions, from SSOJet's
 * `GET /api/account/identity/users/{userid}/organizations`.
 *
 * @attr token - Bearer token (the signed-in user's own, or whatever the host's proxy at `base-url` expects).
 * @attr client-id - SSOJet client id, sent as the `client_id` query parameter. Also accepted as `client_id`.
 * @attr user-id - The user whose organizations are listed.
 * @attr base-url - API origin, optionally with a path prefix; defaults to `https://api.ssojet.com`.
 * @attr label - Accessible name of the list (default "Organizations").
 * @attr search - The search box (name, domain, workspace) and sort control (name): `auto` (above 10 organizations), `on`, `off`.
 * @attr cache-ttl - Milliseconds an answer serves identical requests (default 10000; 0 turns the cache off).
 * @attr virtualize-threshold - Lists longer than this render only the rows in view (default 100).
 *
 * @event {CustomEvent<IamLoadDetail<Organization>>} iam-load - The organizations were loaded and rendered.
 * @event {CustomEvent<IamErrorDetail>} iam-error - Loading failed; `detail.error` is an `IamError`.
 * @event {CustomEvent<IamSelectDetail<Organization>>} iam-select - The user activated an organization.
 *
 * @csspart roles - The list of roles.
 * @csspart role - One role.
 * @csspart role-name - A role's name.
 * @csspart permissions - The list of a role's permissions.
 * @csspart permission - One permission.
 */
export class UserOrgs extends DataListElement<Organization> {
  static override styles = [DataListElement.styles, userOrgsStyles];

  /** The user whose organizations are listed. */
  @property({ attribute: 'user-id' }) userId: string | undefined;

  override baseUrl: string | undefined = SSOJET_DEFAULT_BASE_URL;

  protected override readonly texts = strings.orgs;

  protected override requiredInputs() {
    return { 'client-id': this.clientId, 'user-id': this.userId };
  }

  protected override requestInputs(): unknown[] {
    return [this.clientId, this.userId];
  }

  protected override async load(signal: AbortSignal, cache: CachePolicy): Promise<Organization[]> {
    const result = await fetchUserOrganizations({
      baseUrl: this.baseUrl!,
      token: this.tokenSource(),
      clientId: this.clientId!,
      userId: this.userId!,
      signal,
      ...cache,
      timeout: this.timeout,
    });
    return result.organizations;
  }

  protected override itemName(org: Organization): string | undefined {
    return org.name;
  }

  protected override searchText(org: Organization): string {
    return organizationSearchText(org);
  }

  protected override renderBadges(org: Organization) {
    return activeBadge(org.active);
  }

  protected override renderDetails(org: Organization) {
    return detailList([...organizationDetails(org), { label: strings.orgs.roles, value: this.renderRoles(org) }]);
  }

  private renderRoles(org: Organization) {
    const t = strings.orgs;
    if (org.roles.length === 0) return placeholder(t.noRoles);
    return html`
      <ul part="roles" class="roles" role="list">
        ${org.roles.map((role) => {
          return html`
            <li part="role" class="role">
              <span part="role-name" class="role-name">${role.name ? dataText(role.name) : placeholder(t.unnamedRole)}</span>
              ${role.permissions.length > 0
                ? permissionList(role.permissions, strings.permissionsOf(role.name ?? t.unnamedRole))
                : placeholder(t.noPermissions)}
            </li>
          `;
        })}
      </ul>
    `;
  }
}
