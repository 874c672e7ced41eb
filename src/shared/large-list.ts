import { css, html, type TemplateResult } from 'lit';
import type { ReactiveControllerHost } from 'lit';
import type { ItemPresenter, ServerSearch } from './data-list-element.js';
import { largeListMessages } from './large-list.strings.js';
import type { LocaleController } from './localize.js';

/**
 * What only lists longer than a few items need: the search box and sort
 * control, the filtered and sorted rows, keyboard moves between items, and
 * the virtualizer for long lists. `DataListElement` imports this module on
 * first need, so it is a chunk of its own in the script-tag build and a page
 * of short lists never fetches it; the virtualizer is a further chunk,
 * fetched only for lists long enough to virtualize.
 */

/** One way to order a list, offered in the sort control. Items without a key go last either way. */
export interface SortOption<TItem> {
  /** Read at each render, so that it follows the element's language. */
  label(): string;
  // Method syntax keeps lists of any item type assignable to `DataListElement<unknown>`.
  key(item: TItem): string | number | undefined;
  descending?: boolean;
}

/** A loaded item and its position as loaded (`iam-select`'s `index`). */
export interface Row<TItem> {
  item: TItem;
  index: number;
}

export type RenderRow<TItem> = (row: Row<TItem>, position: number) => TemplateResult;

/** What the list element lends the large-list code. */
export interface LargeListSource<TItem> {
  host: ReactiveControllerHost & { renderRoot: HTMLElement | DocumentFragment };
  /** Names, search text and orders of the items. */
  presenter: ItemPresenter<TItem>;
  searchLabel(): string;
  l10n: LocaleController;
  /** The query changed: the list's Tab stop goes back to its first item (the first match). */
  queryChanged(): void;
  /** The data source's search on the server, where its API has a filter. */
  server: ServerSearch | undefined;
}

/**
 * How long typing must pause before the status region announces the matches:
 * one announcement per search, not one per keystroke (issue 17).
 */
const ANNOUNCE_AFTER_MS = 600;

/** How long a keyboard move waits for the virtualizer to draw and keep its row before it gives up. */
const FOCUS_WAIT_MS = 3000;

interface SearchRow<TItem> extends Row<TItem> {
  /**
   * Lower-cased once per load, so a keystroke costs one `includes` per row;
   * made by the first search, not by the first render, which most lists are
   * never searched after (10,000 users' keys had been some 10 ms of it, and
   * garbage besides: issue 16).
   */
  key: string | undefined;
}

/**
 * The styles of the controls and the scroll box travel with their code, so
 * short lists do not pay for them; the element adds them to its shadow root.
 */
export const largeListStyles = css`
  /* Long lists scroll inside their own box, which the virtualizer watches.
     With --iam-list-max-height: none the box grows and the page scrolls it.
     A height, not a maximum, which the long list always fills: the box stays
     put while the virtualizer draws its first rows (with a maximum it shrank
     to the header for a frame, and the page below jumped: issue 17) and while
     a search narrows the list. */
  .scroller {
    block-size: var(--iam-list-max-height, 32rem);
    overflow: auto;
  }

  /* The virtualizer positions rows itself (absolutely), so they are given
     the list's full width, and the grid gap becomes a margin. */
  .scroller .item {
    inline-size: 100%;
    margin-block-end: var(--_gap);
  }

  .controls {
    display: flex;
    flex-wrap: wrap;
    align-items: end;
    gap: 0.5em 1em;
    margin-block-end: var(--_gap);
  }

  .control {
    display: grid;
    gap: 0.25em;
    font-size: 0.875em;
  }

  .control > span {
    color: var(--_muted);
  }

  /* One height for the search box and the sort control, so their edges line up (issue 17). */
  .control input,
  .control select {
    font: inherit;
    color: inherit;
    background: transparent;
    border: 1px solid var(--_muted);
    border-radius: var(--_radius);
    padding: 0.3em 0.5em;
    min-inline-size: 0;
    box-sizing: border-box;
    block-size: 2.25em;
  }

  .search {
    position: relative;
  }

  .search input {
    padding-inline-start: 1.9em;
  }

  .search-icon {
    position: absolute;
    inset-inline-start: 0.55em;
    inset-block-end: 0.6em;
    inline-size: 1.05em;
    block-size: 1.05em;
    fill: none;
    stroke: var(--_muted);
    stroke-width: 1.6;
    pointer-events: none;
  }

  .no-match {
    margin: 0 0 var(--_gap);
  }

  .control :focus-visible {
    outline: var(--iam-focus-ring, 2px solid var(--_accent));
    outline-offset: 2px;
  }
`;

type VirtualizerModule = typeof import('@lit-labs/virtualizer/virtualize.js');

/** Shared by every element on the page. */
let virtualizerModule: Promise<VirtualizerModule> | undefined;

export class LargeList<TItem> {
  query = '';

  /** The query the status region speaks of: `query` once typing has paused. */
  private announcedQuery = '';

  /** What the status region said for `announcedQuery`, kept while typing goes on. */
  private announced: string | undefined;

  private announceTimer: ReturnType<typeof setTimeout> | undefined;

  /** The loaded list has a next page: a search of it covers only what is loaded (issue 17). */
  private more = false;

  /** The query the server was last sent ('' once cleared: the whole list). */
  private asked = '';

  /** The query whose answer the rows are: `asked` once that answer is in. */
  private answered = '';

  /** Index into `sortOptions`; -1 keeps the order the server sent. */
  sortIndex = -1;

  private virtualizer: VirtualizerModule | 'failed' | undefined;

  private view:
    | { items: readonly TItem[]; all: SearchRow<TItem>[]; sortIndex: number; sorted: SearchRow<TItem>[]; query: string; shown: SearchRow<TItem>[] }
    | undefined;

  /** By name both ways, then the element's own orders. */
  private readonly sortOptions: SortOption<TItem>[];

  constructor(private readonly source: LargeListSource<TItem>) {
    const { presenter } = source;
    const key = (item: TItem) => presenter.name(item);
    this.sortOptions = [
      ...(presenter.nameSortOptions ?? [
        { label: () => this.t('sortNameAscending'), key },
        { label: () => this.t('sortNameDescending'), key, descending: true },
      ]),
      ...(presenter.sortOptions ?? []),
    ];
    const root = source.host.renderRoot;
    if (root instanceof ShadowRoot && largeListStyles.styleSheet) {
      root.adoptedStyleSheets = [...root.adoptedStyleSheets, largeListStyles.styleSheet];
    }
    // Any other key ends the wait of an earlier move (see focusItem): the user may be moving on, out of the list.
    // The list's own keys (RovingFocus, on the <ul>, prevented there) may have started a new move already.
    // The virtualizer's range events do not bubble: heard on the way down.
    root.addEventListener('rangeChanged', () => requestAnimationFrame(() => this.keepTabStop()), true);
    root.addEventListener('focusin', (event) => {
      const row = (event.target as Element).closest('[data-row]');
      this.focusedRow = row ? Number(row.getAttribute('data-row')) - 1 : undefined;
    });
    root.addEventListener('focusout', (event) => {
      const name = event.target as Element;
      // A name that leaves with focus (the virtualizer redrew or dropped its row) is a loss to mend; a move out of the
      // rows is not. Read a microtask later, after the focusin of a move within the list.
      queueMicrotask(() => {
        if (name.isConnected && !(root as ShadowRoot).activeElement?.closest('[data-row]')) this.focusedRow = undefined;
      });
    });
    root.addEventListener('keydown', (event) => {
      if (!event.defaultPrevented) this.focusTarget = undefined;
    });
  }

  /** A sentence of this chunk's own, in the element's language. */
  private t<K extends keyof typeof largeListMessages>(id: K, ...args: string[]): string {
    return this.source.l10n.say(id, largeListMessages[id], args);
  }

  /**
   * The rows to show, in order. The sorted order is kept per sort choice, and
   * while the query only grows, filtering narrows the previous result. The
   * same array comes back while nothing changed, which keeps the virtualizer
   * from laying out again.
   */
  rows(items: readonly TItem[], more: boolean): Row<TItem>[] {
    this.more = more;
    let view = this.view;
    if (view?.items !== items) {
      this.answered = this.asked;
      const all: SearchRow<TItem>[] = items.map((item, index) => ({ item, index, key: undefined }));
      view = this.view = { items, all, sortIndex: -1, sorted: all, query: '', shown: all };
    }
    // The server's answer to a query holds its matches: filtering them again could only drop some.
    const query = this.serverSide() ? '' : this.query.trim().toLowerCase();
    if (view.sortIndex !== this.sortIndex) {
      const option = this.sortOptions[this.sortIndex];
      // Names sort in the element's language, as its people expect them.
      view.sorted = option ? sortRows(view.all, option, new Intl.Collator(this.source.l10n.locale, { numeric: true })) : view.all;
      view.sortIndex = this.sortIndex;
      view.shown = view.sorted;
      view.query = '';
    }
    if (view.query !== query) {
      const from = view.query && query.includes(view.query) ? view.shown : view.sorted;
      const { presenter } = this.source;
      view.shown = query ? from.filter((row) => (row.key ??= presenter.searchText(row.item).toLowerCase()).includes(query)) : view.sorted;
      view.query = query;
    }
    return view.shown;
  }

  /**
   * Whether the query goes to the server: the source has a filter and the loaded list is incomplete, or the
   * rows shown are the server's answer to a query.
   */
  private serverSide(): boolean {
    return !!this.source.server && (this.more || this.answered !== '');
  }

  /**
   * A query is typed, or the rows are the server's answer to one: the list keeps its search box, whatever
   * its length (a server may answer with few items or none, and a cleared query waits for the whole list).
   */
  searching(): boolean {
    return this.query !== '' || this.answered !== '';
  }

  /**
   * The status sentence: the count, or how many of `total` loaded items match the query, and, while more
   * are not loaded, that the search covered only those. Whole sentences of numbers, with the plural form
   * of the matches: a count's own words ("40 users") inside another sentence broke its grammar (issue 17).
   */
  status(shown: number, total: number, count: string | undefined): string | undefined {
    if (this.announcedQuery !== this.query && this.announced !== undefined) return this.announced;
    const query = this.query.trim();
    const { l10n, server } = this.source;
    const all = l10n.number(total);
    const more = this.more;
    const one = new Intl.PluralRules(l10n.locale).select(shown) === 'one';
    this.announced = !query
      ? count
      : this.serverSide()
        ? server!.found(query, shown, more)
        : shown === 0
          ? this.t(more ? 'noMatchLoaded' : 'noMatch', query, all)
          : this.t(more ? (one ? 'matchesLoaded.one' : 'matchesLoaded.other') : one ? 'matches.one' : 'matches.other', l10n.number(shown), all);
    return this.announced;
  }

  /** Below the status when nothing matches: a way back to the whole list. */
  renderNoMatch(shown: number): TemplateResult | undefined {
    if (shown > 0 || !this.query.trim()) return undefined;
    return html`<p part="no-match" class="no-match">
      <button part="clear-search" class="retry" type="button" @click=${() => this.clearSearch()}>${this.t('clearSearch')}</button>
    </p>`;
  }

  /** Empties the query at once (Escape, "Clear search") and puts focus back in the search box. */
  private clearSearch(): void {
    this.setQuery('', true);
    void this.source.host.updateComplete.then(() => this.source.host.renderRoot.querySelector<HTMLInputElement>('[part="search"]')?.focus());
  }

  /**
   * A new query shows its matches from the top (issue 17: the old scroll
   * offset hid the first matches) with the Tab stop on the first one, and is
   * announced once typing pauses, or at once when `now` (a clear).
   */
  private setQuery(query: string, now = false): void {
    if (query === this.query) return;
    clearTimeout(this.announceTimer);
    this.source.queryChanged();
    this.source.host.renderRoot.querySelector('.scroller')?.scrollTo({ top: 0 });
    this.set('query', query);
    if (now) this.announce();
    else this.announceTimer = setTimeout(() => this.announce(), ANNOUNCE_AFTER_MS);
  }

  /**
   * Typing has paused (or the query was cleared): the status speaks of the query, and a server search
   * sends it; the list's task aborts the request of an older query.
   */
  private announce(): void {
    this.announcedQuery = this.query;
    const query = this.query.trim();
    if (this.serverSide() && query !== this.asked) this.source.server!.send((this.asked = query));
    this.source.host.requestUpdate();
  }

  renderControls(): TemplateResult {
    return html`
      <div part="controls" class="controls">
        <label class="control search">
          <span>${this.source.searchLabel()}</span>
          <svg class="search-icon" viewBox="0 0 16 16" aria-hidden="true"><circle cx="6.5" cy="6.5" r="4.5" /><path d="m10 10 4.5 4.5" /></svg>
          <input
            part="search"
            type="search"
            autocomplete="off"
            spellcheck="false"
            placeholder=${this.serverSide() ? this.source.server!.placeholder() : this.t('searchPlaceholder')}
            .value=${this.query}
            @input=${(event: InputEvent) => this.setQuery((event.target as HTMLInputElement).value)}
            @keydown=${(event: KeyboardEvent) => {
              if (event.key !== 'Escape' || !this.query) return;
              // Handled here so Escape clears (and announces) even where the browser would not, and goes no further (a dialog around the list stays open).
              event.preventDefault();
              event.stopPropagation();
              this.setQuery('', true);
            }}
          />
        </label>
        <label class="control">
          <span>${this.t('sortBy')}</span>
          <select part="sort" @change=${(event: Event) => this.set('sortIndex', Number((event.target as HTMLSelectElement).value))}>
            <option value="-1">${this.t('sortAsLoaded')}</option>
            ${this.sortOptions.map(
              (option, i) => html`<option value=${i} ?selected=${i === this.sortIndex}>${option.label()}</option>`,
            )}
          </select>
        </label>
      </div>
    `;
  }

  private set<K extends 'query' | 'sortIndex'>(key: K, value: this[K]): void {
    this[key] = value;
    this.source.host.requestUpdate();
  }

  /**
   * The list's content. A long list renders through @lit-labs/virtualizer, so
   * only the rows in view (and a few beyond) are in the DOM. `undefined` while
   * its chunk is on its way; if it cannot be fetched every row renders, which
   * is slow but complete.
   */
  renderRows(rows: Row<TItem>[], renderRow: RenderRow<TItem>, virtual: boolean): unknown {
    if (!virtual) return rows.map(renderRow);
    const module = this.virtualizer;
    if (module === undefined) {
      virtualizerModule ??= import('@lit-labs/virtualizer/virtualize.js');
      virtualizerModule.then(
        (loaded) => this.setVirtualizer(loaded),
        () => this.setVirtualizer('failed'),
      );
      return undefined;
    }
    if (module === 'failed') return rows.map(renderRow);
    return module.virtualize({ items: rows, renderItem: renderRow, keyFunction: (row) => row.index });
  }

  private setVirtualizer(module: VirtualizerModule | 'failed'): void {
    this.virtualizer = module;
    this.source.host.requestUpdate();
    // The virtualizer redraws the rows drawn before it came; focus on one of them moves to its successor.
    const focused = this.focusedPosition();
    if (focused !== undefined) void this.focusItem(focused);
  }

  /** The position of the item name that has focus, if one has. */
  private focusedPosition(): number | undefined {
    const row = (this.source.host.renderRoot as ShadowRoot).activeElement?.closest('[data-row]');
    // Positions count from 1 in data-row, from 0 here.
    return row ? Number(row.getAttribute('data-row')) - 1 : undefined;
  }

  /**
   * A virtual list draws only the rows in view: once the item holding the Tab
   * stop (RovingFocus) scrolls out of the DOM, the first row drawn takes it,
   * so the list stays reachable by Tab.
   */
  private keepTabStop(): void {
    const root = this.source.host.renderRoot;
    this.restoreFocus();
    const names = root.querySelectorAll<HTMLElement>('[data-row] .item-name');
    if (names.length > 0 && ![...names].some((name) => name.tabIndex === 0)) names[0]!.tabIndex = 0;
    // Rows drawn without an update of the host (RovingFocus sets this on each update) keep their controls out
    // of the Tab order unless their name holds the stop (issue 17: Rename of rows 2–9 of a passkey list had
    // tabindex 0, and leaving the list took 55 Tabs).
    for (const control of root.querySelectorAll<HTMLElement>('[data-row] button:not(.item-name)')) {
      control.tabIndex = control.closest('[data-row]')!.querySelector<HTMLElement>('.item-name')!.tabIndex;
    }
  }

  /** The row whose name had focus when it left the DOM with it (see restoreFocus). */
  private focusedRow: number | undefined;

  /**
   * The virtualizer redraws rows as new elements without an update of the
   * host: while it measures, and as the box scrolls. A focused name redrawn
   * that way takes focus with it, to <body> (issue 17: PageDown or a scroll
   * of the box lost focus). So after each redraw the row's name takes focus
   * back when it is drawn, and the scroll box holds it (tabindex -1, still in
   * the list) while the row is scrolled out of the DOM.
   */
  private restoreFocus(): void {
    const root = this.source.host.renderRoot as ShadowRoot;
    const position = this.focusedRow;
    // A keyboard move on its way (focusItem) places focus itself: mending toward the row it left pulled
    // focus back there (seen 1 run in 5 under load: End in 10,000 rows ended on row 1).
    if (position === undefined || this.move || root.activeElement?.matches('.item-name')) return;
    if (root.activeElement === null && document.activeElement !== document.body && document.activeElement !== null) return;
    const target = this.itemButton(position) ?? root.querySelector<HTMLElement>('.scroller');
    target?.focus({ preventScroll: true });
    this.focusedRow = position;
  }

  private itemButton(position: number): HTMLElement | null {
    return this.source.host.renderRoot.querySelector(`[data-row="${position + 1}"] .item-name`);
  }

  /** The row the keyboard is moving to; a newer move ends an older one's wait. */
  private focusTarget: number | undefined;

  /** Set while focusItem is placing focus (see restoreFocus). */
  private move: object | undefined;

  /**
   * Focuses the name of the row at `position`, scrolling it into the DOM
   * first. The virtualizer's own `element(i).scrollIntoView()` pins the
   * layout, and in @lit-labs/virtualizer 2.1 a far jump that way (End in
   * 10,000 rows) leaves the list with no rows at all; so the scroll box (or
   * the page) is scrolled toward the row's estimated place instead, and the
   * virtualizer draws what comes into view. While it corrects its estimates
   * the range can briefly leave the row and redraw it as a new element, which
   * drops focus, or scroll it out of view; the row is focused and scrolled
   * into view again until it stays put for a few frames. The wait is bounded
   * in time, not frames: on a busy machine the virtualizer needs more frames
   * to settle a far jump (60 frames were too few for End in 10,000 rows, and
   * focus stayed on <body>).
   */
  async focusItem(position: number): Promise<void> {
    this.focusTarget = position;
    const move = (this.move = {});
    try {
      await this.placeFocus(position, performance.now() + FOCUS_WAIT_MS);
    } finally {
      // A newer move has taken over, and clears it when it ends.
      if (this.move === move) this.move = undefined;
    }
  }

  private async placeFocus(position: number, giveUpAt: number): Promise<void> {
    const root = this.source.host.renderRoot as ShadowRoot;
    for (let settled = 0; settled < 3 && performance.now() < giveUpAt && this.focusTarget === position; ) {
      const button = this.itemButton(position);
      const focused = root.activeElement;
      // Focus moved on by the user (the search box, another page control): stop following.
      if (focused && !focused.matches('.item-name')) break;
      if (button && focused === button) {
        settled += 1;
        // Keeps the row in view while the virtualizer corrects its scroll position (a no-op once it is).
        button.closest('[data-row]')?.scrollIntoView({ block: 'nearest' });
      } else {
        settled = 0;
        if (button) button.focus();
        else this.scrollToward(position);
      }
      await new Promise(requestAnimationFrame);
    }
  }

  private scrollToward(position: number): void {
    const list = this.source.host.renderRoot.querySelector<HTMLElement>('.list');
    const count = this.view?.shown.length ?? 0;
    // The table's rows sit in a rowgroup under its header, inside the scroll box.
    const box = list?.closest<HTMLElement>('.scroller');
    if (!list || !box || count === 0) return;
    // In virtualizer mode the list is as tall as all its rows (estimated).
    const listRect = list.getBoundingClientRect();
    const target = listRect.top + (listRect.height * (position + 0.5)) / count;
    if (box.scrollHeight > box.clientHeight) {
      const boxRect = box.getBoundingClientRect();
      box.scrollTop += target - (boxRect.top + boxRect.height / 2);
    } else {
      window.scrollBy(0, target - innerHeight / 2);
    }
  }
}

/** Sorts by keys read once per row (not once per comparison): strings by locale, numbers by value, missing keys last. */
function sortRows<TItem, TRow extends Row<TItem>>(rows: TRow[], option: SortOption<TItem>, collator: Intl.Collator): TRow[] {
  const keyed = rows.map((row) => ({ row, key: option.key(row.item) }));
  const direction = option.descending ? -1 : 1;
  keyed.sort(({ key: a }, { key: b }) => {
    if (a === undefined || b === undefined) return a === b ? 0 : a === undefined ? 1 : -1;
    return direction * (typeof a === 'number' && typeof b === 'number' ? a - b : collator.compare(String(a), String(b)));
  });
  return keyed.map(({ row }) => row);
}
