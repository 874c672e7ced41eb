import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/elements/user-orgs/user-orgs.js';
import type { UserOrgs } from '../../src/elements/user-orgs/user-orgs.js';
import { items, untilError, untilLoaded, visibleText } from '../helpers/element.js';
import { API, CLIENT_ID, faultyBase, recordedRequests, SEED_USER_ID, TOKEN, uniqueTag } from '../helpers/reference-api.js';
import { create, describeWiring, userOrgsSuite } from './list-states.js';
import { describeHostileMatrix } from '../hostile/matrix.js';

const suite = userOrgsSuite;

describeWiring(suite);

describe('user-orgs', () => {
  it('renders the seed document’s example body', async () => {
    const el = (await create(suite, { id: SEED_USER_ID })) as UserOrgs;
    await untilLoaded(el);
    const [org] = items(el);
    expect(items(el)).to.have.length(1);
    const text = visibleText(el);
    expect(text).to.contain('1 organization');
    expect(org!.querySelector('[part="item-name"]')!.textContent!.trim()).to.equal('test0121');
    expect(org!.querySelector('[part~="badge"]')!.textContent).to.equal('Active');
    expect(text).to.contain('Allowed email domains None listed');
    expect(text).to.contain('Profiles from outside allowed No');
    // Empty `domain` and `WorkspaceName` are left out rather than shown blank.
    expect(text).not.to.contain('Domain ');
    expect(text).not.to.contain('Workspace');
    const role = org!.querySelector('[part="role"]')!;
    expect(role.querySelector('[part="role-name"]')!.textContent!.trim()).to.equal('Admin');
    const permissions = [...role.querySelectorAll('[part="permission"]')].map((li) => li.textContent!.trim());
    expect(permissions).to.deep.equal(['Team View', 'Team Manage', 'Manage SSO Connection']);
    expect(role.querySelector('[part="permissions"]')!.getAttribute('aria-label')).to.equal('Permissions of Admin');
    await expect(el).to.be.accessible();
  });

  it('sends exactly the documented request: path, client_id, bearer token', async () => {
    const tag = uniqueTag();
    const el = await create(suite, { id: SEED_USER_ID, base: faultyBase(`tag=${tag}`) });
    await untilLoaded(el);
    const [request, ...more] = await recordedRequests(tag);
    expect(more).to.have.length(0);
    expect(request).to.deep.equal({
      method: 'GET',
      path: `/api/account/identity/users/${SEED_USER_ID}/organizations`,
      query: { client_id: [CLIENT_ID] },
      authorization: `Bearer ${TOKEN}`,
      origin: location.origin,
    });
  });

  it('sends client_id from the `client_id` attribute spelling', async () => {
    const tag = uniqueTag();
    const el = await fixture<UserOrgs>(
      `<user-orgs token="${TOKEN}" client_id="${CLIENT_ID}" user-id="alias-1" base-url="${faultyBase(`tag=${tag}`)}"></user-orgs>`,
    );
    await untilLoaded(el);
    const [request] = await recordedRequests(tag);
    expect(request!.query).to.deep.equal({ client_id: [CLIENT_ID] });
  });

  it('encodes the user id as one path segment and keeps a base-url path prefix and trailing slash', async () => {
    const tag = uniqueTag();
    await fixture<UserOrgs>(html`
      <user-orgs token=${TOKEN} client-id="a&b=c" user-id="we/ird id?-1" base-url=${`${faultyBase(`tag=${tag}`)}/`}></user-orgs>
    `);
    // The client id is not one the server knows: the request is what is checked here.
    await waitUntil(async () => (await recordedRequests(tag)).length === 1, 'no request was sent');
    const [request] = await recordedRequests(tag);
    expect(request!.path).to.equal('/api/account/identity/users/we%2Fird%20id%3F-1/organizations');
    expect(request!.query).to.deep.equal({ client_id: ['a&b=c'] });
  });

  it('defaults base-url to SSOJet’s API', () => {
    expect(document.createElement('user-orgs').baseUrl).to.equal('https://api.ssojet.com');
  });

  it('renders the newer `tenants` shape the same way', async () => {
    const el = await create(suite, { id: 'tenants-3' });
    await untilLoaded(el);
    expect(items(el)).to.have.length(3);
    for (const item of items(el)) {
      expect(item.querySelector('[part="item-name"]')!.textContent!.trim()).not.to.equal('Unnamed organization');
    }
    expect(visibleText(el)).to.contain('Profiles from outside allowed');
  });

  it('names placeholders where the data has holes', async () => {
    const el = await create(suite, { id: 'hostile-4' });
    await untilLoaded(el);
    const fourth = items(el)[3]!;
    expect(fourth.querySelector('[part="item-name"]')!.textContent).to.contain('Unnamed organization');
    // A status the API did not give shows no badge at all, not a "Status unknown" pill (issue 17).
    expect(visibleText(el)).not.to.contain('Status unknown');
  });

  it('collapses a role’s permissions only when that hides at least two (issue 17: "Show all 4" hid one)', async () => {
    const el = await create(suite, { id: 'disclose-6' });
    await untilLoaded(el);
    let disclosures = 0;
    for (const button of items(el).flatMap((item) => [...item.querySelectorAll('[part="disclosure"]')])) {
      disclosures += 1;
      const total = Number(/\d+/.exec(button.textContent!)![0]);
      // The role's own permission list comes right before its button.
      const shown = button.previousElementSibling!.querySelectorAll('[part="permission"]').length;
      expect(total - shown, button.textContent!).to.be.at.least(2);
    }
    expect(disclosures, 'an Admin role (4 permissions) among six organizations').to.be.above(0);
    // The Developer role's three permissions are never cut to two plus "Show all 3".
    expect(visibleText(el)).not.to.contain('Show all 3');
  });

  it('shows a 404 for an unknown user with the server’s message', async () => {
    const el = await create(suite, { id: 'missing-user' });
    const alert = await untilError(el);
    expect(alert.textContent).to.contain('(404)');
    expect(alert.textContent).to.contain('User not found');
  });

  it('reports a missing or unknown client id as the server does', async () => {
    const el = await fixture<UserOrgs>(
      `<user-orgs token="${TOKEN}" client-id="someone-else" user-id="u-1" base-url="${API}"></user-orgs>`,
    );
    expect((await untilError(el)).textContent).to.contain('The client is invalid or missing.');
  });
});

describe('user-orgs: an answer from another origin (issue 19)', () => {
  it('shows an error and none of the data a redirect to another origin brought', async () => {
    const tag = uniqueTag();
    // `open`: the other origin answers the token-less redirected request with the user's organizations.
    const el = await create(suite, { id: SEED_USER_ID, base: faultyBase(`tag=${tag},redirect=302,open`) });
    const alert = await untilError(el);
    expect(alert.textContent).to.contain('not set up correctly').and.contain('redirected the request to another origin');
    expect(items(el)).to.have.length(0);
    expect(visibleText(el)).not.to.contain('test0121');
    expect(await recordedRequests(tag)).to.have.length(2);
  });
});

describeHostileMatrix({
  ...suite,
  // An EnOS envelope holds no list of organizations.
  envelopeMessage: /unexpected form/,
  idInPath: true,
  unnamed: 'Unnamed organization',
  expectTraversalRequest(request, id) {
    expect(request.path).to.equal(`/api/account/identity/users/${encodeURIComponent(id)}/organizations`);
    expect(request.path).to.contain('..%2F..%2Fx');
    expect(request.query).to.deep.equal({ client_id: [CLIENT_ID] });
  },
});
