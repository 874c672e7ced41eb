/**
 * Driving the actions engine (src/shared/row-actions.ts) as a user does, for the tests of every element
 * with an `actions` attribute: the row's menu button, its menu, the dialog and the live regions.
 */
import { waitUntil } from '@open-wc/testing';
import { items, shadow } from './element.js';

export const q = <T extends Element = HTMLElement>(el: Element, selector: string) => shadow(el).querySelector<T>(selector);
export const menuButtons = (el: Element) => [...shadow(el).querySelectorAll<HTMLButtonElement>('[part="actions-button"]')];
export const menuItems = (el: Element) => [...shadow(el).querySelectorAll<HTMLButtonElement>('[part="action-menuitem"]')];
export const dialog = (el: Element) => q<HTMLDialogElement>(el, '[part="action-dialog"]')!;
export const active = (el: Element) => shadow(el).activeElement as HTMLElement | null;
export const names = (el: Element) => items(el).map((row) => row.querySelector('[part="item-name"]')!.textContent!.trim());
export const statusText = (el: Element) => q(el, '[part="action-status"]')!.textContent!.trim();
export const alertText = (el: Element) => q(el, '[part="action-alert"]')!.textContent!.trim();

/** Waits until the actions chunk has drawn the rows' menu buttons. */
export async function untilActions(el: Element): Promise<void> {
  await waitUntil(() => menuButtons(el).length > 0, 'no actions');
}

/** Opens row `row`'s menu with a click and chooses `label`; resolves once the dialog is open. */
export async function choose(el: Element, row: number, label: string): Promise<void> {
  items(el)[row]!.querySelector<HTMLButtonElement>('[part="actions-button"]')!.click();
  await waitUntil(() => menuItems(el).length > 0, 'no menu');
  menuItems(el)
    .find((item) => item.textContent!.trim() === label)!
    .click();
  await waitUntil(() => dialog(el).open, 'no dialog');
}

/** Presses the dialog's confirm button. */
export async function submit(el: Element & { updateComplete: Promise<unknown> }): Promise<void> {
  q<HTMLButtonElement>(el, '[part="action-dialog"] [type="submit"]')!.click();
  await el.updateComplete;
}

/** Types `value` into the dialog's field `name` (replacing what it held), as an input event does. */
export function fill(el: Element, name: string, value: string): HTMLInputElement {
  const input = q<HTMLInputElement>(el, `#field-${name}`)!;
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  return input;
}
