/**
 * The table layout (issue 17): density at 1280x800 and 375x800, truncation of
 * a 2,400-character value, no sideways scroll at 320 px, grid semantics, and a
 * 10,000-row list driven by keyboard only, position checked at each step.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { render } from 'lit';
import { a11ySnapshot, executeServerCommand, sendKeys, setViewport } from '@web/test-runner-commands';
import '../../src/elements/sso-user-list/sso-user-list.js';
import '../../src/elements/user-list/user-list.js';
import type { DataListElement } from '../../src/shared/data-list-element.js';
import { items, letResizeObserverLoopsThrough, shadow, untilLoaded } from '../helpers/element.js';
import { API, CLIENT_ID, TOKEN } from '../helpers/reference-api.js';

type AnyList = DataListElement<unknown>;

const lists = [
  { tag: 'sso-user-list', make: (id: string) => `<sso-user-list token="${TOKEN}" org-id="${id}" base-url="${API}"></sso-user-list>` },
  { tag: 'user-list', make: (id: string) => `<user-list token="${TOKEN}" client-id="${CLIENT_ID}" base-url="${API}/_data/${id}"></user-list>` },
] as const;

/** Until the rows are table rows: the table's chunk arrives beside the first answer. */
async function table(markup: string): Promise<AnyList> {
  const el = await fixture<AnyList>(markup);
  await untilLoaded(el);
  await waitUntil(() => shadow(el).querySelector('[role="grid"]'), 'no table', { timeout: 8000 });
  await el.updateComplete;
  return el;
}

const fullyInView = (el: Element) =>
  items(el).filter((row) => {
    const { top, bottom } = row.getBoundingClientRect();
    return top >= 0 && bottom <= innerHeight;
  }).length;

before(letResizeObserverLoopsThrough);
// The virtualizer draws rows from ResizeObserver callbacks, which a page in the background never gets.
beforeEach(() => executeServerCommand('bring-to-front'));
/** One node of Chromium's accessibility tree as `a11ySnapshot` (Puppeteer's snapshot) gives it. */
interface AxNode {
  role: string;
  name?: string;
  focused?: boolean;
  children?: AxNode[];
}

const axNodes = (node: AxNode): AxNode[] => [node, ...(node.children ?? []).flatMap(axNodes)];

/** The focused node of Chromium's own accessibility tree (Puppeteer's snapshot prunes the grid and its rows). */
async function focusedAxNode(): Promise<AxNode | undefined> {
  return axNodes((await a11ySnapshot({})) as unknown as AxNode).find((node) => node.focused);
}

afterEach(() => setViewport({ width: 800, height: 600 }));

for (const { tag, make } of lists) {
  describe(`${tag}: table layout`, () => {
    it('shows at least 10 users fully in view at 1280x800 and 5 at 375x800, with nothing scrolling sideways at 320 px', async () => {
      await setViewport({ width: 1280, height: 800 });
      const el = await table(make('medium-30'));
      expect(fullyInView(el)).to.be.at.least(10);
      await setViewport({ width: 375, height: 800 });
      await waitUntil(() => fullyInView(el) >= 5, `${fullyInView(el)} users in view at 375 px`);
      await setViewport({ width: 320, height: 800 });
      const grid = shadow(el).querySelector<HTMLElement>('[role="grid"]')!;
      await waitUntil(() => document.documentElement.scrollWidth <= 320 && grid.scrollWidth <= grid.clientWidth, 'scrolls sideways at 320 px');
    });

    it('truncates a 2,400-character name with an ellipsis, keeps the row under 160 px and the full text in its name and title', async () => {
      await setViewport({ width: 1280, height: 800 });
      const el = await table(make('hostile-8'));
      const long = items(el).find((row) => row.textContent!.includes('VeryVeryVery'))!;
      expect(long.getBoundingClientRect().height).to.be.below(160);
      const name = long.querySelector<HTMLElement>('[part="item-name"]')!;
      expect(getComputedStyle(name).textOverflow).to.equal('ellipsis');
      expect(name.scrollWidth).to.be.above(name.clientWidth);
      expect(name.closest<HTMLElement>('[title]')!.title.length).to.be.at.least(2400);
      expect(name.textContent!.trim().length).to.be.at.least(2400);
    });

    it('is a grid with column headers, aria-rowcount and aria-rowindex, and passes axe', async () => {
      const el = await table(make('short-5'));
      const grid = shadow(el).querySelector('[role="grid"]')!;
      expect(grid.getAttribute('aria-rowcount')).to.equal('6');
      const headers = grid.querySelectorAll('[role="columnheader"]');
      const rows = items(el);
      expect(rows.map((row) => row.getAttribute('aria-rowindex'))).to.deep.equal(['2', '3', '4', '5', '6']);
      expect(rows.every((row) => row.querySelectorAll('[role="gridcell"]').length === headers.length)).to.equal(true);
      expect(headers[0]!.textContent).to.equal('Name');
      expect(rows[0]!.querySelector('.avatar')!.textContent!.trim()).to.match(/^\p{Lu}{1,2}$/u);
      expect(shadow(el).querySelectorAll('[role="row"] [tabindex="0"]')).to.have.length(1);
      await expect(el).to.be.accessible();
    });
  });
}

describe('table layout: layout="cards"', () => {
  it('keeps the cards when the host asks for them', async () => {
    const el = await fixture<AnyList>(`<sso-user-list token="${TOKEN}" org-id="short-5" base-url="${API}" layout="cards"></sso-user-list>`);
    await untilLoaded(el);
    expect(shadow(el).querySelector('[role="grid"]')).to.equal(null);
    expect(shadow(el).querySelector('ul[role="list"] [part="details"]')).to.not.equal(null);
  });
});

describe('table layout: 10,000 rows by keyboard only', () => {
  it('End, PageUp, PageDown, Home, Tab out and Shift+Tab back: one Tab stop, and the focused row says its place', async () => {
    await setViewport({ width: 1280, height: 800 });
    const page = document.body.appendChild(document.createElement('section'));
    render(html`<button id="before">before</button><sso-user-list token=${TOKEN} org-id="keys-10000" base-url=${API}></sso-user-list><button id="after">after</button>`, page);
    const el = page.querySelector<AnyList>('sso-user-list')!;
    try {
      await untilLoaded(el);
      await waitUntil(() => shadow(el).querySelector('[part="scroller"] [role="grid"]'), 'no virtualized table', { timeout: 8000 });
      // Keys pressed before the virtualizer takes over the first rows race with it (it redraws them): as large-list.test.ts, wait for it.
      await waitUntil(() => shadow(el).querySelector<HTMLElement>('.list')?.style.position === 'relative' && items(el).length > 0, 'not virtualized', {
        timeout: 8000,
      });
      const grid = shadow(el).querySelector('[role="grid"]')!;
      expect(grid.getAttribute('aria-rowcount')).to.equal('10001');
      const rowIndex = () => shadow(el).activeElement?.closest('[role="row"]')?.getAttribute('aria-rowindex');
      const until = (index: string) => waitUntil(() => rowIndex() === index, `focus not on row ${index} (on ${rowIndex()})`, { timeout: 8000 });
      /** Chromium's tree agrees at each step: its focused node is the row's name button. */
      const treeAgrees = async (index: string) => {
        await until(index);
        // Read again while the virtualizer settles: the tree is read over CDP, a round trip after the DOM.
        await waitUntil(
          async () => {
            const focused = await focusedAxNode();
            const button = shadow(el).activeElement;
            return rowIndex() === index && focused?.role === 'button' && focused.name === button?.textContent!.trim();
          },
          `Chromium's focused node is not row ${index}'s name`,
          { timeout: 8000 },
        );
      };
      // The virtualizer may redraw the first row while it measures: until focus holds.
      await waitUntil(() => {
        shadow(el).querySelector<HTMLElement>('[data-row="1"] [part="item-name"]')?.focus();
        return rowIndex() === '2';
      }, 'row 1 never took focus');
      await treeAgrees('2');
      // Each key and the row (aria-rowindex, the header being row 1) focus must land on.
      const walk: Array<[string, string]> = [
        ['End', '10001'],
        ['PageUp', '9991'],
        ['PageDown', '10001'],
        ['Home', '2'],
        ['PageDown', '12'],
        ['PageDown', '22'],
      ];
      for (const [key, row] of walk) {
        await sendKeys({ press: key });
        await treeAgrees(row);
      }
      // A scroll of the box that draws the focused row away keeps focus in the list (on the box), and the
      // row takes it back when it is drawn again (issue 17: a scroll dropped focus to <body>).
      const scroller = shadow(el).querySelector<HTMLElement>('.scroller')!;
      const top = scroller.scrollTop;
      scroller.scrollTop = scroller.scrollHeight / 2;
      await waitUntil(() => shadow(el).activeElement === scroller, 'focus left the list on scroll', { timeout: 8000 });
      scroller.scrollTop = top;
      await until('22');
      // One Tab stop, whatever the virtualizer has drawn.
      expect(shadow(el).querySelectorAll('[role="row"] [tabindex="0"]')).to.have.length(1);
      await sendKeys({ press: 'Tab' });
      expect(document.activeElement!.id).to.equal('after');
      await sendKeys({ down: 'Shift' });
      try {
        await sendKeys({ press: 'Tab' });
      } finally {
        await sendKeys({ up: 'Shift' });
      }
      await treeAgrees('22');
    } finally {
      page.remove();
    }
  });
});
