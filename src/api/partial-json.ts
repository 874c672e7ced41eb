/**
 * Reading a long answer before all of it has arrived: EnOS sends every SSO
 * user of an organization in one answer (megabytes for thousands), and a list
 * shows its first rows from the start of it. Apart from json.ts and http.ts
 * so that only the elements that use it carry it.
 */
import { mayHoldToken } from './redact.js';
import { normalize } from './json.js';

/**
 * Hands the start of a long answer (`onPrefix` in http.ts) to `onPrefix` and
 * returns what it returns (the rows drawn from it being painted): nothing
 * once the whole answer has `arrived`, when the early rows would only delay
 * the full list, nor for text that holds the token (in any form,
 * token-forms.ts; if that code cannot be fetched, no early rows).
 */
export async function previewPrefix(
  prefix: string,
  token: string,
  arrived: () => boolean,
  onPrefix: (text: string) => Promise<unknown> | undefined,
): Promise<void> {
  const holds = mayHoldToken(prefix, token) && (await import('./token-forms.js')).holdsToken(prefix, token);
  if (!holds && !arrived()) await onPrefix(prefix);
}

/**
 * What can already be read of a JSON object whose text is still arriving:
 * the items of its list field `field` (any spelling, as `Fields` reads it)
 * that are complete in `prefix`, and the object's fields that came before that
 * list. `undefined` until the list has begun and holds one complete item, and
 * for text that is not such an object. A scan of the characters, which is
 * cheap because `prefix` is short; the whole body is still parsed by
 * `JSON.parse` once it is in.
 */
export function leadingItems(prefix: string, field: string): { before: unknown; items: unknown[] } | undefined {
  let depth = 0;
  let stringStart = -1;
  let key = '';
  let keyStart = 0;
  let listStart = -1;
  let itemsEnd = -1;
  for (let i = 0; i < prefix.length; i += 1) {
    const char = prefix[i];
    if (stringStart >= 0) {
      if (char === '\\') i += 1;
      else if (char === '"') {
        if (depth === 1 && listStart < 0) [key, keyStart] = [prefix.slice(stringStart + 1, i), stringStart];
        stringStart = -1;
      }
    } else if (char === '"') stringStart = i;
    else if (char === '{' || char === '[') {
      if (depth === 0 && char !== '{') return undefined;
      depth += 1;
      if (depth === 2 && char === '[' && listStart < 0 && normalize(key) === normalize(field)) listStart = i;
    } else if (char === '}' || char === ']') {
      depth -= 1;
      if (depth === 1 && listStart >= 0) {
        itemsEnd = i;
        break;
      }
    } else if (char === ',' && depth === 2 && listStart >= 0) itemsEnd = i;
  }
  if (itemsEnd < 0) return undefined;
  try {
    const items = JSON.parse(`${prefix.slice(listStart, itemsEnd)}]`) as unknown[];
    // The fields before the list's key, closed into an object of their own.
    const before: unknown = JSON.parse(`${prefix.slice(0, keyStart).replace(/,\s*$/, '')}}`);
    return { before, items };
  } catch {
    return undefined;
  }
}
