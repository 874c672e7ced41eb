import type { PropertyDeclarations } from 'lit';
import type { Page } from '../api/page.js';
import type { CachePolicy } from '../api/request-cache.js';
import { SSOJET_DEFAULT_BASE_URL, type SsojetListRequest } from '../api/ssojet/request.js';
import { DataListElement, type DataSource } from './data-list-element.js';
import type { SsojetActionParts } from './ssojet-actions.js';

/**
 * What the lists of SSOJet's user-management API share: SSOJet's origin as
 * the default `base-url`, the required `client-id`, and a `path` template, so
 * a host whose deployment serves the same data under another path (SSOJet's
 * user-token routes `/api/v1/auth/...`, or its own proxy's layout) points the
 * element there without a fork. Their endpoints are paged: while an answer
 * has a `next_cursor`, the engine's "Load more" (load-more.ts) follows the list.
 *
 * @csspart more - Below a paged list with more pages: the `load-more` button, and `more-error` when a page failed.
 *
 * @attr path - The endpoint's path after `base-url`; `{name}` placeholders take the element's inputs (e.g. `{user-id}`). Each element documents its default.
 */
export abstract class SsojetListElement<TItem> extends DataListElement<TItem> {
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

  /** What this list's actions module (`<tag>.actions.ts`, issue 18) builds the engine from. */
  protected actionParts(): SsojetActionParts<TItem> {
    return {
      context: { host: this, l10n: this.l10n, presenter: this.presenter, prefix: this.messagePrefix },
      base: () => this.ssojetRequest(undefined, { cacheTtl: 0, fresh: true }, undefined),
    };
  }
}
