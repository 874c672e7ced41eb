/**
 * The SSOJet proxy: holds a client id and secret, obtains a management token
 * with the client-credentials grant, adds `client_id`, and forwards. The
 * management token never leaves the server (SSOJet: "must never reach a
 * browser").
 *
 * SSOJet's machine-to-machine guide documents the token call as
 * `POST https://api.ssojet.com/api/v1/oauth2/token`, a JSON body
 * `{client_id, client_secret, scope, grant_type: "client_credentials"}`, and
 * the answer `{access_token, token_type, expires_in, scope}`. Readings of what
 * it leaves open are marked "Interpretation".
 */
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

/**
 * What a caller may see through the SSOJet proxy, checked before any upstream
 * call. Any other field, or a field of another kind, refuses the request
 * (500, logged, naming the field): a host's typo never widens access.
 */
export interface SsojetGrant {
  /** The users whose own routes (`{userId}` in the path: organizations, login logs) the caller may read; usually just its own id. */
  userIds?: readonly string[];
  /**
   * The caller administers the tenant (and only then may use SSOJET_WRITE_ROUTES; issue 18): it may read every configured route,
   * the lists that name no user (`/api/v1/users`, `/roles`, `/permissions`,
   * `/organizations`, `/tenants`) and every user's routes. Default false.
   */
  admin?: boolean;
  /** The tenants whose members and invitations (`{tenantId}` in the path; <org-members>) the caller may read. Writes still need `admin`. */
  tenantIds?: readonly string[];
}

export interface SsojetProxyOptions extends CommonProxyOptions {
  /** SSOJet's API, e.g. `https://api.ssojet.com` (a path prefix is kept). */
  baseUrl: string;
  clientId: string;
  clientSecret: string;
  /** The host's check of the caller and its grant; see docs/server.md. Without it every request is refused. */
  authorize: Authorize<SsojetGrant> | undefined;
  /** Sent as the token request's `scope` when set (SSOJet's example asks for `sys_owner`). */
  scope?: string;
  /** The token endpoint. Default `{baseUrl}/api/v1/oauth2/token`. */
  tokenUrl?: string;
}

/**
 * The read endpoints of the SSOJet elements: the documented paths that the
 * API modules in src/api/ssojet/ request.
 * A route whose only `{name}` is `{userId}` is open to a grant's `userIds`;
 * every other route (the tenant-wide lists) only to `admin: true`.
 *
 * Not here: the passkeys (`/api/v1/auth/passwordless/passkey/credentials`),
 * a user-token route that names no user: SSOJet identifies the user by the
 * user's own token, which this proxy never forwards, and the management token
 * would have to stand in for everyone.
 */
export const SSOJET_DEFAULT_ROUTES: readonly ProxyRoute[] = [
  // <user-orgs>
  { path: '/api/account/identity/users/{userId}/organizations' },
  // <user-login-logs>: the newer answer pages with `cursor`/`limit` and filters by `event`.
  { path: '/api/v1/users/{userId}/loginlogs', query: ['event', 'cursor', 'limit'] },
  // <user-list>
  { path: '/api/v1/users', query: ['limit', 'email', 'cursor'] },
  // <role-list>: roles, then the permissions they name
  { path: '/api/v1/roles', query: ['cursor', 'limit'] },
  { path: '/api/v1/permissions', query: ['cursor', 'limit'] },
  // <org-list>: the older organizations, or the newer tenants
  { path: '/api/v1/organizations', query: ['cursor', 'limit'] },
  { path: '/api/v1/tenants', query: ['cursor', 'limit'] },
  // <org-members>: a tenant's members and its pending invitations (open to a grant's `tenantIds`)
  { path: '/api/v1/tenants/{tenantId}/users', query: ['cursor', 'limit'] },
  { path: '/api/v1/tenants/{tenantId}/invitations', query: ['status', 'cursor', 'limit'] },
];

/**
 * The documented user writes (issue 18), forwarded only when a host adds them to `routes`; each needs
 * `admin: true`. Not proxied: the passkey delete, a user-token route (see above).
 */
export const SSOJET_WRITE_ROUTES: readonly ProxyRoute[] = [
  { method: 'POST', path: '/api/v1/users' },
  { method: 'PUT', path: '/api/v1/users/{userId}/roles' },
  { method: 'POST', path: '/api/v1/users/{userId}/verify' },
  { method: 'DELETE', path: '/api/v1/users/{userId}' },
  // <org-members>: members and invitations of a tenant
  { method: 'POST', path: '/api/v1/tenants/{tenantId}/users' },
  { method: 'DELETE', path: '/api/v1/tenants/{tenantId}/users' },
  { method: 'POST', path: '/api/v1/tenants/{tenantId}/users/{userId}/roles' },
  { method: 'POST', path: '/api/v1/tenants/{tenantId}/invitations' },
  { method: 'DELETE', path: '/api/v1/tenants/{tenantId}/invitations', query: ['invitation_id'] },
  { method: 'POST', path: '/api/v1/tenants/{tenantId}/invitations/{invitationId}/resend' },
];

/** A route a grant's `userIds` can open: its one named segment is `{userId}`. */
function userRoute(request: MatchedRequest): string | undefined {
  const names = Object.keys(request.segments);
  return names.length === 1 && names[0] === 'userId' ? request.segments['userId'] : undefined;
}

/**
 * Interpretation: SSOJet documents no default lifetime; an answer without a
 * usable `expires_in` is cached for one minute rather than guessed long.
 */
const FALLBACK_EXPIRES_SECONDS = 60;

function ssojetErrorBody(status: number, message: string) {
  const error =
    status === 401 ? 'unauthorized' : status === 403 ? 'forbidden' : status === 404 ? 'resource_not_found' : status >= 500 ? 'server_error' : 'request_failed';
  // 2001 as the reference server answers a bad token; 801 is SSOJet's resource_not_found; 800 malformed_request.
  const code = status === 401 ? 2001 : status === 404 ? 801 : 800;
  return { error, error_code: code, error_description: message };
}

export function ssojetProxy(options: SsojetProxyOptions): ProxyHandler {
  const base = parseBase('baseUrl', options.baseUrl);
  const clientId = requireText('clientId', options.clientId);
  const clientSecret = requireText('clientSecret', options.clientSecret);
  const tokenUrl = options.tokenUrl ? parseBase('tokenUrl', options.tokenUrl) : upstreamUrl(base, '/api/v1/oauth2/token', []);
  const now = options.now ?? Date.now;
  const limits = upstreamLimits(options);
  const routes = [...SSOJET_DEFAULT_ROUTES, ...(options.routes ?? [])];

  const fetchToken = async (): Promise<IssuedToken> => {
    const startedAt = now();
    const answer = await callUpstream(
      tokenUrl,
      {
        method: 'POST',
        // Interpretation: JSON as SSOJet's guide shows, not the form encoding of RFC 6749.
        headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
        body: JSON.stringify({
          grant_type: 'client_credentials',
          client_id: clientId,
          client_secret: clientSecret,
          ...(options.scope ? { scope: options.scope } : {}),
        }),
      },
      limits,
    );
    const body = parseJson(answer.body);
    const accessToken = isRecord(body) ? body['access_token'] : undefined;
    if (answer.status !== 200 || typeof accessToken !== 'string' || accessToken === '') {
      // Only SSOJet's numeric error code is kept: its text may quote the secret
      // (issue 19: `invalid client_secret <the secret>` reached the answer and the log).
      const errorCode = isRecord(body) ? body['error_code'] : undefined;
      const code = Number.isSafeInteger(errorCode) ? `SSOJet code ${String(errorCode)}, ` : '';
      throw new ProxyFailure(502, `SSOJet gave no management token (${code}HTTP ${answer.status}).`);
    }
    const expiresIn = isRecord(body) ? Number(body['expires_in']) : Number.NaN;
    const lifetimeMs = (Number.isFinite(expiresIn) && expiresIn > 0 ? expiresIn : FALLBACK_EXPIRES_SECONDS) * 1000;
    return { value: accessToken, expiresAt: startedAt + lifetimeMs, lifetimeMs };
  };

  const issuer: TokenIssuer = { fetch: fetchToken, now };
  const tokens = sharedTokenCache(['ssojet', tokenUrl.href, clientId, fingerprint(clientSecret), options.scope ?? ''].join('\n'));

  const send = (request: MatchedRequest, accessToken: string) => {
    // The proxy's own client id replaces whatever the page sent: the management token belongs to it.
    const query = new Map(request.query);
    query.set('client_id', clientId);
    const headers: Record<string, string> = { Accept: 'application/json', Authorization: `Bearer ${accessToken}` };
    if (request.body !== undefined) headers['Content-Type'] = 'application/json';
    const url = upstreamUrl(base, request.path, query);
    return callUpstream(url, { method: request.method, headers, body: request.body, caller: request.caller }, limits);
  };

  return createProxyHandler<SsojetGrant>(
    {
      provider: 'ssojet',
      routes,
      implicitQuery: ['client_id'],
      authorize: options.authorize,
      readGrant: (value) => readGrant<SsojetGrant>(value, { userIds: 'strings', admin: 'boolean', tenantIds: 'strings' }, []),
      permits: (grant, request) => {
        if (grant.admin === true) return true;
        // Every write needs admin: a user's own id must not let it change its own roles (issue 18).
        if (request.method !== 'GET') return false;
        const names = Object.keys(request.segments);
        if (names.length === 1 && names[0] === 'tenantId') return (grant.tenantIds ?? []).includes(request.segments['tenantId']!);
        const userId = userRoute(request);
        return userId !== undefined && (grant.userIds ?? []).includes(userId);
      },
      async forward(request) {
        // A 401 means a revoked or early-expired management token: one more try with a new one.
        const answer = await tokens.use(
          issuer,
          request.caller,
          (accessToken) => send(request, accessToken),
          (first) => first.status === 401,
        );
        if (answer.status === 401) {
          // The management credentials are the proxy's, not the user's: never a 401 to the element.
          throw new ProxyFailure(502, 'SSOJet refused the proxy’s management token or client id.');
        }
        return answer;
      },
      errorBody: ssojetErrorBody,
      secrets: () => [clientSecret, ...tokens.recentTokens()],
    },
    options,
  );
}
