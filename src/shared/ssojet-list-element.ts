import type { PropertyDeclarations } from 'lit';
import { SSOJET_DEFAULT_BASE_URL, type SsojetListRequest } from '../api/ssojet/request.js';
import type { CachePolicy } from '../api/request-cache.js';
import { DataListElement } from './data-list-element.js';

/**
 * What the lists of SSOJet's user-management API share: SSOJet's origin as
 * the default `base-url`, the required `client-id`, and a `path` template, so
 * a host whose deployment serves the same data under another path (SSOJet's
 * user-token routes `/api/v1/auth/...`, or its own proxy's layout) points the
 * element there without a fork.
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

  /** Inputs besides `client-id` that a request needs, by attribute name. */
  protected ownRequiredInputs(): Record<string, string | undefined> {
    return {};
  }

  protected override requiredInputs() {
    return { 'client-id': this.clientId, ...this.ownRequiredInputs() };
  }

  /** Element inputs besides the path's that change the request (query values). */
  protected queryInputs(): unknown[] {
    return [];
  }

  protected override requestInputs(): unknown[] {
    return [this.clientId, this.path, ...Object.values(this.ownRequiredInputs()), ...this.queryInputs()];
  }

  /** The request every SSOJet list sends; elements add their own query values. */
  protected ssojetRequest(signal: AbortSignal | undefined, cache: CachePolicy, cursor: string | undefined): SsojetListRequest {
    return {
      baseUrl: this.baseUrl!,
      token: this.tokenSource(),
      clientId: this.clientId!,
      path: this.path || this.defaultPath,
      pathValues: this.ownRequiredInputs() as Record<string, string>,
      cursor,
      signal,
      ...cache,
      timeout: this.timeout,
    };
  }
}
