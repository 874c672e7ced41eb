import { expect, fixtureCleanup } from '@open-wc/testing';
import { SsoUserList } from '../../src/elements/sso-user-list/sso-user-list.js';
import { UserOrgs } from '../../src/elements/user-orgs/user-orgs.js';
import { defineElement } from '../../src/shared/define.js';
import type { DataListElement } from '../../src/shared/data-list-element.js';
import { items, untilLoaded } from '../helpers/element.js';
import { API, CLIENT_ID, faultyBase, recordedRequests, TOKEN, uniqueTag } from '../helpers/reference-api.js';
import { TokenGuard } from '../helpers/token-guard.js';

type AnyList = DataListElement<unknown>;

let lateTags = 0;

/**
 * An element of a tag not defined yet, as a page has it before the bundle
 * loads; `upgrade` defines the tag with `elementClass`.
 */
function beforeDefinition(elementClass: typeof UserOrgs | typeof SsoUserList) {
  lateTags += 1;
  const tag = `late-${elementClass === UserOrgs ? 'orgs' : 'users'}-${lateTags}`;
  const el = document.createElement(tag) as unknown as AnyList & Record<string, unknown>;
  return {
    el,
    upgrade() {
      document.body.append(el);
      customElements.define(tag, class extends (elementClass as CustomElementConstructor) {});
    },
  };
}

describe('lifecycle: properties set before the element is defined', () => {
  afterEach(() => {
    fixtureCleanup();
    document.querySelectorAll('[data-late]').forEach((el) => el.remove());
  });

  for (const [name, elementClass, id, idProperty, count] of [
    ['user-orgs', UserOrgs, 'early-2', 'userId', 2],
    ['sso-user-list', SsoUserList, 'early-3', 'orgId', 3],
  ] as const) {
    it(`${name}: honours them, tokenProvider and a base-url over the class default included`, async () => {
      const tag = uniqueTag();
      const { el, upgrade } = beforeDefinition(elementClass);
      el.dataset.late = '';
      el[idProperty] = id;
      el.clientId = CLIENT_ID;
      el.baseUrl = faultyBase(`tag=${tag}`);
      el.timeout = 5000;
      el.tokenProvider = () => TOKEN;
      upgrade();
      expect(el).to.be.instanceOf(elementClass);
      await untilLoaded(el);
      expect(items(el)).to.have.length(count);
      expect(el.timeout).to.equal(5000);
      const [request] = await recordedRequests(tag);
      expect(request!.authorization).to.equal(`Bearer ${TOKEN}`);
    });
  }

  it('moves a token attribute present at upgrade to the property', async () => {
    const { el, upgrade } = beforeDefinition(UserOrgs);
    el.dataset.late = '';
    el.setAttribute('token', TOKEN);
    el.setAttribute('user-id', 'attr-1');
    el.setAttribute('client-id', CLIENT_ID);
    el.baseUrl = API;
    upgrade();
    expect(el.hasAttribute('token')).to.equal(false);
    expect(el.token).to.equal(TOKEN);
    await untilLoaded(el);
  });
});

describe('lifecycle: loading the bundle twice', () => {
  it('evaluates the registering modules again without throwing', async () => {
    const errors: string[] = [];
    const onError = (event: ErrorEvent) => errors.push(event.message);
    window.addEventListener('error', onError);
    const secondCopy = (path: string) => import(/* @vite-ignore */ `${new URL(path, import.meta.url).href}?second-copy`);
    // A second copy of each registering module, as a second bundle on the page would run them.
    for (const path of ['../../src/index.ts', '../../src/elements/user-orgs/user-orgs.ts', '../../src/elements/sso-user-list/sso-user-list.ts']) {
      await secondCopy(path);
    }
    // A second bundle also brings its own class: registering it under a taken tag is a no-op.
    const copy = (await secondCopy('../../src/elements/user-orgs/user-orgs.component.ts')) as { UserOrgs: typeof UserOrgs };
    expect(copy.UserOrgs).not.to.equal(UserOrgs);
    defineElement('user-orgs', copy.UserOrgs);
    window.removeEventListener('error', onError);
    expect(errors).to.deep.equal([]);
    expect(customElements.get('user-orgs')).to.equal(UserOrgs);
    expect(customElements.get('sso-user-list')).to.equal(SsoUserList);
  });
});

describe('the token guard itself', () => {
  it('catches a token in the console, an attribute, a shadow root and a request URL', async () => {
    const secret = 'guard-self-test-secret';
    const guard = new TokenGuard([secret]);
    // The guard passes what it sees on to the console it wrapped: a silent one here keeps the log clean.
    const realDebug = console.debug;
    console.debug = () => {};
    guard.install();
    console.debug('about to leak', secret);
    guard.track(uniqueTag());
    let failure: unknown;
    await guard.verify().catch((error: unknown) => (failure = error));
    console.debug = realDebug;
    expect(String(failure)).to.contain('token in the console');

    const host = document.createElement('div');
    host.attachShadow({ mode: 'open' }).innerHTML = `<p title="${secret}">x</p>`;
    expect(() => guard.checkElement(host)).to.throw(/token rendered/);

    const tag = uniqueTag();
    await fetch(`${faultyBase(`tag=${tag}`)}/enos-iam-service/v2.3/user/sso/list?orgId=${secret}`);
    const urlGuard = new TokenGuard([secret]);
    urlGuard.track(tag);
    let urlFailure: unknown;
    await urlGuard.verify().catch((error: unknown) => (urlFailure = error));
    expect(String(urlFailure)).to.contain('token in the URL');
  });
});
