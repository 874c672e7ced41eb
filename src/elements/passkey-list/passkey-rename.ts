import { html, nothing, type ReactiveControllerHost } from 'lit';
import { IamError } from '../../api/errors.js';
import type { Passkey } from '../../api/ssojet/passkeys.js';
import type { LocaleController } from '../../shared/localize.js';

/** The longest name the rename form accepts. SSOJet documents no limit; 64 fits every authenticator's own label. */
export const MAX_PASSKEY_NAME = 64;

/** What the rename form needs from `<passkey-list>`. */
export interface RenameHost {
  readonly host: ReactiveControllerHost & { readonly renderRoot: HTMLElement | DocumentFragment };
  readonly l10n: LocaleController;
  /** Sends the PATCH. */
  save(passkey: Passkey, name: string): Promise<unknown>;
  /** Fires `iam-error` and says why, as the list's own failures do. */
  failed(error: IamError): string;
  /** Puts focus back on the passkey's rename button. */
  focusButton(passkey: Passkey): void;
  /** Shows what a rename came to under the passkey (undefined: none yet, the PATCH is on its way). */
  announce(passkey: Passkey, outcome: RenameOutcome | undefined): void;
}

/**
 * `<passkey-list>`'s rename form: a write UI that a visitor needs only once
 * they start a rename, so it is a chunk of its own, fetched on the first
 * "Rename" (see PasskeyList.startRename): what a page with the list fetches
 * before its first row stays within the budget (scripts/size.mjs).
 */
export class PasskeyRename {
  /** The passkey whose form is open. */
  editing: Passkey | undefined;

  /** Why the name typed is refused, shown under the field. */
  private invalid: string | undefined;

  constructor(private readonly ctx: RenameHost) {}

  async open(passkey: Passkey): Promise<void> {
    this.editing = passkey;
    this.invalid = undefined;
    this.ctx.host.requestUpdate();
    await this.ctx.host.updateComplete;
    this.ctx.host.renderRoot.querySelector<HTMLInputElement>('#rename-input')?.select();
  }

  /** Closes the form and puts focus back on the passkey's rename button. */
  async close(passkey: Passkey): Promise<void> {
    this.editing = undefined;
    this.invalid = undefined;
    this.ctx.host.requestUpdate();
    await this.ctx.host.updateComplete;
    this.ctx.focusButton(passkey);
  }

  render(passkey: Passkey) {
    const { l10n } = this.ctx;
    return html`
      <form part="rename-form" class="rename-form" @submit=${(event: Event) => this.submit(event, passkey)}
        @keydown=${(event: KeyboardEvent) => event.key === 'Escape' && this.close(passkey)}>
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
        <button part="cancel-button" class="retry" type="button" @click=${() => this.close(passkey)}>${l10n.t('passkeys.cancel')}</button>
      </form>
    `;
  }

  /**
   * Validates, then renames optimistically: the new name shows at once and
   * the PATCH follows; if it fails, the old name comes back and the failure
   * is announced (`role="alert"`) and fired as `iam-error`.
   */
  private async submit(event: Event, passkey: Passkey): Promise<void> {
    event.preventDefault();
    const { host, l10n } = this.ctx;
    const input = host.renderRoot.querySelector<HTMLInputElement>('#rename-input')!;
    const name = input.value.trim();
    this.invalid =
      name === ''
        ? l10n.t('passkeys.nameRequired')
        : name.length > MAX_PASSKEY_NAME
          ? l10n.t('passkeys.nameTooLong', l10n.number(MAX_PASSKEY_NAME))
          : undefined;
    if (this.invalid) {
      host.requestUpdate();
      input.focus();
      return;
    }
    const previous = passkey.name;
    await this.close(passkey);
    if (name === previous) return;
    // The passkey object itself (the one iam-load handed out) takes the new name.
    passkey.name = name;
    this.ctx.announce(passkey, undefined);
    try {
      await this.ctx.save(passkey, name);
      this.ctx.announce(passkey, { text: l10n.t('passkeys.renamed', name), failed: false });
    } catch (error) {
      if (passkey.name === name) passkey.name = previous;
      const iamError = error instanceof IamError ? error : new IamError('network', String(error));
      const still = l10n.t('passkeys.renameFailed', previous ?? l10n.t('passkeys.unnamed'));
      this.ctx.announce(passkey, { text: `${still} ${this.ctx.failed(iamError)}`, failed: true });
    }
  }
}

/** What a rename came to, announced: done, or failed (and rolled back). */
export interface RenameOutcome {
  text: string;
  failed: boolean;
}
