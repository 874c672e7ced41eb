import type { ReactiveController, ReactiveElement } from 'lit';

/**
 * One Tab stop per list, moved with the arrow keys: the roving tabindex of
 * the WAI-ARIA Authoring Practices ("Developing a Keyboard Interface"), with
 * the keys of the APG listbox, which is vertical: Up and Down, Home and End.
 * The list keeps `role="list"` and each item its native `<button>` (Enter and
 * Space activate it): an item holds a name, badges, facts and nested lists
 * and buttons, which an `option` would flatten into one string.
 *
 * Only the item holding the Tab stop lets Tab into its own controls (such as
 * a "Show all" disclosure); the other items' controls are `tabindex="-1"`
 * until the item is reached. Items are found by `data-row` (1-based; cards
 * also say `aria-posinset`, table rows `aria-rowindex`). PageUp and PageDown
 * move by PAGE_ROWS (the APG grid's "author-determined number of rows").
 */
/** Rows PageUp and PageDown move by: about a screenful of table rows. */
const PAGE_ROWS = 10;

export class RovingFocus implements ReactiveController {
  /** The item (0-based position among those shown) that holds the list's Tab stop. */
  position = 0;

  #hadFocus = false;

  /** How many items the list shows, as last rendered. */
  #count = 0;

  readonly #host: ReactiveElement;

  /** Moves focus to the item at `position`; a virtual list may need to scroll it into the DOM first. */
  readonly #focusItem: (position: number) => void;

  constructor(host: ReactiveElement, focusItem: (position: number) => void) {
    this.#host = host;
    this.#focusItem = focusItem;
    host.addController(this);
  }

  /** Called by the host as it renders `count` items: a list that shrank keeps its Tab stop on its last item. */
  tabIndexFor(position: number, count: number): number {
    this.#count = count;
    this.position = Math.max(0, Math.min(this.position, count - 1));
    return position === this.position ? 0 : -1;
  }

  /** The item name at `position`, when it is in the DOM. */
  button(position: number): HTMLElement | null {
    return this.#host.renderRoot.querySelector(`[data-row="${position + 1}"] .item-name`);
  }

  readonly onFocusin = (event: FocusEvent): void => {
    const item = (event.target as Element).closest('[data-row]');
    const position = item ? Number(item.getAttribute('data-row')) - 1 : this.position;
    if (position !== this.position) {
      this.position = position;
      this.#host.requestUpdate();
    }
  };

  readonly onKeydown = (event: KeyboardEvent): void => {
    const target = event.target as Element;
    if (!target.matches('.item-name') || event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
    const count = this.#count;
    const { position } = this;
    const moves: Record<string, number> = {
      ArrowDown: position + 1,
      ArrowUp: position - 1,
      PageDown: Math.min(position + PAGE_ROWS, count - 1),
      PageUp: Math.max(position - PAGE_ROWS, 0),
      Home: 0,
      End: count - 1,
    };
    const to = moves[event.key];
    if (to === undefined) return;
    // The page does not scroll under an arrow key the list has used, even at either end.
    event.preventDefault();
    if (to < 0 || to >= count || to === this.position) return;
    this.moveTo(to);
  };

  /** Gives the item at `position` the Tab stop and focus, once the host has rendered (a long list scrolls it in first). */
  moveTo(position: number): void {
    this.position = position;
    this.#host.requestUpdate();
    void this.#host.updateComplete.then(() => this.#focusItem(position));
  }

  hostUpdate(): void {
    const active = (this.#host.renderRoot as ShadowRoot).activeElement;
    this.#hadFocus = !!active?.closest('[part~="list"]');
  }

  hostUpdated(): void {
    const root = this.#host.renderRoot as ShadowRoot;
    for (const control of root.querySelectorAll<HTMLElement>('[data-row] button:not(.item-name)')) {
      const inActiveItem = control.closest('[data-row]')!.getAttribute('data-row') === String(this.position + 1);
      control.tabIndex = inActiveItem ? 0 : -1;
    }
    // The focused item left the DOM (new data with fewer items, or an error):
    // focus its successor in the list, else the retry button, rather than losing it to the page.
    if (this.#hadFocus && !root.activeElement) {
      const next = this.button(this.position) ?? root.querySelector<HTMLElement>('[part="retry-button"]');
      next?.focus();
    }
  }
}
