import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import '../../src/elements/org-list/org-list.js';
import type { OrgList } from '../../src/elements/org-list/org-list.js';
import { items, shadow, untilLoaded, visibleText } from '../helpers/element.js';
import { CLIENT_ID, faultyBase, recordedRequests, TOKEN, uniqueTag } from '../helpers/reference-api.js';
import { create, describeWiring, orgListSuite } from './list-states.js';
import { describeHostileMatrix } from '../hostile/matrix.js';

const suite = orgListSuite;

describeWiring(suite);

/** What every `sso_connection_token` of the reference server starts with (demo/server/data.mjs). */
const SECRET = 'sso-conn-SECRET-';

describe('org-list', () => {
  it('renders the older bare array and sends the documented request', async () => {
    const tag = uniqueTag();
    const el = (await create(suite, { id: 'orgs-3', base: faultyBase(`tag=${tag}`) })) as OrgList;
    await untilLoaded(el);
    expect(items(el)).to.have.length(3);
    for (const item of items(el)) expect(item.querySelector('[part="item-name"]')!.textContent).not.to.contain('Unnamed');
    expect(visibleText(el)).to.contain('Allowed email domains');
    const [request] = await recordedRequests(tag);
    expect(request).to.deep.equal({
      method: 'GET',
      path: '/api/v1/organizations',
      query: { client_id: [CLIENT_ID] },
      authorization: `Bearer ${TOKEN}`,
      origin: location.origin,
    });
    await expect(el).to.be.accessible();
  });

  it('never renders sso_connection_token, nor hands it to listeners', async () => {
    const tag = uniqueTag();
    const el = await create(suite, { id: 'secret-4', base: faultyBase(`tag=${tag}`), extra: 'search="on"' });
    const loaded = await oneEvent(el, 'iam-load');
    await untilLoaded(el);
    // The server did send it.
    const response = await fetch(`${faultyBase('')}/_data/secret-4/api/v1/organizations?client_id=${CLIENT_ID}`, {
      headers: { Authorization: `Bearer ${TOKEN}` },
    });
    expect(await response.text()).to.contain(SECRET);
    expect(shadow(el).innerHTML).not.to.contain(SECRET);
    expect(el.outerHTML).not.to.contain(SECRET);
    expect(JSON.stringify(loaded.detail.items)).not.to.contain(SECRET);
    // Searching for it finds nothing: it is not even in the search text.
    await waitUntil(() => shadow(el).querySelector('[part="search"]'), 'no search box', { timeout: 5000 });
    const search = shadow(el).querySelector<HTMLInputElement>('[part="search"]')!;
    search.value = SECRET;
    search.dispatchEvent(new Event('input'));
    await waitUntil(() => items(el).length === 0, 'the secret matched something');
    const selected = oneEvent(el, 'iam-select');
    search.value = '';
    search.dispatchEvent(new Event('input'));
    await waitUntil(() => items(el).length === 4, 'the list did not come back');
    shadow(el).querySelector<HTMLButtonElement>('[part="item-name"]')!.click();
    expect(JSON.stringify((await selected).detail.item)).not.to.contain(SECRET);
  });

  it('reads the newer `{tenants}` shape, paged, also at the newer path /api/v1/tenants', async () => {
    const el = await create(suite, { id: 'tenants-12', extra: 'search="off"' });
    await untilLoaded(el);
    expect(items(el)).to.have.length(10);
    await waitUntil(() => shadow(el).querySelector('[part="load-more"]'), 'no "Load more"');
    expect(visibleText(el)).to.contain('Profiles from outside allowed');

    const tag = uniqueTag();
    const newer = await create(suite, { id: 'any-2', base: faultyBase(`tag=${tag}`), extra: 'path="/api/v1/tenants"' });
    await untilLoaded(newer);
    expect(items(newer)).to.have.length(2);
    expect((await recordedRequests(tag))[0]!.path).to.equal('/api/v1/tenants');
  });

  it('names placeholders where the data has holes', async () => {
    const el = await create(suite, { id: 'hostile-4' });
    await untilLoaded(el);
    expect(items(el)[3]!.querySelector('[part="item-name"]')!.textContent).to.contain('Unnamed organization');
    // A status the API did not give shows no badge at all, not a "Status unknown" pill (issue 17).
    expect(visibleText(el)).not.to.contain('Status unknown');
  });

  it('defaults base-url to SSOJet’s API', () => {
    expect(document.createElement('org-list').baseUrl).to.equal('https://api.ssojet.com');
  });
});

describeHostileMatrix({
  ...suite,
  // An EnOS envelope holds no list of organizations.
  envelopeMessage: /unexpected form/,
  idInPath: false,
  unnamed: 'Unnamed organization',
});
