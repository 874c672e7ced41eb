import { css } from 'lit';

/**
 * Styles every list element shares, themed by one set of `--iam-*` tokens
 * (documented on DataListElement) so a host themes every element at once.
 * Colours derive from the host's own text colour (`currentColor`) unless a
 * token says otherwise, so the widget follows a light or dark host page with
 * no configuration; the accents switch with the element's used `color-scheme`
 * through `light-dark()`: the page's `color-scheme: light dark` follows
 * `prefers-color-scheme`, and `color-scheme` on the element (or an ancestor)
 * overrides it.
 */
export const dataListStyles = css`
  :host {
    display: block;
    font: var(--iam-font, inherit);
    color: var(--iam-color-text, inherit);
    --_muted: var(--iam-color-muted, color-mix(in srgb, currentColor 72%, transparent));
    --_border: var(--iam-color-border, color-mix(in srgb, currentColor 22%, transparent));
    --_surface: var(--iam-color-surface, transparent);
    --_accent: var(--iam-color-accent, light-dark(#0b57d0, #a8c7fa));
    --_success: var(--iam-color-success, light-dark(#146c2e, #6dd58c));
    --_danger: var(--iam-color-danger, light-dark(#b3261e, #ffb4ab));
    --_radius: var(--iam-radius, 0.5rem);
    --_gap: var(--iam-gap, 0.75rem);
  }

  :host([hidden]) {
    display: none;
  }

  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }

  button {
    font: inherit;
    color: inherit;
  }

  /* Room for the rows, kept while there is nothing to show yet: waiting for an input or the first answer, and in a server render. */
  .loading {
    min-block-size: var(--iam-loading-block-size, 5rem);
  }

  .status {
    color: var(--_muted);
    font-size: 0.875em;
    margin-block-end: calc(var(--_gap) / 2);
  }

  .status:empty {
    display: none;
  }

  .spinner {
    display: inline-block;
    inline-size: 0.9em;
    block-size: 0.9em;
    margin-inline-end: 0.4em;
    vertical-align: -0.1em;
    border: 2px solid var(--_border);
    border-block-start-color: var(--_accent);
    border-radius: 50%;
    animation: spin 0.8s linear infinite;
  }

  @keyframes spin {
    to {
      transform: rotate(1turn);
    }
  }

  @media (prefers-reduced-motion: reduce) {
    .spinner {
      animation: none;
    }
  }

  .error {
    border: 1px solid var(--_danger);
    border-inline-start-width: 4px;
    border-radius: var(--_radius);
    padding: var(--_gap);
  }

  .error p {
    margin: 0 0 calc(var(--_gap) / 2);
    overflow-wrap: anywhere;
  }

  .error-title {
    font-weight: 600;
    color: var(--_danger);
  }

  .retry {
    cursor: pointer;
    border: 1px solid var(--_accent);
    border-radius: var(--_radius);
    background: transparent;
    color: var(--_accent);
    padding: 0.25em 0.9em;
  }

  .list {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: var(--_gap);
    transition: opacity 0.2s;
  }

  /* Dimmed no further than keeps the muted text at 4.5:1 (at 0.6 it fell to 3.2:1: axe, issue 6). */
  .list[aria-busy='true'] {
    opacity: 0.85;
  }

  /* After .list, which it overrides (issue 17: placed before it, equal specificity lost and the fade stayed). */
  @media (prefers-reduced-motion: reduce) {
    .list {
      transition: none;
    }
  }

  .item {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    padding: var(--_gap);
    min-inline-size: 0;
    overflow-wrap: anywhere;
  }

  .token {
    display: inline-block;
    max-inline-size: 100%;
  }

  .item-header {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 0.5em;
  }

  .item-name {
    cursor: pointer;
    border: 0;
    background: none;
    padding: 0;
    font-weight: 600;
    text-align: start;
    overflow-wrap: anywhere;
    min-inline-size: 0;
  }

  .item-name:hover {
    text-decoration: underline;
  }

  button:focus-visible {
    outline: var(--iam-focus-ring, 2px solid var(--_accent));
    outline-offset: 2px;
    border-radius: 2px;
  }

  .placeholder {
    color: var(--_muted);
    font-style: italic;
  }

  .badge {
    display: inline-block;
    border: 1px solid currentColor;
    border-radius: 999px;
    padding: 0 0.6em;
    font-size: 0.8em;
    line-height: 1.6;
    white-space: nowrap;
  }

  .badge--positive {
    color: var(--_success);
  }

  .badge--negative {
    color: var(--_danger);
  }

  .badge--neutral {
    color: var(--_muted);
  }

  .details {
    display: grid;
    grid-template-columns: minmax(8em, max-content) minmax(0, 1fr);
    gap: 0.25em 1em;
    margin: calc(var(--_gap) / 2) 0 0;
    font-size: 0.9em;
  }

  .details > div {
    display: contents;
  }

  .details dt {
    color: var(--_muted);
  }

  .details dd {
    margin: 0;
    min-inline-size: 0;
  }

  /*
   * Forced colours (Windows High Contrast) replace every colour with a system
   * colour and drop box shadows and backgrounds: keep the borders that draw
   * items, errors and buttons, and a focus ring, whatever the tokens say.
   */
  @media (forced-colors: active) {
    .item,
    .error,
    .retry,
    .badge,
    .spinner {
      border-color: CanvasText;
    }
    .spinner {
      border-block-start-color: Highlight;
    }
    button:focus-visible {
      outline: 2px solid Highlight;
    }
  }

  @media (max-width: 30em) {
    .details {
      grid-template-columns: minmax(0, 1fr);
    }
    .details dd {
      margin-block-end: 0.25em;
    }
  }

  /* The "Load more" row below a paged list (load-more.ts). */
  .more {
    display: grid;
    justify-items: start;
    gap: 0.5em;
    margin-top: var(--_gap);
  }
`;
