/**
 * Visual regression (issue 17): each element, and the states of one list,
 * drawn in Chromium and compared with the baselines committed under
 * test/visual/baselines/ (@web/test-runner-visual-regression, pixelmatch).
 * A layout regression fails CI. After a change meant to look different:
 * `npm run test:visual -- --update-visual-baseline`, open the new PNGs, and
 * commit them with the change.
 *
 * Two looks per element: 1280 px, light, English; and 375 px, dark, Arabic
 * (right to left). Every element reads a data set of six from the reference
 * server (ids ending in `-N` give N items; org-members' `-N` tenants have no
 * invitations, whose times are counted from the server's today). The clock
 * the elements count "3 days ago" from is fixed, so a baseline holds on any
 * day; motion is reduced, so no frame of an animation is caught.
 */
import { fixture, waitUntil } from '@open-wc/testing';
import { emulateMedia, executeServerCommand, setViewport } from '@web/test-runner-commands';
import { visualDiff } from '@web/test-runner-visual-regression';
import '../../src/index.js';
import type { DataListElement } from '../../src/shared/data-list-element.js';
import { letResizeObserverLoopsThrough, shadow, untilError, untilLoaded } from '../helpers/element.js';
import { API, CLIENT_ID, faultyBase, TOKEN } from '../helpers/reference-api.js';

type AnyList = DataListElement<unknown>;

/** 1 December 2026, noon UTC: what the elements count relative times from. */
const NOW = Date.UTC(2026, 11, 1, 12);

const looks = [
  { name: '1280-light-en', width: 1280, colorScheme: 'light', lang: 'en', dir: 'ltr' },
  { name: '375-dark-ar', width: 375, colorScheme: 'dark', lang: 'ar', dir: 'rtl' },
] as const;

type Look = (typeof looks)[number];

/** Each element on data set `id` of `base`: its own attributes. */
const elements: Record<string, (id: string, base: string) => string> = {
  'user-orgs': (id, base) => `<user-orgs user-id="${id}" client-id="${CLIENT_ID}" base-url="${base}"></user-orgs>`,
  'sso-user-list': (id, base) => `<sso-user-list org-id="${id}" base-url="${base}"></sso-user-list>`,
  'user-list': (id, base) => `<user-list client-id="${CLIENT_ID}" base-url="${base}/_data/${id}"></user-list>`,
  'role-list': (id, base) => `<role-list client-id="${CLIENT_ID}" base-url="${base}/_data/${id}"></role-list>`,
  'org-list': (id, base) => `<org-list client-id="${CLIENT_ID}" base-url="${base}/_data/${id}"></org-list>`,
  'user-login-logs': (id, base) => `<user-login-logs user-id="${id}" client-id="${CLIENT_ID}" base-url="${base}"></user-login-logs>`,
  'passkey-list': (id, base) => `<passkey-list client-id="${CLIENT_ID}" base-url="${base}/_data/${id}"></passkey-list>`,
  'org-members': (id, base) => `<org-members tenant-id="${id}" client-id="${CLIENT_ID}" base-url="${base}"></org-members>`,
};

/**
 * `markup` (an element with `token` added) in a box of the look's width,
 * language and colour scheme, with the page's own background so dark is dark.
 */
async function draw(look: Look, markup: string): Promise<{ box: HTMLElement; el: AnyList }> {
  await setViewport({ width: look.width, height: 800 });
  await emulateMedia({ colorScheme: look.colorScheme, reducedMotion: 'reduce' });
  const box = await fixture<HTMLElement>(
    `<div lang="${look.lang}" dir="${look.dir}" style="color-scheme: light dark; background: Canvas; color: CanvasText; padding: 16px; font: 16px system-ui">
      ${markup.replace(/^<([\w-]+)/, `<$1 token="${TOKEN}"`)}
    </div>`,
  );
  return { box, el: box.firstElementChild as AnyList };
}

/** The elements whose default layout is the table, drawn once its chunk (fetched beside the data) is in. */
const tables = new Set(['sso-user-list', 'user-list', 'role-list', 'org-list', 'user-login-logs', 'org-members']);

/** Until nothing the screenshot shows is still arriving: the table's chunk, fonts, the last update. */
async function settledLook(el: AnyList): Promise<void> {
  if (tables.has(el.localName) && el.layout !== 'cards' && shadow(el).querySelector('[part~="item"]')) {
    await waitUntil(() => shadow(el).querySelector('[role="grid"]'), 'no table');
  }
  await document.fonts.ready;
  await el.updateComplete;
  await new Promise(requestAnimationFrame);
  await el.updateComplete;
}

let realNow: () => number;

before(() => {
  letResizeObserverLoopsThrough();
  realNow = Date.now;
  Date.now = () => NOW;
});

after(async () => {
  Date.now = realNow;
  await emulateMedia({ colorScheme: 'light', reducedMotion: 'no-preference' });
  await setViewport({ width: 800, height: 600 });
});

// The virtualizer draws rows from ResizeObserver callbacks, which a page in the background never gets.
beforeEach(() => executeServerCommand('bring-to-front'));

for (const look of looks) {
  describe(`visual: ${look.name}`, () => {
    for (const [tag, make] of Object.entries(elements)) {
      it(`${tag}, loaded`, async () => {
        const { box, el } = await draw(look, make(`visual-6`, API));
        await untilLoaded(el);
        await settledLook(el);
        await visualDiff(box, `${tag}-${look.name}`);
      });
    }

    it('user-list in cards', async () => {
      const { box, el } = await draw(look, elements['user-list']!('visual-6', API).replace('<user-list', '<user-list layout="cards"'));
      await untilLoaded(el);
      await settledLook(el);
      await visualDiff(box, `user-list-cards-${look.name}`);
    });

    it('sso-user-list, a 2,400-character name truncated', async () => {
      const { box, el } = await draw(look, elements['sso-user-list']!('hostile-8', API));
      await untilLoaded(el);
      await settledLook(el);
      await visualDiff(box, `sso-user-list-hostile-${look.name}`);
    });

    it('sso-user-list, loading', async () => {
      // `hang` never answers; the timeout is far off, so the loading state stays for the screenshot.
      const { box, el } = await draw(look, elements['sso-user-list']!('visual-6', faultyBase('hang')).replace('<sso-user-list', '<sso-user-list timeout="60000"'));
      await waitUntil(() => shadow(el).querySelector('[role="status"]')?.textContent?.trim(), 'no loading status');
      await settledLook(el);
      await visualDiff(box, `sso-user-list-loading-${look.name}`);
    });

    it('sso-user-list, empty', async () => {
      const { box, el } = await draw(look, elements['sso-user-list']!('visual-0', API));
      await waitUntil(() => shadow(el).querySelector('[part="empty"]'), 'not empty');
      await settledLook(el);
      await visualDiff(box, `sso-user-list-empty-${look.name}`);
    });

    it('sso-user-list, failed', async () => {
      const { box, el } = await draw(look, elements['sso-user-list']!('visual-6', faultyBase('status=500')));
      await untilError(el);
      await settledLook(el);
      await visualDiff(box, `sso-user-list-error-${look.name}`);
    });
  });
}
