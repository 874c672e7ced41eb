import { css, html, nothing, type CSSResultGroup, type PropertyDeclarations } from 'lit';
import type { IamError } from '../api/errors.js';
import type { Page } from '../api/page.js';
import type { CachePolicy } from '../api/request-cache.js';
import { SSOJET_DEFAULT_BASE_URL, type SsojetListRequest } from '../api/ssojet/request.js';
import { asPage, DataListElement, toIamError, type DataSource } from './data-list-element.js';
import { pagedListMessages } from './ssojet-list.strings.js';

/** The "Load more" row below a paged list. */
const pagedListStyles = css`
  .more {
    display: grid;
    justify-items: start;
    gap: 0.5em;
    margin-top: var(--_gap);
  }
`;

/**
 * What the lists of SSOJet's user-management API share: SSOJet's origin as
 * the default `base-url`, the required `client-id`, and a `path` template, so
 * a host whose deployment serves the same data under another path (SSOJet's
 * user-token routes `/api/v1/auth/...`, or its own proxy's layout) points the
 * element there without a fork. Their endpoints are paged: while an answer
 * has a `next_cursor`, a "Load more" button follows the list.
 *
 * @csspart more - Below a paged list with more pages: the `load-more` button, and `more-error` when a page failed.
 *
 * @attr path - The endpoint's path after `base-url`; `{name}` placeholders take the element's inputs (e.g. `{user-id}`). Each element documents its default.
 */
export abstract class SsojetListElement<TItem> extends DataListElement<TItem> {
  static override styles: CSSResultGroup = [DataListElement.styles, pagedListStyles];

  static override properties: PropertyDeclarations = {
    path: {},
  };

  override baseUrl: string | undefined = SSOJET_DEFAULT_BASE_URL;

  /**
   * The endpoint's path after `base-url`, such as `/api/v1/auth/roles` for
   * SSOJet's user-token route; `{user-id}` and the like are filled from the
   * element's inputs and encoded. Unset, the element's documented path.
   */
  path: string | undefined;

  /** The documented path, used while `path` is unset. */
  protected abstract readonly defaultPath: string;

  /**
   * The data source of an SSOJet list: `client-id` and `path` are inputs of
   * every one; `pathValues` are the element's inputs that fill the path's
   * `{name}` segments (also required), `query` those that change the request
   * otherwise; `fetch` is the endpoint's module in `src/api/ssojet/`.
   */
  protected ssojetSource(endpoint: {
    pathValues?: () => Record<string, string | undefined>;
    query?: () => unknown[];
    fetch: (request: SsojetListRequest) => Promise<Page<TItem>>;
  }): DataSource<TItem> {
    const pathValues = () => endpoint.pathValues?.() ?? {};
    return {
      required: () => ({ 'client-id': this.clientId, ...pathValues() }),
      inputs: () => [this.clientId, this.path, ...Object.values(pathValues()), ...(endpoint.query?.() ?? [])],
      load: (signal, cache, cursor) => endpoint.fetch(this.ssojetRequest(signal, cache, cursor, pathValues() as Record<string, string>)),
    };
  }

  /** The request every SSOJet list sends; elements add their own query values. */
  protected ssojetRequest(
    signal: AbortSignal | undefined,
    cache: CachePolicy,
    cursor: string | undefined,
    pathValues: Record<string, string> = {},
  ): SsojetListRequest {
    return {
      baseUrl: this.baseUrl!,
      token: this.tokenSource(),
      clientId: this.clientId!,
      path: this.path || this.defaultPath,
      pathValues,
      cursor,
      signal,
      ...cache,
      timeout: this.timeout,
    };
  }

  /** The pages "Load more" has added to the first page `first`, and the state of the next one. */
  private more: MorePages<TItem> | undefined;

  /** Pages fetched by "Load more" belong to the first page they followed; a new run starts over. */
  private moreAfter(first: Page<TItem>): MorePages<TItem> | undefined {
    return this.more?.first === first ? this.more : undefined;
  }

  protected override shownItems(first: Page<TItem>): TItem[] {
    return this.moreAfter(first)?.items ?? first.items;
  }

  protected override renderAfterList(first: Page<TItem>) {
    const more = this.moreAfter(first);
    if (!(more ? more.nextCursor : first.nextCursor)) return nothing;
    const busy = more?.abort.signal.aborted === false && more.loading;
    return html`
      <div part="more" class="more">
        ${more?.error
          ? html`<p part="more-error" class="error" role="alert">${this.describeError(more.error)}</p>`
          : nothing}
        <button part="load-more" class="retry" type="button" aria-disabled=${busy} @click=${() => busy || this.loadMore(first)}>
          ${busy ? html`<span class="spinner" aria-hidden="true"></span>` : nothing}${this.l10n.say('loadMore', pagedListMessages.loadMore, [])}
        </button>
      </div>
    `;
  }

  /**
   * Fetches the page after the last one shown and appends it. Kept apart
   * from the task, so the rows already shown stay while it loads, and a
   * failure shows beside the button (which tries again) instead of replacing
   * the list.
   */
  private async loadMore(first: Page<TItem>): Promise<void> {
    const previous = this.moreAfter(first);
    const items = previous?.items ?? first.items;
    const cursor = previous ? previous.nextCursor : first.nextCursor;
    const more: MorePages<TItem> = { first, items, nextCursor: cursor, loading: true, abort: new AbortController() };
    this.more = more;
    this.requestUpdate();
    try {
      const page = asPage(await this.source.load(more.abort.signal, { cacheTtl: this.cacheTtl, fresh: false }, cursor));
      Object.assign(more, { items: [...items, ...page.items], nextCursor: page.nextCursor, loading: false });
      // The last page removes the focused button: the first new item takes focus (and the Tab stop) instead of the page.
      if (!page.nextCursor && (this.renderRoot as ShadowRoot).activeElement?.part.contains('load-more')) {
        this.roving.position = items.length;
        this.requestUpdate();
        void this.updateComplete.then(() => this.roving.button(items.length)?.focus());
      }
      if (this.more === more) this.emitAfterRender('iam-load', { items: more.items });
    } catch (error) {
      if (more.abort.signal.aborted) return;
      Object.assign(more, { error: toIamError(error), loading: false });
      if (this.more === more) this.emitAfterRender('iam-error', { error: more.error! });
    }
    this.requestUpdate();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.more?.abort.abort();
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
