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
import { loadElements } from '../../src/iam-elements.js';
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

  it('one inside a shadow root is not seen; loadElements() loads it', async () => {
    // Added with a <role-list> in the document, after it in document order: once the watcher
    // has loaded <role-list> (which it does in the same pass that would see <passkey-list>),
    // a <passkey-list> it had seen would be on its way too.
    const host = document.createElement('div');
    host.innerHTML = '<role-list></role-list><div></div>';
    const root = host.lastElementChild!.attachShadow({ mode: 'open' });
    root.innerHTML = `<passkey-list token="${TOKEN}" base-url="${API}" ${TAGS['passkey-list']}></passkey-list>`;
    document.body.append(host);
    added.push(host);
    await untilDefined('role-list');
    expect(customElements.get('passkey-list'), 'seen inside a shadow root').to.equal(undefined);
    await loadElements('passkey-list');
    const el = root.querySelector<DataListElement<unknown>>('passkey-list')!;
    expect(el.shadowRoot, 'upgraded').to.not.equal(null);
    await untilLoaded(el);
    expect(items(el).length).to.be.greaterThan(0);
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

  it('loadElements() with no tags settles once every tag is defined', async () => {
    await loadElements();
    for (const tag of Object.keys(TAGS)) expect(customElements.get(tag), tag).to.not.equal(undefined);
  });
});
