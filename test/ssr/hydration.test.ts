/**
 * Lit SSR's other half: each element's server render (made in Node by
 * test/support/lit-ssr-plugin.mjs) put into this page as a host's server
 * would send it, then hydrated by `@lit-labs/ssr-client`, whose support
 * module loads before Lit (first import here) as a host page loads it before
 * the elements. Hydration must find the server's template value for value:
 * before issue 15 it did not, and Lit printed "Hydration value mismatch" and
 * drew a second status region. Then the host sets the token and client id as
 * properties, and the data comes from the reference server.
 */
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
import { expect, waitUntil } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import type { DataListElement } from '../../src/shared/data-list-element.js';
import {
  dataAttributes,
  orgListSuite,
  passkeyListSuite,
  roleListSuite,
  ssoUserListSuite,
  userListSuite,
  userLoginLogsSuite,
  userOrgsSuite,
  type ListSuite,
} from '../elements/list-states.js';
import { items, shadow, untilLoaded } from '../helpers/element.js';
import { CLIENT_ID, TOKEN } from '../helpers/reference-api.js';
import type { RenderRequest } from './render.js';

const suites = [userOrgsSuite, ssoUserListSuite, userListSuite, roleListSuite, orgListSuite, userLoginLogsSuite, passkeyListSuite];

/**
 * Every warning and error the page reports, from before the first element is
 * hydrated. The one exception: the test server serves Lit's development
 * build (its extra checks are welcome here), which says so once.
 */
const complaints: string[] = [];
for (const level of ['warn', 'error'] as const) {
  const original = console[level].bind(console);
  console[level] = (...args: unknown[]) => {
    const text = args.map(String).join(' ');
    if (!text.startsWith('Lit is in dev mode.')) complaints.push(`console.${level}: ${text}`);
    original(...args);
  };
}
addEventListener('error', (event) => complaints.push(`error: ${event.message}`));
addEventListener('unhandledrejection', (event) => complaints.push(`unhandled rejection: ${String(event.reason)}`));

const page = document.createElement('main');
document.body.append(page);

const elementOf = (suite: ListSuite) => page.querySelector<DataListElement<unknown>>(suite.tag)!;
const statusRegions = (suite: ListSuite) => shadow(elementOf(suite)).querySelectorAll('[role="status"]');
const height = (suite: ListSuite) => elementOf(suite).getBoundingClientRect().height;

/** What each element showed from its server HTML alone, before any of its code ran. */
const server = new Map<ListSuite, { status: string | undefined; height: number }>();

before(async () => {
  const rendered = await Promise.all(
    suites.map((suite) => executeServerCommand<string, RenderRequest>('lit-ssr', { tag: suite.tag, attributes: dataAttributes(suite, 'ssr-3') })),
  );
  const arabic = await executeServerCommand<string, RenderRequest>('lit-ssr', { tag: 'org-list', attributes: dataAttributes(orgListSuite, 'ssr-3') });
  // setHTMLUnsafe parses declarative shadow DOM, as a page's parser does (innerHTML does not).
  page.setHTMLUnsafe(`${rendered.join('')}<section lang="ar">${arabic}</section>`);
  for (const suite of suites) {
    const root = elementOf(suite).shadowRoot;
    server.set(suite, { status: root?.querySelector('[role="status"]')?.textContent?.trim(), height: height(suite) });
  }
  await import('../../src/index.js');
  await Promise.all(suites.map((suite) => elementOf(suite).updateComplete));
});

describe('Lit SSR hydration', () => {
  for (const suite of suites) {
    it(`<${suite.tag}>: the server HTML shows the loading state; hydration warns of nothing and keeps one status region; then the data loads`, async () => {
      const shown = server.get(suite)!;
      expect(shown.status).to.equal(suite.loadingText);
      expect(shown.height).to.be.at.least(80, 'the reserved 5rem');
      expect(customElements.get(suite.tag), 'the element was defined after its HTML was in').to.exist;
      expect(complaints).to.deep.equal([]);
      expect(statusRegions(suite)).to.have.length(1);
      // Waiting for its inputs (never in the server HTML), it keeps the same height.
      expect(height(suite)).to.equal(shown.height);

      const el = elementOf(suite);
      el.token = TOKEN;
      if (suite.otherAttributes.includes('client-id')) el.clientId = CLIENT_ID;
      await untilLoaded(el);
      expect(items(el)).to.have.length(3);
      expect(statusRegions(suite)).to.have.length(1);
      expect(complaints).to.deep.equal([]);
    });
  }

  it('hydrates in English, as the server rendered, then follows an ancestor’s `lang` (Arabic: right to left)', async () => {
    const el = page.querySelector<DataListElement<unknown>>('[lang="ar"] org-list')!;
    const base = () => shadow(el).querySelector('[part="base"]')!;
    // Hydration leaves attribute values as the server wrote them: a first render already in Arabic kept `dir="ltr"`.
    await waitUntil(() => base().getAttribute('dir') === 'rtl', 'never turned right to left');
    expect(shadow(el).querySelector('[role="status"]')!.textContent).not.to.contain('Waiting');
    expect(shadow(el).querySelectorAll('[role="status"]')).to.have.length(1);
    expect(complaints).to.deep.equal([]);
  });
});
