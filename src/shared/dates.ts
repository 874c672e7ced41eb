import { html, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { SortOption } from './large-list.js';
import type { LocaleController } from './localize.js';

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

/**
 * The date format of an element that shows dates, in its locale, and the
 * `now` its relative times are counted from: both taken once per update,
 * not once per row (a list may hold thousands of dates), and the same for
 * every row of one render. A controller, so no element overrides
 * `willUpdate` for it (issue 14).
 */
export class DatesController implements ReactiveController {
  format: Intl.DateTimeFormat;

  now = Date.now();

  readonly #l10n: LocaleController;

  readonly #timeZone: 'UTC' | undefined;

  /** `timeZone: 'UTC'` shows a zone-less time's digits as sent (EnOS's); otherwise times show in the reader's zone. */
  constructor(host: ReactiveControllerHost, l10n: LocaleController, timeZone?: 'UTC') {
    this.#l10n = l10n;
    this.#timeZone = timeZone;
    this.format = dateFormat(l10n.locale, timeZone);
    host.addController(this);
  }

  hostUpdate(): void {
    this.format = dateFormat(this.#l10n.locale, this.#timeZone);
    this.now = Date.now();
  }
}

/** A `<time>` with the machine-readable instant and `text` (the localized form) shown. */
export function timeElement(date: Date, text: string): TemplateResult {
  return html`<time datetime=${date.toISOString()}>${text}</time>`;
}

/**
 * "3 days ago" in a `<time>` whose `datetime` and `title` hold the instant
 * (the absolute form, for pointer users; the table shows the relative one).
 */
export function relativeTimeElement(date: Date, dates: DatesController, locale: string | undefined): TemplateResult {
  return html`<time datetime=${date.toISOString()} title=${dates.format.format(date)}>${relativeTime(date, dates.now, locale)}</time>`;
}

/** The largest unit that fits, so "3 days ago" rather than "72 hours ago". */
const RELATIVE_UNITS: Array<[Intl.RelativeTimeFormatUnit, number]> = [
  ['year', 365 * 86_400_000],
  ['month', 30 * 86_400_000],
  ['day', 86_400_000],
  ['hour', 3_600_000],
  ['minute', 60_000],
];

const relativeFormats = new Map<string, Intl.RelativeTimeFormat>();

/** "3 days ago", "in 2 hours", "now", in `locale`: how long `date` is from `now`. */
export function relativeTime(date: Date, now: number, locale: string | undefined): string {
  let format = relativeFormats.get(locale ?? '');
  if (!format) {
    format = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' });
    relativeFormats.set(locale ?? '', format);
  }
  const elapsed = date.getTime() - now;
  const [unit, size] = RELATIVE_UNITS.find(([, ms]) => Math.abs(elapsed) >= ms) ?? ['second', 1000];
  // Rounded away from zero's side symmetrically: Math.round(-1.5) is -1, which would make 90 s ago "1 minute ago".
  return format.format(Math.sign(elapsed) * Math.round(Math.abs(elapsed) / size), unit);
}

/** "Newest first" and "Oldest first" by the time `key` reads (milliseconds). */
export function timeSortOptions<TItem>(l10n: LocaleController, key: (item: TItem) => number | undefined): [SortOption<TItem>, SortOption<TItem>] {
  return [
    { label: () => l10n.t('ssoUsers.sortNewest'), key, descending: true },
    { label: () => l10n.t('ssoUsers.sortOldest'), key },
  ];
}
