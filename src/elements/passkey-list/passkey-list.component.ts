import { html, nothing } from 'lit';
import { IamError } from '../../api/errors.js';
import { fetchPasskeys, PASSKEYS_PATH, renamePasskey, type Passkey } from '../../api/ssojet/passkeys.js';
import { DatesController, timeElement } from '../../shared/dates.js';
import type { ItemPresenter } from '../../shared/data-list-element.js';
import { loadErrorAlert } from '../../shared/data-list-element.js';
import { SsojetListElement } from '../../shared/ssojet-list-element.js';
import { badge, dataText, detailList, placeholder } from '../../shared/templates.js';
import { passkeyListStyles } from './passkey-list.styles.js';
import { passkeyListMessages } from './passkey-list.strings.js';

type TransportMessageId = Extract<keyof typeof passkeyListMessages, `passkeys.transport.${string}`>;
import type { PasskeyRename, RenameOutcome } from './passkey-rename.js';

/**
 * @tagname passkey-list
 * @summary The signed-in user's passkeys, from SSOJet's `GET /api/v1/auth/passwordless/passkey/credentials`, each renamable in place (`PATCH …/credentials/{id}`).
 *
 * @attr token - The signed-in user's own access token (this is a user-token route).
 * @attr client-id - SSOJet client id, sent as the `x-client-id` header. Also accepted as `client_id`.
 * @attr base-url - API origin, optionally with a path prefix; defaults to `https://api.ssojet.com`.
 * @attr path - The endpoint's path after `base-url` (default `/api/v1/auth/passwordless/passkey/credentials`); a rename goes to `{path}/{id}`.
 * @attr label - Accessible name of the list (default "Passkeys").
 * @attr search - The search box (name, transports) and sort control (name): `auto` (above 10 passkeys), `on`, `off`.
 * @attr cache-ttl - Milliseconds an answer serves identical requests (default 10000; 0 turns the cache off).
 * @attr virtualize-threshold - Lists longer than this render only the rows in view (default 100).
 *
 * @event {CustomEvent<IamLoadDetail<Passkey>>} iam-load - The passkeys were loaded and rendered.
 * @event {CustomEvent<IamErrorDetail>} iam-error - Loading or a rename failed; `detail.error` is an `IamError`.
 * @event {CustomEvent<IamAuthRequiredDetail>} iam-auth-required - Loading failed with 401 or 403, after `iam-error`: sign the user in again, then set a new token or call `refresh()`.
 * @event {CustomEvent<IamSelectDetail<Passkey>>} iam-select - The user activated a passkey.
 *
 * @csspart rename-button - The button that opens a passkey's rename form.
 * @csspart rename-form - The form: `rename-input`, `rename-hint` (the validation message), `save-button`, `cancel-button`.
 * @csspart rename-status - The polite region announcing a finished rename, or (as an alert) a failed one.
 */
export class PasskeyList extends SsojetListElement<Passkey> {
  static override styles = [SsojetListElement.styles, passkeyListStyles];

  protected override readonly defaultPath = PASSKEYS_PATH;

  protected override readonly messagePrefix = 'passkeys';

  protected override readonly messages = passkeyListMessages;

  // Plain fields, each change followed by requestUpdate(): reactive ones would read as public API to the manifest.
  /** The rename form, once its chunk is here (passkey-rename.ts). */
  private rename: PasskeyRename | undefined;

  /** The passkey whose rename form is being fetched: its button says so (`aria-busy`). */
  private opening: Passkey | undefined;

  /** What the last rename came to, announced: done, or failed (and rolled back). */
  private renameOutcome: RenameOutcome | undefined;

  /** The passkey the last rename outcome belongs to. */
  private lastRenamed: Passkey | undefined;

  private readonly dates = new DatesController(this, this.l10n);

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
    const outcome = this.renameOutcome;
    return html`
      ${detailList([
        { label: l10n.t('ssoUsers.created'), value: this.renderTime(passkey.createdAt) },
        { label: l10n.t('passkeys.lastUsed'), value: this.renderTime(passkey.lastUsedAt) },
        { label: l10n.t('passkeys.transports'), value: passkey.transports.length > 0 ? dataText(l10n.list(this.transports(passkey))) : undefined },
      ])}
      ${this.rename?.editing === passkey ? this.rename.render(passkey) : this.renderRenameButton(passkey)}
      ${outcome && this.lastRenamed === passkey
        ? html`<p part="rename-status" class=${outcome.failed ? 'error' : ''} role=${outcome.failed ? 'alert' : 'status'}>
            ${outcome.text}
          </p>`
        : nothing}
    `;
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

  private renderRenameButton(passkey: Passkey) {
    const { l10n } = this;
    if (passkey.id === undefined) return nothing;
    return html`<button
      part="rename-button"
      class="retry"
      type="button"
      data-id=${passkey.id}
      aria-label=${l10n.t('passkeys.renameLabel', passkey.name ?? l10n.t('passkeys.unnamed'))}
      aria-busy=${this.opening === passkey ? 'true' : nothing}
      @click=${() => this.startRename(passkey)}
    >
      ${l10n.t('passkeys.rename')}
    </button>`;
  }

  /**
   * Opens the passkey's rename form, fetching its code first if this is the
   * page's first rename (the form is no part of the first row: see
   * passkey-rename.ts). If that fetch fails, the name stays, the failure is
   * announced and fired like a failed rename, and the button stays.
   */
  private async startRename(passkey: Passkey): Promise<void> {
    this.renameOutcome = undefined;
    if (this.rename === undefined) {
      this.opening = passkey;
      this.requestUpdate();
      try {
        const { PasskeyRename } = await import('./passkey-rename.js');
        // A failed rename is described at once, in words of the error chunk: fetched with the form's code.
        void loadErrorAlert();
        this.rename ??= new PasskeyRename({
          host: this,
          l10n: this.l10n,
          // Not aborted when the element leaves the page: a rename the user asked for should still happen.
          save: (renamed, name) => renamePasskey(this.ssojetRequest(undefined, { cacheTtl: 0, fresh: true }, undefined), renamed.id!, name),
          failed: (error) => {
            this.emit('iam-error', { error });
            return this.describeError(error);
          },
          focusButton: (renamed) =>
            this.renderRoot.querySelector<HTMLButtonElement>(`[part="rename-button"][data-id="${CSS.escape(renamed.id!)}"]`)?.focus(),
          announce: (renamed, outcome) => {
            this.lastRenamed = renamed;
            this.renameOutcome = outcome;
            this.requestUpdate();
          },
        });
      } catch (error) {
        const iamError = new IamError('network', String(error));
        // Its words are a chunk too; without them the sentence still says the name stays.
        await loadErrorAlert();
        this.emit('iam-error', { error: iamError });
        const still = this.l10n.t('passkeys.renameFailed', passkey.name ?? this.l10n.t('passkeys.unnamed'));
        this.lastRenamed = passkey;
        this.renameOutcome = { text: `${still} ${this.describeError(iamError)}`, failed: true };
        return;
      } finally {
        this.opening = undefined;
        this.requestUpdate();
      }
    }
    await this.rename.open(passkey);
  }
}
