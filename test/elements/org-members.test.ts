/**
 * `<org-members>`: an organization's members with its pending invitations, read, and managed with
 * `actions="invite resend revoke remove roles"` end to end through the demo proxy with the admin
 * session (the reference server keeps member writes per tenant: each test has a tenant of its own).
 * The engine's own behaviours (menu, dialog, veto, rollback, timeouts, languages) are row-actions.test.ts's.
 */
import { expect, fixture, oneEvent, waitUntil } from '@open-wc/testing';
import { html } from 'lit';
import { setViewport } from '@web/test-runner-commands';
import '../../src/elements/org-members/org-members.js';
import type { OrgMembers } from '../../src/elements/org-members/org-members.js';
import type { IamErrorDetail } from '../../src/shared/events.js';
import { choose, dialog, fill, menuButtons, menuItems, names, q, statusText, submit, untilActions } from '../helpers/actions.js';
import { items, untilLoaded } from '../helpers/element.js';
import { ADMIN_TOKEN, API, CLIENT_ID, faultyBase, PROXY, recordedRequests, TOKEN, uniqueTag } from '../helpers/reference-api.js';
import { describeHostileMatrix } from '../hostile/matrix.js';
import { describeWiring, orgMembersSuite } from './list-states.js';

describeWiring(orgMembersSuite);

const badgeOf = (row: Element) => row.querySelector('[part~="badge"]')?.textContent?.trim();

async function members(tenant: string, options: { actions?: string; you?: string; base?: string; token?: string } = {}) {
  const el = await fixture<OrgMembers>(html`<org-members
    token=${options.token ?? ADMIN_TOKEN}
    client-id=${CLIENT_ID}
    tenant-id=${tenant}
    base-url=${options.base ?? `${PROXY}/ssojet`}
    cache-ttl="0"
    actions=${options.actions ?? 'invite resend revoke remove roles'}
    current-user-id=${options.you ?? ''}
  ></org-members>`);
  await untilLoaded(el);
  return el;
}

describe('org-members', () => {
  afterEach(() => setViewport({ width: 800, height: 600 }));

  it('sends the documented requests and shows the pending invitations first, then the members, as a table', async () => {
    const tag = uniqueTag();
    const el = await members(`acme${tag}`, { base: faultyBase(`tag=${tag}`), token: TOKEN, actions: '' });
    const requests = await recordedRequests(tag);
    expect(requests.map((request) => [request.path, request.query]).sort()).to.deep.equal(
      [
        [`/api/v1/tenants/acme${tag}/invitations`, { client_id: [CLIENT_ID], status: ['pending'] }],
        [`/api/v1/tenants/acme${tag}/users`, { client_id: [CLIENT_ID] }],
      ].sort(),
    );
    const rows = items(el);
    const invited = rows.filter((row) => /^Invit/.test(badgeOf(row) ?? ''));
    expect(invited.length).to.be.greaterThan(0);
    // Invitations come first, named by their e-mail.
    expect(rows.indexOf(invited[0]!)).to.equal(0);
    expect(invited[0]!.querySelector('[part="item-name"]')!.textContent!.trim()).to.match(/@example\.com$/);
    expect(rows.slice(invited.length).every((row) => /^(Active|Inactive)$/.test(badgeOf(row) ?? 'Active'))).to.equal(true);
    expect(el.shadowRoot!.querySelector('[role="grid"]')).to.not.equal(null);
    await expect(el).to.be.accessible();
  });

  it('shows roles as chips: all of up to three, else two and "+N", which names the rest', async () => {
    // visual-6's members hold 7, 3, 1, 5, 5 and 2 roles; 700 px, the demo's half-width table, where they were cut.
    await setViewport({ width: 700, height: 800 });
    const el = await members('visual-6', { base: API, token: TOKEN, actions: '' });
    await waitUntil(() => el.shadowRoot!.querySelector('[role="grid"]'), 'no table');
    const cells = items(el).map((row) => [...row.querySelectorAll<HTMLElement>('[part="chip"]')]);
    const more = cells.filter((chips) => chips.at(-1)!?.textContent!.startsWith('+'));
    expect(more.length, 'no member with more than three roles').to.be.greaterThan(0);
    for (const chips of cells) expect(chips.length).to.be.at.most(3);
    // Every chip whole inside its cell: they wrap rather than being cut by the cell's ellipsis ("Member ⋯").
    for (const chip of cells.flat()) {
      const cell = chip.closest('[role="gridcell"]')!.getBoundingClientRect();
      const { left, right } = chip.getBoundingClientRect();
      expect(left >= cell.left - 0.5 && right <= cell.right + 0.5, `${chip.textContent} is cut`).to.equal(true);
    }
    for (const chips of more) {
      const hidden = Number(chips.at(-1)!.textContent!.slice(1));
      expect(chips.length).to.equal(3);
      expect(hidden).to.be.at.least(2);
      expect(chips.at(-1)!.getAttribute('aria-label')!.split(', ')).to.have.length(hidden);
    }
  });

  it('invitations that cannot be read leave the members, and iam-error says why', async () => {
    const errors: IamErrorDetail[] = [];
    const el = document.createElement('org-members');
    el.addEventListener('iam-error', (event) => errors.push(event.detail));
    Object.assign(el, { token: TOKEN, clientId: CLIENT_ID, baseUrl: API, invitationsPath: '/api/v1/tenants/{tenant-id}/no-such-route' });
    el.setAttribute('tenant-id', `acme${uniqueTag()}`);
    document.body.append(el);
    try {
      await untilLoaded(el);
      expect(items(el).length).to.be.greaterThan(0);
      expect(items(el).some((row) => /^Invit/.test(badgeOf(row) ?? ''))).to.equal(false);
      expect(errors.map((detail) => detail.error.status)).to.deep.equal([404]);
    } finally {
      el.remove();
    }
  });

  it('invite: e-mail and roles; the invitation first in the list, and kept by the server', async () => {
    const tenant = `inv${uniqueTag()}`;
    const el = await members(tenant);
    await untilActions(el);
    q<HTMLButtonElement>(el, '[part="action-button"]')!.click();
    await waitUntil(() => dialog(el).open, 'no dialog');
    fill(el, 'email', 'not-an-address');
    await submit(el);
    expect(q(el, '#field-email-error')!.textContent).to.equal('Enter an e-mail address such as name@example.com.');
    fill(el, 'email', 'new.colleague@example.com');
    await waitUntil(() => dialog(el).querySelector('input[type="checkbox"]'), 'no roles offered');
    dialog(el).querySelector<HTMLInputElement>('input[type="checkbox"]')!.click();
    const done = oneEvent(el, 'iam-action');
    await submit(el);
    await done;
    await waitUntil(() => statusText(el) === 'new.colleague@example.com was invited.', 'not announced');
    expect(names(el)[0]).to.equal('new.colleague@example.com');
    expect(badgeOf(items(el)[0]!)).to.equal('Invited');
    const again = await members(tenant, { actions: '' });
    expect(names(again)).to.include('new.colleague@example.com');
  });

  it('an invitation offers resend and revoke, not remove or roles; revoke takes it away for good', async () => {
    const tenant = `rev${uniqueTag()}`;
    const el = await members(tenant);
    await untilActions(el);
    const email = names(el)[0]!;
    items(el)[0]!.querySelector<HTMLButtonElement>('[part="actions-button"]')!.click();
    await waitUntil(() => menuItems(el).length > 0, 'no menu');
    expect(menuItems(el).map((item) => item.textContent!.trim())).to.deep.equal(['Resend invitation', 'Revoke invitation']);
    menuItems(el)[0]!.click();
    await waitUntil(() => dialog(el).open, 'no dialog');
    await submit(el);
    await waitUntil(() => statusText(el) === `The invitation to ${email} was sent again.`, 'resend not announced');

    await choose(el, 0, 'Revoke invitation');
    expect(dialog(el).textContent).to.contain(`Revoke the invitation to ${email}?`);
    await submit(el);
    await waitUntil(() => statusText(el) === `The invitation to ${email} was revoked.`, 'revoke not announced');
    expect(names(el)).not.to.include(email);
    expect(names(await members(tenant, { actions: '' }))).not.to.include(email);
  });

  it('a member: roles changed and kept; removed from the organization and kept so', async () => {
    // A tenant ending in -3: three members, no invitations.
    const tenant = `mem${uniqueTag()}-3`;
    const el = await members(tenant);
    await untilActions(el);
    const [first, second] = names(el);
    await choose(el, 0, 'Change roles');
    await waitUntil(() => dialog(el).querySelector('input[type="checkbox"]'), 'no roles offered');
    const boxes = [...dialog(el).querySelectorAll<HTMLInputElement>('input[type="checkbox"]')];
    for (const box of boxes) if (box.checked) box.click();
    boxes[0]!.click();
    const role = boxes[0]!.closest('label')!.textContent!.trim();
    await submit(el);
    await waitUntil(() => statusText(el) === `Roles of ${first} saved.`, 'roles not announced');
    expect(items(el)[0]!.textContent).to.contain(role);

    await choose(el, 1, 'Remove');
    expect(dialog(el).textContent).to.contain('They leave the organization; their account stays.');
    await submit(el);
    await waitUntil(() => statusText(el) === `${second} was removed.`, 'remove not announced');
    const again = await members(tenant, { actions: '' });
    expect(names(again)).to.deep.equal(names(el));
    expect(items(again)[0]!.textContent).to.contain(role);
  });

  it('current-user-id: the signed-in member says You and is offered no remove', async () => {
    const tenant = `you${uniqueTag()}-2`;
    const el = document.createElement('org-members');
    // The member ids come from the list's iam-load.
    const loaded = oneEvent(el, 'iam-load');
    Object.assign(el, { token: ADMIN_TOKEN, clientId: CLIENT_ID, baseUrl: `${PROXY}/ssojet`, cacheTtl: 0, actions: 'remove roles' });
    el.setAttribute('tenant-id', tenant);
    document.body.append(el);
    try {
      const you = (await loaded).detail.items[0]!.id!;
      el.currentUserId = you;
      await untilActions(el);
      const row = items(el)[0]!;
      expect(row.querySelector('[part~="you"]')!.textContent).to.equal('You');
      row.querySelector<HTMLButtonElement>('[part="actions-button"]')!.click();
      await waitUntil(() => menuItems(el).length > 0, 'no menu');
      expect(menuItems(el).map((item) => item.textContent!.trim())).to.deep.equal(['Change roles']);
      expect(menuButtons(el)).to.have.length(2);
    } finally {
      el.remove();
    }
  });
});

describeHostileMatrix({
  ...orgMembersSuite,
  // The members alone: the fault prefix would give the invitations the same hostile body (their readers: test/api/).
  otherAttributes: `${orgMembersSuite.otherAttributes} invitations-path=""`,
  // An EnOS envelope holds no list of members; one with `users: []` beside its failure fields reads as no members.
  envelopeMessage: /unexpected form/,
  listsUsers: true,
  idInPath: true,
  unnamed: 'Unnamed member',
  expectTraversalRequest(request, id) {
    expect(request.path).to.equal(`/api/v1/tenants/${encodeURIComponent(id)}/users`);
    expect(request.query).to.deep.equal({ client_id: [CLIENT_ID] });
  },
});
