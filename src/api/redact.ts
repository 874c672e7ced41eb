/**
 * Keeping the token out of what a server sends back: a server that echoes
 * the token ("invalid token abc…") must not get it rendered, however it
 * writes it (token-forms.ts). This part is in every page; the code that
 * finds and replaces the token's forms is fetched only for a text that could
 * hold one.
 */

/** Tokens shorter than this are not secrets worth the damage of replacing every match of them in the data. */
export const MIN_TOKEN_LENGTH = 8;

/**
 * Whether `text` could hold the token in any form token-forms.ts finds; a
 * `false` is certain. Each of those forms writes the token's longest run of
 * letters and digits as it is, unless the text escapes a letter or digit
 * somewhere (`\u0061`, `%61`: codes 0x30 to 0x7a, first hex digit 3 to 7), so
 * two plain searches decide: about 3 ms for 10,000 EnOS users, where the
 * forms' pattern takes 16. A token with no letter or digit has an empty run,
 * which every text holds.
 */
export function mayHoldToken(text: string, token: string): boolean {
  if (token.length < MIN_TOKEN_LENGTH) return false;
  const run = (token.match(/[A-Za-z\d]+/g) ?? ['']).reduce((longest, next) => (next.length > longest.length ? next : longest));
  return text.includes(run) || /\\u00[3-7]|%[3-7]/.test(text);
}

/**
 * Parses JSON with the token replaced wherever a string holds it. Rejects for
 * a body that is not JSON, and, failing closed, when the code that replaces
 * the token cannot be fetched.
 */
export async function parseRedacted(text: string, token: string): Promise<unknown> {
  // `.then(module => module.x)`, not `(await import()).x`: Vite rewrites the latter into a wrapper of about 40 B in the bundle every page fetches.
  return mayHoldToken(text, token) ? import('./token-forms.js').then((forms) => forms.parseRedactedNow(text, token)) : JSON.parse(text);
}
