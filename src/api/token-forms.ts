/**
 * The forms a server may write the token in, found and replaced: plain,
 * JSON-escaped (`\u003c` for `<`, as Go's encoder writes `<`, `>` and `&`;
 * any `\uXXXX`; `\"`, `\\`, `\/`) or percent-encoded (a URL that carries it,
 * `%3C` or `%3c`, wholly or in part), issue 19. Fetched on demand
 * (redact.ts), so a page whose answers cannot hold the token never loads it.
 */
import { mayHoldToken } from './redact.js';

const REDACTED = '[token]';

/**
 * Parses JSON, replacing the token wherever a string holds it (as is, or
 * percent-encoded: JSON's own escapes are gone once parsed). The reviver
 * doubles the parse time of a large body, so it runs only when the text holds
 * the token.
 */
export function parseRedactedNow(text: string, token: string): unknown {
  if (!holdsToken(text, token)) return JSON.parse(text);
  const inValue = tokenPattern(token, false);
  return JSON.parse(text, (_key, value: unknown) => (typeof value === 'string' ? value.replace(inValue, REDACTED) : value));
}

/** Whether `text` (JSON, or the start of it) holds the token in any of the forms above; never for tokens too short to be secrets. */
export function holdsToken(text: string, token: string): boolean {
  return mayHoldToken(text, token) && (text.includes(token) || tokenPattern(token, true).test(text));
}

/** Patterns by token, so a list's pages do not build the same one again. */
const patterns = new Map<string, RegExp>();

/**
 * A pattern matching the token with each character written as itself, as
 * `%HH` per UTF-8 byte (either case of hex), and, in JSON text (`inJson`),
 * as a `\uXXXX` escape (either case) or its short escape (`\"`, `\\`, `\/`).
 * A form that mixes percent-encoding with JSON escapes of the `%` itself
 * (`\u0025`) is not caught: no encoder writes one.
 */
function tokenPattern(token: string, inJson: boolean): RegExp {
  const key = `${inJson ? 'j' : 'v'}${token}`;
  let pattern = patterns.get(key);
  if (pattern === undefined) {
    const units = [...token].map((char) => {
      const forms = [char.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), ...new TextEncoder().encode(char)].map((form) =>
        typeof form === 'number' ? `%${hexDigits(form, 2)}` : form,
      );
      if (inJson) {
        forms.push([...char].map((unit) => `\\\\u${hexDigits(unit.charCodeAt(0), 4)}`).join(''));
        if (char === '"' || char === '\\' || char === '/') forms.push(`\\\\\\${char}`);
      }
      return `(?:${forms.join('|')})`;
    });
    pattern = new RegExp(units.join(''), inJson ? '' : 'g');
    // A handful of tokens per page at most; the bound keeps a long-lived page with a rotating provider from growing.
    if (patterns.size >= 16) patterns.clear();
    patterns.set(key, pattern);
  }
  return pattern;
}

/** `n` as `width` hex digits, each letter matching either case: 0x3c is `3[cC]`. */
function hexDigits(n: number, width: number): string {
  return [...n.toString(16).padStart(width, '0')].map((digit) => (/[a-f]/.test(digit) ? `[${digit}${digit.toUpperCase()}]` : digit)).join('');
}
