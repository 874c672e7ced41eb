/**
 * Defensive readers for JSON whose field names the providers' own documents
 * disagree on. SSOJet sends `Name`, `WhiteListDomains`, `WorkspaceName` beside
 * `domain` and `is_active` in one object, and its newer API sends `name`,
 * `domains`, `workspace_name`; EnOS mixes `createTime` with `phoneArea`. Rather
 * than listing every spelling, a field is found by its normalized name:
 * lower case with `_` and `-` removed, so `WorkspaceName`, `workspace_name`
 * and `workspaceName` are one field.
 */

export type JsonObject = Record<string, unknown>;

/**
 * The longest string a parser keeps, in UTF-16 code units, the `…` that
 * marks a cut included. Far above any name, email or description a person
 * writes; a server sending 100,000 characters of one (issue 19: an element
 * 32,000 px tall) gets the first 10,000 shown.
 */
export const MAX_KEPT_STRING_LENGTH = 10_000;

/** `text`, or its first MAX_KEPT_STRING_LENGTH - 1 code units and `…`, never cutting a character in half. */
export function capKept(text: string): string {
  // A high surrogate at the cut would be left without its pair.
  return text.length > MAX_KEPT_STRING_LENGTH ? `${text.slice(0, MAX_KEPT_STRING_LENGTH - 1).replace(/[\uD800-\uDBFF]$/, '')}…` : text;
}

export function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A field name as `Fields` compares it: lower case, without `_` and `-`. */
export const normalize = (key: string) => key.replace(/[_-]/g, '').toLowerCase();

/**
 * A view of one JSON object that answers field look-ups in any casing.
 * A value that is not an object reads as an empty record, so callers render
 * placeholders instead of throwing.
 */
export class Fields {
  readonly #record: JsonObject | undefined;

  /** Every field by normalized name; built on the first look-up the exact spelling misses. */
  #byName: Map<string, unknown> | undefined;

  constructor(value: unknown) {
    this.#record = isObject(value) ? value : undefined;
  }

  /**
   * The exact spelling asked for when the object has it: that is how
   * providers mostly send a field, and it spares normalizing every key of
   * every object, which was most of the time spent reading 10,000 users.
   * Otherwise any spelling; the first one wins when an object carries two
   * other spellings (it never should).
   */
  #get(name: string): unknown {
    const record = this.#record;
    if (record === undefined) return undefined;
    // JSON has no `undefined`: a field that reads as one is absent. (The names
    // asked for are field names, none of them an Object.prototype member.)
    const exact = record[name];
    if (exact !== undefined) return exact;
    // Reversed, so that the first of two spellings is the one the Map keeps.
    this.#byName ??= new Map(Object.entries(record).reverse().map(([key, field]) => [normalize(key), field]));
    return this.#byName.get(normalize(name));
  }

  /**
   * The first of `names` whose value `read` accepts. Every typed reader goes
   * through here, so a field of the wrong type (an empty `name`, an object in
   * `error_code`) falls through to the next spelling instead of hiding it.
   */
  #first<T>(names: readonly string[], read: (value: unknown) => T | undefined): T | undefined {
    for (const name of names) {
      const value = read(this.#get(name));
      if (value !== undefined) return value;
    }
    return undefined;
  }

  /** A non-empty string (capped, see `capKept`), or a finite number shown as a string. */
  string(...names: string[]): string | undefined {
    return this.#first(names, readString);
  }

  /** A boolean; also accepts `"true"`/`"false"` and 0/1, which some doc examples use. */
  boolean(...names: string[]): boolean | undefined {
    return this.#first(names, readBoolean);
  }

  /** A finite number; numeric strings count. */
  number(...names: string[]): number | undefined {
    return this.#first(names, readNumber);
  }

  /** A list field, or `undefined` when no spelling holds a list. */
  list(...names: string[]): unknown[] | undefined {
    return this.#first(names, (value) => (Array.isArray(value) ? value : undefined));
  }

  /** The non-empty strings of a list field, each capped (see `capKept`); a lone string counts as a one-item list. */
  strings(...names: string[]): string[] {
    const list = this.#first(names, (value) => (Array.isArray(value) ? value : typeof value === 'string' ? [value] : undefined));
    return (list ?? []).filter((item): item is string => typeof item === 'string' && item !== '').map(capKept);
  }

  /** A nested object as `Fields` (empty when no spelling holds an object). */
  object(...names: string[]): Fields {
    return new Fields(this.#first(names, (value) => (isObject(value) ? value : undefined)));
  }
}


// The typed readers, made once rather than as a closure at every look-up (10,000 users make 110,000 of them).
function readString(value: unknown): string | undefined {
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return typeof value === 'string' && value !== '' ? capKept(value) : undefined;
}

function readBoolean(value: unknown): boolean | undefined {
  if (typeof value === 'boolean') return value;
  if (value === 'true' || value === 1) return true;
  if (value === 'false' || value === 0) return false;
  return undefined;
}

function readNumber(value: unknown): number | undefined {
  const n = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
  return typeof n === 'number' && Number.isFinite(n) ? n : undefined;
}
