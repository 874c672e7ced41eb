import { css, html, type TemplateResult } from 'lit';
import { FIRST_ROWS, SEARCH_THRESHOLD } from './data-list-element.js';
import type { TableLayout } from './table-layout.js';

// The table layout comes with the placeholder, which draws its rows through it: one fetch, early (data-list-element.ts).
export { TableLayout } from './table-layout.js';

/**
 * The loading placeholder (issue 17: a spinner alone, then some 3,700 px of
 * cards that collapsed into a 512 px box): grey rows where the rows will be,
 * and the toolbar's room when the list will likely show one, so the page
 * does not move when the rows arrive. A chunk of its own, with the table
 * layout (re-exported below), which the engine asks for as it loads
 * (data-list-element.ts), in parallel with the element's own chunk: a list's
 * first render usually finds it, no first row waits for it, and until it is
 * in the list keeps its reserved block (`--iam-loading-block-size`). The
 * table layout draws its own rows (`TableLayout.skeleton`); cards are drawn here.
 *
 * The rows are hidden from assistive technology: the list, `aria-busy`, and
 * the polite status ("Loading users…") say that it is loading.
 */

export const skeletonStyles = css`
  :host {
    --_bone: var(--iam-color-skeleton, color-mix(in srgb, currentColor 12%, transparent));
  }

  /* The grey derives from the text colour where it is used (currentColor): no transparent text, which would make it none. */
  .bone {
    background: var(--_bone);
    border-radius: 0.25em;
  }

  /* A row pulses, not each of its bones: every animated element is a layer of its own, and with some 120 bones
     (20 rows of 6) their layers and paints had cost the main thread 30 ms while a long list loaded (issue 16). */
  [part~='skeleton-row'] {
    animation: pulse 1.6s ease-in-out infinite;
  }

  .item-name.bone {
    inline-size: 10em;
    max-inline-size: 100%;
  }

  @keyframes pulse {
    50% {
      opacity: 0.5;
    }
  }

  @media (prefers-reduced-motion: reduce) {
    [part~='skeleton-row'] {
      animation: none;
    }
  }

  /* The box a long list will scroll in (large-list.ts; 40rem in the table layout, table-layout.ts), never scrolled itself. */
  .skeleton {
    block-size: var(--iam-list-max-height, 32rem);
    overflow: hidden;
  }

  /* The search and sort controls' room, built as they are (large-list.ts: at 0.875em, a label over a 2.25em field, the gap below). */
  .controls-room {
    font-size: 0.875em;
    margin-block-end: var(--_gap);
  }

  .controls-room::before {
    content: '\\a0';
    display: block;
    margin-block-end: 0.25em;
  }

  .controls-room::after {
    content: '';
    display: block;
    block-size: 2.25em;
  }
`;

export class Skeleton<TItem> {
  constructor(root: HTMLElement | DocumentFragment) {
    // The styles travel with this chunk, as table-layout.ts's do.
    if (root instanceof ShadowRoot && skeletonStyles.styleSheet) root.adoptedStyleSheets = [...root.adoptedStyleSheets, skeletonStyles.styleSheet];
  }

  /**
   * The placeholder: the toolbar's room, and the rows. `pageSize` is the
   * items of one answer where the source says (a paged endpoint's limit):
   * a page's worth of rows; unknown, the long list's box full of them. The
   * toolbar's room is kept when the list will likely show one: `search="on"`,
   * or `auto` and a page (or a list of unknown length) longer than 10; the
   * room, not the controls, which say what they search once the list is in:
   * `prefetch` asks for their code now, so they are ready to take its place.
   * The rows are the table's when `table` is given.
   */
  render(
    label: string,
    pageSize: number | undefined,
    virtualizeThreshold: number,
    search: 'auto' | 'on' | 'off',
    table: TableLayout<TItem> | undefined,
    prefetch: () => unknown,
  ): [TemplateResult | undefined, TemplateResult] {
    const toolbar = search === 'on' || (search === 'auto' && (pageSize ?? Infinity) > SEARCH_THRESHOLD);
    if (toolbar) prefetch();
    return [toolbar ? html`<div class="controls-room"></div>` : undefined, this.rows(label, pageSize, virtualizeThreshold, table)];
  }

  private rows(label: string, pageSize: number | undefined, virtualizeThreshold: number, table: TableLayout<TItem> | undefined): TemplateResult {
    // A page longer than the threshold will be virtualized in the box too.
    const page = pageSize! > 0 && pageSize! <= virtualizeThreshold ? pageSize : undefined;
    // As many as a long list's first rows, which more than fill the box.
    const count = page ?? FIRST_ROWS;
    const list =
      table?.skeleton(label, count) ??
      html`<ul class="list" role="list" aria-label=${label} aria-busy="true">
        ${Array.from(
          { length: count },
          () => html`<li part="skeleton-row" class="item" aria-hidden="true">
            <div class="item-header"><span class="bone item-name">&nbsp;</span></div>
            <div class="details">${Array.from({ length: 6 }, () => html`<span class="bone">&nbsp;</span>`)}</div>
          </li>`,
        )}
      </ul>`;
    return page ? list : html`<div class="scroller skeleton">${list}</div>`;
  }
}
