import { html } from 'lit';
import { property } from 'lit/decorators.js';
import { fetchUserOrganizations, SSOJET_DEFAULT_BASE_URL, type Organization } from '../../api/ssojet.js';
import { DataListElement } from '../../shared/data-list-element.js';
import { badge, dataText, detailList, placeholder } from '../../shared/templates.js';
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

  protected override readonly messagePrefix = 'orgs';

  protected override requiredInputs() {
    return { 'client-id': this.clientId, 'user-id': this.userId };
  }

  protected override requestInputs(): unknown[] {
    return [this.clientId, this.userId];
  }

  protected override async load(signal: AbortSignal): Promise<Organization[]> {
    const result = await fetchUserOrganizations({
      baseUrl: this.baseUrl!,
      token: this.tokenSource(),
      clientId: this.clientId!,
      userId: this.userId!,
      signal,
      timeout: this.timeout,
    });
    return result.organizations;
  }

  protected override itemName(org: Organization): string | undefined {
    return org.name;
  }

  protected override renderBadges(org: Organization) {
    const { l10n } = this;
    if (org.active === undefined) return badge(l10n.t('statusUnknown'), 'neutral');
    return org.active ? badge(l10n.t('active'), 'positive') : badge(l10n.t('inactive'), 'negative');
  }

  protected override renderDetails(org: Organization) {
    const { l10n } = this;
    return detailList([
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
      { label: l10n.t('orgs.roles'), value: this.renderRoles(org) },
    ]);
  }

  private renderRoles(org: Organization) {
    const { l10n } = this;
    if (org.roles.length === 0) return placeholder(l10n.t('orgs.noRoles'));
    return html`
      <ul part="roles" class="roles" role="list">
        ${org.roles.map((role) => {
          return html`
            <li part="role" class="role">
              <span part="role-name" class="role-name">${role.name ? dataText(role.name) : placeholder(l10n.t('orgs.unnamedRole'))}</span>
              ${role.permissions.length > 0
                ? html`<ul part="permissions" class="permissions" role="list" aria-label=${l10n.t('orgs.permissionsOf', role.name ?? l10n.t('orgs.unnamedRole'))}>
                    ${role.permissions.map((permission) => html`<li part="permission" class="permission">${dataText(permission)}</li>`)}
                  </ul>`
                : placeholder(l10n.t('orgs.noPermissions'))}
            </li>
          `;
        })}
      </ul>
    `;
  }
}
