import { html, type TemplateResult } from 'lit';

/** The nearest `lang` in the light DOM of `el`, else `undefined` (the browser's language). */
export function localeOf(el: Element): string | undefined {
  const lang = el.closest<HTMLElement>('[lang]')?.lang;
  try {
    return lang ? Intl.DateTimeFormat.supportedLocalesOf(lang)[0] : undefined;
  } catch {
    return undefined; // An invalid `lang` value; the browser's default serves.
  }
}

const dateFormats = new Map<string, Intl.DateTimeFormat>();

/**
 * A medium date with a short time in `locale`, made once per locale: a list
 * may hold thousands of dates. `timeZone: 'UTC'` shows a zone-less time's
 * digits as sent (EnOS); otherwise times are shown in the reader's zone.
 */
export function dateFormat(locale: string | undefined, timeZone?: 'UTC'): Intl.DateTimeFormat {
  const key = `${locale ?? ''}/${timeZone ?? ''}`;
  let format = dateFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short', timeZone });
    dateFormats.set(key, format);
  }
  return format;
}

/** A `<time>` with the machine-readable instant and `text` (the localized form) shown. */
export function timeElement(date: Date, text: string): TemplateResult {
  return html`<time datetime=${date.toISOString()}>${text}</time>`;
}
