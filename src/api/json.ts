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

export function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const normalize = (key: string) => key.replace(/[_-]/g, '').toLowerCase();

/**
 * A view of one JSON object that answers field look-ups in any casing.
 * A value that is not an object reads as an empty record, so callers render
 * placeholders instead of throwing.
 */
export class Fields {
  private readonly byName = new Map<string, unknown>();

  constructor(value: unknown) {
    if (!isObject(value)) return;
    for (const [key, field] of Object.entries(value)) {
      const name = normalize(key);
      // The first spelling wins when an object carries two (it never should).
      if (!this.byName.has(name)) this.byName.set(name, field);
    }
  }

  /** The raw value of the first of `names` that is present and not null. */
  get(...names: string[]): unknown {
    for (const name of names) {
      const value = this.byName.get(normalize(name));
      if (value !== undefined && value !== null) return value;
    }
    return undefined;
  }

  /** A string, or a number shown as a string; `undefined` for anything else or an empty string. */
  string(...names: string[]): string | undefined {
    const value = this.get(...names);
    if (typeof value === 'number' && Number.isFinite(value)) return String(value);
    return typeof value === 'string' && value !== '' ? value : undefined;
  }

  /** A boolean; also accepts `"true"`/`"false"` and 0/1, which some doc examples use. */
  boolean(...names: string[]): boolean | undefined {
    const value = this.get(...names);
    if (typeof value === 'boolean') return value;
    if (value === 'true' || value === 1) return true;
    if (value === 'false' || value === 0) return false;
    return undefined;
  }

  /** A finite number; numeric strings count. */
  number(...names: string[]): number | undefined {
    const value = this.get(...names);
    const n = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
    return typeof n === 'number' && Number.isFinite(n) ? n : undefined;
  }

  /** The strings of a list field; a lone string counts as a one-item list; other entries are dropped. */
  strings(...names: string[]): string[] {
    const value = this.get(...names);
    const list = Array.isArray(value) ? value : typeof value === 'string' ? [value] : [];
    return list.filter((item): item is string => typeof item === 'string' && item !== '');
  }

  /** A list field, or `undefined` when it is missing or not a list. */
  list(...names: string[]): unknown[] | undefined {
    const value = this.get(...names);
    return Array.isArray(value) ? value : undefined;
  }

  /** A nested object as `Fields` (empty when missing). */
  object(...names: string[]): Fields {
    return new Fields(this.get(...names));
  }
}
