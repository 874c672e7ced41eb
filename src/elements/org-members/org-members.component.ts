import type { PropertyDeclarations } from 'lit';
import { fetchOrgMembers, MEMBERS_PATH, type OrgMember } from '../../api/ssojet/members.js';
import { DatesController } from '../../shared/dates.js';
import type { ItemPresenter } from '../../shared/data-list-element.js';
import { SsojetListElement } from '../../shared/ssojet-list-element.js';
import { activeBadge, badge, chips, dataText, detailList, placeholder } from '../../shared/templates.js';
import { orgMembersMessages } from './org-members.strings.js';

/**
 * @tagname org-members
 * @summary The members of one SSOJet organization (tenant), with its pending invitations first, from
 * `GET /api/v1/tenants/{tenant-id}/users` and `…/invitations?status=pending`.
 *
 * @attr token - Bearer token for `base-url`. The tenant routes want a management token, which no browser may hold: point `base-url` at the host's proxy.
 * @attr client-id - SSOJet client id, sent as the `client_id` query parameter. Also accepted as `client_id`.
 * @attr tenant-id - The organization whose members are listed.
 * @attr base-url - API origin, optionally with a path prefix; defaults to `https://api.ssojet.com`.
 * @attr path - The members' path after `base-url` (default `/api/v1/tenants/{tenant-id}/users`); the writes go below it without `/users`.
 * @attr invitations-path - The invitations' path (default `/api/v1/tenants/{tenant-id}/invitations`); empty, no invitations are asked for.
 * @attr label - Accessible name of the list (default "Members").
 * @attr search - The search box (name, e-mail, roles) and sort control (name): `auto` (above 10 rows, or with more pages), `on`, `off`. With more pages, it filters the loaded ones and says so.
 * @attr cache-ttl - Milliseconds an answer serves identical requests (default 10000; 0 turns the cache off).
 * @attr virtualize-threshold - Lists longer than this render only the rows in view (default 100).
 * @attr actions - `invite` (e-mail and roles), `resend` and `revoke` (an invitation), `remove` (a member, after a confirmation), `roles` (a member's): none unless listed. Events and parts: docs/writes.md.
 *
 * @event {CustomEvent<IamLoadDetail<OrgMember>>} iam-load - Members were loaded and rendered (again after each "Load more").
 * @event {CustomEvent<IamErrorDetail>} iam-error - Loading failed; or only the invitations could not be read, and the members are shown without them.
 * @event {CustomEvent<IamAuthRequiredDetail>} iam-auth-required - Loading failed with 401 or 403, after `iam-error`: sign the user in again, then set a new token or call `refresh()`.
 * @event {CustomEvent<IamSelectDetail<OrgMember>>} iam-select - The user activated a member or an invitation.
 */
export class OrgMembers extends SsojetListElement<OrgMember> {
  static override properties: PropertyDeclarations = {
    tenantId: { attribute: 'tenant-id' },
    invitationsPath: { attribute: 'invitations-path' },
  };

  protected override readonly defaultPath = MEMBERS_PATH;

  /** The organization (SSOJet tenant) whose members are listed. */
  tenantId: string | undefined;

  /** The invitations' path (`{tenant-id}` filled in); `''` asks for none. Unset, SSOJet's documented path. */
  invitationsPath: string | undefined;

  protected override readonly messagePrefix = 'members';

  protected override readonly messages = orgMembersMessages;

  private readonly dates = new DatesController(this, this.l10n);

  /** `actions="invite resend revoke remove roles"` (org-members.actions.ts, a chunk of its own). */
  protected override loadActions() {
    // The tenant's path: the members' without `/users`, so a host's own layout (`/api/v1/auth/tenants/…`) holds for the writes.
    const tenantPath = this.path?.replace(/\/users$/, '');
    return import('./org-members.actions.js').then((module) => module.orgMembersActions(this.actionParts(), this.tenantId!, tenantPath));
  }

  protected override readonly source = this.ssojetSource({
    pathValues: () => ({ 'tenant-id': this.tenantId }),
    query: () => [this.invitationsPath],
    fetch: async (request) => {
      const page = await fetchOrgMembers({ ...request, invitationsPath: this.invitationsPath });
      // The members are shown without the invitations; the host hears why.
      if (page.invitationsError) this.emit('iam-error', { error: page.invitationsError });
      return page;
    },
  });

  protected override readonly presenter: ItemPresenter<OrgMember> = {
    name: (member) => [member.firstName, member.lastName].filter(Boolean).join(' ') || member.email,
    searchText: (member) => [member.firstName, member.lastName, member.email, ...member.roleNames].join('\n'),
    badges: (member) => {
      if (member.kind === 'member') return activeBadge(member.active, this.l10n);
      const expired = member.status === 'expired' || (member.expiresAt instanceof Date && member.expiresAt.getTime() < Date.now());
      return expired ? badge(this.l10n.t('members.expired'), 'negative') : badge(this.l10n.t('members.invited'), 'neutral');
    },
    details: (member) => this.renderDetails(member),
    table: {
      subtitle: (member) => member.email,
      columns: [
        { label: () => this.l10n.t('members.roles'), cell: (member) => (member.roleNames.length > 0 ? chips(this.l10n, member.roleNames) : this.renderRoles(member)) },
        {
          label: () => this.l10n.t('members.since'),
          cell: (member) => this.dates.render(member.createdAt, 'relative'),
        },
      ],
    },
  };

  private renderRoles(member: OrgMember) {
    // Names where the answer gives them; ids alone name nothing a reader knows.
    if (member.roleNames.length > 0) return dataText(this.l10n.list(member.roleNames));
    return member.roleIds.length > 0 ? undefined : placeholder(this.l10n.t('members.noRoles'));
  }

  private renderDetails(member: OrgMember) {
    const { l10n } = this;
    return detailList([
      { label: l10n.t('members.email'), value: member.email && dataText(member.email) },
      { label: l10n.t('members.roles'), value: this.renderRoles(member) },
      { label: l10n.t('members.since'), value: this.dates.render(member.createdAt) },
      { label: l10n.t('members.expires'), value: this.dates.render(member.expiresAt) },
    ]);
  }
}
