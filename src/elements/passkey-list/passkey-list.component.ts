import { css, html, nothing, svg, type SVGTemplateResult } from 'lit';
import { fetchPasskeys, PASSKEYS_PATH, type Passkey } from '../../api/ssojet/passkeys.js';
import { DatesController } from '../../shared/dates.js';
import type { ItemPresenter } from '../../shared/data-list-element.js';
import { SsojetListElement } from '../../shared/ssojet-list-element.js';
import { badge, dataText, detailList, joinedList } from '../../shared/templates.js';
import { passkeyListMessages } from './passkey-list.strings.js';

type TransportMessageId = Extract<keyof typeof passkeyListMessages, `passkeys.transport.${string}`>;

/**
 * An outline icon beside each transport's word (issue 17), decorative: the
 * word says it. 16 units square, drawn with the text's colour; a token
 * WebAuthn may add later has its word and no icon. A Map, so a hostile token
 * such as "constructor" finds no icon on Object's prototype.
 */
const TRANSPORT_ICONS = new Map<string, SVGTemplateResult>(
  Object.entries({
    usb: svg`<path d="M5.5 1.5h5v4h-5zM4 5.5h8v4a4 4 0 0 1-8 0zM8 13.5v1.5" />`,
    nfc: svg`<path d="M4 5.5a3.5 3.5 0 0 1 0 5M7 3.5a6.5 6.5 0 0 1 0 9M10 1.5a9.5 9.5 0 0 1 0 13" />`,
    ble: svg`<path d="m4 5 8 6-4 3.5v-13L12 5l-8 6" />`,
    internal: svg`<rect x="2" y="3" width="12" height="8" rx="1" /><path d="M1 13.5h14" />`,
    hybrid: svg`<rect x="4.5" y="1" width="7" height="14" rx="1.5" /><path d="M7 12.5h2" />`,
    'smart-card': svg`<rect x="1" y="3" width="14" height="10" rx="1.5" /><path d="M3.5 6.5h3v3h-3z" />`,
  }),
);

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
  static override styles = [
    SsojetListElement.styles,
    css`
      .transport svg {
        inline-size: 1em;
        block-size: 1em;
        vertical-align: -0.125em;
        margin-inline-end: 0.25em;
        fill: none;
        stroke: currentColor;
        stroke-width: 1.5;
        stroke-linecap: round;
        stroke-linejoin: round;
      }
    `,
  ];

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
      { label: l10n.t('ssoUsers.created'), value: this.dates.render(passkey.createdAt) },
      { label: l10n.t('passkeys.lastUsed'), value: this.dates.render(passkey.lastUsedAt) },
      { label: l10n.t('passkeys.transports'), value: passkey.transports.length > 0 ? this.renderTransports(passkey) : undefined },
    ]);
  }

  /** The transports joined as the locale joins a list ("USB, NFC"), each word after its icon. */
  private renderTransports(passkey: Passkey) {
    return joinedList(this.l10n, this.transports(passkey), (word, i) => {
      const icon = TRANSPORT_ICONS.get(passkey.transports[i]!);
      return html`<span class="transport">${icon ? html`<svg viewBox="0 0 16 16" aria-hidden="true">${icon}</svg>` : nothing}${dataText(word)}</span>`;
    });
  }

  /** How the passkey reaches the device, in words: a token WebAuthn may add later shows as sent. */
  private transports(passkey: Passkey): string[] {
    return passkey.transports.map((token) => {
      const id = `passkeys.transport.${token}` as TransportMessageId;
      // USB and NFC are the same word in every language: no message of their own.
      return id in passkeyListMessages ? this.l10n.t(id) : /^(usb|nfc)$/.test(token) ? token.toUpperCase() : token;
    });
  }
}
