import type { PropertyDeclarations } from 'lit';
import { fetchLoginLogs, LOGIN_LOGS_PATH, type LoginLog } from '../../api/ssojet/login-logs.js';
import { DatesController, timeSortOptions } from '../../shared/dates.js';
import type { ItemPresenter } from '../../shared/data-list-element.js';
import { SsojetListElement } from '../../shared/ssojet-list-element.js';
import { dataText, detailList } from '../../shared/templates.js';
import { userLoginLogsMessages } from './user-login-logs.strings.js';

/**
 * @tagname user-login-logs
 * @summary A user's sign-ins, from SSOJet's `GET /api/v1/users/{user-id}/loginlogs?event=login`: when (localized, with a relative time), IP address, place, device, OS and browser.
 *
 * @attr token - Bearer token for `base-url` (a management token belongs in the host's proxy, not in a page).
 * @attr client-id - SSOJet client id, sent as the `client_id` query parameter. Also accepted as `client_id`.
 * @attr user-id - The user whose sign-ins are listed.
 * @attr base-url - API origin, optionally with a path prefix; defaults to `https://api.ssojet.com`.
 * @attr path - The endpoint's path after `base-url` (default `/api/v1/users/{user-id}/loginlogs`; `{user-id}` is filled in).
 * @attr label - Accessible name of the list (default "Sign-ins").
 * @attr search - The search box (time, IP address, place, device, OS, browser) and sort control (newest, oldest): `auto` (above 10 sign-ins, or with more pages), `on`, `off`. With more pages, it filters the loaded ones and says so.
 * @attr cache-ttl - Milliseconds an answer serves identical requests (default 10000; 0 turns the cache off).
 * @attr virtualize-threshold - Lists longer than this render only the rows in view (default 100).
 *
 * @event {CustomEvent<IamLoadDetail<LoginLog>>} iam-load - Sign-ins were loaded and rendered (again after each "Load more").
 * @event {CustomEvent<IamErrorDetail>} iam-error - Loading failed; `detail.error` is an `IamError`.
 * @event {CustomEvent<IamAuthRequiredDetail>} iam-auth-required - Loading failed with 401 or 403, after `iam-error`: sign the user in again, then set a new token or call `refresh()`.
 * @event {CustomEvent<IamSelectDetail<LoginLog>>} iam-select - The user activated a sign-in.
 */
export class UserLoginLogs extends SsojetListElement<LoginLog> {
  static override properties: PropertyDeclarations = {
    userId: { attribute: 'user-id' },
  };

  protected override readonly defaultPath = LOGIN_LOGS_PATH;

  /** The user whose sign-ins are listed. */
  userId: string | undefined;

  protected override readonly messagePrefix = 'loginLogs';

  protected override readonly messages = userLoginLogsMessages;

  private readonly dates = new DatesController(this, this.l10n);

  protected override readonly source = this.ssojetSource({ pathValues: () => ({ 'user-id': this.userId }), fetch: fetchLoginLogs });

  /** Newest first, oldest first. */
  private readonly byTime = timeSortOptions(this.l10n, (log: LoginLog) => log.at ?? undefined);

  /** A sign-in is named by its time: "24 Jul 2024, 10:21 (3 months ago)". */
  protected override readonly presenter: ItemPresenter<LoginLog> = {
    name: (log) => this.when(log),
    searchText: (log) => [this.when(log), log.ipAddress, log.city, log.country, log.device, log.os, log.browser].join('\n'),
    // A sign-in's name is its formatted time: its name orders are by time, oldest first and newest first
    // (issue 17: "Name, A to Z" sorted sign-ins by the text of a date).
    nameSortOptions: [this.byTime[1], this.byTime[0]],
    details: (log) => this.renderDetails(log),
    table: {
      nameLabel: () => this.l10n.t('loginLogs.time'),
      avatar: false,
      subtitle: (log) => log.ipAddress,
      columns: [
        { label: () => this.l10n.t('loginLogs.location'), cell: (log) => this.place(log) },
        { label: () => this.l10n.t('loginLogs.device'), cell: (log) => log.device && dataText(log.device) },
      ],
    },
  };

  private place({ city, country }: LoginLog) {
    const place = city && country ? this.l10n.t('loginLogs.place', city, country) : (city ?? country);
    return place && dataText(place);
  }

  /** A sign-in is named by its time: "19 Nov 2026, 00:26 (5 days ago)". */
  private when(log: LoginLog): string | undefined {
    // Missing or unreadable, the sign-in is "Unknown time" (its list's unnamed item), never a made-up date.
    if (!log.at || Number.isNaN(log.at.getTime())) return undefined;
    return this.l10n.t('loginLogs.when', this.dates.format.format(log.at), this.dates.relative(log.at));
  }

  private renderDetails(log: LoginLog) {
    const { l10n } = this;
    return detailList([
      { label: l10n.t('loginLogs.ipAddress'), value: log.ipAddress && dataText(log.ipAddress, 'ltr') },
      { label: l10n.t('loginLogs.location'), value: this.place(log) },
      { label: l10n.t('loginLogs.device'), value: log.device && dataText(log.device) },
      { label: l10n.t('loginLogs.os'), value: log.os && dataText(log.os) },
      { label: l10n.t('loginLogs.browser'), value: log.browser && dataText(log.browser) },
    ]);
  }
}
