/**
 * The EnOS proxy: holds the application's appKey and appSecret, gets the
 * gateway's access token, signs every forwarded request, and answers the
 * element in the IAM envelope it already reads.
 *
 * Where EnOS's API-management documents (Get/Refresh Access Token, Invoking
 * API with Access Token, several doc releases) leave room, this file reads
 * them as follows; each reading is marked "Interpretation" below.
 */
import { createHash } from 'node:crypto';
import {
  type Authorize,
  callUpstream,
  type CommonProxyOptions,
  createProxyHandler,
  fingerprint,
  isRecord,
  type MatchedRequest,
  parseBase,
  parseJson,
  ProxyFailure,
  type ProxyHandler,
  readGrant,
  type ProxyRoute,
  requireText,
  upstreamLimits,
  upstreamUrl,
} from './proxy.js';
import { type IssuedToken, sharedTokenCache, type TokenIssuer } from './token-cache.js';

/** What a caller may see through the EnOS proxy: the OUs (`orgId`) it may ask about. */
export interface EnosGrant {
  orgIds: readonly string[];
  /** The caller administers those OUs and may use ENOS_WRITE_ROUTES (issue 18). Default false. */
  admin?: boolean;
}

export interface EnosProxyOptions extends CommonProxyOptions {
  /** The API gateway, e.g. `https://apigw.example.com` (a path prefix is kept). */
  gateway: string;
  appKey: string;
  appSecret: string;
  /** The host's check of the caller and its grant; see docs/server.md. Without it every request is refused. */
  authorize: Authorize<EnosGrant> | undefined;
}

/** The read endpoint `<sso-user-list>` uses. Every EnOS IAM route also takes `orgId`, which is required. */
export const ENOS_DEFAULT_ROUTES: readonly ProxyRoute[] = [
  { path: '/enos-iam-service/v2.3/user/sso/list', query: ['userName', 'email', 'phone'] },
];

/** The SSO user writes (issue 18), forwarded only when a host adds them to `routes`; each needs `admin: true`. */
export const ENOS_WRITE_ROUTES: readonly ProxyRoute[] = ['create', 'update', 'delete'].map((verb) => ({
  method: 'POST',
  path: `/enos-iam-service/v2.3/user/sso/${verb}`,
}));

const ENOS_WRITE_PATHS: ReadonlySet<string> = new Set(ENOS_WRITE_ROUTES.map((route) => route.path));

const TOKEN_PATH = '/apim-token-service/v2.0/token/get';
const REFRESH_PATH = '/apim-token-service/v2.0/token/refresh';
/** Documented as the initial lifetime, used when an answer leaves `expire` out. */
const DOCUMENTED_EXPIRE_SECONDS = 7200;
const TOKEN_EXPIRED = 1203;
/** The gateway's own codes (1001–1005, 1202–1204): never a caller's fault, always the proxy's credentials. */
const GATEWAY_CODES = new Set([1001, 1002, 1003, 1004, 1005, 1202, 1203, 1204]);

/**
 * Interpretation: the gateway's refusals (1001–1005, 1202–1204) are small
 * envelopes it writes itself, so only answers up to this size are parsed for
 * one; a 4.55 MB list is passed on unparsed (issue 19: parsing it twice took
 * 115 ms against 18 ms direct).
 */
const GATEWAY_ANSWER_MAX_BYTES = 64 * 1024;

const sha256Hex = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

/** `encryption` for the token endpoints: lowercase hex SHA-256 of `appKey + timestamp + appSecret`. */
export function enosEncryption(appKey: string, timestamp: number, appSecret: string): string {
  return sha256Hex(`${appKey}${timestamp}${appSecret}`);
}

/**
 * `apim-signature`: lowercase hex SHA-256 of `accessToken + paramsData +
 * timestamp + appSecret`, where paramsData is every query parameter sorted by
 * ASCII name as `name + value`, then the exact body when there is one.
 *
 * Interpretation: values are signed decoded (as the documents' example shows
 * them, `k1v1`), not percent-encoded as sent; "ASCII order" is a plain
 * code-unit comparison of the names.
 */
export function enosSignature(input: {
  accessToken: string;
  query: Iterable<[string, string]>;
  body?: string | undefined;
  timestamp: number;
  appSecret: string;
}): string {
  const params = [...input.query]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([name, value]) => `${name}${value}`)
    .join('');
  return sha256Hex(`${input.accessToken}${params}${input.body ?? ''}${input.timestamp}${input.appSecret}`);
}

/** The gateway's code in a JSON answer. Interpretation: it may come as `status` or `code`, with any HTTP status. */
function gatewayCode(body: unknown): number | undefined {
  if (!isRecord(body)) return undefined;
  const code = typeof body['status'] === 'number' ? body['status'] : body['code'];
  return typeof code === 'number' && GATEWAY_CODES.has(code) ? code : undefined;
}

/** The IAM failure envelope `<sso-user-list>` reads; `status` follows IAM's 30xxx numbering. */
function enosErrorBody(status: number, message: string) {
  return { fail: true, success: false, failed: true, successful: false, status: 30000 + status, message };
}

export function enosProxy(options: EnosProxyOptions): ProxyHandler {
  const gateway = parseBase('gateway', options.gateway);
  const appKey = requireText('appKey', options.appKey);
  const appSecret = requireText('appSecret', options.appSecret);
  const now = options.now ?? Date.now;
  const limits = upstreamLimits(options);

  // 1001 "repeated encryption": two token calls in one millisecond would share
  // an encryption, so each call gets a timestamp later than the last one.
  let lastTimestamp = 0;
  const timestamp = () => (lastTimestamp = Math.max(now(), lastTimestamp + 1));

  const tokenCall = async (path: string, extra: Record<string, string>): Promise<IssuedToken> => {
    const startedAt = now();
    const time = timestamp();
    const answer = await callUpstream(
      upstreamUrl(gateway, path, []),
      {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
        body: JSON.stringify({ appKey, encryption: enosEncryption(appKey, time, appSecret), timestamp: time, ...extra }),
      },
      limits,
    );
    const body = parseJson(answer.body);
    const data = isRecord(body) && isRecord(body['data']) ? body['data'] : undefined;
    const accessToken = data?.['accessToken'];
    // Interpretation: success is `status: 0` with a `data.accessToken`; one
    // doc release's example spells the field `stauts`, so a missing status is
    // not a failure as long as the token is there.
    const status = isRecord(body) ? (body['status'] ?? body['stauts']) : undefined;
    if (answer.status !== 200 || (status !== undefined && status !== 0) || typeof accessToken !== 'string' || accessToken === '') {
      const code = Number.isSafeInteger(status) ? ` (gateway code ${status})` : ` (HTTP ${answer.status})`;
      throw new ProxyFailure(502, `The EnOS gateway gave no access token${code}.`);
    }
    const expire = data?.['expire'];
    const lifetimeMs = (typeof expire === 'number' && expire > 0 ? expire : DOCUMENTED_EXPIRE_SECONDS) * 1000;
    // Counted from before the call, so network time only shortens the cached life.
    return { value: accessToken, expiresAt: startedAt + lifetimeMs, lifetimeMs };
  };

  // Interpretation: refresh takes the same `encryption` over a fresh timestamp,
  // plus the current `accessToken`, and answers in the shape of `token/get`.
  const issuer: TokenIssuer = {
    fetch: () => tokenCall(TOKEN_PATH, {}),
    refresh: (current) => tokenCall(REFRESH_PATH, { accessToken: current.value }),
    now,
  };
  const tokens = sharedTokenCache(['enos', upstreamUrl(gateway, TOKEN_PATH, []).href, appKey, fingerprint(appSecret)].join('\n'));

  /** The answer and its gateway code: an answer is parsed once at most. */
  const send = async (request: MatchedRequest, accessToken: string) => {
    const time = timestamp();
    const headers: Record<string, string> = {
      Accept: 'application/json',
      'apim-accesstoken': accessToken,
      'apim-timestamp': String(time),
      'apim-signature': enosSignature({ accessToken, query: request.query, body: request.body, timestamp: time, appSecret }),
    };
    if (request.body !== undefined) headers['Content-Type'] = 'application/json';
    const url = upstreamUrl(gateway, request.path, request.query);
    const answer = await callUpstream(url, { method: request.method, headers, body: request.body, caller: request.caller }, limits);
    // The gateway's own answers are a few hundred bytes; a larger one is the API's data, not read here.
    const code = answer.body.byteLength <= GATEWAY_ANSWER_MAX_BYTES ? gatewayCode(parseJson(answer.body)) : undefined;
    return { answer, code };
  };

  return createProxyHandler<EnosGrant>(
    {
      provider: 'enos',
      routes: [...ENOS_DEFAULT_ROUTES, ...(options.routes ?? [])],
      implicitQuery: ['orgId'],
      authorize: options.authorize,
      readGrant: (value) => readGrant<EnosGrant>(value, { orgIds: 'strings', admin: 'boolean' }, ['orgIds']),
      permits: (grant, request) => {
        const orgId = request.query.get('orgId');
        if (ENOS_WRITE_PATHS.has(request.path) && grant.admin !== true) return false;
        return orgId !== undefined && grant.orgIds.includes(orgId);
      },
      async forward(request) {
        const { answer, code } = await tokens.use(
          issuer,
          request.caller,
          (accessToken) => send(request, accessToken),
          (first) => first.code === TOKEN_EXPIRED,
        );
        if (code !== undefined) {
          // A refused signature is the proxy's configuration, not the user's session: never a 401 to the element.
          throw new ProxyFailure(502, `The EnOS gateway refused the proxy's signed request (gateway code ${code}).`);
        }
        return answer;
      },
      errorBody: enosErrorBody,
      secrets: () => [appSecret, ...tokens.recentTokens()],
    },
    options,
  );
}
