import { html, nothing } from 'lit';
import { IamError } from '../../api/errors.js';
import { fetchPasskeys, PASSKEYS_PATH, renamePasskey, type Passkey } from '../../api/ssojet/passkeys.js';
import { DatesController, timeElement } from '../../shared/dates.js';
import type { ItemPresenter } from '../../shared/data-list-element.js';
import { SsojetListElement } from '../../shared/ssojet-list-element.js';
import { badge, dataText, detailList, placeholder } from '../../shared/templates.js';
import { passkeyListStyles } from './passkey-list.styles.js';
import { passkeyListMessages } from './passkey-list.strings.js';

/** The longest name the rename form accepts. SSOJet documents no limit; 64 fits every authenticator's own label. */
export const MAX_PASSKEY_NAME = 64;

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
  /** The passkey whose rename form is open. */
  private editing: Passkey | undefined;

  /** Why the name typed is refused, shown under the field. */
  private invalid: string | undefined;

  /** What the last rename came to, announced: done, or failed (and rolled back). */
  private renameOutcome: { text: string; failed: boolean } | undefined;

  private readonly dates = new DatesController(this, this.l10n);

  protected override readonly source = this.ssojetSource({ fetch: fetchPasskeys });

  protected override readonly presenter: ItemPresenter<Passkey> = {
    name: (passkey) => passkey.name,
    searchText: (passkey) => [passkey.name, ...passkey.transports].join('\n'),
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
        { label: l10n.t('passkeys.transports'), value: passkey.transports.length > 0 ? dataText(l10n.list(passkey.transports)) : undefined },
      ])}
      ${this.editing === passkey ? this.renderRenameForm(passkey) : this.renderRenameButton(passkey)}
      ${outcome && this.lastRenamed === passkey
        ? html`<p part="rename-status" class=${outcome.failed ? 'error' : ''} role=${outcome.failed ? 'alert' : 'status'}>
            ${outcome.text}
          </p>`
        : nothing}
    `;
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
      @click=${() => this.startRename(passkey)}
    >
      ${l10n.t('passkeys.rename')}
    </button>`;
  }

  private renderRenameForm(passkey: Passkey) {
    const { l10n } = this;
    return html`
      <form part="rename-form" class="rename-form" @submit=${(event: Event) => this.submitRename(event, passkey)}
        @keydown=${(event: KeyboardEvent) => event.key === 'Escape' && this.endRename(passkey)}>
        <label for="rename-input">${l10n.t('passkeys.newName')}</label>
        <input
          id="rename-input"
          part="rename-input"
          .value=${passkey.name ?? ''}
          maxlength=${MAX_PASSKEY_NAME * 2}
          autocomplete="off"
          aria-invalid=${this.invalid ? 'true' : 'false'}
          aria-describedby=${this.invalid ? 'rename-hint' : nothing}
        />
        ${this.invalid ? html`<span id="rename-hint" part="rename-hint" class="hint">${this.invalid}</span>` : nothing}
        <button part="save-button" class="retry" type="submit">${l10n.t('passkeys.save')}</button>
        <button part="cancel-button" class="retry" type="button" @click=${() => this.endRename(passkey)}>${l10n.t('passkeys.cancel')}</button>
      </form>
    `;
  }

  /** The passkey the last rename outcome belongs to. */
  private lastRenamed: Passkey | undefined;

  private async startRename(passkey: Passkey): Promise<void> {
    this.editing = passkey;
    this.invalid = undefined;
    this.renameOutcome = undefined;
    this.requestUpdate();
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLInputElement>('#rename-input')?.select();
  }

  /** Closes the form and puts focus back on the passkey's rename button. */
  private async endRename(passkey: Passkey): Promise<void> {
    this.editing = undefined;
    this.invalid = undefined;
    this.requestUpdate();
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLButtonElement>(`[part="rename-button"][data-id="${CSS.escape(passkey.id!)}"]`)?.focus();
  }

  /**
   * Validates, then renames optimistically: the new name shows at once and
   * the PATCH follows; if it fails, the old name comes back and the failure
   * is announced (`role="alert"`) and fired as `iam-error`.
   */
  private async submitRename(event: Event, passkey: Passkey): Promise<void> {
    event.preventDefault();
    const input = this.renderRoot.querySelector<HTMLInputElement>('#rename-input')!;
    const name = input.value.trim();
    const { l10n } = this;
    this.invalid =
      name === ''
        ? l10n.t('passkeys.nameRequired')
        : name.length > MAX_PASSKEY_NAME
          ? l10n.t('passkeys.nameTooLong', l10n.number(MAX_PASSKEY_NAME))
          : undefined;
    if (this.invalid) {
      this.requestUpdate();
      input.focus();
      return;
    }
    const previous = passkey.name;
    await this.endRename(passkey);
    if (name === previous) return;
    // The passkey object itself (the one iam-load handed out) takes the new name.
    passkey.name = name;
    this.lastRenamed = passkey;
    this.renameOutcome = undefined;
    this.requestUpdate();
    try {
      // Not aborted when the element leaves the page: a rename the user asked for should still happen.
      await renamePasskey(this.ssojetRequest(undefined, { cacheTtl: 0, fresh: true }, undefined), passkey.id!, name);
      this.renameOutcome = { text: l10n.t('passkeys.renamed', name), failed: false };
    } catch (error) {
      if (passkey.name === name) passkey.name = previous;
      const iamError = error instanceof IamError ? error : new IamError('network', String(error));
      const still = l10n.t('passkeys.renameFailed', previous ?? l10n.t('passkeys.unnamed'));
      this.renameOutcome = { text: `${still} ${this.describeError(iamError)}`, failed: true };
      this.emit('iam-error', { error: iamError });
    }
    this.requestUpdate();
  }
}
