import { waitUntil } from '@open-wc/testing';
import type { DataListElement } from '../../src/shared/data-list-element.js';

type AnyList = DataListElement<unknown>;

export const shadow = (el: Element) => el.shadowRoot!;

/** The text a person sees, whitespace folded (slotted light-DOM content included). */
export function visibleText(el: Element): string {
  const root = shadow(el);
  const parts: string[] = [];
  const walk = (node: Node) => {
    if (node instanceof HTMLSlotElement) {
      const assigned = node.assignedNodes({ flatten: true });
      (assigned.length ? assigned : [...node.childNodes]).forEach(walk);
    } else if (node.nodeType === Node.TEXT_NODE) {
      parts.push(node.textContent ?? '');
    } else if (!(node instanceof HTMLStyleElement)) {
      node.childNodes.forEach(walk);
    }
  };
  walk(root);
  return parts.join(' ').replace(/\s+/g, ' ').trim();
}

export const statusRegion = (el: Element) => shadow(el).querySelector<HTMLElement>('[role="status"]')!;
/** What the status region says, trimmed. */
export const statusText = (el: Element) => statusRegion(el).textContent!.trim();
export const searchBox = (el: Element) => shadow(el).querySelector<HTMLInputElement>('[part="search"]');

/** Puts `query` in the search box as one input event (the search announces it once typing pauses). */
export function typeQuery(el: Element, query: string): void {
  const box = searchBox(el)!;
  box.value = query;
  box.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
}
export const alertRegion = (el: Element) => shadow(el).querySelector<HTMLElement>('[role="alert"]');
export const listOf = (el: Element) => shadow(el).querySelector<HTMLUListElement>('[part="list"]');
/** The items: cards' `<li>`s, or the table layout's rows (`part="item row"`). */
export const items = (el: Element) => [...shadow(el).querySelectorAll<HTMLElement>('[part~="item"]')];

/** Until the list shows its items (not only the first rows of an answer still arriving, `aria-setsize="-1"`) or says it is empty. */
export async function untilLoaded(el: AnyList): Promise<void> {
  const loaded = () => items(el).length > 0 && !shadow(el).querySelector('[aria-setsize="-1"], [aria-rowcount="-1"]');
  await waitUntil(() => loaded() || shadow(el).querySelector('[part="empty"]'), 'list never loaded', {
    timeout: 8000,
  });
  await el.updateComplete;
}

export async function untilError(el: AnyList): Promise<HTMLElement> {
  await waitUntil(() => alertRegion(el), 'no error was shown', { timeout: 8000 });
  await el.updateComplete;
  return alertRegion(el)!;
}

/**
 * Chromium reports "ResizeObserver loop completed with undelivered
 * notifications" as an error event when the virtualizer's size observers
 * change layout within one frame. The notifications arrive on the next frame
 * and nothing is lost (w3c/csswg-drafts#5488), but mocha would fail the test
 * that happened to be running, so only that message is let through.
 */
export function letResizeObserverLoopsThrough(): void {
  const mochaOnError = window.onerror;
  window.onerror = (message, ...rest) =>
    String(message).includes('ResizeObserver loop completed with undelivered notifications')
      ? true
      : mochaOnError?.call(window, message, ...rest);
}

