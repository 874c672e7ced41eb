import { IamError } from './errors.js';
import { Fields } from './json.js';

/**
 * One page of a list. SSOJet's newer endpoints answer
 * `{limit, next_cursor, <list>}` and are paged until `next_cursor` is empty;
 * its older documents show a bare array, which is the whole list.
 */
export interface Page<TItem> {
  items: TItem[];
  /** The cursor of the next page; `undefined` (or empty, as sent) when this is the last one. */
  nextCursor: string | undefined;
}

/**
 * Reads a bare array, or the first of `listNames` holding an array, as a
 * page of `parseItem`s. A body with no such list is a `shape` error naming
 * `what` was expected.
 */
export function readPage<TItem>(
  body: unknown,
  listNames: readonly string[],
  parseItem: (value: unknown) => TItem,
  what: string,
): Page<TItem> {
  const fields = new Fields(body);
  const list = Array.isArray(body) ? body : fields.list(...listNames);
  if (list === undefined) throw new IamError('shape', `The answer holds no list of ${what}`);
  return { items: list.map(parseItem), nextCursor: fields.string('next_cursor') };
}

/**
 * A time as SSOJet sends it: RFC 3339, often with nanoseconds (more digits
 * than `Date.parse` is specified to read, so the fraction is cut to
 * milliseconds first). Go's zero time `0001-01-01T00:00:00Z`, which the
 * passkey documents define as "never", is `null`; a missing value is
 * `undefined`, and one sent but unreadable an Invalid Date (the elements say
 * "Unknown date": issue 17).
 */
export function parseTime(value: string | undefined): Date | null | undefined {
  // Blank is not sent: there is nothing to call unreadable.
  if (value === undefined || value.trim() === '') return undefined;
  const trimmed = value.trim().replace(/(\.\d{3})\d+/, '$1');
  // V8's Date.parse guesses at what is not a date: "Build 1" reads as 1 January 2001, shown as a made-up
  // "Jan 1, 2001" (issue 17). A time names its year in four digits; anything else is unreadable.
  const time = /\d{4}/.test(trimmed) ? Date.parse(trimmed) : NaN;
  return new Date(time).getUTCFullYear() <= 1 ? null : new Date(time);
}
