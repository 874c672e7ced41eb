import { html, nothing, type ReactiveController, type ReactiveElement } from 'lit';
import { toIamError, type IamError } from '../api/errors.js';
import type { Page } from '../api/page.js';
import type { IamEventDetails } from './events.js';
import { pagedListMessages } from './load-more.strings.js';
import type { LocaleController } from './localize.js';
import type { ListMessagePrefix } from './strings.js';
import type { RovingFocus } from './roving-focus.js';

/** What "Load more" is given by its list: how to fetch a page, say a failure and report the items. */
export interface LoadMoreOptions<TItem> {
  l10n: LocaleController;
  roving: RovingFocus;
  /** Fetches the page `cursor` names, as the list's data source does. */
  load(signal: AbortSignal, cursor: string): Promise<Page<TItem>>;
  describeError(error: IamError): string;
  /** Fires `iam-load` with every item shown, or `iam-error`, once the list has rendered. */
  emit<K extends 'iam-load' | 'iam-error'>(name: K, detail: IamEventDetails<TItem>[K]): void;
}

/**
 * "Load more" below a list whose page has a `nextCursor` (SSOJet's paged
 * answers): fetches the next page and appends it. A chunk of its own in the
 * script-tag bundle, fetched once a list has a next page (DataListElement);
 * its styles (`.more`) are in data-list.styles.ts. Apart from the list's
 * task, so the rows already shown stay while it loads, and a failure shows
 * beside the button (which tries again) instead of replacing the list.
 * Pages belong to the first page they followed: a new run starts over.
 */
export class LoadMore<TItem> implements ReactiveController {
  readonly #host: ReactiveElement;

  readonly #options: LoadMoreOptions<TItem>;

  /** The pages added to the first page `first`, and the state of the next one. */
  #more: MorePages<TItem> | undefined;

  constructor(host: ReactiveElement, options: LoadMoreOptions<TItem>) {
    this.#host = host;
    this.#options = options;
    host.addController(this);
  }

  hostDisconnected(): void {
    this.#more?.abort.abort();
  }

  #after(first: Page<TItem>): MorePages<TItem> | undefined {
    return this.#more?.first === first ? this.#more : undefined;
  }

  /** The items shown for the list's first page `first`: its own and every page added since. */
  items(first: Page<TItem>): TItem[] {
    return this.#after(first)?.items ?? first.items;
  }

  /** Whether a next page follows the pages shown for the list's first page `first`. */
  more(first: Page<TItem>): boolean {
    const more = this.#after(first);
    return !!(more ? more.nextCursor : first.nextCursor);
  }

  /**
   * The count of a list with a next page: "50+ users", never "50 users" as if complete; SSOJet's answers
   * carry no total. The plural form is the one of "many" ("1+ users" means one or more).
   */
  count(prefix: ListMessagePrefix, n: number): string {
    const { l10n } = this.#options;
    return l10n.t(`${prefix}.count.other`, l10n.say('atLeast', pagedListMessages.atLeast, [l10n.number(n)]));
  }

  /** The button (with a failed page's reason) while there is a next page. */
  render(first: Page<TItem>) {
    if (!this.more(first)) return nothing;
    const more = this.#after(first);
    const busy = more?.abort.signal.aborted === false && more.loading;
    const { l10n } = this.#options;
    return html`
      <div part="more" class="more">
        ${more?.error ? html`<p part="more-error" class="error" role="alert">${this.#options.describeError(more.error)}</p>` : nothing}
        <button part="load-more" class="retry" type="button" aria-disabled=${busy} @click=${() => busy || this.#load(first)}>
          ${busy ? html`<span class="spinner" aria-hidden="true"></span>` : nothing}${l10n.say('loadMore', pagedListMessages.loadMore, [])}
        </button>
      </div>
    `;
  }

  async #load(first: Page<TItem>): Promise<void> {
    const host = this.#host;
    const { roving, emit } = this.#options;
    const previous = this.#after(first);
    const items = previous?.items ?? first.items;
    const cursor = previous ? previous.nextCursor : first.nextCursor;
    const more: MorePages<TItem> = { first, items, nextCursor: cursor, loading: true, abort: new AbortController() };
    this.#more = more;
    host.requestUpdate();
    try {
      const page = await this.#options.load(more.abort.signal, cursor!);
      Object.assign(more, { items: [...items, ...page.items], nextCursor: page.nextCursor, loading: false });
      // Focus on the button moves to the first new item (and the Tab stop with it), where reading goes on: left on the
      // button, it was pushed below the new page, out of view (issue 17); and the last page removes the button.
      if ((host.renderRoot as ShadowRoot).activeElement?.part.contains('load-more') && page.items.length > 0) roving.moveTo(items.length);
      if (this.#more === more) emit('iam-load', { items: more.items });
    } catch (error) {
      if (more.abort.signal.aborted) return;
      Object.assign(more, { error: toIamError(error), loading: false });
      if (this.#more === more) emit('iam-error', { error: more.error! });
    }
    host.requestUpdate();
  }
}

interface MorePages<TItem> {
  first: Page<TItem>;
  /** Every item shown: the first page's and each added page's. */
  items: TItem[];
  nextCursor: string | undefined;
  loading: boolean;
  error?: IamError;
  abort: AbortController;
}
