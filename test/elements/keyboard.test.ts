/**
 * Keyboard walkthroughs with real key presses in Chromium (sendKeys): one Tab
 * stop per list, arrows, Home and End between items, Enter and Space to
 * select, focus kept through a reload, and the permission disclosure.
 */
import { expect, html, waitUntil } from '@open-wc/testing';
import { render } from 'lit';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/elements/user-orgs/user-orgs.js';
import '../../src/elements/sso-user-list/sso-user-list.js';
import type { DataListElement } from '../../src/shared/data-list-element.js';
import { items, shadow, untilLoaded } from '../helpers/element.js';
import { API, CLIENT_ID, faultyBase, TOKEN } from '../helpers/reference-api.js';

type AnyList = DataListElement<unknown>;

const focusedIn = (el: Element) => shadow(el).activeElement as HTMLElement | null;
const focusedPosition = (el: Element) => Number(focusedIn(el)?.closest('[aria-posinset]')?.getAttribute('aria-posinset') ?? 0);
const press = (key: string) => sendKeys({ press: key });

const elements = [
  { tag: 'user-orgs', make: (id: string, base = API) => html`<user-orgs token=${TOKEN} client-id=${CLIENT_ID} user-id=${id} base-url=${base}></user-orgs>` },
  { tag: 'sso-user-list', make: (id: string, base = API) => html`<sso-user-list token=${TOKEN} org-id=${id} base-url=${base} layout="cards"></sso-user-list>` },
] as const;

/**
 * The element between two page buttons, so Tab has somewhere to come from and
 * to go. Rendered by hand: fixture() moves its parentNode to the end of the
 * body, and of a plain element it waits for an animation frame, which a test
 * page in the background never gets.
 */
async function between(template: ReturnType<(typeof elements)[number]['make']>) {
  const page = document.body.appendChild(document.createElement('section'));
  render(html`<button id="before">before</button>${template}<button id="after">after</button>`, page);
  const el = page.querySelector<AnyList>('user-orgs, sso-user-list')!;
  await untilLoaded(el);
  return { el, before: page.querySelector<HTMLButtonElement>('#before')!, after: page.querySelector<HTMLButtonElement>('#after')! };
}

afterEach(() => document.querySelectorAll('body > section').forEach((section) => section.remove()));

for (const { tag, make } of elements) {
  describe(`${tag}: keyboard`, () => {
    it('is one Tab stop; arrows, Home and End move between items; Tab leaves and Shift+Tab comes back to the same item', async () => {
      // Member and Auditor roles only: no disclosure buttons in these items (user-orgs).
      const { el, before, after } = await between(make(tag === 'user-orgs' ? 'roles-3' : 'keys-5'));
      const count = items(el).length;
      expect(count).to.be.greaterThan(2);
      expect(shadow(el).querySelectorAll('[part="item-name"][tabindex="0"]')).to.have.length(1);

      before.focus();
      await press('Tab');
      expect(document.activeElement).to.equal(el);
      expect(focusedPosition(el)).to.equal(1);

      await press('ArrowDown');
      await press('ArrowDown');
      expect(focusedPosition(el)).to.equal(3);
      await press('ArrowUp');
      expect(focusedPosition(el)).to.equal(2);
      await press('End');
      expect(focusedPosition(el)).to.equal(count);
      await press('ArrowDown'); // At the end: stays.
      expect(focusedPosition(el)).to.equal(count);
      await press('Home');
      expect(focusedPosition(el)).to.equal(1);
      await press('ArrowUp'); // At the start: stays.
      expect(focusedPosition(el)).to.equal(1);
      await press('ArrowDown');
      expect(focusedPosition(el)).to.equal(2);

      if (tag === 'sso-user-list') {
        await press('Tab');
        expect(document.activeElement).to.equal(after);
        await sendKeys({ down: 'Shift' });
        await press('Tab');
        await sendKeys({ up: 'Shift' });
        expect(document.activeElement).to.equal(el);
        expect(focusedPosition(el), 'the roving Tab stop remembers the item').to.equal(2);
        expect(shadow(el).querySelectorAll('[part="item-name"][tabindex="0"]')).to.have.length(1);
      }
    });

    it('Enter and Space on the focused item fire iam-select with that item', async () => {
      const { el, before } = await between(make('select-4'));
      const selected: Array<{ index: number; item: unknown }> = [];
      el.addEventListener('iam-select', (event) => selected.push(event.detail));
      before.focus();
      await press('Tab');
      await press('ArrowDown');
      await press('Enter');
      await press('End');
      await press('Space');
      expect(selected.map((s) => s.index)).to.deep.equal([1, 3]);
      expect(selected[0]!.item).to.be.an('object');
    });

    it('keeps focus in the list when the data reloads with fewer items', async () => {
      const { el, before } = await between(make('reload-4'));
      before.focus();
      await press('Tab');
      await press('End');
      expect(focusedPosition(el)).to.equal(4);
      el.setAttribute(tag === 'user-orgs' ? 'user-id' : 'org-id', 'reload-2');
      await waitUntil(() => items(el).length === 2, 'the new list never rendered');
      await el.updateComplete;
      expect(document.activeElement).to.equal(el);
      expect(focusedPosition(el)).to.equal(2);
      expect(shadow(el).querySelectorAll('[part="item-name"][tabindex="0"]')).to.have.length(1);
    });

    it('moves focus to the retry button when a reload fails while the list had focus', async () => {
      const { el, before } = await between(make('fail-3'));
      before.focus();
      await press('Tab');
      el.baseUrl = faultyBase('status=500,retry-after=none');
      await waitUntil(() => shadow(el).querySelector('[role="alert"]'), 'no error shown');
      await el.updateComplete;
      expect(focusedIn(el)?.getAttribute('part')).to.equal('retry-button');
    });
  });
}

describe('user-orgs: permission disclosure', () => {
  it('a long permission list opens and closes from the keyboard, with aria-expanded kept true to its state', async () => {
    // disclose-2: the first organization has one role, Admin, with 4 permissions (2 shown when closed: a disclosure hides at least two).
    const { el, before } = await between(elements[0].make('disclose-2'));
    const first = items(el)[0]!;
    const disclosure = () => first.querySelector<HTMLButtonElement>('[part="disclosure"]')!;
    const permissions = () => first.querySelectorAll('[part="permission"]').length;
    expect(disclosure().getAttribute('aria-expanded')).to.equal('false');
    expect(permissions()).to.equal(2);
    expect(disclosure().textContent).to.contain('Show all 4');
    // Only the item holding the Tab stop lets Tab into its controls.
    expect(items(el)[1]!.querySelector<HTMLButtonElement>('[part="disclosure"]')!.tabIndex).to.equal(-1);

    before.focus();
    await press('Tab');
    await press('Tab');
    expect(focusedIn(el)).to.equal(disclosure());
    await press('Enter');
    await el.updateComplete;
    expect(disclosure().getAttribute('aria-expanded')).to.equal('true');
    expect(permissions()).to.equal(4);
    expect(focusedIn(el)).to.equal(disclosure());
    await press('Space');
    await el.updateComplete;
    expect(disclosure().getAttribute('aria-expanded')).to.equal('false');
    expect(permissions()).to.equal(2);

    // The next item's disclosure becomes reachable once that item holds the Tab stop.
    await sendKeys({ down: 'Shift' });
    await press('Tab');
    await sendKeys({ up: 'Shift' });
    await press('ArrowDown');
    await el.updateComplete;
    expect(items(el)[1]!.querySelector<HTMLButtonElement>('[part="disclosure"]')!.tabIndex).to.equal(0);
    expect(disclosure().tabIndex).to.equal(-1);
  });
});
