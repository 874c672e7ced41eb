import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/elements/sso-user-list/sso-user-list.js';
import type { SsoUserList } from '../../src/elements/sso-user-list/sso-user-list.js';
import { items, untilError, untilLoaded, visibleText } from '../helpers/element.js';
import { API, CLIENT_ID, faultyBase, recordedRequests, SEED_ORG_ID, TOKEN, uniqueTag } from '../helpers/reference-api.js';
import { create, describeWiring, ssoUserListSuite } from './list-states.js';
import { describeHostileMatrix } from '../hostile/matrix.js';

const suite = ssoUserListSuite;

describeWiring(suite);

describe('sso-user-list', () => {
  it('renders the seed document’s example body', async () => {
    const el = await create(suite, { id: SEED_ORG_ID });
    await untilLoaded(el);
    const [john, jane] = items(el);
    expect(items(el)).to.have.length(2);
    expect(visibleText(el)).to.contain('2 users');
    expect(john!.querySelector('[part="item-name"]')!.textContent!.trim()).to.equal('john');
    expect(john!.querySelector('[part~="badge"]')!.textContent).to.equal('Enabled');
    const johnText = visibleText(el);
    expect(johnText).to.match(/Email john@doe\.com \( verified \)/);
    expect(johnText).to.contain('Identity provider ssodemo');
    expect(johnText).to.contain('Description SSO USER');
    // john's phone is "": no phone row for him, one for jane with her area code.
    expect(john!.textContent).not.to.contain('Phone');
    expect(jane!.textContent!.replace(/\s+/g, ' ')).to.contain('+86 1888888888 (not verified)');
    const created = john!.querySelector('time')!;
    expect(created.getAttribute('datetime')).to.equal('2021-10-20T10:36:04');
    await expect(el).to.be.accessible();
  });

  it('shows EnOS’s zone-less creation time as sent, in the page’s language', async () => {
    // fixture() of a plain wrapper waits for an animation frame, which a test
    // page in the background never gets; so the wrapper is made by hand
    // (fixture's cleanup removes it).
    const wrapper = document.body.appendChild(Object.assign(document.createElement('div'), { lang: 'de-DE' }));
    const el = await fixture<SsoUserList>(
      html`<sso-user-list token=${TOKEN} org-id=${SEED_ORG_ID} base-url=${API} layout="cards"></sso-user-list>`,
      { parentNode: wrapper },
    );
    await untilLoaded(el);
    const expected = new Intl.DateTimeFormat('de-DE', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' }).format(
      Date.UTC(2021, 9, 20, 10, 36, 4),
    );
    expect(items(el)[0]!.querySelector('time')!.textContent).to.equal(expected);
    expect(expected).to.contain('10:36');
  });

  it('sends exactly the documented request, filters included, and no client id', async () => {
    const tag = uniqueTag();
    const el = await fixture<SsoUserList>(html`
      <sso-user-list
        token=${TOKEN}
        client-id=${CLIENT_ID}
        org-id=${SEED_ORG_ID}
        user-name="ja ne&x"
        email="@doe.com"
        phone="188"
        base-url=${faultyBase(`tag=${tag}`)}
      ></sso-user-list>
    `);
    await untilLoaded(el);
    const [request, ...more] = await recordedRequests(tag);
    expect(more).to.have.length(0);
    expect(request).to.deep.equal({
      method: 'GET',
      path: '/enos-iam-service/v2.3/user/sso/list',
      query: { orgId: [SEED_ORG_ID], userName: ['ja ne&x'], email: ['@doe.com'], phone: ['188'] },
      authorization: `Bearer ${TOKEN}`,
      origin: location.origin,
    });
    expect(el.clientId).to.equal(CLIENT_ID);
  });

  it('leaves unset filters out of the query', async () => {
    const tag = uniqueTag();
    const el = await create(suite, { id: SEED_ORG_ID, base: faultyBase(`tag=${tag}`), extra: 'email=""' });
    await untilLoaded(el);
    const [request] = await recordedRequests(tag);
    expect(request!.query).to.deep.equal({ orgId: [SEED_ORG_ID] });
  });

  it('re-fetches when a filter changes and shows what the server returned', async () => {
    const el = (await create(suite, { id: SEED_ORG_ID })) as SsoUserList;
    await untilLoaded(el);
    el.userName = 'jane';
    await waitUntil(() => items(el).length === 1, 'the filtered list never rendered');
    expect(visibleText(el)).to.contain('jane@doe.com');
  });

  it('treats an EnOS envelope with success:false as an error, with its message', async () => {
    const el = await create(suite, { id: 'x-1', base: faultyBase('body=enos-failure') });
    const alert = await untilError(el);
    expect(alert.textContent).to.contain('The server reported a failure.');
    expect(alert.textContent).to.contain('Internal error in the IAM service.');
  });

  it('treats HTTP 200 with a non-zero status as an error (unknown organization)', async () => {
    const el = await create(suite, { id: 'missing-org' });
    const alert = await untilError(el);
    expect(alert.textContent).to.contain('The organization does not exist.');
  });

  it('needs base-url: EnOS has no public default', async () => {
    const el = await fixture<SsoUserList>(`<sso-user-list token="${TOKEN}" org-id="${SEED_ORG_ID}"></sso-user-list>`);
    // Idle: nothing for end users (the console names base-url), and no alert.
    expect(visibleText(el)).to.equal('');
    expect(el.shadowRoot!.querySelector('[role="alert"]')).to.equal(null);
  });
});

describeHostileMatrix({
  ...suite,
  envelopeMessage: /reported a failure/,
  idInPath: false,
  unnamed: 'Unnamed user',
  expectTraversalRequest(request, id) {
    // The organization travels in the query, where `../` is only text.
    expect(request.path).to.equal('/enos-iam-service/v2.3/user/sso/list');
    expect(request.query).to.deep.equal({ orgId: [id] });
  },
});
