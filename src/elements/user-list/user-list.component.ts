import { html, type PropertyDeclarations } from 'lit';
import { SSOJET_DEFAULT_PAGE_SIZE } from '../../api/ssojet/request.js';
import { fetchUsers, USERS_PATH, type SsojetUser } from '../../api/ssojet/users.js';
import { DatesController } from '../../shared/dates.js';
import type { DataSource, ItemPresenter } from '../../shared/data-list-element.js';
import { SsojetListElement } from '../../shared/ssojet-list-element.js';
import { activeBadge, dataText, detailList } from '../../shared/templates.js';
import { verification, verificationStyles } from '../../shared/verification.js';
import { userListMessages } from './user-list.strings.js';

/**
 * @tagname user-list
 * @summary The users of an SSOJet application, from `GET /api/v1/users`, with "Load more" while the answer has a `next_cursor`.
 *
 * @attr token - Bearer token for `base-url`. SSOJet's `/api/v1/users` wants a management token, which no browser may hold: point `base-url` at the host's proxy.
 * @attr client-id - SSOJet client id, sent as the `client_id` query parameter. Also accepted as `client_id`.
 * @attr base-url - API origin, optionally with a path prefix; defaults to `https://api.ssojet.com`.
 * @attr path - The endpoint's path after `base-url` (default `/api/v1/users`).
 * @attr page-size - Users per page, sent as `limit`; unset, the server's default.
 * @attr email - Sent as `email`: the newer API's filter by email address.
 * @attr label - Accessible name of the list (default "Users").
 * @attr search - The search box and sort control (name): `auto` (above 10 users, or with more pages), `on`, `off`. While more pages exist, a query goes to the server as `email` (replacing the attribute's); otherwise it filters the loaded users by name and email.
 * @attr cache-ttl - Milliseconds an answer serves identical requests (default 10000; 0 turns the cache off).
 * @attr virtualize-threshold - Lists longer than this render only the rows in view (default 100).
 *
 * @event {CustomEvent<IamLoadDetail<SsojetUser>>} iam-load - Users were loaded and rendered (again after each "Load more").
 * @event {CustomEvent<IamErrorDetail>} iam-error - Loading failed; `detail.error` is an `IamError`.
 * @event {CustomEvent<IamAuthRequiredDetail>} iam-auth-required - Loading failed with 401 or 403, after `iam-error`: sign the user in again, then set a new token or call `refresh()`.
 * @event {CustomEvent<IamSelectDetail<SsojetUser>>} iam-select - The user activated a user.
 *
 * @csspart verification - "(verified)" or "(not verified)" after an email address.
 *
 * Actions (`actions`, space-separated; docs/writes.md): `roles` (`PUT /api/v1/users/{id}/roles`, the roles
 * offered from `GET /api/v1/roles`), `remove` (`DELETE /api/v1/users/{id}`), `create` (`POST /api/v1/users`),
 * `verify` (`POST /api/v1/users/{id}/verify`). Through a proxy only: they need the management token.
 */
export class UserList extends SsojetListElement<SsojetUser> {
  static override styles = [SsojetListElement.styles, verificationStyles];

  static override properties: PropertyDeclarations = {
    pageSize: { attribute: 'page-size', type: Number },
    email: {},
  };

  protected override readonly defaultPath = USERS_PATH;

  /** Users per page, sent as `limit`; unset, the server's default. */
  pageSize: number | undefined;

  /** Sent as `email`: the newer API's filter by email address. */
  email: string | undefined;

  protected override readonly messagePrefix = 'users';

  protected override readonly messages = userListMessages;

  private readonly dates = new DatesController(this, this.l10n);

  /** `actions="roles remove create verify"` (user-list.actions.ts, a chunk of its own). */
  protected override loadActions() {
    return import('./user-list.actions.js').then((module) => module.userListActions(this.actionParts()));
  }

  /** The search box's query, sent as `email` while the list is paged (see `source.search`); '' sends the attribute's. */
  #searched = '';

  /**
   * SSOJet's `GET /api/v1/users` documents one filter, `email`: a search of a paged list goes there, since
   * filtering the pages loaded would miss the others (issue 17). How it matches (the whole address, a
   * prefix, a part) is not documented, so the box says only "Search by e-mail address" and the status
   * what the server found; the reference server takes the narrowest reading, the whole address.
   */
  protected override readonly source: DataSource<SsojetUser> = {
    ...this.ssojetSource({
      query: () => [this.pageSize, this.email, this.#searched],
      fetch: (request) => fetchUsers({ ...request, pageSize: this.pageSize, email: this.#searched || this.email }),
    }),
    // A page-size the request does not send (0, negative) leaves the server's default too.
    pageSize: () => (this.pageSize! > 0 ? Math.floor(this.pageSize!) : SSOJET_DEFAULT_PAGE_SIZE),
    search: {
      send: (query) => {
        this.#searched = query;
        this.requestUpdate();
      },
      placeholder: () => this.l10n.t('users.emailSearch'),
      found: (query, n, more) => {
        const { l10n } = this;
        const number = l10n.number(n);
        if (more) return l10n.t('users.emailFoundMore', query, number);
        if (n === 0) return l10n.t('users.emailNone', query);
        return l10n.t(new Intl.PluralRules(l10n.locale).select(n) === 'one' ? 'users.emailFound.one' : 'users.emailFound.other', query, number);
      },
    },
  };

  protected override readonly presenter: ItemPresenter<SsojetUser> = {
    name: (user) => [user.firstName, user.lastName].filter(Boolean).join(' ') || user.email,
    searchText: (user) => [user.firstName, user.lastName, user.email].join('\n'),
    badges: (user) => activeBadge(user.active, this.l10n),
    details: (user) => this.renderDetails(user),
    table: {
      subtitle: (user) => user.email,
      columns: [
        {
          label: () => this.l10n.t('users.lastLogin'),
          cell: (user) => this.dates.render(user.lastLoginAt, 'relative'),
        },
      ],
    },
  };

  private renderDetails(user: SsojetUser) {
    const { l10n } = this;
    return detailList([
      { label: l10n.t('ssoUsers.email'), value: user.email && html`${dataText(user.email)}${verification(user.emailVerified, l10n)}` },
      { label: l10n.t('users.lastLogin'), value: this.dates.render(user.lastLoginAt) },
      { label: l10n.t('ssoUsers.created'), value: this.dates.render(user.createdAt) },
    ]);
  }
}
