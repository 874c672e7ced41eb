/**
 * One cached upstream access token per credential set, shared by every proxy
 * built with the same credentials, so two handlers for one EnOS application
 * never undo each other's token (the EnOS gateway keeps one token per appKey).
 */
import { CALLER_GONE, type CallerGone, ProxyFailure } from './proxy.js';

export interface IssuedToken {
  value: string;
  /** Epoch milliseconds after which the issuer no longer accepts the token. */
  expiresAt: number;
  /** How long the token was issued for, in milliseconds. */
  lifetimeMs: number;
}

/**
 * How one proxy gets tokens. Each proxy passes its own on every call, so a
 * renewal runs with the timeout and clock of the proxy that needed it.
 */
export interface TokenIssuer {
  /** Gets a brand-new token. */
  fetch(): Promise<IssuedToken>;
  /** Exchanges a still-valid token for a new one (EnOS `/token/refresh`); absent where the vendor has no refresh. */
  refresh?: (current: IssuedToken) => Promise<IssuedToken>;
  now(): number;
}

/** Renew this long before expiry: a tenth of the lifetime, at most five minutes. */
export function renewalMarginMs(lifetimeMs: number): number {
  return Math.min(300_000, lifetimeMs / 10);
}

export class TokenCache {
  private current: IssuedToken | undefined;
  private pending: Promise<IssuedToken> | undefined;
  /** The last tokens issued, the one in use included: what the proxies redact and refuse to pass on. */
  private readonly issued: string[] = [];

  /**
   * A token valid for a while yet. Renews shortly before expiry (refresh when
   * the vendor has one and the token still works, else a new token); requests
   * that arrive while a renewal is under way wait for that one renewal.
   */
  async get(issuer: TokenIssuer): Promise<string> {
    const token = this.current;
    if (this.pending === undefined) {
      const now = issuer.now();
      const fresh = this.fresh(issuer);
      if (fresh !== undefined) return fresh;
      const refresh = issuer.refresh;
      const renewal =
        refresh !== undefined && token !== undefined && now < token.expiresAt
          ? // A failed refresh (EnOS 1204) is no reason to fail the request: fetch a new token instead.
            refresh(token).catch(() => issuer.fetch())
          : issuer.fetch();
      this.pending = renewal
        .then((issued) => {
          this.current = issued;
          // The one before stays known: an answer to a call made with it may still be on its way.
          this.issued.unshift(issued.value);
          this.issued.length = Math.min(this.issued.length, 2);
          return issued;
        })
        .finally(() => {
          this.pending = undefined;
        });
    }
    return (await this.pending).value;
  }

  /** The current token when no renewal is due or under way: no promise needed on the common path. */
  private fresh(issuer: TokenIssuer): string | undefined {
    const token = this.current;
    if (this.pending !== undefined || token === undefined) return undefined;
    return issuer.now() < token.expiresAt - renewalMarginMs(token.lifetimeMs) ? token.value : undefined;
  }

  /** The token in use and the one before it, if any. */
  recentTokens(): readonly string[] {
    return this.issued;
  }

  /** The upstream said this token no longer works: the next `get()` fetches a new one. */
  invalidate(value: string): void {
    if (this.current?.value === value) this.current = undefined;
  }

  /**
   * Runs `call` with a token; when `stale` says the upstream refused that
   * token (ended before its expiry, e.g. refreshed by another client), runs it
   * once more with a new one. A caller that goes away stops waiting for a
   * shared token fetch, which carries on for the others.
   */
  async use<T>(
    issuer: TokenIssuer,
    caller: CallerGone,
    call: (token: string) => Promise<T>,
    stale: (answer: T) => boolean,
  ): Promise<T> {
    const token = this.fresh(issuer) ?? (await untilGone(this.get(issuer), caller));
    const answer = await call(token);
    if (!stale(answer)) return answer;
    this.invalidate(token);
    return call(await untilGone(this.get(issuer), caller));
  }
}

function untilGone<T>(promise: Promise<T>, caller: CallerGone): Promise<T> {
  const gone = () => new ProxyFailure(CALLER_GONE, 'The caller went away.');
  if (caller.gone) return Promise.reject(gone());
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(gone());
    const undo = caller.onGone(onAbort);
    promise.then(resolve, reject).finally(undo);
  });
}

const caches = new Map<string, TokenCache>();

/**
 * The cache for one credential set. `key` must identify the token endpoint and
 * every credential (callers pass a digest of the secret, never the secret).
 */
export function sharedTokenCache(key: string): TokenCache {
  let cache = caches.get(key);
  if (cache === undefined) {
    cache = new TokenCache();
    caches.set(key, cache);
  }
  return cache;
}
