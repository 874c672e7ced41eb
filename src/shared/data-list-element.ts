import { html, isServer, nothing, type CSSResultGroup, type TemplateResult, type PropertyDeclarations } from 'lit';
import { initialState, Task, TaskStatus } from '@lit/task';
import { IamError, isAuthError, toIamError } from '../api/errors.js';
import { DEFAULT_TIMEOUT_MS, type TokenProvider } from '../api/http.js';
import type { Page } from '../api/page.js';
import { DEFAULT_CACHE_TTL_MS, type CachePolicy } from '../api/request-cache.js';
import { dataListStyles } from './data-list.styles.js';
import type { IamEventDetails } from './events.js';
import { IamElement } from './iam-element.js';
import { LazyPart } from './lazy-part.js';
import type { LoadMore } from './load-more.js';
import { LocaleController, type StringOverrides } from './localize.js';
import { RovingFocus } from './roving-focus.js';
import type { ListMessagePrefix, MessageTable } from './strings.js';
import { dataText, placeholder } from './templates.js';
import type { LargeList, Row, SortOption } from './large-list.js';
import type { TableLayout, TablePresenter } from './table-layout.js';
import type { RowActions } from './row-actions.js';
import type { Skeleton } from './skeleton.js';

export type { SortOption } from './large-list.js';

type ErrorAlert = typeof import('./error-alert.js');

type ListParts = typeof import('./skeleton.js');

/**
 * The loading placeholder and the table layout (skeleton.ts, which brings
 * table-layout.ts): asked for as this module loads, in parallel with the
 * element's own chunk (a chunk of their own in the script-tag bundle), so a
 * list's first render finds them and draws its placeholder rows in its
 * first paint (issue 17: fetched at the list's first render, they came a
 * frame after it, and the page moved). No first row waits for them; `null`
 * when they could not be fetched: rows then render as cards, and loading
 * keeps the reserved block. A server (Lit SSR) loads them too, and draws
 * neither: its render has no rows.
 */
let listParts: ListParts | null | undefined;
const listPartsFetch = import('./skeleton.js').then(
  (module) => (listParts = module),
  () => (listParts = null),
);

/**
 * The error alert with its sentences, fetched on the first failure of any
 * list on the page (a chunk of its own in the script-tag bundle): lists that
 * load never pay for it. `failed` when the chunk could not be fetched: the
 * alert then says only the element's own "Could not load …".
 */
let errorAlert: ErrorAlert | 'failed' | undefined;
let errorAlertFetch: Promise<unknown> | undefined;

/** Fetches the error alert (once per page); an element that will need it soon may call it early. */
export function loadErrorAlert(): Promise<unknown> {
  return (errorAlertFetch ??= import('./error-alert.js').then(
    (module) => (errorAlert = module),
    () => (errorAlert = 'failed'),
  ));
}

/** Lists longer than this render through the virtualizer by default. */
export const DEFAULT_VIRTUALIZE_THRESHOLD = 100;

/** With `search="auto"`, the search box and sort control appear for lists longer than this. */
export const SEARCH_THRESHOLD = 10;

/** Rows of a long list drawn plainly while the virtualizer is on its way, so first rows never wait for it. */
export const FIRST_ROWS = 20;

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
 * @attr layout - `table` (one compact row per item; the default of elements with columns) or `cards` (each item's facts as label and value).
 * @attr actions - The admin actions offered, space-separated; none unless listed. The elements with actions (`<user-list>`, `<sso-user-list>`, `<passkey-list>`, `<org-members>`) list their words; the others have none to offer. See docs/writes.md.
 * @attr current-user-id - The signed-in user's id: their row says "You" and offers no action that would lock them out.
 *
 * @event {CustomEvent<IamBeforeActionDetail>} iam-before-action - An action is about to send its request (after the confirmation or form); `preventDefault()` sends nothing.
 * @event {CustomEvent<IamActionDetail>} iam-action - An action succeeded; `detail.result` is what the server answered.
 * @event {CustomEvent<IamActionErrorDetail>} iam-action-error - An action failed (its row is as before) or got no answer (`error.outcomeUnknown`; the list loads again).
 *
 * @slot empty - Shown instead of the default sentence when the list is empty.
 *
 * @csspart base - The wrapper of everything.
 * @csspart status - The polite live region: loading, the count, or the empty message.
 * @csspart empty - The empty message.
 * @csspart error - The alert shown when loading failed.
 * @csspart error-message - Its sentence.
 * @csspart error-details - The disclosure holding the server's own message, when it sent one.
 * @csspart error-detail - That message.
 * @csspart retry-button - The button that loads again (not offered on 401 or 403).
 * @csspart controls - The search box and sort control; also `search` (the input) and `sort` (the select).
 * @csspart scroller - The scroll box around a long (virtualized) list.
 * @csspart skeleton-row - One grey placeholder row, drawn where the rows will be while the first answer is on its way; hidden from assistive technology.
 * @csspart list - The `<ul>` of items.
 * @csspart item - One item.
 * @csspart item-header - Its name and badges.
 * @csspart item-name - The name, a button that fires `iam-select`.
 * @csspart badge - Every status badge; also `badge-positive`, `badge-negative`, `badge-neutral`.
 * @csspart details - The `<dl>` of an item's facts; also `detail`, `detail-label`, `detail-value`.
 * @csspart grid - The table layout's `role="grid"`; its rows are `item row`, their cells `cell` (the last also `actions`), headers `column-header`.
 * @csspart avatar - A table row's initials, in a colour the name picks.
 * @csspart subtitle - The line under a table row's name (an e-mail address, a domain).
 * @csspart actions-button - A row's menu button ("Actions for …"); its menu is `action-menu`, of `action-menuitem`s.
 * @csspart action-toolbar - Above the list: the list's actions (`action-button`: create, invite).
 * @csspart action-dialog - The confirmation or form of an action; `field-error` under a field it refuses, `action-dialog-error` for the request's refusal.
 * @csspart action-status - The polite region saying what an action did; `action-alert` says what failed.
 * @csspart you - The "You" badge after the signed-in user's name.
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
 * @cssproperty --iam-color-skeleton - The grey of the loading placeholder's rows (default: the text colour at 12%).
 * @cssproperty --iam-list-max-height - Height of a long list's scroll box (default 32rem, 40rem in the table layout; `none` lets the page scroll it).
 * @cssproperty --iam-loading-block-size - Height kept while the list has nothing to show yet, waiting for an input, or for its first answer until the placeholder rows are drawn (default 5rem), so the page moves less when the rows arrive; a server render (Lit SSR) keeps it too.
 */
export abstract class DataListElement<TItem> extends IamElement<TItem> {
  static override styles: CSSResultGroup = dataListStyles;

  static override properties: PropertyDeclarations = {
    token: {},
    tokenProvider: { attribute: false },
    clientId: { attribute: 'client-id' },
    baseUrl: { attribute: 'base-url' },
    timeout: { type: Number },
    label: {},
    strings: { attribute: false },
    cacheTtl: { attribute: 'cache-ttl', type: Number },
    virtualizeThreshold: { attribute: 'virtualize-threshold', type: Number },
    search: {},
    layout: {},
    actions: {},
    currentUserId: { attribute: 'current-user-id' },
  };

  /**
   * Bearer token sent as `Authorization: Bearer …` to `base-url` and nowhere else.
   * Set as an attribute, it is moved here and the attribute removed (see `attributeChangedCallback`).
   */
  token: string | undefined;

  /**
   * Supplies the token instead of `token` when set: called before each request,
   * and once more after a 401, after which the request is retried once. For
   * hosts whose tokens expire: the element keeps working without being re-rendered.
   * Replacing one provider by another does not fetch again (a framework that
   * passes a new arrow function on every render would otherwise refetch each
   * time); the next request uses the new one. Call `refresh()` to fetch now.
   */
  tokenProvider: TokenProvider | undefined;

  /** The application's client id. The attribute may also be spelled `client_id`. */
  clientId: string | undefined;

  /** The API's origin, optionally with a path prefix (a host's own proxy). */
  baseUrl: string | undefined;

  /** Milliseconds to wait for an answer before showing a timeout error; 0 waits forever. */
  timeout: number = DEFAULT_TIMEOUT_MS;

  /** Accessible name of the list; a sensible default per element, in the element's language. */
  label: string | undefined;

  /**
   * Replaces any of the element's sentences, by message id (see
   * docs/localization.md): text, or a function of the message's arguments,
   * e.g. `{ retry: 'Reload', 'orgs.count.other': (n) => n + ' teams' }`.
   * Sentences not given keep the translation of the element's locale.
   */
  strings: StringOverrides | undefined;

  /** The element's language and direction: its own `lang`, else the nearest ancestor's, else the document's. */
  protected readonly l10n = new LocaleController(this, () => this.messages);

  /** The list's one Tab stop, moved by the arrow keys, Home and End; a long list scrolls the row in first. */
  protected readonly roving = new RovingFocus(this, (position) => {
    const large = this.#largeList.value;
    if (large) void large.focusItem(position);
    else this.roving.button(position)?.focus();
  });

  /** Milliseconds a successful answer serves identical requests (any element's); 0 turns the cache off. */
  cacheTtl = DEFAULT_CACHE_TTL_MS;

  /** Lists longer than this render only the rows in view (at most a screenful or two in the DOM). */
  virtualizeThreshold = DEFAULT_VIRTUALIZE_THRESHOLD;

  /** The search box and sort control: `auto` shows them for lists of more than 10 items, or with a next page; `on`, `off`. */
  search: 'auto' | 'on' | 'off' = 'auto';

  /**
   * `table`: one compact row per item (the default of elements whose
   * presenter describes columns); `cards`: each item's facts as label and
   * value. Until the table's chunk is in (or if it cannot be fetched) the
   * rows render as cards.
   */
  layout: 'table' | 'cards' | undefined;

  /** The admin actions offered, space-separated words (`remove roles create`); none unless listed. */
  actions: string | undefined;

  /** The signed-in user's id: their row says "You" and offers no action that would lock them out (remove). */
  currentUserId: string | undefined;

  /**
   * The element's actions engine (row-actions.ts with its `<tag>.actions.ts`, chunks the element's own
   * chunk imports, so the bundle every page fetches holds only these hooks); an element without actions
   * leaves it out.
   */
  protected loadActions?(): Promise<RowActions<TItem>>;

  /** Fetched once `actions` or `current-user-id` is set. */
  readonly #actions = new LazyPart<RowActions<TItem>>(this, () => this.loadActions!());

  // The parts below are built from `import(…).then((module) => new module.X(…))`, not `({ X }) => new X(…)`:
  // Vite rewrites a destructured dynamic import into a wrapper of about 40 B in the bundle every page fetches.

  #table: TableLayout<TItem> | undefined;

  #skeleton: Skeleton<TItem> | undefined;

  /** skeleton.ts and the table layout it brings, once in; until then `undefined`, and the element renders again when they arrive. */
  #listParts(): ListParts | undefined {
    if (listParts === undefined) void listPartsFetch.then(() => this.requestUpdate());
    return listParts ?? undefined;
  }

  /** The table layout when this element draws one and its code is in (until then, or if it cannot be fetched, rows render as cards). */
  #tableLayout(): TableLayout<TItem> | undefined {
    const parts = this.presenter.table && this.layout !== 'cards' ? this.#listParts() : undefined;
    return parts && (this.#table ??= new parts.TableLayout(this.presenter, this.l10n, this.renderRoot));
  }

  /** Search, sort, keyboard moves and virtualization, once a list is long enough to need them. */
  readonly #largeList = new LazyPart<LargeList<TItem>>(this, () =>
    import('./large-list.js').then(
      (module) =>
        new module.LargeList<TItem>({
          host: this,
          presenter: this.presenter,
          l10n: this.l10n,
          searchLabel: () => this.l10n.t(`${this.messagePrefix}.search`),
          server: this.source.search,
          queryChanged: () => (this.roving.position = 0),
        }),
    ),
  );

  /** Which sentences are this list's own (`orgs.label`, `ssoUsers.label`, …). */
  protected abstract readonly messagePrefix: ListMessagePrefix;

  /** The element's own sentences (`user-orgs.strings.ts`, …): those under its prefix, and any others only it shows. */
  protected abstract readonly messages: MessageTable;

  /** Which request the list makes, from which inputs, and how its answer becomes items. */
  protected abstract readonly source: DataSource<TItem>;

  /** How one item renders, what the search box matches in it and how it sorts. */
  protected abstract readonly presenter: ItemPresenter<TItem>;

  /** The attribute names of required inputs still missing; the list stays idle until none are. */
  #missingInputs(): string[] {
    const required = { token: this.tokenProvider ?? this.token, ...this.source.required(), 'base-url': this.baseUrl };
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
      this.#takeTokenAttribute(value);
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
  #takeTokenAttribute(value: string | null): void {
    // null is this element's own removal: the attribute never stays long enough for a host to remove it.
    if (value === null) return;
    this.token = value;
    this.removeAttribute('token');
  }

  /** What the API layer is given: the provider when there is one, else the token. */
  protected tokenSource(): string | TokenProvider {
    return this.tokenProvider ?? this.token!;
  }

  /**
   * "Load more" below a list whose page has a `nextCursor`: the pages it
   * adds, and the next one's state. Its code is no part of the first row, so
   * it is fetched once a list has a next page (a chunk of its own in the
   * script-tag bundle: scripts/size.mjs) and the button follows the rows by
   * that fetch; if the fetch fails, the first page stays with the reason
   * where the button would be.
   */
  readonly #loadMore = new LazyPart<LoadMore<TItem>>(this, () =>
    import('./load-more.js').then(
      (module) =>
        new module.LoadMore<TItem>(this, {
          l10n: this.l10n,
          roving: this.roving,
          load: async (signal, cursor) => asPage(await this.source.load(signal, { cacheTtl: this.cacheTtl, fresh: false }, cursor)),
          describeError: (error) => this.describeError(error),
          emit: (name, detail) => this.#emitAfterRender(name, detail),
        }),
    ),
  );

  #renderMore(first: Page<TItem>) {
    const more = this.#loadMore.value;
    if (more) return more.render(first);
    if (!first.nextCursor) return nothing;
    if (this.#loadMore.failed) {
      const error = new IamError('network', 'The code of "Load more" could not be fetched.');
      return html`<div part="more" class="more"><p part="more-error" class="error" role="alert">${this.describeError(error)}</p></div>`;
    }
    this.#loadMore.get();
    return nothing;
  }

  readonly #task = new Task<unknown[], Page<TItem>>(this, {
    args: () => [this.tokenProvider ? TOKEN_FROM_PROVIDER : this.token, this.baseUrl, this.timeout, ...this.source.inputs()],
    task: async (_args, { signal }) => {
      const fresh = this.#freshRun;
      this.#freshRun = false;
      if (this.#missingInputs().length > 0) return initialState;
      const preview = (items: TItem[]) => {
        if (signal.aborted || this.#task.status !== TaskStatus.PENDING) return undefined;
        this.#preview = { items, signal, replacesShown: !fresh };
        this.requestUpdate();
        // The whole answer's parse holds the main thread: it waits until these rows are painted (the task after
        // the next frame), or 100 ms on a page that paints no frames (a background tab; issue 16).
        return this.updateComplete.then(
          () =>
            new Promise((painted) => {
              requestAnimationFrame(() => setTimeout(painted));
              setTimeout(painted, 100);
            }),
        );
      };
      try {
        const page = asPage(await this.source.load(signal, { cacheTtl: this.cacheTtl, fresh }, undefined, preview));
        // The result is drawn once, whole: with the table, and with the search, virtualizer and "Load more" it
        // needs, whose chunks are fetched beside the request (issue 17: cards that became a table, and controls
        // that popped in, moved the page under the reader; and a test that looked at once saw the cards).
        await Promise.all([
          this.presenter.table && this.layout !== 'cards' && listPartsFetch,
          this.#needsLargeList(page.items, !!page.nextCursor) && this.#largeList.ready(),
          page.nextCursor && this.#loadMore.ready(),
        ]);
        return signal.aborted ? initialState : page;
      } catch (error) {
        // Aborted by disconnect: go back to idle and run again on reconnect.
        // (Aborted because newer inputs started a run: @lit/task drops this result anyway.)
        if (signal.aborted) return initialState;
        // The alert renders whole, once, with its sentences (a chunk of their own): focus and `iam-error` follow it.
        await loadErrorAlert();
        if (signal.aborted) return initialState;
        throw toIamError(error);
      } finally {
        if (this.#preview?.signal === signal) this.#preview = undefined;
      }
    },
    // @lit/task swallows exceptions thrown in these callbacks, and calls them
    // before it requests the update that renders the result, so
    // `updateComplete` read here is the previous update's (seen: iam-load
    // about 3 ms before the rows). Read it a microtask later, once the task has
    // requested the render, so listeners see the DOM the event speaks of.
    onComplete: ({ items }) => {
      this.#actions.value?.reset();
      this.#emitAfterRender('iam-load', { items });
    },
    onError: (thrown) => {
      const error = toIamError(thrown);
      this.#emitAfterRender('iam-error', { error });
      if (isAuthError(error)) this.#emitAfterRender('iam-auth-required', { error });
    },
  });

  #emitAfterRender<K extends 'iam-load' | 'iam-error' | 'iam-auth-required'>(name: K, detail: IamEventDetails<TItem>[K]): void {
    void Promise.resolve()
      .then(() => this.updateComplete)
      .then(() => this.emit(name, detail));
  }

  /**
   * The first items of the run in progress, while the rest of a long answer
   * is still arriving. They replace the rows shown when the inputs changed
   * (those rows answer another request), not on `refresh()`, where the rows
   * shown stay, with their scroll position and focus, until all are in.
   */
  #preview: { items: TItem[]; signal: AbortSignal; replacesShown: boolean } | undefined;

  /** Set when a disconnect aborted a run: @lit/task does not re-run an aborted task by itself. */
  #rerunOnConnect = false;

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.#rerunOnConnect) {
      this.#rerunOnConnect = false;
      void this.#task.run();
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    // @lit/task keeps running after disconnect; an element that left the page
    // should not keep a request open, nor report its result.
    if (this.#task.status === TaskStatus.PENDING) {
      this.#task.abort();
      this.#rerunOnConnect = true;
    }
  }

  /** Set by `refresh()`: the next run asks the server, not the request cache. */
  #freshRun = false;

  /** Fetches again with the current inputs, even if they have not changed, bypassing the request cache. */
  refresh(): Promise<void> {
    this.#freshRun = true;
    return this.#task.run();
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
    // A server render (Lit SSR) shows what the client's first render will, so
    // hydration finds the very same template (issue 15: a server's idle
    // status against the client's loading one gave "Hydration value
    // mismatch"): that first render always sees the task pending, because
    // its first `hostUpdate` starts a run, and a run stays pending at least
    // until a microtask later, even when an input is missing. The server runs
    // no controller (no task, so no request there) and knows no token.
    const status = isServer ? TaskStatus.PENDING : this.#task.status;
    // While a run is pending @lit/task still holds the previous items: keep
    // them on screen, marked busy, rather than flashing an empty box.
    const first = status === TaskStatus.COMPLETE || status === TaskStatus.PENDING ? this.#task.value : undefined;
    const preview = status === TaskStatus.PENDING && (!first || this.#preview?.replacesShown) ? this.#preview?.items : undefined;
    // Lit renders `undefined` as nothing: the calls below need no `?? nothing`.
    const actions = this.loadActions && (this.actions || this.currentUserId) ? this.#actions.get() : undefined;
    const loaded = preview ? undefined : first && (this.#loadMore.value?.items(first) ?? first.items);
    const items = loaded && actions ? actions.items(loaded) : loaded;
    const error = status === TaskStatus.ERROR ? toIamError(this.#task.error) : undefined;
    // A page with a next one: the list is not complete, and its count and search say so (issue 17).
    const more = !!first && (this.#loadMore.value?.more(first) ?? !!first.nextCursor);
    // A search that failed (its request) keeps its box beside the alert: Escape or another query leaves it.
    const large = items ? this.#largeListFor(items, more) : this.#largeList.value?.searching() ? this.#largeList.value : undefined;
    const rows = items && (large ? large.rows(items, more) : items.map((item, index) => ({ item, index })));
    // Nothing to show yet but an answer on its way: placeholder rows where the rows will be (issue 17), and the
    // toolbar's room, kept while a long answer's first rows show.
    // Not on a server, nor in the render that hydrates a server's (which has none: "Hydration value mismatch").
    const parts =
      !isServer && status === TaskStatus.PENDING && !items && (this.hasUpdated || !this.renderRoot.firstChild) ? this.#listParts() : undefined;
    const [skeletonControls, skeletonRows] =
      (parts && (this.#skeleton ??= new parts.Skeleton(this.renderRoot)))?.render(
        this.#label(),
        this.source.pageSize?.(),
        this.virtualizeThreshold,
        this.search,
        this.#tableLayout(),
        () => this.#largeList.get(),
      ) ?? [];
    return html`
      <div part="base" class=${items || preview || error ? 'base' : 'base loading'} dir=${this.l10n.dir}>
        ${actions?.render(status === TaskStatus.COMPLETE)}
        ${large && this.search !== 'off' ? large.renderControls() : skeletonControls}
        <div part="status" class="status" role="status">${this.#renderStatus(status, items, rows, large, more)}</div>
        ${large && rows ? large.renderNoMatch(rows.length) : nothing}
        ${error ? this.#renderError(error) : nothing}
        ${items && rows && rows.length > 0
          ? this.#renderList(rows, status === TaskStatus.PENDING, items.length > this.virtualizeThreshold, large)
          : preview
            ? this.#renderPreview(preview)
            : skeletonRows}
        ${status === TaskStatus.COMPLETE && first ? this.#renderMore(first) : nothing}
      </div>
    `;
  }

  #renderStatus(
    status: TaskStatus,
    items: TItem[] | undefined,
    rows: Row<TItem>[] | undefined,
    large: LargeList<TItem> | undefined,
    more: boolean,
  ) {
    switch (status) {
      case TaskStatus.INITIAL:
        // Neutral for end users (the reserved block, no words); which inputs
        // are missing is a developer's matter, said once in the console
        // (issue 17: "Waiting for user-id." was shown to end users).
        this.#hintMissingInputs();
        return nothing;
      case TaskStatus.PENDING:
        return html`<span class="spinner" aria-hidden="true"></span>${this.l10n.t(`${this.messagePrefix}.loading`)}`;
      case TaskStatus.COMPLETE: {
        // A search the server answered with no item is no empty list: its sentence says so (large-list.ts).
        if (!items!.length && !large?.searching()) {
          return html`<span part="empty"><slot name="empty">${this.l10n.t(`${this.messagePrefix}.empty`)}</slot></span>`;
        }
        const n = items!.length;
        // "50+ users" comes with "Load more" (load-more.ts, its chunk): SSOJet sends no totals.
        const count = more ? this.#loadMore.value?.count(this.messagePrefix, n) : this.l10n.count(this.messagePrefix, n);
        return large ? large.status(rows!.length, n, count) : count;
      }
      case TaskStatus.ERROR:
        return nothing;
    }
  }

  #renderError(error: IamError) {
    const { l10n } = this;
    // Until the alert's chunk is in (on the first failure only), no half alert is announced.
    if (errorAlert === undefined) {
      void loadErrorAlert().then(() => this.requestUpdate());
      return nothing;
    }
    const title = l10n.t(`${this.messagePrefix}.loadFailed`);
    if (errorAlert === 'failed') return html`<div part="error" class="error" role="alert"><p part="error-message">${title}</p></div>`;
    return errorAlert.renderErrorAlert(error, {
      l10n,
      title,
      reason: this.describeError(error),
      list: this.#label(),
      retry: () => this.refresh(),
    });
  }

  /** Set once the console has named the missing inputs: one hint per element, not one per render. */
  #hintedMissingInputs = false;

  #hintMissingInputs(): void {
    const missing = this.#missingInputs();
    if (this.#hintedMissingInputs || missing.length === 0) return;
    this.#hintedMissingInputs = true;
    console.info(`<${this.localName}> waits for ${missing.join(', ')} before it loads.`);
  }

  /** Says why a request failed, in words for end users; empty (and fetched, then rendered again) while the alert's chunk is not in. */
  protected describeError(error: IamError): string {
    if (typeof errorAlert === 'object') return errorAlert.describeError(error, this.l10n);
    if (errorAlert === undefined) void loadErrorAlert().then(() => this.requestUpdate());
    return '';
  }

  /**
   * The large-list code, for lists long enough to virtualize or to offer
   * search (or with `search="on"`); fetched on first need. Shorter lists render
   * plainly and never fetch it.
   */
  #largeListFor(items: TItem[], more: boolean): LargeList<TItem> | undefined {
    // Without its chunk (a host that copied only iam-elements.js) the list still renders, plainly and in full.
    return this.#needsLargeList(items, more) ? this.#largeList.get() : undefined;
  }

  #needsLargeList(items: TItem[], more: boolean): boolean {
    // A list with further pages may be long, and a search in progress keeps its box (a server search may answer few or none).
    return (
      items.length > this.virtualizeThreshold ||
      this.search === 'on' ||
      (this.search === 'auto' && (items.length > SEARCH_THRESHOLD || more)) ||
      !!this.#largeList.value?.searching()
    );
  }

  /**
   * The first rows of a long answer still arriving: the list is busy and its
   * size unknown (`aria-setsize="-1"`). In the long list's box, which the
   * whole list will fill: drawn at their full height, 20 rows grew the page
   * by some 3,700 px and collapsed into the box once the rest was in (issue 17).
   */
  #renderPreview(items: TItem[]) {
    const rows = items.slice(0, FIRST_ROWS).map((item, index) => ({ item, index }));
    // The box's styles come with the large-list code, which the whole list will need.
    this.#largeList.get();
    return this.#renderList(rows, true, true, undefined, true);
  }

  /** The list's accessible name: `label`, else the element's own ("Users"). */
  #label(): string {
    return this.label || this.l10n.t(`${this.messagePrefix}.label`);
  }

  #renderList(rows: Row<TItem>[], busy: boolean, virtual: boolean, large: LargeList<TItem> | undefined, sizeUnknown = false) {
    const table = this.#tableLayout();
    const renderRow = (row: Row<TItem>, position: number) =>
      table
        ? table.row(row.item, position, this.#nameButton(row, position, rows.length), this.#actions.value?.cell(row.item, position))
        : this.#renderItem(row, position, rows.length, sizeUnknown);
    const content =
      large?.renderRows(rows, renderRow, virtual) ??
      (virtual && !this.#largeList.failed ? rows.slice(0, FIRST_ROWS) : rows).map(renderRow);
    const label = this.#label();
    const { roving } = this;
    const list = table
      ? table.grid(label, busy, sizeUnknown ? -1 : rows.length, large?.sortIndex, content, roving, !!this.#actions.value)
      : html`
          <ul part="list" class="list" role="list" aria-label=${label} aria-busy=${busy} @keydown=${roving.onKeydown} @focusin=${roving.onFocusin}>
            ${content}
          </ul>
        `;
    // A long list scrolls inside its own box, which the virtualizer watches (styles in large-list.ts).
    // tabindex -1: Chromium makes a scroll box a Tab stop of its own (an unlabelled "generic", issue 17); the rows' roving stop is the one.
    return virtual ? html`<div part="scroller" class="scroller" tabindex="-1">${list}</div>` : list;
  }

  /** The item's name, a button that fires `iam-select` and holds the list's Tab stop when its row is the active one. */
  #nameButton({ item, index }: Row<TItem>, position: number, setSize: number) {
    const name = this.presenter.name(item);
    return html`
      <button
        part="item-name"
        class="item-name"
        type="button"
        tabindex=${this.roving.tabIndexFor(position, setSize)}
        @click=${() => this.emit('iam-select', { item, index })}
      >
        ${name === undefined ? placeholder(this.l10n.t(`${this.messagePrefix}.unnamed`)) : dataText(name)}${this.#actions.value?.you(item)}
      </button>
    `;
  }

  #renderItem(row: Row<TItem>, position: number, setSize: number, sizeUnknown: boolean) {
    const { presenter } = this;
    return html`
      <li part="item" class="item" aria-setsize=${sizeUnknown ? -1 : setSize} aria-posinset=${position + 1} data-row=${position + 1}>
        <div part="item-header" class="item-header">
          ${this.#nameButton(row, position, setSize)} ${presenter.badges?.(row.item) ?? nothing}
          ${this.#actions.value?.cell(row.item, position)}
        </div>
        ${presenter.details?.(row.item) ?? nothing}
      </li>
    `;
  }
}

/**
 * Where a list element's items come from (as a @lit/task's `args` and
 * `task`): the inputs it needs, those whose change means a new request, and
 * the request with its parser, in `src/api/`.
 */
export interface DataSource<TItem> {
  /** The element's own required inputs, by attribute name (token and base-url are checked by the engine). */
  required(): Record<string, string | undefined>;
  /** The element-specific inputs whose change means a new request. */
  inputs(): unknown[];
  /**
   * Fetches and parses the items, or one page of them (`cursor` names which;
   * none is the first). Throws `IamError`; must honour `signal` and pass
   * `cache` on to the request. A paged list (SsojetListElement) shows a
   * "Load more" button below the list while a page has a `nextCursor`. A
   * source whose answers can be long may call `preview` with the first items
   * while the rest is still arriving: they are shown, busy, until the whole
   * list is in; what it returns settles once they are painted.
   */
  load(
    signal: AbortSignal,
    cache: CachePolicy,
    cursor?: string,
    preview?: (items: TItem[]) => Promise<unknown> | undefined,
  ): Promise<TItem[] | Page<TItem>>;
  /**
   * Where the API filters (SSOJet's users: `email`): while the loaded list has a next page, the search box's
   * query goes to the server instead of filtering the loaded pages, which would miss the rest (issue 17).
   */
  search?: ServerSearch;
  /**
   * The most items one answer holds (a paged endpoint's `limit`), which the
   * loading placeholder shows as rows; unset, any number: the placeholder fills
   * the box of a long list.
   */
  pageSize?(): number | undefined;
}

/** A data source's server-side search (large-list.ts drives it). */
export interface ServerSearch {
  /** Makes the query an input of the next request (so a newer query aborts an older one's); '' is the whole list. */
  send(query: string): void;
  /** The search box's placeholder while the server searches: what it searches by, no more than the API says. */
  placeholder(): string;
  /** The status once the server answered `query` with `n` items; `more`: the answer has a next page. */
  found(query: string, n: number, more: boolean): string;
}

/**
 * How a list element draws one item (as Spectrum's table takes a
 * `renderItem`): the engine renders the row, its name button, focus and
 * events; the presenter says what goes in it.
 */
export interface ItemPresenter<TItem> {
  /** The item's name, on the button that fires `iam-select`; none shows the element's "unnamed" sentence. */
  name(item: TItem): string | undefined;
  /** The text the search box matches (case-insensitively), such as name and email. */
  searchText(item: TItem): string;
  /** Status badges beside the name. */
  badges?(item: TItem): TemplateResult | typeof nothing;
  /** The item's facts, below its name. */
  details?(item: TItem): TemplateResult | typeof nothing;
  /** Orders the sort control offers besides the server's and by name. */
  sortOptions?: SortOption<TItem>[];
  /**
   * The first two orders, ascending and descending by name (the table's name
   * column says which with `aria-sort`); by the name's text unless given, as
   * for a list whose items are named by a formatted date.
   */
  nameSortOptions?: [SortOption<TItem>, SortOption<TItem>];
  /** The columns of the table layout; an element whose presenter has none shows cards only. */
  table?: TablePresenter<TItem>;
}

/** What `load` returned as a page: a plain list is all there is. */
export function asPage<TItem>(loaded: TItem[] | Page<TItem>): Page<TItem> {
  return Array.isArray(loaded) ? { items: loaded, nextCursor: undefined } : loaded;
}

/** Stands for "some tokenProvider" in the task's arguments, so swapping providers is not a new request. */
const TOKEN_FROM_PROVIDER = Symbol('tokenProvider');
