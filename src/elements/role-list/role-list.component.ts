import type { PropertyDeclarations } from 'lit';
import { SSOJET_DEFAULT_PAGE_SIZE } from '../../api/ssojet/request.js';
import { fetchRoles, PERMISSIONS_PATH, ROLES_PATH, type SsojetRole } from '../../api/ssojet/roles.js';
import type { ItemPresenter } from '../../shared/data-list-element.js';
import { SsojetListElement } from '../../shared/ssojet-list-element.js';
import { permissionList, permissionStyles } from '../../shared/permissions.js';
import { activeBadge, chips, dataText, detailList, placeholder } from '../../shared/templates.js';
import { roleListMessages } from './role-list.strings.js';

/**
 * @tagname role-list
 * @summary An SSOJet application's roles with their permissions, from `GET /api/v1/roles` (paged with "Load more"),
 * permission ids named through one `GET /api/v1/permissions`.
 *
 * @attr token - Bearer token for `base-url`. `/api/v1/roles` wants a management token: point `base-url` at the host's proxy, or `path` at the user-token route `/api/v1/auth/roles`.
 * @attr client-id - SSOJet client id, sent as the `client_id` query parameter. Also accepted as `client_id`.
 * @attr base-url - API origin, optionally with a path prefix; defaults to `https://api.ssojet.com`.
 * @attr path - The roles endpoint's path after `base-url` (default `/api/v1/roles`).
 * @attr permissions-path - The permissions endpoint's path after `base-url` (default `/api/v1/permissions`).
 * @attr account-id - Sent as the `accountId` header, which SSOJet's newer documents ask for.
 * @attr env-id - Sent as the `envId` header.
 * @attr label - Accessible name of the list (default "Roles").
 * @attr search - The search box (name, description, permissions) and sort control (name): `auto` (above 10 roles, or with more pages), `on`, `off`. With more pages, it filters the loaded ones and says so.
 * @attr cache-ttl - Milliseconds an answer serves identical requests (default 10000; 0 turns the cache off).
 * @attr virtualize-threshold - Lists longer than this render only the rows in view (default 100).
 *
 * @event {CustomEvent<IamLoadDetail<SsojetRole>>} iam-load - Roles were loaded and rendered (again after each "Load more").
 * @event {CustomEvent<IamErrorDetail>} iam-error - Loading failed; `detail.error` is an `IamError`.
 * @event {CustomEvent<IamAuthRequiredDetail>} iam-auth-required - Loading failed with 401 or 403, after `iam-error`: sign the user in again, then set a new token or call `refresh()`.
 * @event {CustomEvent<IamSelectDetail<SsojetRole>>} iam-select - The user activated a role.
 *
 * @csspart permissions - The list of a role's permissions.
 * @csspart permission - One permission.
 */
export class RoleList extends SsojetListElement<SsojetRole> {
  static override styles = [SsojetListElement.styles, permissionStyles];

  static override properties: PropertyDeclarations = {
    permissionsPath: { attribute: 'permissions-path' },
    accountId: { attribute: 'account-id' },
    envId: { attribute: 'env-id' },
  };

  protected override readonly defaultPath = ROLES_PATH;

  /** The permissions endpoint's path after `base-url`; unset, `/api/v1/permissions`. */
  permissionsPath: string | undefined;

  /** Sent as the `accountId` header. */
  accountId: string | undefined;

  /** Sent as the `envId` header. */
  envId: string | undefined;

  protected override readonly messagePrefix = 'roles';

  protected override readonly messages = roleListMessages;

  protected override readonly source = {
    ...this.ssojetSource({
      query: () => [this.permissionsPath, this.accountId, this.envId],
      fetch: (request) =>
        fetchRoles({ ...request, permissionsPath: this.permissionsPath || PERMISSIONS_PATH, accountId: this.accountId, envId: this.envId }),
    }),
    // Documented: `limit` defaults to 10, and the element sends none.
    pageSize: () => SSOJET_DEFAULT_PAGE_SIZE,
  };

  protected override readonly presenter: ItemPresenter<SsojetRole> = {
    name: (role) => role.name,
    searchText: (role) => [role.name, role.description, ...role.permissions].join('\n'),
    badges: (role) => activeBadge(role.active, this.l10n),
    details: (role) => this.renderDetails(role),
    table: {
      subtitle: (role) => role.description,
      columns: [{ label: () => this.l10n.t('roles.permissions'), cell: (role) => chips(this.l10n, role.permissions) }],
    },
  };

  private renderDetails(role: SsojetRole) {
    const { l10n } = this;
    return detailList([
      { label: l10n.t('ssoUsers.description'), value: role.description && dataText(role.description) },
      {
        label: l10n.t('roles.permissions'),
        value:
          role.permissions.length > 0
            ? permissionList(role.permissions, l10n.t('orgs.permissionsOf', role.name ?? l10n.t('roles.unnamed')))
            : placeholder(l10n.t('orgs.noPermissions')),
      },
    ]);
  }
}

