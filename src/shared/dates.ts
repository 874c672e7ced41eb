import { html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { SortOption } from './large-list.js';
import type { LocaleController } from './localize.js';
import { placeholder } from './templates.js';

/**
 * A time as the models hold it: `null` is the provider's "never", `undefined`
 * a time not sent, and an Invalid Date one sent but unreadable (shown as
 * "Unknown date", never as a date made up from the text: issue 17). EnOS's
 * zone-less times keep the digits sent beside the instant.
 */
export type ShownTime = Date | { iso: string; asUtc: Date } | null | undefined;

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

  /**
   * `time` in a `<time>`: its absolute form, or with `relative`, "3 days ago"
   * with the absolute form in `title` (for pointer users; the table shows the
   * relative one). "Never" for `null`, "Unknown date" for an unreadable time,
   * nothing for a time not sent.
   */
  render(time: ShownTime, relative?: 'relative'): TemplateResult | undefined {
    if (time === null) return placeholder(this.#l10n.t('never'));
    if (time === undefined) return undefined;
    const [date, datetime] = time instanceof Date ? [time, ''] : [time.asUtc, time.iso];
    if (Number.isNaN(date.getTime())) return placeholder(this.#l10n.t('unknownDate'));
    const absolute = this.format.format(date);
    return html`<time datetime=${datetime || date.toISOString()} title=${relative ? absolute : nothing}>${relative ? this.relative(date) : absolute}</time>`;
  }

  /** "3 days ago" in this element's locale, counted from this render's `now`. */
  relative(date: Date): string {
    return relativeTime(date, this.now, this.#l10n.locale);
  }
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
export function timeSortOptions<TItem>(l10n: LocaleController, time: (item: TItem) => Date | undefined): [SortOption<TItem>, SortOption<TItem>] {
  // An unreadable time (an Invalid Date, NaN) sorts last with the missing ones rather than breaking the order.
  const key = (item: TItem) => {
    const at = time(item)?.getTime();
    return Number.isNaN(at) ? undefined : at;
  };
  return [
    { label: () => l10n.t('ssoUsers.sortNewest'), key, descending: true },
    { label: () => l10n.t('ssoUsers.sortOldest'), key },
  ];
}
