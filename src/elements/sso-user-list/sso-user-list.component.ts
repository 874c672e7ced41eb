import { html, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { fetchSsoUsers, type SsoUser, type WallClockTime } from '../../api/enos.js';
import type { CachePolicy } from '../../api/request-cache.js';
import { DataListElement, type SortOption } from '../../shared/data-list-element.js';
import { strings } from '../../shared/strings.js';
import { badge, dataText, detailList } from '../../shared/templates.js';
import { ssoUserListStyles } from './sso-user-list.styles.js';

/**
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
 * @attr timeout - Milliseconds before a request counts as timed out (default 15000; 0 waits forever).
 * @attr label - Accessible name of the list (default "SSO users").
 * @attr search - The search box (name, email, phone) and sort control (name, created): `auto` (above 10 users), `on`, `off`.
 * @attr cache-ttl - Milliseconds an answer serves identical requests (default 10000; 0 turns the cache off).
 * @attr virtualize-threshold - Lists longer than this render only the rows in view (default 100).
 *
 * @event {CustomEvent<IamLoadDetail<SsoUser>>} iam-load - The users were loaded and rendered.
 * @event {CustomEvent<IamErrorDetail>} iam-error - Loading failed (including EnOS `success: false`); `detail.error` is an `IamError`.
 * @event {CustomEvent<IamSelectDetail<SsoUser>>} iam-select - The user activated a row.
 *
 * @slot empty - Shown instead of the default sentence when no user matches.
 *
 * @csspart base - The wrapper of everything.
 * @csspart status - The polite live region: loading, the count, or the empty message.
 * @csspart idle - The sentence naming the inputs still missing.
 * @csspart empty - The empty message.
 * @csspart error - The alert shown when loading failed.
 * @csspart error-message - Its sentence.
 * @csspart error-detail - The server's own message, when it sent one.
 * @csspart retry-button - The button that loads again.
 * @csspart controls - The search box and sort control; also `search` (the input) and `sort` (the select).
 * @csspart scroller - The scroll box around a long (virtualized) list.
 * @csspart list - The `<ul>` of users.
 * @csspart item - One user.
 * @csspart item-header - The name and state badge.
 * @csspart item-name - The name, a button that fires `iam-select`.
 * @csspart badge - Every status badge; also `badge-positive`, `badge-negative`, `badge-neutral`.
 * @csspart details - The `<dl>` of a user's facts; also `detail`, `detail-label`, `detail-value`.
 * @csspart verification - "verified" / "not verified" after an email or phone.
 *
 * @cssproperty --iam-color-text - Text colour (default: inherited from the host).
 * @cssproperty --iam-color-muted - Secondary text (default: the text colour at 72%).
 * @cssproperty --iam-color-border - Borders (default: the text colour at 22%).
 * @cssproperty --iam-color-surface - Background of each item (default: transparent).
 * @cssproperty --iam-color-accent - Buttons and the focus ring.
 * @cssproperty --iam-color-success - Positive badges (enabled, verified).
 * @cssproperty --iam-color-danger - Negative badges and errors.
 * @cssproperty --iam-radius - Corner radius.
 * @cssproperty --iam-gap - Spacing between and inside items.
 * @cssproperty --iam-focus-ring - The `outline` of a focused control.
 * @cssproperty --iam-list-max-height - Height of a long list's scroll box (default 32rem; `none` lets the page scroll it).
 */
export class SsoUserList extends DataListElement<SsoUser> {
  static override styles = [DataListElement.styles, ssoUserListStyles];

  /** The organization (OU) whose SSO users are listed. */
  @property({ attribute: 'org-id' }) orgId: string | undefined;

  /** Server-side filter by user name (`userName`). */
  @property({ attribute: 'user-name' }) userName: string | undefined;

  /** Server-side filter by email. */
  @property() email: string | undefined;

  /** Server-side filter by phone number. */
  @property() phone: string | undefined;

  protected override readonly texts = strings.ssoUsers;

  /** Chosen once per update, not once per row: a list may hold thousands of users. */
  private dateFormat = dateFormatFor(undefined);

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    this.dateFormat = dateFormatFor(this.locale());
  }

  protected override requiredInputs() {
    return { 'org-id': this.orgId };
  }

  protected override requestInputs(): unknown[] {
    return [this.orgId, this.userName, this.email, this.phone];
  }

  protected override load(signal: AbortSignal, cache: CachePolicy): Promise<SsoUser[]> {
    return fetchSsoUsers({
      baseUrl: this.baseUrl!,
      token: this.token!,
      orgId: this.orgId!,
      userName: this.userName,
      email: this.email,
      phone: this.phone,
      signal,
      ...cache,
      timeout: this.timeout,
    });
  }

  protected override itemName(user: SsoUser): string | undefined {
    return user.name;
  }

  protected override searchText(user: SsoUser): string {
    return [user.name, user.email, user.phone].join('\n');
  }

  protected override sortOptions(): SortOption<SsoUser>[] {
    const key = (user: SsoUser) => user.createdAt?.asUtc.getTime();
    return [
      { label: strings.ssoUsers.sortNewest, key, descending: true },
      { label: strings.ssoUsers.sortOldest, key },
    ];
  }

  protected override renderBadges(user: SsoUser) {
    const t = strings.ssoUsers;
    if (user.state === 'unknown') return badge(strings.statusUnknown, 'neutral');
    return user.state === 'enabled' ? badge(t.enabled, 'positive') : badge(t.disabled, 'negative');
  }

  protected override renderDetails(user: SsoUser) {
    const t = strings.ssoUsers;
    const phone = user.phone && (user.phoneArea ? `+${user.phoneArea} ${user.phone}` : user.phone);
    return detailList([
      { label: t.email, value: user.email && html`${dataText(user.email)}${verification(user.emailVerified)}` },
      { label: t.phone, value: phone && html`${dataText(phone)}${verification(user.phoneVerified)}` },
      { label: t.identityProvider, value: user.domain && dataText(user.domain) },
      { label: t.created, value: user.createdAt && this.renderTime(user.createdAt) },
      { label: t.description, value: user.description && dataText(user.description) },
    ]);
  }

  /**
   * EnOS sends times without a zone, so they are shown as sent (formatted in
   * UTC, which leaves the digits alone) rather than shifted by a guess.
   */
  private renderTime(time: WallClockTime) {
    return html`<time datetime=${time.iso}>${this.dateFormat.format(time.asUtc)}</time>`;
  }

  /** The nearest `lang` in the light DOM, else the browser's language. */
  private locale(): string | undefined {
    const lang = this.closest<HTMLElement>('[lang]')?.lang;
    try {
      return lang ? Intl.DateTimeFormat.supportedLocalesOf(lang)[0] : undefined;
    } catch {
      return undefined; // An invalid `lang` value; the browser's default serves.
    }
  }
}

const dateFormats = new Map<string | undefined, Intl.DateTimeFormat>();

function dateFormatFor(locale: string | undefined): Intl.DateTimeFormat {
  let format = dateFormats.get(locale);
  if (!format) {
    // UTC leaves EnOS's zone-less digits as sent (see renderTime).
    format = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' });
    dateFormats.set(locale, format);
  }
  return format;
}

function verification(verified: boolean | undefined) {
  if (verified === undefined) return '';
  const text = verified ? strings.verified : strings.notVerified;
  return html` <span part="verification" class=${verified ? 'verified' : 'unverified'}>(${text})</span>`;
}
