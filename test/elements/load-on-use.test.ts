/**
 * The main entry registers <user-login-logs> and <passkey-list> on first use
 * (src/shared/load-on-use.ts): their code is fetched only once a page has
 * one of them, and then they work like the others.
 *
 * The elements are appended by hand: @open-wc's fixture() of a tag that is
 * not defined yet waits for an animation frame, which a test page in the
 * background never gets (see web-test-runner.config.mjs).
 */
import { expect, waitUntil } from '@open-wc/testing';
import '../../src/index.js';
import type { DataListElement } from '../../src/shared/data-list-element.js';
import { items, untilLoaded } from '../helpers/element.js';
import { API, CLIENT_ID, TOKEN } from '../helpers/reference-api.js';

const added: Element[] = [];
afterEach(() => added.splice(0).forEach((el) => el.remove()));

function append(markup: string): HTMLElement {
  const host = document.createElement('div');
  host.innerHTML = markup;
  document.body.append(host);
  added.push(host);
  return host;
}

describe('elements registered on first use', () => {
  it('are not loaded while no page uses them', () => {
    expect(customElements.get('user-login-logs')).to.equal(undefined);
    expect(customElements.get('passkey-list')).to.equal(undefined);
  });

  it('load when one is added to the document, and fetch their data', async () => {
    const host = append(`<passkey-list token="${TOKEN}" client-id="${CLIENT_ID}" base-url="${API}"></passkey-list>`);
    await waitUntil(() => customElements.get('passkey-list'), 'passkey-list never registered', { timeout: 5000 });
    const el = host.querySelector<DataListElement<unknown>>('passkey-list')!;
    await untilLoaded(el);
    expect(items(el).length).to.be.greaterThan(0);
  });

  it('load when one is deep in a subtree added later', async () => {
    const host = append('<section><p><user-login-logs></user-login-logs></p></section>');
    await waitUntil(() => customElements.get('user-login-logs'), 'user-login-logs never registered', { timeout: 5000 });
    expect(host.querySelector('user-login-logs')!.shadowRoot).to.not.equal(null);
  });
});
