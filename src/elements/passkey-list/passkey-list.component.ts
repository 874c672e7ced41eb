import { nothing } from 'lit';
import { fetchPasskeys, PASSKEYS_PATH, type Passkey } from '../../api/ssojet/passkeys.js';
import { DatesController, timeElement } from '../../shared/dates.js';
import type { ItemPresenter } from '../../shared/data-list-element.js';
import { SsojetListElement } from '../../shared/ssojet-list-element.js';
import { badge, dataText, detailList, placeholder } from '../../shared/templates.js';
import { passkeyListMessages } from './passkey-list.strings.js';

type TransportMessageId = Extract<keyof typeof passkeyListMessages, `passkeys.transport.${string}`>;

/**
 * @tagname passkey-list
 * @summary The signed-in user's passkeys, from SSOJet's `GET /api/v1/auth/passwordless/passkey/credentials`; with `actions="rename remove"`, each can be renamed (`PATCH …/credentials/{id}`) or removed.
 *
 * @attr token - The signed-in user's own access token (this is a user-token route).
 * @attr client-id - SSOJet client id, sent as the `x-client-id` header. Also accepted as `client_id`.
 * @attr base-url - API origin, optionally with a path prefix; defaults to `https://api.ssojet.com`.
 * @attr path - The endpoint's path after `base-url` (default `/api/v1/auth/passwordless/passkey/credentials`); a rename or removal goes to `{path}/{id}`.
 * @attr actions - `rename` (a dialog with the name, 1–64 characters), `remove` (after a confirmation): none unless listed. Events and parts: docs/writes.md.
 * @attr label - Accessible name of the list (default "Passkeys").
 * @attr search - The search box (name, transports) and sort control (name): `auto` (above 10 passkeys, or with more pages), `on`, `off`. With more pages, it filters the loaded ones and says so.
 * @attr cache-ttl - Milliseconds an answer serves identical requests (default 10000; 0 turns the cache off).
 * @attr virtualize-threshold - Lists longer than this render only the rows in view (default 100).
 *
 * @event {CustomEvent<IamLoadDetail<Passkey>>} iam-load - The passkeys were loaded and rendered.
 * @event {CustomEvent<IamErrorDetail>} iam-error - Loading failed; `detail.error` is an `IamError` (a failed rename or removal is `iam-action-error`).
 * @event {CustomEvent<IamAuthRequiredDetail>} iam-auth-required - Loading failed with 401 or 403, after `iam-error`: sign the user in again, then set a new token or call `refresh()`.
 * @event {CustomEvent<IamSelectDetail<Passkey>>} iam-select - The user activated a passkey.
 */
export class PasskeyList extends SsojetListElement<Passkey> {
  protected override readonly defaultPath = PASSKEYS_PATH;

  protected override readonly messagePrefix = 'passkeys';

  protected override readonly messages = passkeyListMessages;

  private readonly dates = new DatesController(this, this.l10n);

  /** `actions="rename remove"` (passkey-list.actions.ts, a chunk of its own). */
  protected override loadActions() {
    return import('./passkey-list.actions.js').then((module) => module.passkeyListActions(this.actionParts()));
  }

  protected override readonly source = this.ssojetSource({ fetch: fetchPasskeys });

  protected override readonly presenter: ItemPresenter<Passkey> = {
    name: (passkey) => passkey.name,
    searchText: (passkey) => [passkey.name, ...this.transports(passkey)].join('\n'),
    badges: (passkey) => {
      if (passkey.backedUp === undefined) return nothing;
      return passkey.backedUp ? badge(this.l10n.t('passkeys.backedUp'), 'positive') : badge(this.l10n.t('passkeys.notBackedUp'), 'neutral');
    },
    details: (passkey) => this.renderDetails(passkey),
  };

  private renderDetails(passkey: Passkey) {
    const { l10n } = this;
    return detailList([
      { label: l10n.t('ssoUsers.created'), value: this.renderTime(passkey.createdAt) },
      { label: l10n.t('passkeys.lastUsed'), value: this.renderTime(passkey.lastUsedAt) },
      { label: l10n.t('passkeys.transports'), value: passkey.transports.length > 0 ? dataText(l10n.list(this.transports(passkey))) : undefined },
    ]);
  }

  /** How the passkey reaches the device, in words: a token WebAuthn may add later shows as sent. */
  private transports(passkey: Passkey): string[] {
    return passkey.transports.map((token) => {
      const id = `passkeys.transport.${token}` as TransportMessageId;
      // USB and NFC are the same word in every language: no message of their own.
      return id in passkeyListMessages ? this.l10n.t(id) : /^(usb|nfc)$/.test(token) ? token.toUpperCase() : token;
    });
  }

  private renderTime(time: Date | null | undefined) {
    if (time === null) return placeholder(this.l10n.t('never'));
    return time && timeElement(time, this.dates.format.format(time));
  }
}
