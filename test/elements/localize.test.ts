import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/elements/user-orgs/user-orgs.js';
import '../../src/elements/sso-user-list/sso-user-list.js';
import type { UserOrgs } from '../../src/elements/user-orgs/user-orgs.js';
import type { SsoUserList } from '../../src/elements/sso-user-list/sso-user-list.js';
import { registerLocale } from '../../src/shared/localize.js';
import { dateMessages } from '../../src/shared/dates.strings.js';
import { largeListMessages } from '../../src/shared/large-list.strings.js';
import { tableMessages } from '../../src/shared/table-layout.strings.js';
import { organizationMessages } from '../../src/shared/organization.strings.js';
import { permissionMessages } from '../../src/shared/permissions.strings.js';
import { pagedListMessages } from '../../src/shared/load-more.strings.js';
import { verificationMessages } from '../../src/shared/verification.strings.js';
import { errorMessages } from '../../src/shared/error.strings.js';
import { actionMessages } from '../../src/shared/row-actions.strings.js';
import { messages as coreMessages, type Message, type MessageId, type MessageTable } from '../../src/shared/strings.js';
import * as entry from '../../src/index.js';
import { templates as ar } from '../../src/generated/locales/ar.js';
import { templates as de } from '../../src/generated/locales/de.js';
import { templates as zhHans } from '../../src/generated/locales/zh-Hans.js';
import { alertRegion, items, listOf, shadow, statusRegion, untilError, untilLoaded, visibleText } from '../helpers/element.js';
import { API, CLIENT_ID, faultyBase, TOKEN } from '../helpers/reference-api.js';

/** A wrapper made by hand: fixture() of a plain element waits for a frame a background page never gets (see sso-user-list.test.ts). */
function wrapper(attributes: Record<string, string>): HTMLElement {
  const div = document.createElement('div');
  for (const [name, value] of Object.entries(attributes)) div.setAttribute(name, value);
  return document.body.appendChild(div);
}

function orgs(userId: string, options: { lang?: string; parentNode?: HTMLElement; base?: string } = {}) {
  return fixture<UserOrgs>(
    html`<user-orgs
      lang=${options.lang ?? ''}
      token=${TOKEN}
      client-id=${CLIENT_ID}
      user-id=${userId}
      base-url=${options.base ?? API}
    ></user-orgs>`,
    options.parentNode ? { parentNode: options.parentNode } : {},
  ).then((el) => {
    // lang="" would mean "unknown language", not "inherit": only set it when asked for.
    if (!options.lang) el.removeAttribute('lang');
    return el;
  });
}

const badges = (el: Element) => [...shadow(el).querySelectorAll('[part~="badge"]')].map((badge) => badge.textContent);

/** Each element's own table of messages (which also spreads the shared tables it shows), from the elements the package registers. */
const elementMessages = (Object.values(entry) as unknown[])
  .filter((value): value is CustomElementConstructor => typeof value === 'function' && value.prototype instanceof HTMLElement)
  .map((elementClass) => (document.createElement(customElements.getName(elementClass)!) as unknown as { messages: MessageTable }).messages);

/** Every table of messages: the shared ones, and each element's own. */
const messages = Object.assign(
  {
    ...coreMessages,
    ...largeListMessages,
    ...tableMessages,
    ...organizationMessages,
    ...dateMessages,
    ...permissionMessages,
    ...pagedListMessages,
    ...verificationMessages,
    ...errorMessages,
    ...actionMessages,
  },
  ...elementMessages,
) as Record<MessageId, Message>;

describe('localization', () => {
  it('every shipped locale translates every message, keeping its placeholders, never with an empty string', () => {
    const ids = Object.keys(messages) as MessageId[];
    for (const [locale, templates] of Object.entries({ de, 'zh-Hans': zhHans, ar })) {
      expect(Object.keys(templates).sort(), locale).to.deep.equal([...ids].sort());
      for (const id of ids) {
        const template = templates[id as keyof typeof templates];
        const text = typeof template === 'string' ? template : template.strings.join('');
        expect(text.trim(), `${locale} ${id}`).not.to.equal('');
        const sourceValues = messages[id].length - 1;
        expect(typeof template === 'string' ? 0 : template.values.length, `${locale} ${id} placeholders`).to.equal(sourceValues);
      }
    }
  });

  it('no two elements share a default list name, in any locale (issue 17: two lists on a page were both "Organizations")', () => {
    const labels = (Object.keys(messages) as MessageId[]).filter((id) => id.endsWith('.label'));
    expect(labels.length).to.be.at.least(8);
    for (const [locale, templates] of Object.entries({ de, 'zh-Hans': zhHans, ar })) {
      const names = labels.map((id) => templates[id as keyof typeof templates] as string);
      expect(new Set(names).size, `${locale}: ${names.join(' | ')}`).to.equal(labels.length);
    }
  });

  it('the rename dialog’s title ("Rename …") holds the menu item’s word in every locale (issue 17: the Arabic one changed the word)', () => {
    for (const [locale, templates] of Object.entries({ de, 'zh-Hans': zhHans, ar })) {
      const text = (template: string | { strings: readonly string[] }) => (typeof template === 'string' ? template : template.strings.join('')).toLowerCase();
      expect(text(templates['passkeys.renameLabel']), locale).to.contain(text(templates['passkeys.rename']));
    }
  });

  it('follows the element’s own lang: German sentences, name, badges and counts', async () => {
    const el = await orgs('de-3', { lang: 'de' });
    await untilLoaded(el);
    expect(statusRegion(el).textContent!.trim()).to.equal('3 Organisationen');
    expect(listOf(el)!.getAttribute('aria-label')).to.equal('Organisationen dieses Benutzers');
    expect(visibleText(el)).to.contain('Rollen');
    expect(badges(el).every((text) => ['Aktiv', 'Inaktiv', 'Status unbekannt'].includes(text!))).to.equal(true);
    await expect(el).to.be.accessible();
  });

  it('follows the nearest ancestor’s lang: zh-CN is Simplified Chinese', async () => {
    const el = await orgs('zh-1', { parentNode: wrapper({ lang: 'zh-CN' }) });
    await untilLoaded(el);
    expect(statusRegion(el).textContent!.trim()).to.equal('1 个组织');
    expect(listOf(el)!.getAttribute('aria-label')).to.equal('该用户的组织');
  });

  it('follows the document’s lang, and Arabic turns the layout right to left', async () => {
    const before = document.documentElement.lang;
    document.documentElement.lang = 'ar-EG';
    try {
      const el = await orgs('ar-2');
      await untilLoaded(el);
      expect(statusRegion(el).textContent).to.contain('عدد المؤسسات');
      const base = shadow(el).querySelector('[part="base"]')!;
      expect(base.getAttribute('dir')).to.equal('rtl');
      expect(getComputedStyle(base).direction).to.equal('rtl');
      await expect(el).to.be.accessible();
    } finally {
      document.documentElement.lang = before;
    }
  });

  it('a dir at or below the nearest lang wins over the language’s direction; one further up does not', async () => {
    // Built by hand: fixture() would move its parentNode to the end of <body>, out of the lang="ar" wrapper.
    const outer = wrapper({ lang: 'ar' });
    outer.innerHTML = `<div dir="ltr"><user-orgs token="${TOKEN}" client-id="${CLIENT_ID}" user-id="dir-1" base-url="${API}"></user-orgs></div>`;
    const ltr = outer.querySelector<UserOrgs>('user-orgs')!;
    await untilLoaded(ltr);
    expect(statusRegion(ltr).textContent).to.contain('عدد المؤسسات');
    expect(shadow(ltr).querySelector('[part="base"]')!.getAttribute('dir')).to.equal('ltr');
    outer.remove();

    // A page that says dir="ltr" on <html>, and an element of its own that says lang="ar".
    const rtl = await orgs('dir-1', { lang: 'ar', parentNode: wrapper({ dir: 'ltr' }) });
    await untilLoaded(rtl);
    expect(shadow(rtl).querySelector('[part="base"]')!.getAttribute('dir')).to.equal('rtl');
  });

  it('renders again in the new language when lang changes after the first render, on the element or an ancestor', async () => {
    const parent = wrapper({ lang: 'en' });
    const el = await orgs('switch-2', { parentNode: parent });
    await untilLoaded(el);
    expect(statusRegion(el).textContent!.trim()).to.equal('2 organizations');

    parent.lang = 'de';
    await waitUntil(() => statusRegion(el).textContent!.trim() === '2 Organisationen', 'did not switch to German');

    el.lang = 'zh-Hans';
    await waitUntil(() => statusRegion(el).textContent!.trim() === '2 个组织', 'did not follow its own lang');

    el.removeAttribute('lang');
    parent.removeAttribute('lang');
    await waitUntil(() => statusRegion(el).textContent!.trim() === '2 organizations', 'did not fall back to the document');
  });

  it('formats numbers for the locale: the count in the status region', async () => {
    const el = await orgs('many-1200', { lang: 'de-DE' });
    await untilLoaded(el);
    expect(statusRegion(el).textContent!.trim()).to.equal(`${new Intl.NumberFormat('de-DE').format(1200)} Organisationen`);
  });

  it('announces loading and errors in the element’s language, through the same live regions', async () => {
    for (const [lang, loading, failed, retry] of [
      ['en', 'Loading organizations…', 'Could not load organizations.', 'Try again'],
      ['de', 'Organisationen werden geladen…', 'Die Organisationen konnten nicht geladen werden.', 'Erneut versuchen'],
      ['zh-Hans', '正在加载组织…', '无法加载组织。', '重试'],
      ['ar', 'جارٍ تحميل المؤسسات…', 'تعذّر تحميل المؤسسات.', 'إعادة المحاولة'],
    ] as const) {
      const el = await orgs('err-1', { lang, base: faultyBase('delay=300,status=503,retry-after=none') });
      expect(statusRegion(el).getAttribute('role')).to.equal('status');
      expect(statusRegion(el).textContent, lang).to.contain(loading);
      const alert = await untilError(el);
      expect(alert.getAttribute('role')).to.equal('alert');
      expect(alert.textContent, lang).to.contain(failed);
      expect(alert.textContent, lang).to.contain('503');
      const button = alert.querySelector('button')!;
      expect(button.textContent!.trim(), lang).to.equal(retry);
      // Its accessible name says which list and contains the visible label in every locale (WCAG 2.5.3).
      expect(button.getAttribute('aria-label'), lang).to.contain(retry);
      expect(button.getAttribute('aria-label'), lang).not.to.equal(retry);
      expect(document.activeElement, `${lang}: focus stays put`).to.equal(document.body);
      await expect(el).to.be.accessible();
    }
  });

  it('Arabic counts read one way in every element, whole sentences whatever the number (issue 17)', () => {
    // An Arabic noun after a number changes with it (dual, 3–10, 11–99, 100+), which "one" and "other" cannot
    // follow: every count says "the number of …: n", so "n or more" and any n fit it.
    const counts = Object.entries(ar).filter(([id]) => /\.count\.(one|other)$/.test(id));
    expect(counts.length).to.be.above(10);
    for (const [id, template] of counts) {
      const text = typeof template === 'string' ? template : template.strings.join('{}');
      expect(text, id).to.match(/^عدد [^:]+: \{\}$/);
    }
  });

  it('a paged list in Arabic: "n or more", and a search of the loaded pages says so in one sentence', async () => {
    const el = await fixture(html`<org-list lang="ar" token=${TOKEN} client-id=${CLIENT_ID} base-url=${`${API}/_data/new-25`}></org-list>`);
    const n = (value: number) => new Intl.NumberFormat('ar').format(value);
    await waitUntil(() => statusRegion(el).textContent!.trim() === `عدد المؤسسات: ${n(10)} أو أكثر`, 'no Arabic "10 or more"', { timeout: 5000 });
    const search = shadow(el).querySelector<HTMLInputElement>('[part="search"]')!;
    search.value = 'energy';
    search.dispatchEvent(new InputEvent('input'));
    const said = `عدد النتائج المطابقة: ${n(2)} من العناصر المحمّلة (وعددها ${n(10)})، ولم يُحمَّل الباقي بعد.`;
    await waitUntil(() => statusRegion(el).textContent!.trim() === said, 'no Arabic loaded-only match count', { timeout: 5000 });
    await expect(el).to.be.accessible();
  });

  it('the search box, sort control and match count of a long list speak the element’s language too', async () => {
    const el = await fixture<SsoUserList>(html`<sso-user-list lang="de" token=${TOKEN} org-id="suche-30" base-url=${API}></sso-user-list>`);
    await untilLoaded(el);
    const search = await waitUntil(() => shadow(el).querySelector<HTMLInputElement>('[part="search"]'), 'no search box', { timeout: 8000 }).then(
      () => shadow(el).querySelector<HTMLInputElement>('[part="search"]')!,
    );
    expect(search.labels![0]!.textContent!.trim()).to.equal('Benutzer durchsuchen');
    const options = [...shadow(el).querySelectorAll('[part="sort"] option')].map((option) => option.textContent!.trim());
    expect(options).to.deep.equal(['Wie geladen', 'Name, A bis Z', 'Name, Z bis A', 'Neueste zuerst', 'Älteste zuerst']);
    search.value = '@';
    search.dispatchEvent(new InputEvent('input'));
    // Announced once typing pauses.
    await waitUntil(() => /^\d+ von 30 passen$/.test(statusRegion(el).textContent!.trim()), 'no German match count', { timeout: 5000 });
    el.lang = 'en';
    await waitUntil(() => search.labels![0]!.textContent!.trim() === 'Search users', 'the label did not follow lang');
  });

  it('dates follow the element’s locale (sso-user-list)', async () => {
    const el = await fixture<SsoUserList>(
      html`<sso-user-list lang="zh-Hans" token=${TOKEN} org-id="orgId" base-url=${API}></sso-user-list>`,
    );
    await untilLoaded(el);
    const expected = new Intl.DateTimeFormat('zh-Hans', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' }).format(
      Date.UTC(2021, 9, 20, 10, 36, 4),
    );
    // The table shows "5 years ago" and keeps the absolute time in the title (and `datetime`).
    expect(items(el)[0]!.querySelector('time')!.title).to.equal(expected);
    expect(visibleText(el)).to.contain('创建时间');
  });

  it('a host overrides any sentence without a fork: per element with `strings`, per locale with registerLocale()', async () => {
    const el = await orgs('override-3');
    await untilLoaded(el);
    el.strings = { 'orgs.count.other': (n) => `${n} teams`, 'orgs.label': 'Teams' };
    await el.updateComplete;
    expect(statusRegion(el).textContent!.trim()).to.equal('3 teams');
    expect(listOf(el)!.getAttribute('aria-label')).to.equal('Teams');

    // A label attribute still wins over every default.
    el.label = 'Your teams';
    await el.updateComplete;
    expect(listOf(el)!.getAttribute('aria-label')).to.equal('Your teams');
  });

  it('a locale the library does not ship: registered sentences, English for the rest, never an empty string', async () => {
    registerLocale('fr', { 'orgs.count.other': (n) => `${n} organisations`, 'orgs.label': '', 'orgs.roles': 'Rôles' });
    const el = await orgs('fr-2', { lang: 'fr-CA' });
    await untilLoaded(el);
    expect(statusRegion(el).textContent!.trim()).to.equal('2 organisations');
    expect(visibleText(el)).to.contain('Rôles');
    // The empty one and the missing ones fall back to English.
    expect(listOf(el)!.getAttribute('aria-label')).to.equal('This user’s organizations');
    expect(visibleText(el)).to.contain('Allowed email domains');
  });

  it('an unsupported or invalid lang falls back to English; zh-TW is not mistaken for Simplified Chinese', async () => {
    for (const lang of ['sv', 'zh-TW', 'not a language!']) {
      const el = await orgs('other-2', { lang });
      await untilLoaded(el);
      expect(statusRegion(el).textContent!.trim(), lang).to.equal('2 organizations');
      expect(alertRegion(el)).to.equal(null);
    }
  });
});
