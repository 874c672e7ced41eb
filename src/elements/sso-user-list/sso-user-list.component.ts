import { html, nothing, type PropertyDeclarations } from 'lit';
import { fetchSsoUsers, type SsoUser } from '../../api/enos.js';
import { DataListElement, type DataSource, type ItemPresenter } from '../../shared/data-list-element.js';
import { DatesController, timeSortOptions } from '../../shared/dates.js';
import { badge, dataText, detailList } from '../../shared/templates.js';
import { verification, verificationStyles } from '../../shared/verification.js';
import { ssoUserListMessages } from './sso-user-list.strings.js';

/**
 * @tagname sso-user-list
 * @summary The SSO users of an organization, from EnOS IAM's
 * `GET /enos-iam-service/v2.3/user/sso/list`.
 *
 * @attr token - Bearer token for `base-url` (a host's signing proxy; EnOS's gateway signs with an app secret no browser may hold).
 * @attr client-id - Accepted for a uniform API; EnOS does not document it, so it is not sent. Also `client_id`.
 * @attr org-id - The organization (OU), sent as `orgId`.
 * @attr base-url - The EnOS API gateway or the host's proxy, optionally with a path prefix. Required.
 * @attr user-name - Server-side filter, sent as `userName`.
 * @attr email - Server-side filter, sent as `email`.
 * @attr phone - Server-side filter, sent as `phone`.
 * @attr label - Accessible name of the list (default "SSO users").
 * @attr search - The search box (name, email, phone) and sort control (name, created): `auto` (above 10 users), `on`, `off`.
 * @attr cache-ttl - Milliseconds an answer serves identical requests (default 10000; 0 turns the cache off).
 * @attr virtualize-threshold - Lists longer than this render only the rows in view (default 100).
 * @attr actions - `edit` (user name, e-mail), `remove` (after a confirmation), `create` (identity provider, user name, e-mail): none unless listed. Events and parts: docs/writes.md.
 *
 * @event {CustomEvent<IamLoadDetail<SsoUser>>} iam-load - The users were loaded and rendered.
 * @event {CustomEvent<IamErrorDetail>} iam-error - Loading failed (including EnOS `success: false`); `detail.error` is an `IamError`.
 * @event {CustomEvent<IamAuthRequiredDetail>} iam-auth-required - Loading failed with 401 or 403, after `iam-error`: sign the user in again, then set a new token or call `refresh()`.
 * @event {CustomEvent<IamSelectDetail<SsoUser>>} iam-select - The user activated a row.
 *
 * @csspart verification - "verified" / "not verified" after an email or phone.
 */
export class SsoUserList extends DataListElement<SsoUser> {
  static override styles = [DataListElement.styles, verificationStyles];

  static override properties: PropertyDeclarations = {
    orgId: { attribute: 'org-id' },
    userName: { attribute: 'user-name' },
    email: {},
    phone: {},
  };

  /** The organization (OU) whose SSO users are listed. */
  orgId: string | undefined;

  /** Server-side filter by user name (`userName`). */
  userName: string | undefined;

  /** Server-side filter by email. */
  email: string | undefined;

  /** Server-side filter by phone number. */
  phone: string | undefined;

  protected override readonly messagePrefix = 'ssoUsers' as const;

  protected override readonly messages = ssoUserListMessages;

  /** UTC leaves EnOS's zone-less digits as sent (see renderTime). */
  private readonly dates = new DatesController(this, this.l10n, 'UTC');

  /** `actions="edit remove create"` (sso-user-list.actions.ts, a chunk of its own). */
  protected override loadActions() {
    const context = { host: this, l10n: this.l10n, presenter: this.presenter, prefix: this.messagePrefix };
    // Not aborted when the element leaves the page: a change the user asked for should still happen.
    const write = () => ({ baseUrl: this.baseUrl!, token: this.tokenSource(), orgId: this.orgId!, timeout: this.timeout });
    return import('./sso-user-list.actions.js').then((module) => module.ssoUserListActions(context, write));
  }

  protected override readonly source: DataSource<SsoUser> = {
    required: () => ({ 'org-id': this.orgId }),
    inputs: () => [this.orgId, this.userName, this.email, this.phone],
    // EnOS sends every user in one answer, megabytes for a large organization: its first rows show while the rest arrives.
    load: (signal, cache, _cursor, preview) =>
      fetchSsoUsers({
        baseUrl: this.baseUrl!,
        token: this.tokenSource(),
        orgId: this.orgId!,
        userName: this.userName,
        email: this.email,
        phone: this.phone,
        signal,
        ...cache,
        timeout: this.timeout,
        onPreview: preview,
      }),
  };

  protected override readonly presenter: ItemPresenter<SsoUser> = {
    name: (user) => user.name,
    searchText: (user) => [user.name, user.email, user.phone].join('\n'),
    sortOptions: timeSortOptions(this.l10n, (user) => user.createdAt?.asUtc),
    badges: (user) => {
      const { l10n } = this;
      // No badge for a state EnOS did not report (issue 17: "unknown" pills were noise).
      if (user.state === 'unknown') return nothing;
      return user.state === 'enabled' ? badge(l10n.t('ssoUsers.enabled'), 'positive') : badge(l10n.t('ssoUsers.disabled'), 'negative');
    },
    details: (user) => this.renderDetails(user),
    table: {
      subtitle: (user) => user.email,
      columns: [
        { label: () => this.l10n.t('ssoUsers.identityProvider'), cell: (user) => user.domain && dataText(user.domain) },
        {
          label: () => this.l10n.t('ssoUsers.created'),
          // A zone-less EnOS time read as UTC: "3 days ago" is off by the zone's hours at most; the title shows it as sent.
          cell: (user) => this.dates.render(user.createdAt, 'relative'),
        },
      ],
    },
  };

  private renderDetails(user: SsoUser) {
    const { l10n } = this;
    const phone = user.phone && (user.phoneArea ? `+${user.phoneArea} ${user.phone}` : user.phone);
    return detailList([
      { label: l10n.t('ssoUsers.email'), value: user.email && html`${dataText(user.email)}${verification(user.emailVerified, this.l10n)}` },
      { label: l10n.t('ssoUsers.phone'), value: phone && html`${dataText(phone, 'ltr')}${verification(user.phoneVerified, this.l10n)}` },
      { label: l10n.t('ssoUsers.identityProvider'), value: user.domain && dataText(user.domain) },
      { label: l10n.t('ssoUsers.created'), value: this.dates.render(user.createdAt) },
      { label: l10n.t('ssoUsers.description'), value: user.description && dataText(user.description) },
    ]);
  }
}
