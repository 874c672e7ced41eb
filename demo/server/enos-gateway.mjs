// @ts-check
/**
 * The EnOS API gateway's side, for the reference API server: the token
 * endpoints (`/apim-token-service/v2.0/token/get` and `/token/refresh`) and
 * the check of every signed call (`apim-accesstoken`, `apim-timestamp`,
 * `apim-signature`), answering the gateway's documented codes.
 *
 * Written from EnOS's documents, apart from the proxy in src/server, so that
 * each side checks the other. What the documents leave open, read here:
 * - token endpoints answer HTTP 200 with the code in `status`, as EnOS's
 *   other services report failures inside 200; a refused signed call answers
 *   HTTP 401 with `{status, msg}`, so a client must look at the code either way;
 * - a missing apim header is 1202 (empty parameter), a non-numeric timestamp
 *   1004 (invalid parameter), a wrong signature 1003 (invalid encryption);
 * - an unknown access token is 1203 like an expired one (a token the gateway
 *   no longer knows is as good as expired, and the client can recover);
 * - `token/get` returns the appKey's unexpired token again (as documented),
 *   `token/refresh` issues a new one and the old one lives out its time.
 */
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

export const TOKEN_GET_PATH = '/apim-token-service/v2.0/token/get';
export const TOKEN_REFRESH_PATH = '/apim-token-service/v2.0/token/refresh';
const BUSINESS = 'apim-token-service';
const MAX_REMEMBERED_ENCRYPTIONS = 10_000;

/** @typedef {{ status: number, body: unknown }} Answer */
/** @typedef {{ appKey: string, expiresAt: number }} IssuedToken */

/**
 * @param {object} options
 * @param {Record<string, string>} options.apps appKey → appSecret
 * @param {number} options.tokenTtlSeconds lifetime of a new access token
 * @param {() => number} options.now
 */
export function createEnosGateway({ apps, tokenTtlSeconds, now }) {
  /** @type {Map<string, IssuedToken>} */
  const tokens = new Map();
  /** Encryptions already used, for 1001 "repeated encryption". */
  const usedEncryptions = new Set();

  /** @param {number} status @param {string} msg @returns {Answer} */
  const refuse = (status, msg) => ({ status: 200, body: { status, msg, business: BUSINESS } });

  /** @param {string} appKey @returns {Answer} */
  const grant = (appKey) => {
    const accessToken = `enos-at-${randomBytes(18).toString('base64url')}`;
    const expiresAt = now() + tokenTtlSeconds * 1000;
    tokens.set(accessToken, { appKey, expiresAt });
    return tokenAnswer(accessToken, expiresAt);
  };

  /** @param {string} accessToken @param {number} expiresAt @returns {Answer} */
  const tokenAnswer = (accessToken, expiresAt) => ({
    status: 200,
    body: { status: 0, msg: 'SUCCESS', business: BUSINESS, data: { accessToken, expire: Math.ceil((expiresAt - now()) / 1000) } },
  });

  return {
    /** @param {string} path */
    isTokenPath: (path) => path === TOKEN_GET_PATH || path === TOKEN_REFRESH_PATH,

    /**
     * @param {string} path
     * @param {string} text the request body
     * @returns {Answer}
     */
    answerToken(path, text) {
      /** @type {Record<string, unknown>} */
      let body;
      try {
        body = JSON.parse(text);
      } catch {
        return refuse(1004, 'The request body is not JSON.');
      }
      const { appKey, encryption, timestamp } = body ?? {};
      if (!appKey || !encryption || timestamp === undefined || timestamp === '') return refuse(1202, 'A parameter is empty.');
      if (typeof appKey !== 'string' || typeof encryption !== 'string' || !/^\d+$/.test(String(timestamp))) {
        return refuse(1004, 'A parameter is invalid.');
      }
      const appSecret = apps[appKey];
      if (appSecret === undefined) return refuse(1002, 'The appKey does not exist.');
      if (!sameText(encryption, sha256(appKey + String(timestamp) + appSecret))) return refuse(1003, 'The encryption is not valid.');
      if (usedEncryptions.has(encryption)) return refuse(1001, 'Repeated request with a used encryption.');
      if (usedEncryptions.size >= MAX_REMEMBERED_ENCRYPTIONS) usedEncryptions.clear();
      usedEncryptions.add(encryption);

      if (path === TOKEN_REFRESH_PATH) {
        const current = typeof body.accessToken === 'string' ? tokens.get(body.accessToken) : undefined;
        if (current === undefined || current.appKey !== appKey || current.expiresAt <= now()) {
          return refuse(1204, 'Refreshing the access token failed.');
        }
        return grant(appKey);
      }
      // Documented: asking again returns the same token while it has not expired.
      for (const [accessToken, issued] of tokens) {
        if (issued.appKey === appKey && issued.expiresAt > now()) return tokenAnswer(accessToken, issued.expiresAt);
      }
      return grant(appKey);
    },

    /**
     * Whether a call to an EnOS API path is a gateway call. The reference
     * server also takes the browser-era `Authorization: Bearer demo-token`
     * for the elements' direct tests; a call without it, or carrying any
     * apim header, must be signed.
     * @param {import('node:http').IncomingHttpHeaders} headers
     */
    isGatewayCall: (headers) => !headers.authorization || Object.keys(headers).some((name) => name.startsWith('apim-')),

    /**
     * Checks a signed call. Returns undefined when it is good, else the answer.
     * @param {import('node:http').IncomingHttpHeaders} headers
     * @param {URLSearchParams} query
     * @param {string} body the exact request body ('' when none)
     * @returns {Answer | undefined}
     */
    verify(headers, query, body) {
      const accessToken = headers['apim-accesstoken'];
      const timestamp = headers['apim-timestamp'];
      const signature = headers['apim-signature'];
      /** @param {number} status @param {string} msg */
      const unauthorized = (status, msg) => ({ status: 401, body: { status, msg } });
      if (typeof accessToken !== 'string' || typeof timestamp !== 'string' || typeof signature !== 'string' || !accessToken || !timestamp || !signature) {
        return unauthorized(1202, 'apim-accesstoken, apim-timestamp and apim-signature are required.');
      }
      if (!/^\d+$/.test(timestamp)) return unauthorized(1004, 'apim-timestamp is invalid.');
      const issued = tokens.get(accessToken);
      if (issued === undefined || issued.expiresAt <= now()) return unauthorized(1203, 'The access token has expired.');
      const appSecret = /** @type {string} */ (apps[issued.appKey]);
      // paramsData: the parameters in ASCII order of their names, each as name + value, then the body.
      const names = [...new Set(query.keys())].sort((a, b) => Buffer.compare(Buffer.from(a), Buffer.from(b)));
      const paramsData = names.map((name) => query.getAll(name).map((value) => name + value).join('')).join('') + body;
      if (!sameText(signature, sha256(accessToken + paramsData + timestamp + appSecret))) {
        return unauthorized(1003, 'The signature is not valid.');
      }
      return undefined;
    },
  };
}

/** @param {string} text */
function sha256(text) {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

/** Constant-time comparison, as a gateway should compare secrets' digests. @param {string} a @param {string} b */
export function sameText(a, b) {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}
