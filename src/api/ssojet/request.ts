import { capText, IamError } from '../errors.js';
import { buildUrl, getJson, refuseUnsendable, sendJson, type RequestOptions } from '../http.js';
import type { CachePolicy } from '../request-cache.js';

/**
 * What every request to SSOJet's list endpoints shares: the default origin,
 * the request's shape, its URL and headers, and the GET that reads a page.
 * One module per endpoint (users.ts, roles.ts, …) builds on it, so an
 * element's chunk carries its own endpoint's parser and no other.
 */

export const SSOJET_DEFAULT_BASE_URL = 'https://api.ssojet.com';

/**
 * The items of a page when no `limit` is sent: the roles document says 10; the
 * users document names `limit` without a default, taken to be the same. Only
 * the loading placeholder's row count rests on it: a longer page just grows.
 */
export const SSOJET_DEFAULT_PAGE_SIZE = 10;

/** What every SSOJet list request carries; `path` is the endpoint's path template (see `pathSegments`). */
export interface SsojetListRequest extends CachePolicy {
  baseUrl: string;
  token: RequestOptions['token'];
  clientId: string;
  /** The endpoint's path after `baseUrl`, such as `/api/v1/users` or a host's `/api/v1/auth/...` equivalent. */
  path: string;
  /** Values for the path's `{name}` placeholders. */
  pathValues?: Record<string, string>;
  /** The cursor of the page wanted; the first page without one. */
  cursor?: string | undefined;
  signal?: AbortSignal | undefined;
  timeout?: number;
  headers?: Record<string, string>;
  /** Where the client id travels: the `client_id` query value (default) or the `x-client-id` header (passkeys). */
  clientIdIn?: 'query' | 'header';
}

/**
 * The URL and headers of a request: `{baseUrl}{path}?client_id=…&cursor=…&{query}`,
 * or with the client id as `x-client-id` when `clientIdIn` says so.
 */
export function ssojetTarget(request: SsojetListRequest, query: Record<string, string | undefined>, extraSegments: string[] = []) {
  const inHeader = request.clientIdIn === 'header';
  refuseUnsendable({ 'base-url': request.baseUrl }, 'text');
  refuseUnsendable({ 'client-id': request.clientId }, inHeader ? 'header' : 'url');
  // The query's names are its inputs' (`email`); the cursor and an id beyond the path come from an earlier answer.
  refuseUnsendable({ ...query, 'the next page’s cursor': request.cursor, 'an id': extraSegments.join('/') }, 'url');
  const segments = [...pathSegments(request.path, request.pathValues), ...extraSegments];
  const url = buildUrl(request.baseUrl, segments, { client_id: inHeader ? undefined : request.clientId, ...query, cursor: request.cursor });
  const headers = inHeader ? { ...request.headers, 'x-client-id': request.clientId } : request.headers;
  return { url, options: { ...request, headers } };
}

/** GETs `{baseUrl}{path}?client_id=…&cursor=…&{query}` and reads it with `read`. */
export async function fetchSsojet<T>(
  request: SsojetListRequest,
  query: Record<string, string | undefined>,
  read: (body: unknown) => T,
): Promise<T> {
  const { url, options } = ssojetTarget(request, query);
  return getJson(url, options, read);
}

/**
 * The segments of a path template for `buildUrl`: `/api/v1/users/{user-id}/loginlogs`
 * with `{user-id}` replaced by `values['user-id']` (encoded by `buildUrl`, so an
 * id stays one segment). Lets a host point an element at another path of the
 * same API (SSOJet's user-token `/api/v1/auth/...` routes, a proxy's layout)
 * without a fork. A placeholder with no value is a `config` error.
 */
export function pathSegments(template: string, values: Record<string, string> = {}): string[] {
  refuseUnsendable({ path: template, ...values }, 'url');
  return template
    .split('/')
    .filter((segment) => segment !== '')
    .map((segment) => {
      const name = /^\{(.+)\}$/.exec(segment)?.[1];
      if (name === undefined) return segment;
      const value = values[name];
      if (value === undefined) throw new IamError('config', `path "${capText(template)}" names {${capText(name)}}, which this element does not fill`);
      return value;
    });
}

/** What every SSOJet write carries; `path` defaults to each write's documented path. */
export type SsojetWriteRequest = Omit<SsojetListRequest, 'cursor' | 'path' | 'pathValues'> & { path?: string };

/**
 * One write (issue 18) to `request.path ?? path`, its placeholders filled from `values`: the
 * user, passkey and member writes all send through it. Sent once, never retried automatically; an
 * unanswered one throws an IamError with `outcomeUnknown` (http.ts's sendJson).
 */
export function send(
  request: SsojetWriteRequest,
  path: string,
  values: Record<string, string>,
  method: 'POST' | 'PUT' | 'DELETE',
  body?: unknown,
  query: Record<string, string | undefined> = {},
): Promise<unknown> {
  const { url, options } = ssojetTarget({ ...request, path: request.path ?? path, pathValues: values }, query);
  return sendJson(url, { ...options, method, body });
}
