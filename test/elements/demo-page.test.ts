/**
 * The demo page's product pages (issue 17): one section per element, each element loaded from its data set
 * without an error, the table layout beside the cards layout where the element has both, and an in-page
 * navigation that reaches every section. (Its reflow at 320 px: accessibility.test.ts.)
 */
import { expect, waitUntil } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import { axeViolations, openDemoPage, settled } from '../helpers/demo-page.js';
import { PAGE_TEST_TIMEOUT } from '../helpers/page-driver.js';

/** Each element, and whether it has a table layout (a presenter with columns) beside its cards. */
const ELEMENTS: [string, boolean][] = [
  ['user-orgs', false],
  ['sso-user-list', true],
  ['user-list', true],
  ['role-list', true],
  ['org-list', true],
  ['user-login-logs', true],
  ['passkey-list', false],
  ['org-members', true],
];

describe('the demo page (demo/index.html): product pages', function () {
  this.timeout(PAGE_TEST_TIMEOUT);
  // Run alone (test/support/run-all.mjs): a page in the background gets no ResizeObserver callbacks, so a long list's
  // rows, drawn again in Arabic, never came while another test page had the front.

  it('has a section per element, each loaded without errors, table beside cards; axe finds nothing, light and English or dark and Arabic', async () => {
    // As tall as the whole page: a long (virtualized) list draws its rows only where the frame's viewport shows it.
    const page = await openDemoPage(1280, 20_000);
    const { frame, doc, errors } = page;
    try {
      const sections = [...doc.querySelectorAll<HTMLElement>('main > section.product')];
      for (const [tag, hasTable] of ELEMENTS) {
        const section = sections.find((s) => s.querySelector(tag));
        expect(section, `no product section shows <${tag}>`).to.not.equal(undefined);
        expect(section!.querySelector('h2')?.textContent?.trim(), `<${tag}>'s section has no heading`).to.not.equal('');
        const [table, cards, ...more] = section!.querySelectorAll(tag);
        expect(more, `<${tag}>'s section has more than two`).to.have.length(0);
        for (const el of [table, cards]) {
          if (!el) continue;
          expect(el.shadowRoot!.querySelector('[part~="item"]') !== null, `#${el.id} shows no items`).to.equal(true);
          // The load error's part, not any role="alert": an element with actions keeps an empty alert region for them.
          // A boolean, not the node: a failure whose message holds a DOM node never reached the runner (the run hung).
          expect(el.shadowRoot!.querySelector('[part="error"]') !== null, `#${el.id} shows an error`).to.equal(false);
        }
        expect(table!.shadowRoot!.querySelector('[role="grid"]') !== null, `#${table!.id}: table layout`).to.equal(hasTable);
        if (hasTable) {
          expect(cards?.getAttribute('layout'), `<${tag}>'s section has no cards layout`).to.equal('cards');
          expect(cards!.shadowRoot!.querySelector('[role="grid"]') !== null, `#${cards!.id} draws a table`).to.equal(false);
        } else {
          expect(cards, `<${tag}> has no table to show beside its cards`).to.equal(undefined);
        }
      }
      expect(errors, 'the page reported errors').to.deep.equal([]);
      expect(await axeViolations(page), 'axe on the whole page').to.deep.equal([]);

      // Again dark and in Arabic, right to left, as the page's own language switch sets it.
      await emulateMedia({ colorScheme: 'dark' });
      const locale = doc.querySelector<HTMLSelectElement>('#locale')!;
      locale.value = 'ar';
      locale.dispatchEvent(new Event('change'));
      expect(doc.querySelector('main')!.dir).to.equal('rtl');
      // Its rows drawn again too: until they are, a long list's scroll box holds nothing focusable.
      const inArabic = (el: Element) => /[\u0600-\u06ff]/.test(el.shadowRoot!.querySelector('[part="base"]')?.textContent ?? '') && settled(el);
      await waitUntil(() => page.lists.every(inArabic), 'not every element shows its rows in Arabic', { timeout: 10_000 }).catch((error: Error) => {
        throw new Error(`${error.message}: ${page.lists.filter((el) => !inArabic(el)).map((el) => `#${el.id}`).join(', ')}`);
      });
      expect(await axeViolations(page), 'axe on the whole page, dark, in Arabic').to.deep.equal([]);
    } finally {
      await emulateMedia({ colorScheme: 'light' });
      frame.remove();
    }
  });

  it('links to every section from its navigation, in their order', async () => {
    // The markup alone: the links work without the page's script.
    const doc = new DOMParser().parseFromString(await (await fetch('/demo/index.html')).text(), 'text/html');
    const targets = [...doc.querySelectorAll('nav a')].map((a) => a.getAttribute('href'));
    expect(targets).to.deep.equal([...doc.querySelectorAll('main > section')].map((s) => `#${s.id}`));
  });
});
