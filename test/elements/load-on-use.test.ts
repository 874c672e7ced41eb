/**
 * The script-tag entry (src/iam-elements.ts) registers every element on
 * first use (src/shared/load-on-use.ts): an element's code is fetched only
 * once a page has its tag, and then it works as if imported directly.
 *
 * The elements are appended by hand: @open-wc's fixture() of a tag that is
 * not defined yet waits for an animation frame, which a test page in the
 * background never gets (see web-test-runner.config.mjs).
 */
import { expect, waitUntil } from '@open-wc/testing';
import '../../src/iam-elements.js';
import type { DataListElement } from '../../src/shared/data-list-element.js';
import { items, untilLoaded } from '../helpers/element.js';
import { API, CLIENT_ID, SEED_ORG_ID, SEED_USER_ID, TOKEN } from '../helpers/reference-api.js';

const added: Element[] = [];
afterEach(() => added.splice(0).forEach((el) => el.remove()));

function append(markup: string): HTMLElement {
  const host = document.createElement('div');
  host.innerHTML = markup;
  document.body.append(host);
  added.push(host);
  return host;
}

/** Each tag with the inputs that make it load the reference API's seed data. */
const TAGS: Record<string, string> = {
  'user-orgs': `client-id="${CLIENT_ID}" user-id="${SEED_USER_ID}"`,
  'sso-user-list': `org-id="${SEED_ORG_ID}"`,
  'user-list': `client-id="${CLIENT_ID}"`,
  'role-list': `client-id="${CLIENT_ID}"`,
  'org-list': `client-id="${CLIENT_ID}"`,
  'user-login-logs': `client-id="${CLIENT_ID}" user-id="user-3"`,
  'passkey-list': `client-id="${CLIENT_ID}"`,
};

const untilDefined = (tag: string) => waitUntil(() => customElements.get(tag), `${tag} never registered`, { timeout: 5000 });

describe('elements registered on first use', () => {
  it('none is loaded while no page uses it', () => {
    for (const tag of Object.keys(TAGS)) expect(customElements.get(tag), tag).to.equal(undefined);
  });

  it('one deep in a subtree added later loads', async () => {
    const host = append('<section><p><user-login-logs></user-login-logs></p></section>');
    await untilDefined('user-login-logs');
    expect(host.querySelector('user-login-logs')!.shadowRoot).to.not.equal(null);
  });

  for (const [tag, inputs] of Object.entries(TAGS)) {
    it(`<${tag}> loads when one is added to the document, and fetches its data`, async () => {
      const host = append(`<${tag} token="${TOKEN}" base-url="${API}" ${inputs}></${tag}>`);
      await untilDefined(tag);
      const el = host.querySelector<DataListElement<unknown>>(tag)!;
      await untilLoaded(el);
      expect(items(el).length, tag).to.be.greaterThan(0);
    });
  }
});
