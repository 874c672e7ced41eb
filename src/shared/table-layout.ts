import { css, html, nothing, unsafeCSS, type TemplateResult } from 'lit';
import type { ItemPresenter } from './data-list-element.js';
import type { LocaleController } from './localize.js';
import type { RovingFocus } from './roving-focus.js';
import { tableMessages } from './table-layout.strings.js';

/**
 * The table layout (`layout="table"`): one compact row per item, as the
 * member tables of other identity vendors draw them (issue 17). It is a chunk
 * of its own, fetched as the element connects, in parallel with its first
 * request (DataListElement), so the cards-only elements and the size budget
 * of the first row do not pay for it.
 *
 * Semantics: an ARIA grid (APG) of one interactive control per row, the
 * item's name button, which holds the list's roving Tab stop. Each row says
 * `aria-rowindex` of the grid's `aria-rowcount` (header row included), so a
 * virtualized list that draws 20 of 10,000 rows still announces "row 10001 of
 * 10001".
 */

/** A column after the name and status, as an element's presenter describes it. */
export interface TableColumn<TItem> {
  /** The header, read at each render so that it follows the element's language. */
  label(): string;
  /** The cell: short text, a `<time>`, chips. It is truncated with an ellipsis when long. */
  cell(item: TItem): unknown;
}

/** What a presenter says to draw its items as table rows. */
export interface TablePresenter<TItem> {
  /** The line under the name, such as an e-mail address. */
  subtitle?(item: TItem): string | undefined;
  /** The first column's header when the name is not a name (a sign-in is named by its time); default "Name". */
  nameLabel?(): string;
  /** `false` for items that are not someone or something (sign-ins): no initials avatar, which would read "N1" off a date. */
  avatar?: false;
  columns: TableColumn<TItem>[];
}

/** Eight hues apart enough to tell neighbours apart; the name picks one, the same on every render and page. */
const HUES = 8;

function hue(name: string): number {
  let hash = 0;
  for (const char of name) hash = (hash * 31 + char.codePointAt(0)!) >>> 0;
  return hash % HUES;
}

export const tableStyles = css`
  .base {
    container-type: inline-size;
  }

  .grid {
    display: block;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }

  .scroller:has(.grid) {
    block-size: var(--iam-list-max-height, 40rem);
  }

  .tr {
    display: flex;
    align-items: center;
    gap: 0 var(--_gap);
    padding: 0.375rem var(--_gap);
    inline-size: 100%;
    min-inline-size: 0;
  }

  /* Rows, not the cards' boxes (data-list.styles.ts, large-list.ts): one border between them. */
  .body.list {
    display: block;
  }

  .body > .tr,
  .scroller .body > .tr {
    border: 0;
    border-radius: 0;
    background: none;
    margin: 0;
    padding: 0.375rem var(--_gap);
    border-block-start: 1px solid var(--_border);
  }

  .head {
    position: sticky;
    inset-block-start: 0;
    z-index: 1;
    background: var(--iam-color-surface, Canvas);
    border-start-start-radius: var(--_radius);
    border-start-end-radius: var(--_radius);
    color: var(--_muted);
    font-size: 0.8125em;
    font-weight: 600;
  }

  .td {
    flex: 2 1 0;
    min-inline-size: 0;
    overflow: hidden;
    white-space: nowrap;
    text-overflow: ellipsis;
  }

  .td.main {
    flex: 4 1 0;
    display: flex;
    align-items: center;
    gap: 0.625rem;
  }

  .td.actions {
    flex: 0 0 2.5rem;
  }

  /* Badges are short words: a column of their width, not a share of the row ("Invitation expired" is the longest). */
  /* Not .status: that is the list's live region (data-list.styles.ts). */
  .td.state {
    flex: 0 0 9rem;
  }

  .who {
    display: grid;
    min-inline-size: 0;
  }

  .who > * {
    overflow: hidden;
    white-space: nowrap;
    text-overflow: ellipsis;
  }

  .tr .item-name {
    text-align: start;
  }

  .sub {
    color: var(--_muted);
    font-size: 0.875em;
  }

  .avatar {
    flex: none;
    display: grid;
    place-items: center;
    inline-size: 2rem;
    block-size: 2rem;
    border-radius: 50%;
    font-size: 0.8125rem;
    font-weight: 600;
    /* Lightness 0.45 in OKLCH keeps white initials above 4.5:1 on every hue. */
    color: #fff;
    background: oklch(0.45 0.12 var(--_hue));
    forced-color-adjust: none;
  }

  .who .bone {
    inline-size: 12em;
    max-inline-size: 100%;
  }

  .td:not(.main) > .bone {
    display: inline-block;
    inline-size: min(6em, 80%);
  }

  /* The text's colour, not the initials' white, so the placeholder's grey is the other bones'. */
  .avatar.bone {
    color: inherit;
    background: var(--_bone);
  }

  ${unsafeCSS(Array.from({ length: HUES }, (_, i) => `.hue-${i}{--_hue:${(i * 360) / HUES}}`).join(''))}

  /* The actions column's header is named for assistive technology but not shown: its menu buttons say what they are. */
  .head .actions {
    color: transparent;
  }

  /* Chips wrap inside their cell rather than being cut by its ellipsis (seen in the demo: "Member ⋯" hid a second role). */
  .chips {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 0;
    white-space: normal;
  }

  .chip {
    display: inline-block;
    padding: 0 0.4em;
    margin-inline-end: 0.25em;
    border: 1px solid var(--_border);
    border-radius: 999px;
    font-size: 0.8125em;
  }

  /* Narrow: the row becomes two lines, name first, the other cells below it, and nothing scrolls sideways. */
  @container (max-width: 36rem) {
    .tr {
      flex-wrap: wrap;
      gap: 0.125rem 0.75rem;
    }
    .td.main {
      flex-basis: 100%;
    }
    .td:not(.main) {
      flex: 0 1 auto;
      font-size: 0.875em;
    }
    .body .td.main + .td {
      margin-inline-start: 2.625rem;
    }
    .td.actions:empty {
      display: none;
    }
    .head {
      position: absolute;
      clip-path: inset(50%);
      inline-size: 1px;
      block-size: 1px;
      overflow: hidden;
    }
  }
`;


/** The first letters of the first two words, by code point (not UTF-16 unit), upper-cased in the element's language. */
export function initials(name: string, locale: string | undefined): string {
  return name
    .split(/[\s@._-]+/)
    .filter(Boolean)
    .slice(0, 2)
    .map((word) => [...word][0])
    .join('')
    .toLocaleUpperCase(locale);
}

const SORT_STATES: Record<number, 'ascending' | 'descending'> = { 0: 'ascending', 1: 'descending' };

export class TableLayout<TItem> {
  constructor(
    private readonly presenter: ItemPresenter<TItem>,
    private readonly l10n: LocaleController,
    root: HTMLElement | DocumentFragment,
  ) {
    // The styles travel with this chunk, as large-list.ts's do.
    if (root instanceof ShadowRoot && tableStyles.styleSheet) root.adoptedStyleSheets = [...root.adoptedStyleSheets, tableStyles.styleSheet];
  }

  private t(id: keyof typeof tableMessages): string {
    return this.l10n.say(id, tableMessages[id], []);
  }

  /**
   * One item's row: avatar, name over subtitle, status, the presenter's
   * columns, and with `actions` (row-actions.ts's menu button) their cell. A
   * list without actions has no actions column: an empty one took width the
   * other columns were cut short of (seen in the demo).
   */
  row(item: TItem, position: number, nameButton: TemplateResult, actions?: unknown): TemplateResult {
    const { presenter } = this;
    const table = presenter.table!;
    const name = presenter.name(item);
    // A subtitle that repeats the name (an invitation is named by its e-mail) says nothing twice.
    const subtitle = table.subtitle?.(item);
    const sub = subtitle !== name ? subtitle : undefined;
    const initialsOf = name ?? subtitle;
    return html`
      <div part="item row" class="tr item" role="row" aria-rowindex=${position + 2} data-row=${position + 1}>
        <div part="cell" class="td main" role="gridcell">
          ${table.avatar === false
            ? nothing
            : html`<span part="avatar" class="avatar hue-${initialsOf ? hue(initialsOf) : 0}" aria-hidden="true"
                >${initialsOf ? initials(initialsOf, this.l10n.locale) : '?'}</span
              >`}
          <span class="who" title=${name ?? nothing}>${nameButton}${sub ? html`<bdi part="subtitle" class="sub" title=${sub}>${sub}</bdi>` : nothing}</span>
        </div>
        ${presenter.badges ? html`<div part="cell" class="td state" role="gridcell">${presenter.badges(item)}</div>` : nothing}
        ${table.columns.map((column) => html`<div part="cell" class="td" role="gridcell">${column.cell(item)}</div>`)}
        ${actions === undefined ? nothing : html`<div part="cell actions" class="td actions" role="gridcell">${actions}</div>`}
      </div>
    `;
  }

  /**
   * The loading placeholder (skeleton.ts): the grid, busy, with its real
   * header and `count` rows of the real rows' height and cells (avatar, name
   * over subtitle, a bar under each column, wrapping below the name at narrow
   * widths as theirs do), hidden from assistive technology.
   */
  skeleton(label: string, count: number): TemplateResult {
    const { presenter } = this;
    const table = presenter.table!;
    const bone = html`<span class="bone">&nbsp;</span>`;
    const cell = html`<div class="td">${bone}</div>`;
    const row = html`<div part="skeleton-row" class="tr" aria-hidden="true">
      <div class="td main">
        ${table.avatar === false ? nothing : html`<span class="avatar bone"></span>`}<span class="who"
          >${bone}${table.subtitle ? html`<span class="sub bone">&nbsp;</span>` : nothing}</span
        >
      </div>
      ${presenter.badges ? html`<div class="td state">${bone}</div>` : nothing}${table.columns.map(() => cell)}
    </div>`;
    return this.grid(label, true, -1, undefined, Array.from({ length: count }, () => row), undefined, false);
  }

  /** The grid around `body` (the rows, or the virtualizer drawing them), with its header row. */
  /** `sortIndex` is the sort control's choice, whose first two orders are by name (large-list.ts): the name header's `aria-sort`. */
  grid(label: string, busy: boolean, rowCount: number, sortIndex: number | undefined, body: unknown, roving: RovingFocus | undefined, actions: boolean): TemplateResult {
    const header = (text: string, extra = '') => html`<div part="column-header" class="td ${extra}" role="columnheader">${text}</div>`;
    const table = this.presenter.table!;
    return html`
      <div part="list grid" class="grid" role="grid" aria-label=${label} aria-rowcount=${rowCount < 0 ? -1 : rowCount + 1} aria-busy=${busy}>
        <div class="head" role="rowgroup">
          <div class="tr" role="row" aria-rowindex="1">
            <div part="column-header" class="td main" role="columnheader" aria-sort=${SORT_STATES[sortIndex ?? -1] ?? nothing}>${table.nameLabel?.() ?? this.t('table.name')}</div>
            ${this.presenter.badges ? header(this.t('table.status'), 'state') : nothing}
            ${table.columns.map((column) => header(column.label()))}
            ${actions ? header(this.t('table.actions'), 'actions') : nothing}
          </div>
        </div>
        <div class="body list" role="rowgroup" @keydown=${roving?.onKeydown} @focusin=${roving?.onFocusin}>${body}</div>
      </div>
    `;
  }
}
