/**
 * Keeping the token out of what a server sends back: a server that echoes
 * the token ("invalid token abc…") must not get it rendered.
 */

const REDACTED = '[token]';

/**
 * Parses JSON, replacing the token wherever a string holds it. Tokens
 * shorter than 8 characters are not secrets worth the damage of replacing
 * every match of them in the data. The reviver doubles the parse time of a
 * large body, so it runs only when the text holds the token as JSON writes it
 * (plain, with `"` and `\` escaped, or with `/` written `\/` as PHP does).
 */
export function parseRedacted(text: string, token: string): unknown {
  if (!holdsToken(text, token)) return JSON.parse(text);
  return JSON.parse(text, (_key, value: unknown) =>
    typeof value === 'string' && value.includes(token) ? value.replaceAll(token, REDACTED) : value,
  );
}

/** Whether `text` holds the token, plain or as JSON escapes it; never for tokens too short to be secrets. */
export function holdsToken(text: string, token: string): boolean {
  if (token.length < 8) return false;
  const escaped = JSON.stringify(token).slice(1, -1);
  // A Set, because for most tokens the three forms are one string, and each
  // search reads the whole body (about 3 ms for 10,000 EnOS users).
  return [...new Set([token, escaped, escaped.replaceAll('/', '\\/')])].some((form) => text.includes(form));
}
