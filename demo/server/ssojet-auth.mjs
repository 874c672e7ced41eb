// @ts-check
/**
 * SSOJet's client-credentials token endpoint, for the reference API server:
 * `POST /api/v1/oauth2/token` as SSOJet's machine-to-machine guide documents
 * it (JSON `{grant_type, client_id, client_secret, scope}` →
 * `{access_token, token_type, expires_in, scope}`), with the credentials
 * checked, and the check of the management tokens it issued.
 *
 * Read here where the guide is silent: a form-encoded body (RFC 6749's
 * encoding) is accepted too; bad credentials answer SSOJet's documented
 * `invalid_client` body with HTTP 401; a management token is good only with
 * the `client_id` it was issued to; tokens are opaque (`v4.local.…`, like
 * SSOJet's PASETO examples).
 */
import { randomBytes } from 'node:crypto';
import { sameText } from './enos-gateway.mjs';

export const SSOJET_TOKEN_PATH = '/api/v1/oauth2/token';

/** @typedef {{ status: number, body: unknown }} Answer */

/**
 * @param {object} options
 * @param {Record<string, string>} options.clients client_id → client_secret
 * @param {number} options.tokenTtlSeconds
 * @param {() => number} options.now
 */
export function createSsojetAuth({ clients, tokenTtlSeconds, now }) {
  /** @type {Map<string, { clientId: string, expiresAt: number }>} */
  const tokens = new Map();

  return {
    /** @param {string} path */
    isTokenPath: (path) => path === SSOJET_TOKEN_PATH,

    /**
     * @param {string} method
     * @param {string | undefined} contentType
     * @param {string} text
     * @returns {Answer}
     */
    answerToken(method, contentType, text) {
      if (method !== 'POST') {
        return { status: 405, body: { error: 'malformed_request', error_code: 800, error_description: 'Use POST.' } };
      }
      /** @type {Record<string, unknown>} */
      let fields = {};
      try {
        fields = contentType?.includes('application/x-www-form-urlencoded')
          ? Object.fromEntries(new URLSearchParams(text))
          : JSON.parse(text);
      } catch {
        return { status: 400, body: { error: 'malformed_request', error_code: 800, error_description: 'The body is not JSON.' } };
      }
      if (fields?.grant_type !== 'client_credentials') {
        return {
          status: 400,
          body: { error: 'unsupported_grant_type', error_code: 1002, error_description: 'Only client_credentials is supported here.' },
        };
      }
      const clientId = typeof fields.client_id === 'string' ? fields.client_id : '';
      const secret = clients[clientId];
      if (secret === undefined || typeof fields.client_secret !== 'string' || !sameText(fields.client_secret, secret)) {
        // As on SSOJet's error-codes page, verbatim.
        return { status: 401, body: { error: 'invalid_client', error_description: 'The client is invalid or missing.', error_code: 1001 } };
      }
      const accessToken = `v4.local.${randomBytes(24).toString('base64url')}`;
      tokens.set(accessToken, { clientId, expiresAt: now() + tokenTtlSeconds * 1000 });
      const scope = typeof fields.scope === 'string' ? fields.scope : '';
      return { status: 200, body: { access_token: accessToken, token_type: 'Bearer', expires_in: tokenTtlSeconds, scope } };
    },

    /**
     * Whether `token` is a live management token of `clientId`.
     * @param {string} token
     * @param {string | null} clientId
     */
    accepts(token, clientId) {
      const issued = tokens.get(token);
      return issued !== undefined && issued.clientId === clientId && issued.expiresAt > now();
    },
  };
}
