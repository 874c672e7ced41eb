import { html, nothing, type CSSResultGroup, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { initialState, Task, TaskStatus } from '@lit/task';
import { IamError } from '../api/errors.js';
import { DEFAULT_TIMEOUT_MS, type TokenProvider } from '../api/http.js';
import { dataListStyles } from './data-list.styles.js';
import { IamElement } from './iam-element.js';
import { LocaleController, type StringOverrides } from './localize.js';
import { RovingFocus } from './roving-focus.js';
import type { ListMessagePrefix } from './strings.js';
import { dataText, placeholder } from './templates.js';

/**
 * What every list element shares, written once: the inputs common to all
 * providers, the fetch lifecycle (idle, loading, loaded, empty, error, with
 * stale responses dropped), the status and alert regions, retry, `refresh()`
 * and the `iam-*` events. A subclass says which inputs it needs, how to load
 * its items and how to draw one item.
 *
 * The tags below document what every list shares; the manifest analyzer
 * copies them into each element's entry (`inheritedFrom: DataListElement`).
 *
 * @attr client_id - Alias of `client-id`, the design card's spelling.
 *
 * @slot empty - Shown instead of the default sentence when the list is empty.
 *
 * @csspart base - The wrapper of everything.
 * @csspart status - The polite live region: loading, the count, or the empty message.
 * @csspart idle - The sentence naming the inputs still missing.
 * @csspart empty - The empty message.
 * @csspart error - The alert shown when loading failed.
 * @csspart error-message - Its sentence.
 * @csspart error-detail - The server's own message, when it sent one.
 * @csspart retry-button - The button that loads again.
 * @csspart list - The `<ul>` of items.
 * @csspart item - One item.
 * @csspart item-header - Its name and badges.
 * @csspart item-name - The name, a button that fires `iam-select`.
 * @csspart badge - Every status badge; also `badge-positive`, `badge-negative`, `badge-neutral`.
 * @csspart details - The `<dl>` of an item's facts; also `detail`, `detail-label`, `detail-value`.
 *
 * @cssproperty --iam-font - The `font` shorthand of the whole element (default: inherited from the host).
 * @cssproperty --iam-color-text - Text colour (default: inherited from the host).
 * @cssproperty --iam-color-muted - Secondary text (default: the text colour at 72%).
 * @cssproperty --iam-color-border - Borders (default: the text colour at 22%).
 * @cssproperty --iam-color-surface - Background of each item (default: transparent).
 * @cssproperty --iam-color-accent - The retry button, the spinner and the focus ring (default: a blue that suits the light or dark scheme).
 * @cssproperty --iam-color-success - Positive badges (active, enabled, verified).
 * @cssproperty --iam-color-danger - Negative badges and errors.
 * @cssproperty --iam-radius - Corner radius of items, errors and buttons (default: 0.5rem).
 * @cssproperty --iam-gap - Spacing between and inside items (default: 0.75rem).
 * @cssproperty --iam-focus-ring - The `outline` of a focused control (default: 2px solid the accent colour).
 */
export abstract class DataListElement<TItem> extends IamElement<TItem> {
  static override styles: CSSResultGroup = dataListStyles;

  /**
   * Bearer token sent as `Authorization: Bearer …` to `base-url` and nowhere else.
   * Set as an attribute, it is moved here and the attribute removed (see `attributeChangedCallback`).
   */
  @property() token: string | undefined;

  /**
   * Supplies the token instead of `token` when set: called before each request,
   * and once more after a 401, after which the request is retried once. For
   * hosts whose tokens expire: the element keeps working without being re-rendered.
   * Replacing one provider by another does not fetch again (a framework that
   * passes a new arrow function on every render would otherwise refetch each
   * time); the next request uses the new one. Call `refresh()` to fetch now.
   */
  @property({ attribute: false }) tokenProvider: TokenProvider | undefined;

  /** The application's client id. The attribute may also be spelled `client_id`. */
  @property({ attribute: 'client-id' }) clientId: string | undefined;

  /** The API's origin, optionally with a path prefix (a host's own proxy). */
  @property({ attribute: 'base-url' }) baseUrl: string | undefined;

  /** Milliseconds to wait for an answer before showing a timeout error; 0 waits forever. */
  @property({ type: Number }) timeout: number = DEFAULT_TIMEOUT_MS;

  /** Accessible name of the list; a sensible default per element, in the element's language. */
  @property() label: string | undefined;

  /**
   * Replaces any of the element's sentences, by message id (see the README's
   * localization section): text, or a function of the message's arguments,
   * e.g. `{ retry: 'Reload', 'orgs.count.other': (n) => `${n} teams` }`.
   * Sentences not given keep the translation of the element's locale.
   */
  @property({ attribute: false }) strings: StringOverrides | undefined;

  /** The element's language and direction: its own `lang`, else the nearest ancestor's, else the document's. */
  protected readonly l10n = new LocaleController(this);

  /** The list's one Tab stop, moved by the arrow keys, Home and End. */
  private readonly roving = new RovingFocus(this, (position) => this.roving.button(position)?.focus());

  /** Which sentences are this list's own (`orgs.label`, `ssoUsers.label`, …). */
  protected abstract readonly messagePrefix: ListMessagePrefix;

  /** The element's own required inputs, by attribute name (token and base-url are checked here). */
  protected abstract requiredInputs(): Record<string, string | undefined>;

  /** The element-specific inputs whose change means a new request. */
  protected abstract requestInputs(): unknown[];

  /** Fetches and parses the items. Throws `IamError`; must honour `signal`. */
  protected abstract load(signal: AbortSignal): Promise<TItem[]>;

  protected abstract itemName(item: TItem): string | undefined;

  protected abstract renderBadges(item: TItem): TemplateResult | typeof nothing;

  protected abstract renderDetails(item: TItem): TemplateResult | typeof nothing;

  /** The attribute names of required inputs still missing; the list stays idle until none are. */
  private missingInputs(): string[] {
    const required = { token: this.tokenProvider ?? this.token, ...this.requiredInputs(), 'base-url': this.baseUrl };
    return Object.entries(required)
      .filter(([, value]) => !value)
      .map(([name]) => name);
  }

  // The design card's spelling `client_id` is an alias of `client-id`.
  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, 'client_id'];
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    if (name === 'client_id') {
      this.clientId = value ?? undefined;
      return;
    }
    if (name === 'token') {
      this.takeTokenAttribute(value);
      return;
    }
    super.attributeChangedCallback(name, old, value);
  }

  /**
   * A token left in an attribute is readable by anything that can style the
   * page (`[token^="ey"]` selectors with background URLs leak it a character at
   * a time), by DOM dumps and by error reporters that serialize the page. So
   * the attribute is read, moved to the property and removed at once. Setting
   * it again sets a new token; clearing the token is done on the property.
   */
  private takeTokenAttribute(value: string | null): void {
    // null is this element's own removal: the attribute never stays long enough for a host to remove it.
    if (value === null) return;
    this.token = value;
    this.removeAttribute('token');
  }

  /** What the API layer is given: the provider when there is one, else the token. */
  protected tokenSource(): string | TokenProvider {
    return this.tokenProvider ?? this.token!;
  }

  private readonly task = new Task<unknown[], TItem[]>(this, {
    args: () => [this.tokenProvider ? TOKEN_FROM_PROVIDER : this.token, this.baseUrl, this.timeout, ...this.requestInputs()],
    task: async (_args, { signal }) => {
      if (this.missingInputs().length > 0) return initialState;
      try {
        return await this.load(signal);
      } catch (error) {
        // Aborted by disconnect: go back to idle and run again on reconnect.
        // (Aborted because newer inputs started a run: @lit/task drops this result anyway.)
        if (signal.aborted) return initialState;
        throw toIamError(error);
      }
    },
    // @lit/task swallows exceptions thrown in these callbacks, and the host
    // has not rendered yet: dispatch after the update so listeners see the DOM.
    // The task requests that update right after the callback returns, hence
    // the microtask before reading `updateComplete`.
    onComplete: (items) => this.afterRender(() => this.emit('iam-load', { items })),
    onError: (error) => this.afterRender(() => this.emit('iam-error', { error: toIamError(error) })),
  });

  /** Set when a disconnect aborted a run: @lit/task does not re-run an aborted task by itself. */
  private rerunOnConnect = false;

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.rerunOnConnect) {
      this.rerunOnConnect = false;
      void this.task.run();
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    // @lit/task keeps running after disconnect; an element that left the page
    // should not keep a request open, nor report its result.
    if (this.task.status === TaskStatus.PENDING) {
      this.task.abort();
      this.rerunOnConnect = true;
    }
  }

  /** Fetches again with the current inputs, even if they have not changed. */
  refresh(): Promise<void> {
    return this.task.run();
  }

  private afterRender(callback: () => void): void {
    void Promise.resolve()
      .then(() => this.updateComplete)
      .then(callback);
  }

  /**
   * A render in a language whose translations are still on their way waits
   * for them, so the status region never announces English first.
   */
  protected override scheduleUpdate(): void | Promise<unknown> {
    const pending = this.l10n.pending;
    if (!pending) return super.scheduleUpdate();
    return pending.then(() => super.scheduleUpdate());
  }

  override render() {
    const { status } = this.task;
    // While a run is pending @lit/task still holds the previous items: keep
    // them on screen, marked busy, rather than flashing an empty box.
    const items = status === TaskStatus.COMPLETE || status === TaskStatus.PENDING ? this.task.value : undefined;
    const error = status === TaskStatus.ERROR ? toIamError(this.task.error) : undefined;
    return html`
      <div part="base" class="base" dir=${this.l10n.dir}>
        <div part="status" class="status" role="status">${this.renderStatus(status, items)}</div>
        ${error ? this.renderError(error) : nothing}
        ${items && items.length > 0 ? this.renderList(items, status === TaskStatus.PENDING) : nothing}
      </div>
    `;
  }

  private renderStatus(status: TaskStatus, items: TItem[] | undefined) {
    switch (status) {
      case TaskStatus.INITIAL: {
        const missing = this.missingInputs();
        return missing.length > 0 ? html`<span part="idle">${this.l10n.t('waitingFor', this.l10n.list(missing))}</span>` : nothing;
      }
      case TaskStatus.PENDING:
        return html`<span class="spinner" aria-hidden="true"></span>${this.l10n.t(`${this.messagePrefix}.loading`)}`;
      case TaskStatus.COMPLETE:
        return items && items.length > 0
          ? this.l10n.count(this.messagePrefix, items.length)
          : html`<span part="empty"><slot name="empty">${this.l10n.t(`${this.messagePrefix}.empty`)}</slot></span>`;
      case TaskStatus.ERROR:
        return nothing;
    }
  }

  private renderError(error: IamError) {
    const t = this.l10n.t.bind(this.l10n);
    return html`
      <div part="error" class="error" role="alert">
        <p part="error-message"><span class="error-title">${t(`${this.messagePrefix}.loadFailed`)}</span> ${this.describeError(error)}</p>
        ${error.serverMessage
          ? // Isolated (FSI … PDI, what <bdi> does): a right-to-left message, or one with a stray direction override, must not reorder the words around it.
            html`<p part="error-detail">${t('serverSaid', `\u2068${error.serverMessage}\u2069`)}</p>`
          : nothing}
        <button part="retry-button" class="retry" type="button" @click=${() => this.refresh()}>${t('retry')}</button>
      </div>
    `;
  }

  /** Says why a request failed, chosen by kind and status class; never quotes the body. */
  private describeError(error: IamError): string {
    if (error.kind === 'config') return this.l10n.t('error.config', error.message);
    if (error.kind !== 'http') return this.l10n.t(`error.${error.kind}`);
    const status = error.status ?? 0;
    if (status === 400 || status === 401 || status === 403 || status === 404 || status === 429) {
      return this.l10n.t(`error.${status}`);
    }
    return this.l10n.t(status >= 500 ? 'error.5xx' : 'error.http', String(status));
  }

  private renderList(items: TItem[], busy: boolean) {
    return html`
      <ul
        part="list"
        class="list"
        role="list"
        aria-label=${this.label || this.l10n.t(`${this.messagePrefix}.label`)}
        aria-busy=${busy}
        @keydown=${this.roving.onKeydown}
        @focusin=${this.roving.onFocusin}
      >
        ${items.map((item, index) => this.renderItem(item, index, items.length))}
      </ul>
    `;
  }

  private renderItem(item: TItem, index: number, setSize: number) {
    const name = this.itemName(item);
    return html`
      <li part="item" class="item" aria-setsize=${setSize} aria-posinset=${index + 1}>
        <div part="item-header" class="item-header">
          <button
            part="item-name"
            class="item-name"
            type="button"
            tabindex=${this.roving.tabIndexFor(index, setSize)}
            @click=${() => this.emit('iam-select', { item, index })}
          >
            ${name === undefined
              ? placeholder(this.l10n.t(`${this.messagePrefix}.unnamed`))
              : dataText(name)}
          </button>
          ${this.renderBadges(item)}
        </div>
        ${this.renderDetails(item)}
      </li>
    `;
  }
}

/** Stands for "some tokenProvider" in the task's arguments, so swapping providers is not a new request. */
const TOKEN_FROM_PROVIDER = Symbol('tokenProvider');

/**
 * Anything a loader throws reaches the user as an `IamError`. A plain
 * exception here means a body so far from the documented shape that a parser
 * tripped over it, and that is what the user is told.
 */
function toIamError(error: unknown): IamError {
  if (error instanceof IamError) return error;
  return new IamError('shape', error instanceof Error ? error.message : String(error));
}
