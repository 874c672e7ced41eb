/**
 * `<sso-user-list actions="edit remove create">` end to end: the element, the demo's EnOS proxy (which signs
 * each body for the gateway) with the admin session, and the reference server's writes, kept per
 * organization: each test has an organization of its own. The engine's own behaviours (menu, dialog,
 * veto, rollback, timeouts, languages) are row-actions.test.ts's.
 */
import { expect, fixture, oneEvent, waitUntil } from '@open-wc/testing';
import { html } from 'lit';
import '../../src/elements/sso-user-list/sso-user-list.js';
import type { SsoUserList } from '../../src/elements/sso-user-list/sso-user-list.js';
import type { IamActionErrorDetail } from '../../src/shared/events.js';
import { choose, dialog, fill, names, q, statusText, submit, untilActions } from '../helpers/actions.js';
import { items, untilLoaded } from '../helpers/element.js';
import { ADMIN_TOKEN, PROXY, uniqueTag } from '../helpers/reference-api.js';

async function ssoUsers(orgId: string) {
  const el = await fixture<SsoUserList>(html`<sso-user-list
    token=${ADMIN_TOKEN}
    org-id=${orgId}
    base-url=${`${PROXY}/enos`}
    cache-ttl="0"
    actions="edit remove create"
  ></sso-user-list>`);
  await untilLoaded(el);
  await untilActions(el);
  return el;
}

/** A list of the same organization made afterwards: what the server kept. */
async function kept(orgId: string): Promise<string[]> {
  const el = await fixture<SsoUserList>(html`<sso-user-list token=${ADMIN_TOKEN} org-id=${orgId} base-url=${`${PROXY}/enos`} cache-ttl="0"></sso-user-list>`);
  await untilLoaded(el);
  return names(el);
}

const emailOf = (el: Element, row: number) => items(el)[row]!.querySelector('[part="subtitle"]')!.textContent!.trim();

describe('sso-user-list actions (EnOS)', () => {
  it('edit: the user name and e-mail, sent through the signing proxy; the row and the server change', async () => {
    const orgId = `edit-${uniqueTag()}-3`;
    const el = await ssoUsers(orgId);
    const before = names(el)[0];
    await choose(el, 0, 'Edit');
    expect(dialog(el).textContent).to.contain(`Edit ${before}`);
    expect(q<HTMLInputElement>(el, '#field-email')!.value).to.equal(emailOf(el, 0));
    await expect(el).to.be.accessible();
    fill(el, 'userName', 'Grace Renamed');
    fill(el, 'email', 'grace.renamed@example.com');
    const done = oneEvent(el, 'iam-action');
    await submit(el);
    await done;
    await waitUntil(() => !dialog(el).open, 'the dialog stayed');
    expect(statusText(el)).to.equal('Grace Renamed was saved.');
    expect(names(el)[0]).to.equal('Grace Renamed');
    expect(emailOf(el, 0)).to.equal('grace.renamed@example.com');
    expect(await kept(orgId)).to.include('Grace Renamed');
  });

  it('a refusal in the envelope (success: false, 30409 for a taken e-mail) is a failure: the form keeps what was typed', async () => {
    const orgId = `taken-${uniqueTag()}-3`;
    const el = await ssoUsers(orgId);
    const taken = emailOf(el, 1);
    q<HTMLButtonElement>(el, '[part="action-button"]')!.click();
    await waitUntil(() => dialog(el).open, 'no dialog');
    fill(el, 'domain', 'corp-idp');
    fill(el, 'userName', 'Twin');
    fill(el, 'email', taken);
    const failed = oneEvent(el, 'iam-action-error') as Promise<CustomEvent<IamActionErrorDetail>>;
    await submit(el);
    expect((await failed).detail.error.kind).to.equal('envelope');
    await waitUntil(() => q(el, '[part="action-dialog-error"]')?.textContent?.startsWith('Could not create the user.'), 'no refusal');
    expect(q<HTMLInputElement>(el, '#field-email')!.value).to.equal(taken);
    expect(items(el)).to.have.length(3);
  });

  it('create: the new user first in the list, and kept by the server', async () => {
    const orgId = `create-${uniqueTag()}-3`;
    const el = await ssoUsers(orgId);
    q<HTMLButtonElement>(el, '[part="action-button"]')!.click();
    await waitUntil(() => dialog(el).open, 'no dialog');
    fill(el, 'domain', 'corp-idp');
    fill(el, 'userName', 'New Person');
    fill(el, 'email', 'new.person@example.com');
    await submit(el);
    await waitUntil(() => statusText(el) === 'new.person@example.com was created.', 'not announced');
    expect(names(el)[0]).to.equal('New Person');
    expect(await kept(orgId)).to.include('New Person');
  });

  it('remove: after the confirmation the row goes, and stays gone', async () => {
    const orgId = `remove-${uniqueTag()}-3`;
    const el = await ssoUsers(orgId);
    const [name] = names(el);
    await choose(el, 0, 'Remove');
    await submit(el);
    await waitUntil(() => statusText(el) === `${name} was removed.`, 'not announced');
    expect(names(el)).not.to.include(name);
    expect(await kept(orgId)).not.to.include(name);
  });
});
