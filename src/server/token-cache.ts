/**
 * One cached upstream access token per credential set, shared by every proxy
 * built with the same credentials, so two handlers for one EnOS application
 * never undo each other's token (the EnOS gateway keeps one token per appKey).
 */

export interface IssuedToken {
  value: string;
  /** Epoch milliseconds after which the issuer no longer accepts the token. */
  expiresAt: number;
  /** How long the token was issued for, in milliseconds. */
  lifetimeMs: number;
}

export interface TokenIssuer {
  /** Gets a brand-new token. */
  fetch(): Promise<IssuedToken>;
  /** Exchanges a still-valid token for a new one (EnOS `/token/refresh`); absent where the vendor has no refresh. */
  refresh?: (current: IssuedToken) => Promise<IssuedToken>;
}

/** Renew this long before expiry: a tenth of the lifetime, at most five minutes. */
export function renewalMarginMs(lifetimeMs: number): number {
  return Math.min(300_000, lifetimeMs / 10);
}

export class TokenCache {
  private current: IssuedToken | undefined;
  private pending: Promise<IssuedToken> | undefined;

  constructor(
    private readonly issuer: TokenIssuer,
    private readonly now: () => number,
  ) {}

  /**
   * A token valid for a while yet. Renews shortly before expiry (refresh when
   * the vendor has one and the token still works, else a new token); requests
   * that arrive while a renewal is under way wait for that one renewal.
   */
  async get(): Promise<string> {
    const token = this.current;
    if (this.pending === undefined) {
      if (token !== undefined && this.now() < token.expiresAt - renewalMarginMs(token.lifetimeMs)) return token.value;
      const refresh = this.issuer.refresh;
      const renewal =
        refresh !== undefined && token !== undefined && this.now() < token.expiresAt
          ? // A failed refresh (EnOS 1204) is no reason to fail the request: fetch a new token instead.
            refresh(token).catch(() => this.issuer.fetch())
          : this.issuer.fetch();
      this.pending = renewal
        .then((issued) => {
          this.current = issued;
          return issued;
        })
        .finally(() => {
          this.pending = undefined;
        });
    }
    return (await this.pending).value;
  }

  /** The upstream said this token no longer works: the next `get()` fetches a new one. */
  invalidate(value: string): void {
    if (this.current?.value === value) this.current = undefined;
  }

  /**
   * Runs `call` with a token; when `stale` says the upstream refused that
   * token (ended before its expiry, e.g. refreshed by another client), runs it
   * once more with a new one.
   */
  async use<T>(call: (token: string) => Promise<T>, stale: (answer: T) => boolean): Promise<T> {
    const token = await this.get();
    const answer = await call(token);
    if (!stale(answer)) return answer;
    this.invalidate(token);
    return call(await this.get());
  }
}

const caches = new Map<string, TokenCache>();

/**
 * The cache for one credential set. `key` must identify the token endpoint and
 * every credential (callers pass a digest of the secret, never the secret).
 */
export function sharedTokenCache(key: string, issuer: TokenIssuer, now: () => number): TokenCache {
  let cache = caches.get(key);
  if (cache === undefined) {
    cache = new TokenCache(issuer, now);
    caches.set(key, cache);
  }
  return cache;
}
