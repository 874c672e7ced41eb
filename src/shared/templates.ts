import { html, nothing, type TemplateResult } from 'lit';
import type { LocaleController } from './localize.js';

/** One `<dt>`/`<dd>` pair; rows whose value is absent are left out. */
export interface DetailRow {
  label: string;
  value: TemplateResult | string | undefined;
}

export function detailList(rows: readonly DetailRow[]): TemplateResult | typeof nothing {
  const shown = rows.filter((row) => row.value !== undefined && row.value !== '');
  if (shown.length === 0) return nothing;
  return html`
    <dl part="details" class="details">
      ${shown.map(
        (row) => html`<div part="detail"><dt part="detail-label">${row.label}</dt><dd part="detail-value">${row.value}</dd></div>`,
      )}
    </dl>
  `;
}

export type BadgeTone = 'positive' | 'negative' | 'neutral';

/** A status in words, with colour only as a second cue. */
export function badge(text: string, tone: BadgeTone): TemplateResult {
  return html`<span part="badge badge-${tone}" class="badge badge--${tone}">${text}</span>`;
}

/** Our own words standing in for data the provider left out; styled apart so they are not read as data. */
export function placeholder(text: string): TemplateResult {
  return html`<span class="placeholder">${text}</span>`;
}

/**
 * Provider data inside `<bdi>`: a right-to-left name does not reorder the
 * punctuation around it. Lit renders it as text, so markup stays visible.
 * `dir` fixes the direction of text that has none of its own: a phone number
 * (`+86 188…`, digits only) would otherwise take a right-to-left page's and
 * show as `188… 86+`.
 */
export function dataText(value: string, dir?: 'ltr'): TemplateResult {
  return html`<bdi dir=${dir ?? nothing}>${value}</bdi>`;
}

/**
 * `words` joined as the element's locale joins a list (Intl.ListFormat:
 * "a, b, c"; Arabic "a، b وc"), each drawn by `draw`, so the separators are
 * the locale's whatever is drawn between them (issue 17: joined by hand, they
 * were English commas in every language).
 */
export function joinedList(l10n: LocaleController, words: readonly string[], draw: (word: string, index: number) => unknown): TemplateResult {
  let index = 0;
  const parts = new Intl.ListFormat(l10n.locale, { type: 'unit' }).formatToParts(words);
  return html`${parts.map((part) => (part.type === 'literal' ? part.value : draw(part.value, index++)))}`;
}

/**
 * Chips for the first values and "+N" for the rest, whose names are in its
 * title and accessible name; "+N" only when it hides at least two (issue 17:
 * "Show all 4" hid a single chip).
 */
export function chips(l10n: LocaleController, values: readonly string[]): TemplateResult | typeof nothing {
  if (values.length === 0) return nothing;
  const shown = values.length > 3 ? 2 : 3;
  const rest = l10n.list(values.slice(shown));
  return html`<span class="chips">${values.slice(0, shown).map((value) => html`<span part="chip" class="chip"><bdi>${value}</bdi></span>`)}${values.length > shown
    ? html`<span part="chip" class="chip" title=${rest} aria-label=${`+${values.length - shown}: ${rest}`}>+${values.length - shown}</span>`
    : nothing}</span>`;
}

/**
 * A value that reads as one token (a domain): kept on one line while it fits
 * one, broken anywhere only when it alone is longer (issue 17: at 375 px,
 * "fabrikam-energy.example" broke at its hyphen).
 */
export function tokenText(value: string): TemplateResult {
  return html`<bdi class="token">${value}</bdi>`;
}

/** Active or Inactive; no badge when the provider did not say (issue 17: a grey "Status unknown" on every tenant was noise). */
export function activeBadge(active: boolean | undefined, l10n: LocaleController): TemplateResult | typeof nothing {
  if (active === undefined) return nothing;
  return active ? badge(l10n.t('active'), 'positive') : badge(l10n.t('inactive'), 'negative');
}
