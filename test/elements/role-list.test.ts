import { expect, fixture, waitUntil } from '@open-wc/testing';
import '../../src/elements/role-list/role-list.js';
import type { RoleList } from '../../src/elements/role-list/role-list.js';
import { alertRegion, items, shadow, untilError, untilLoaded, visibleText } from '../helpers/element.js';
import { CLIENT_ID, faultyBase, recordedRequests, TOKEN, uniqueTag } from '../helpers/reference-api.js';
import { create, describeWiring, roleListSuite } from './list-states.js';
import { describeHostileMatrix } from '../hostile/matrix.js';

const suite = roleListSuite;

describeWiring(suite);

const permissionsOf = (item: Element) => [...item.querySelectorAll('[part="permission"]')].map((li) => li.textContent!.trim());

describe('role-list', () => {
  it('renders roles with their permission ids named, from one permissions request', async () => {
    const tag = uniqueTag();
    const el = await create(suite, { id: 'roles-4', base: faultyBase(`tag=${tag}`) });
    await untilLoaded(el);
    const [admin, member, auditor, developer] = items(el);
    expect(admin!.querySelector('[part="item-name"]')!.textContent!.trim()).to.equal('Admin');
    expect(permissionsOf(admin!)).to.deep.equal(['Team View', 'Team Manage', 'Manage SSO Connection', 'Billing Manage']);
    expect(permissionsOf(member!)).to.deep.equal(['Team View']);
    expect(permissionsOf(auditor!)).to.deep.equal(['Team View', 'Audit Log View']);
    expect(permissionsOf(developer!)).to.deep.equal(['Team View', 'API Keys Manage', 'Webhooks Manage']);
    expect(admin!.querySelector('[part="permissions"]')!.getAttribute('aria-label')).to.equal('Permissions of Admin');
    expect(admin!.textContent).to.contain('Manages the team, single sign-on and billing.');
    const requests = await recordedRequests(tag);
    expect(requests.map((r) => [r.path, r.query])).to.deep.equal([
      ['/api/v1/roles', { client_id: [CLIENT_ID] }],
      ['/api/v1/permissions', { client_id: [CLIENT_ID], limit: ['50'] }],
    ]);
    expect(requests.every((r) => r.authorization === `Bearer ${TOKEN}`)).to.equal(true);
    await expect(el).to.be.accessible();
  });

  it('sends account-id and env-id as the accountId and envId headers', async () => {
    const tag = uniqueTag();
    const el = await create(suite, { id: 'headers-2', base: faultyBase(`tag=${tag}`), extra: 'account-id="acc-1" env-id="env-2"' });
    await untilLoaded(el);
    const requests = await recordedRequests(tag);
    expect(requests).to.have.length(2);
    for (const request of requests) expect(request.headers).to.deep.equal({ accountid: 'acc-1', envid: 'env-2' });
  });

  it('pages roles with "Load more" (cursor), naming the new page’s permissions too', async () => {
    const el = await create(suite, { id: 'roles-12', extra: 'search="off"' });
    await untilLoaded(el);
    expect(items(el)).to.have.length(10);
    // The button follows the rows once its code is fetched (DataListElement).
    await waitUntil(() => shadow(el).querySelector('[part="load-more"]'), 'no "Load more"');
    shadow(el).querySelector<HTMLButtonElement>('[part="load-more"]')!.click();
    await waitUntil(() => items(el).length === 12, 'the second page never came');
    expect(permissionsOf(items(el)[11]!)).to.deep.equal(['Team View', 'API Keys Manage', 'Webhooks Manage']);
  });

  it('shows an id no permission has as the id, and the user-token routes through `path`', async () => {
    const tag = uniqueTag();
    const el = await fixture<RoleList>(
      `<role-list token="${TOKEN}" client-id="${CLIENT_ID}" base-url="${faultyBase(`tag=${tag}`)}/_data/hostile-2"
        path="/api/v1/auth/roles" permissions-path="/api/v1/auth/permissions" layout="cards"></role-list>`,
    );
    await untilLoaded(el);
    expect(permissionsOf(items(el)[1]!)).to.deep.equal(['<b>bold</b> & <i>italic</i>', 'Team View']);
    expect((await recordedRequests(tag)).map((r) => r.path)).to.deep.equal(['/api/v1/auth/roles', '/api/v1/auth/permissions']);
  });

  it('fails as a whole, with a retry, when the permissions cannot be read', async () => {
    // The first request (roles) succeeds, the second (permissions) fails.
    const el = await create(suite, { id: 'perm-2', base: faultyBase(`tag=${uniqueTag()},status=403,from=1,times=2`) });
    const alert = await untilError(el);
    expect(alert.textContent).to.contain('Could not load roles.');
    expect(alert.textContent).to.contain('(403)');
  });

  it('reads the embedded role shape `{role_id, role_name, permissions}` too', async () => {
    const { parseRoles } = await import('../../src/api/ssojet.js');
    const [role] = parseRoles([{ role_id: 'r1', role_name: 'Admin', permissions: ['Team View'] }]).items;
    expect(role).to.deep.include({ id: 'r1', name: 'Admin', permissionNames: ['Team View'], permissionIds: [] });
  });

  it('defaults base-url to SSOJet’s API and names the placeholder for a nameless role', async () => {
    expect(document.createElement('role-list').baseUrl).to.equal('https://api.ssojet.com');
    const el = await create(suite, { id: 'hostile-4' });
    await untilLoaded(el);
    expect(items(el)[3]!.textContent).to.contain('Unnamed role');
    expect(visibleText(el)).to.contain('No permissions');
    expect(alertRegion(el)).to.equal(null);
  });
});

describeHostileMatrix({
  ...suite,
  // An EnOS envelope holds no list of roles.
  envelopeMessage: /unexpected form/,
  idInPath: false,
  unnamed: 'Unnamed role',
});
