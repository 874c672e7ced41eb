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

/** Active or Inactive; no badge when the provider did not say (issue 17: a grey "Status unknown" on every tenant was noise). */
export function activeBadge(active: boolean | undefined, l10n: LocaleController): TemplateResult | typeof nothing {
  if (active === undefined) return nothing;
  return active ? badge(l10n.t('active'), 'positive') : badge(l10n.t('inactive'), 'negative');
}
