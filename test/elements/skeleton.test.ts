/**
 * The loading placeholder (issue 17): grey rows where the rows will be, while
 * the first answer is on its way, so the page does not move when they
 * arrive. Its row count comes from the source: a page's worth for a paged
 * source (`<user-list>`'s `page-size`, else SSOJet's default 10; the users
 * document names no default, taken to be the roles document's 10), else the
 * long list's box, full. No test sleeps: answers are held by the reference
 * server (`hold=`) until released, or never answered (`hang`). Timings and
 * layout shift are `npm run bench`'s, not asserted here.
 */
import { expect, fixture, waitUntil } from '@open-wc/testing';
import { emulateMedia, executeServerCommand } from '@web/test-runner-commands';
import '../../src/elements/sso-user-list/sso-user-list.js';
import '../../src/elements/user-list/user-list.js';
import type { DataListElement } from '../../src/shared/data-list-element.js';
import { items, letResizeObserverLoopsThrough, shadow, statusRegion, untilLoaded } from '../helpers/element.js';
import { API, CLIENT_ID, faultyBase, releaseHeld, TOKEN, uniqueTag, untilHeld } from '../helpers/reference-api.js';

type AnyList = DataListElement<unknown>;

const SLOW = { timeout: 8000 };

const bones = (el: Element) => [...shadow(el).querySelectorAll<HTMLElement>('[part="skeleton-row"]')];
const height = (node: Element | null | undefined) => node!.getBoundingClientRect().height;

/** Until the placeholder is drawn (its chunk, and the table's, arrive beside the request). */
async function untilSkeleton(el: AnyList, table: boolean): Promise<void> {
  await waitUntil(() => bones(el).length > 0 && (!table || shadow(el).querySelector('[role="grid"]')), 'no skeleton', SLOW);
  await el.updateComplete;
}

before(letResizeObserverLoopsThrough);
// The virtualizer draws rows from ResizeObserver callbacks, which a page in the background never gets.
beforeEach(() => executeServerCommand('bring-to-front'));

describe('loading placeholder', () => {
  it('holds a page of rows of the real rows’ height in the table, hidden from assistive technology, then gives way to the rows', async () => {
    const hold = uniqueTag();
    const el = await fixture<AnyList>(
      `<user-list token="${TOKEN}" client-id="${CLIENT_ID}" base-url="${faultyBase(`hold=${hold}`)}/_data/new-10" cache-ttl="0"></user-list>`,
    );
    await untilSkeleton(el, true);
    await untilHeld(hold);
    const grid = shadow(el).querySelector<HTMLElement>('[role="grid"]')!;
    // SSOJet's default page: 10 rows; the grid is busy, the status says it is loading.
    expect(bones(el)).to.have.length(10);
    expect(bones(el).every((row) => row.getAttribute('aria-hidden') === 'true')).to.equal(true);
    expect(grid.getAttribute('aria-busy')).to.equal('true');
    expect(statusRegion(el).textContent).to.contain('Loading users');
    expect(items(el)).to.have.length(0);
    await expect(el).to.be.accessible();
    const loadingHeight = height(el);
    const boneHeight = height(bones(el)[0]);

    await releaseHeld(hold);
    await untilLoaded(el);
    expect(bones(el)).to.have.length(0);
    expect(items(el)).to.have.length(10);
    expect(shadow(el).querySelector('[role="grid"]')!.getAttribute('aria-busy')).to.equal('false');
    // A full page: the loaded list is as tall as its placeholder, row for row.
    expect(height(items(el)[0])).to.be.closeTo(boneHeight, 0.5);
    expect(height(el)).to.be.closeTo(loadingHeight, 1);
  });

  it('holds `page-size` cards in the cards layout, in a busy list', async () => {
    const el = await fixture<AnyList>(
      `<user-list token="${TOKEN}" client-id="${CLIENT_ID}" base-url="${faultyBase('hang')}/_data/new-4" page-size="4" layout="cards"></user-list>`,
    );
    await untilSkeleton(el, false);
    const list = shadow(el).querySelector('ul[role="list"]')!;
    expect(list.getAttribute('aria-busy')).to.equal('true');
    expect(bones(el)).to.have.length(4);
    expect(bones(el).every((row) => row.localName === 'li' && row.getAttribute('aria-hidden') === 'true')).to.equal(true);
    // A page of 10 or fewer shows no search box: no room is kept for one.
    expect(shadow(el).querySelector('.controls-room, [part="controls"]')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('fills the long list’s box, with the toolbar, when the source does not say how many items come', async () => {
    const loaded = await fixture<AnyList>(`<sso-user-list token="${TOKEN}" org-id="box-300" base-url="${API}"></sso-user-list>`);
    await untilLoaded(loaded);
    await waitUntil(() => shadow(loaded).querySelector('[part="scroller"] [role="grid"]') && shadow(loaded).querySelector('[part="controls"]'), 'no box', SLOW);

    const el = await fixture<AnyList>(`<sso-user-list token="${TOKEN}" org-id="box-300" base-url="${faultyBase('hang')}"></sso-user-list>`);
    await untilSkeleton(el, true);
    // The toolbar's room, not the controls: a search box would say the list is there to search.
    expect(shadow(el).querySelector('[part="controls"]')).to.equal(null);
    const room = shadow(el).querySelector('.controls-room')!;
    expect(height(room)).to.be.closeTo(height(shadow(loaded).querySelector('[part="controls"]')), 1);
    const box = shadow(el).querySelector('.skeleton')!;
    expect(height(box)).to.be.closeTo(height(shadow(loaded).querySelector('[part="scroller"]')), 1);
    expect(height(el)).to.be.closeTo(height(loaded), 1);
    await expect(el).to.be.accessible();
  });

  it('draws the first rows of a long answer still arriving in that box', async () => {
    const hold = uniqueTag();
    const el = await fixture<AnyList>(`<sso-user-list token="${TOKEN}" org-id="arriving-2000" base-url="${faultyBase(`hold=${hold}`)}"></sso-user-list>`);
    await waitUntil(() => items(el).length > 0, 'no early rows', SLOW);
    const box = shadow(el).querySelector('[part="scroller"]')!;
    await waitUntil(() => getComputedStyle(box).overflowY === 'auto', 'the box has no styles', SLOW);
    const early = height(box);
    await releaseHeld(hold);
    await untilLoaded(el);
    // The virtualizer draws its rows a frame or two after the list is in.
    await waitUntil(() => items(el).length > 5, 'no rows drawn', SLOW);
    expect(height(shadow(el).querySelector('[part="scroller"]'))).to.be.closeTo(early, 1);
  });

  it('draws every bar in a grey of the text colour, on a light page and a dark one', async () => {
    for (const scheme of ['light', 'dark']) {
      const wrapper = await fixture<HTMLElement>(
        `<div style="color-scheme: ${scheme}; color: ${scheme === 'dark' ? '#e8e8e8' : '#1f1f1f'}"><user-list token="${TOKEN}" client-id="${CLIENT_ID}" base-url="${faultyBase('hang')}/_data/new-2" page-size="2"></user-list></div>`,
      );
      const el = wrapper.firstElementChild as AnyList;
      await untilSkeleton(el, true);
      const bars = [...shadow(el).querySelectorAll('.bone')];
      // Avatar, name, subtitle, status and last sign-in, per row.
      expect(bars).to.have.length(10);
      // Transparent text once made them transparent too, and the initials' white made the avatar's white.
      const grey = (bar: Element) => getComputedStyle(bar).backgroundColor;
      const text = getComputedStyle(bars[1]!).color;
      expect(bars.every((bar) => !/^rgba\(0, 0, 0, 0\)$|\/ 0\)$/.test(grey(bar)))).to.equal(true);
      expect(grey(shadow(el).querySelector('.avatar')!)).to.equal(grey(bars[1]!));
      expect(text).to.equal(scheme === 'dark' ? 'rgb(232, 232, 232)' : 'rgb(31, 31, 31)');
    }
  });

  it('pulses row by row (one layer a row, not one a bone), and not when the user prefers reduced motion', async () => {
    const el = await fixture<AnyList>(`<sso-user-list token="${TOKEN}" org-id="calm-3" base-url="${faultyBase('hang')}" layout="cards"></sso-user-list>`);
    await untilSkeleton(el, false);
    const row = shadow(el).querySelector('[part~="skeleton-row"]')!;
    expect(getComputedStyle(row).animationName).to.equal('pulse');
    expect(getComputedStyle(row.querySelector('.bone')!).animationName).to.equal('none');
    await emulateMedia({ reducedMotion: 'reduce' });
    try {
      expect(getComputedStyle(row).animationName).to.equal('none');
    } finally {
      await emulateMedia({ reducedMotion: 'no-preference' });
    }
  });
});
