import { html, nothing, type PropertyDeclarations } from 'lit';
import type { Organization, OrganizationRole } from '../../api/ssojet/organization.js';
import { SSOJET_DEFAULT_BASE_URL } from '../../api/ssojet/request.js';
import { fetchUserOrganizations } from '../../api/ssojet/user-organizations.js';
import { DataListElement, type DataSource } from '../../shared/data-list-element.js';
import { organizationPresenter } from '../../shared/organization.js';
import { permissionList, permissionStyles } from '../../shared/permissions.js';
import { dataText, placeholder } from '../../shared/templates.js';
import { userOrgsStyles } from './user-orgs.styles.js';
import { userOrgsMessages } from './user-orgs.strings.js';

/**
 * @tagname user-orgs
 * @summary A user's organizations with their roles and permissions, from SSOJet's
 * `GET /api/account/identity/users/{userid}/organizations`.
 *
 * @attr token - Bearer token (the signed-in user's own, or whatever the host's proxy at `base-url` expects).
 * @attr client-id - SSOJet client id, sent as the `client_id` query parameter. Also accepted as `client_id`.
 * @attr user-id - The user whose organizations are listed.
 * @attr base-url - API origin, optionally with a path prefix; defaults to `https://api.ssojet.com`.
 * @attr label - Accessible name of the list (default "This user’s organizations", apart from `<org-list>`'s "Organizations").
 * @attr search - The search box (name, domain, workspace) and sort control (name): `auto` (above 10 organizations), `on`, `off`.
 * @attr cache-ttl - Milliseconds an answer serves identical requests (default 10000; 0 turns the cache off).
 * @attr virtualize-threshold - Lists longer than this render only the rows in view (default 100).
 *
 * @event {CustomEvent<IamLoadDetail<Organization>>} iam-load - The organizations were loaded and rendered.
 * @event {CustomEvent<IamErrorDetail>} iam-error - Loading failed; `detail.error` is an `IamError`.
 * @event {CustomEvent<IamAuthRequiredDetail>} iam-auth-required - Loading failed with 401 or 403, after `iam-error`: sign the user in again, then set a new token or call `refresh()`.
 * @event {CustomEvent<IamSelectDetail<Organization>>} iam-select - The user activated an organization.
 *
 * @csspart roles - The list of roles.
 * @csspart role - One role.
 * @csspart role-name - A role's name.
 * @csspart permissions - The list of a role's permissions.
 * @csspart permission - One permission.
 * @csspart disclosure - The button that shows all of a role's permissions, or fewer (more than 3).
 */
export class UserOrgs extends DataListElement<Organization> {
  static override styles = [DataListElement.styles, permissionStyles, userOrgsStyles];

  static override properties: PropertyDeclarations = {
    userId: { attribute: 'user-id' },
  };

  /** The user whose organizations are listed. */
  userId: string | undefined;

  override baseUrl: string | undefined = SSOJET_DEFAULT_BASE_URL;

  protected override readonly messagePrefix = 'orgs';

  protected override readonly messages = userOrgsMessages;

  protected override readonly source: DataSource<Organization> = {
    required: () => ({ 'client-id': this.clientId, 'user-id': this.userId }),
    inputs: () => [this.clientId, this.userId],
    load: async (signal, cache) => {
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
    },
  };

  protected override readonly presenter = organizationPresenter(this.l10n, (org) => [
    { label: this.l10n.t('orgs.roles'), value: this.renderRoles(org) },
  ]);

  private renderRoles(org: Organization) {
    const { l10n } = this;
    if (org.roles.length === 0) return placeholder(l10n.t('orgs.noRoles'));
    return html`
      <ul part="roles" class="roles" role="list">
        ${org.roles.map((role) => {
          return html`
            <li part="role" class="role">
              <span part="role-name" class="role-name">${role.name ? dataText(role.name) : placeholder(l10n.t('orgs.unnamedRole'))}</span>
              ${role.permissions.length > 0 ? this.renderPermissions(role) : placeholder(l10n.t('orgs.noPermissions'))}
            </li>
          `;
        })}
      </ul>
    `;
  }

  /** Roles whose long permission lists the user opened; a reload (new role objects) closes them again. */
  private readonly expandedRoles = new WeakSet<OrganizationRole>();

  /**
   * A role with at least two permissions more than `COLLAPSED_PERMISSIONS`
   * shows that many and a disclosure button (APG disclosure: a native button
   * with `aria-expanded`, so Enter and Space open and close it) for the rest;
   * one more is shown outright (issue 17: "Show all 4" hid a single chip).
   */
  private renderPermissions(role: OrganizationRole) {
    const { l10n } = this;
    const collapsible = role.permissions.length >= COLLAPSED_PERMISSIONS + 2;
    const expanded = !collapsible || this.expandedRoles.has(role);
    const shown = expanded ? role.permissions : role.permissions.slice(0, COLLAPSED_PERMISSIONS);
    const toggle = () => {
      if (this.expandedRoles.has(role)) this.expandedRoles.delete(role);
      else this.expandedRoles.add(role);
      this.requestUpdate();
    };
    return html`${permissionList(shown, l10n.t('orgs.permissionsOf', role.name ?? l10n.t('orgs.unnamedRole')))}
      ${collapsible
        ? html`<button part="disclosure" class="disclosure" type="button" aria-expanded=${expanded} @click=${toggle}>
            ${expanded ? l10n.t('showFewer') : l10n.t('showMore', l10n.number(role.permissions.length))}
          </button>`
        : nothing}`;
  }
}

/** Permissions shown per role before "Show all". */
export const COLLAPSED_PERMISSIONS = 2;
