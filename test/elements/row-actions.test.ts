/**
 * The actions engine (src/shared/row-actions.ts), through `<user-list>`, end to end: the element talks to
 * the demo proxy (iam-elements/server) with the admin session, on a reference-server data set of the
 * test's own (`/ssojet-data/{name}`: writes there are seen by no other test). Failures the proxy cannot be
 * made to produce (a 500, no answer) go to the reference server's fault prefix directly.
 */
import { expect, fixture, oneEvent, waitUntil } from '@open-wc/testing';
import { html } from 'lit';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/elements/user-list/user-list.js';
import type { UserList } from '../../src/elements/user-list/user-list.js';
import type { IamActionDetail, IamActionErrorDetail, IamBeforeActionDetail } from '../../src/shared/events.js';
import { active, alertText, choose, dialog, fill, menuButtons, menuItems, names, q, statusText, submit, untilActions } from '../helpers/actions.js';
import { items, untilLoaded } from '../helpers/element.js';
import { ADMIN_TOKEN, API, CLIENT_ID, PROXY, recordedRequests, TOKEN, uniqueTag } from '../helpers/reference-api.js';

/** A data set of three users (the older shape, with `email_verified`) no other test writes to. */
const dataSet = () => `w${uniqueTag()}-3`;

async function userList(options: { base?: string; actions?: string; lang?: string; you?: string; timeout?: number } = {}) {
  const el = await fixture<UserList>(html`<user-list
    lang=${options.lang ?? 'en'}
    token=${options.base?.startsWith(API) ? TOKEN : ADMIN_TOKEN}
    client-id=${CLIENT_ID}
    base-url=${options.base ?? `${PROXY}/ssojet-data/${dataSet()}`}
    actions=${options.actions ?? 'roles remove create verify'}
    current-user-id=${options.you ?? ''}
    timeout=${options.timeout ?? 10000}
  ></user-list>`);
  await untilLoaded(el);
  await untilActions(el);
  return el;
}

describe('row actions (user-list)', () => {
  it('offers nothing unless listed: no menu, no toolbar, no chunk', async () => {
    const el = await fixture<UserList>(
      html`<user-list token=${ADMIN_TOKEN} client-id=${CLIENT_ID} base-url=${`${PROXY}/ssojet-data/${dataSet()}`}></user-list>`,
    );
    await untilLoaded(el);
    expect(menuButtons(el)).to.have.length(0);
    expect(q(el, '[part="action-toolbar"]')).to.equal(null);
    expect(q(el, '[part="action-dialog"]')).to.equal(null);
  });

  it('keyboard only, APG menu button: Tab to the row menu, Down opens on the first item, Escape returns focus', async () => {
    const el = await userList();
    const first = menuButtons(el)[0]!;
    expect(first.getAttribute('aria-haspopup')).to.equal('menu');
    expect(first.getAttribute('aria-label')).to.equal(`Actions for ${names(el)[0]}`);
    // One Tab stop per row: the active row's name, then its menu button; the other rows' are out of the Tab order.
    expect(menuButtons(el).map((button) => button.tabIndex)).to.deep.equal([0, -1, -1]);
    (items(el)[0]!.querySelector('[part="item-name"]') as HTMLElement).focus();
    await sendKeys({ press: 'Tab' });
    expect(active(el)).to.equal(first);
    await sendKeys({ press: 'ArrowDown' });
    await waitUntil(() => active(el)?.getAttribute('role') === 'menuitem', 'focus not in the menu');
    expect(first.getAttribute('aria-expanded')).to.equal('true');
    // "Mark as verified" sits between them only for a user not yet verified.
    const labels = menuItems(el).map((item) => item.textContent!.trim());
    expect([labels[0], labels.at(-1)]).to.deep.equal(['Change roles', 'Remove']);
    expect(active(el)!.textContent!.trim()).to.equal('Change roles');
    await sendKeys({ press: 'ArrowUp' });
    expect(active(el)!.textContent!.trim()).to.equal('Remove');
    await sendKeys({ press: 'Escape' });
    await waitUntil(() => active(el) === first, 'focus did not return to the menu button');
    expect(first.getAttribute('aria-expanded')).to.equal('false');
  });

  it('remove: a modal dialog names the user, Escape cancels with focus back; confirmed, the row goes and it is announced', async () => {
    const el = await userList();
    const [name] = names(el);
    await choose(el, 0, 'Remove');
    expect(dialog(el).querySelector('h2')!.textContent).to.equal(`Remove ${name}?`);
    expect(active(el)!.textContent!.trim()).to.equal('Cancel');
    await expect(el).to.be.accessible();
    await sendKeys({ press: 'Escape' });
    await waitUntil(() => !dialog(el).open && active(el) === menuButtons(el)[0], 'Escape did not cancel');
    expect(names(el)).to.include(name);

    await choose(el, 0, 'Remove');
    const before = oneEvent(el, 'iam-before-action') as Promise<CustomEvent<IamBeforeActionDetail>>;
    const done = oneEvent(el, 'iam-action') as Promise<CustomEvent<IamActionDetail>>;
    await submit(el);
    expect((await before).detail).to.include({ action: 'remove' });
    // Optimistic: gone before the answer; focus stays in the first row, now the next user's.
    expect(names(el)).not.to.include(name);
    await done;
    await waitUntil(() => statusText(el) === `${name} was removed.`, 'not announced');
    expect(active(el)?.closest('[data-row]')?.getAttribute('data-row')).to.equal('1');
    // The server's state: the user stays removed.
    await el.refresh();
    expect(names(el)).not.to.include(name);
  });

  it('a host veto (preventDefault on iam-before-action) sends nothing', async () => {
    const tag = uniqueTag();
    const el = await userList({ base: `${API}/_faults/tag=${tag}/_data/${dataSet()}` });
    const [name] = names(el);
    el.addEventListener('iam-before-action', (event) => event.preventDefault());
    await choose(el, 0, 'Remove');
    await submit(el);
    await waitUntil(() => !dialog(el).open, 'the dialog stayed');
    expect(names(el)).to.include(name);
    // The list's GET only.
    expect((await recordedRequests(tag)).map((request) => request.method)).to.deep.equal(['GET']);
  });

  it('a server error rolls the row back and alerts; the write is sent once, never retried', async () => {
    const tag = uniqueTag();
    // from=1: the list's GET answers, the write after it fails (and so would a retry).
    const el = await userList({ base: `${API}/_faults/tag=${tag},from=1,status=500/_data/${dataSet()}` });
    const [name] = names(el);
    const failed = oneEvent(el, 'iam-action-error') as Promise<CustomEvent<IamActionErrorDetail>>;
    await choose(el, 0, 'Remove');
    await submit(el);
    expect((await failed).detail.error.status).to.equal(500);
    await waitUntil(() => names(el).includes(name!), 'not rolled back');
    expect(alertText(el)).to.match(new RegExp(`^Could not remove ${name}\\.`));
    expect((await recordedRequests(tag)).map((request) => request.method)).to.deep.equal(['GET', 'DELETE']);
  });

  it('no answer in time: the outcome is unknown, said so, and the list is loaded again (not the write)', async () => {
    const tag = uniqueTag();
    const el = await userList({ base: `${API}/_faults/tag=${tag},from=1,times=2,hang/_data/${dataSet()}`, timeout: 300 });
    const failed = oneEvent(el, 'iam-action-error') as Promise<CustomEvent<IamActionErrorDetail>>;
    await choose(el, 0, 'Remove');
    await submit(el);
    expect((await failed).detail.error.outcomeUnknown).to.equal(true);
    await waitUntil(() => alertText(el).includes('not known whether it was done'), 'unknown outcome not said');
    await waitUntil(async () => (await recordedRequests(tag)).length >= 3, 'not reloaded');
    expect((await recordedRequests(tag)).map((request) => request.method).slice(0, 3)).to.deep.equal(['GET', 'DELETE', 'GET']);
  });

  it('create: fields re-validated and tied to their errors; a refusal keeps the form with what was typed; then created', async () => {
    const el = await userList();
    q<HTMLButtonElement>(el, '[part="action-button"]')!.click();
    await waitUntil(() => dialog(el).open, 'no dialog');
    const field = (name: string) => q<HTMLInputElement>(el, `#field-${name}`)!;
    expect(active(el)).to.equal(field('email'));
    await sendKeys({ type: 'not-an-address' });
    await submit(el);
    expect(field('email').getAttribute('aria-invalid')).to.equal('true');
    const errorId = field('email').getAttribute('aria-describedby')!;
    expect(q(el, `#${errorId}`)!.textContent).to.equal('Enter an e-mail address such as name@example.com.');
    expect(q(el, '#field-firstName-error')!.textContent).to.equal('This field is required.');
    expect(active(el)).to.equal(field('email'));
    await expect(el).to.be.accessible();

    // An address the data set already has: SSOJet's 409, shown in the dialog; nothing typed is lost.
    const taken = items(el)[1]!.querySelector('[part="subtitle"]')!.textContent!;
    fill(el, 'email', taken);
    fill(el, 'firstName', 'Ada');
    fill(el, 'lastName', 'King');
    const refused = oneEvent(el, 'iam-action-error') as Promise<CustomEvent<IamActionErrorDetail>>;
    await submit(el);
    expect((await refused).detail.error.status).to.equal(409);
    await waitUntil(() => q(el, '[part="action-dialog-error"]')!.textContent!.startsWith('Could not create the user.'), 'no refusal');
    expect(dialog(el).open).to.equal(true);
    expect([field('email').value, field('firstName').value, field('lastName').value]).to.deep.equal([taken, 'Ada', 'King']);

    const email = `${uniqueTag()}@example.com`;
    fill(el, 'email', email);
    await waitUntil(() => dialog(el).querySelector('input[type="checkbox"]'), 'no roles offered');
    dialog(el).querySelector<HTMLInputElement>('input[type="checkbox"]')!.click();
    const done = oneEvent(el, 'iam-action') as Promise<CustomEvent<IamActionDetail>>;
    await submit(el);
    await done;
    await waitUntil(() => !dialog(el).open, 'the dialog stayed');
    expect(names(el)[0]).to.equal('Ada King');
    expect(statusText(el)).to.equal(`${email} was created.`);
  });

  it('roles: the user’s roles checked, the change shown at once and kept by the server', async () => {
    const el = await userList();
    const [name] = names(el);
    await choose(el, 0, 'Change roles');
    expect(dialog(el).querySelector('h2')!.textContent).to.equal(`Roles of ${name}`);
    await waitUntil(() => dialog(el).querySelectorAll('input[type="checkbox"]').length > 1, 'no roles');
    const chosen = [...dialog(el).querySelectorAll<HTMLInputElement>('input[type="checkbox"]')].slice(0, 2);
    for (const box of chosen) box.click();
    const labels = chosen.map((box) => box.closest('label')!.textContent!.trim());
    const done = oneEvent(el, 'iam-action') as Promise<CustomEvent<IamActionDetail>>;
    await submit(el);
    expect((await done).detail.action).to.equal('roles');
    await waitUntil(() => statusText(el) === `Roles of ${name} saved.`, 'not announced');
    await el.refresh();
    await choose(el, 0, 'Change roles');
    await waitUntil(() => dialog(el).querySelectorAll('input:checked').length === 2, 'roles not kept');
    const checked = [...dialog(el).querySelectorAll('input:checked')].map((box) => box.closest('label')!.textContent!.trim());
    expect(checked).to.have.members(labels);
  });

  it('verify: offered only while not verified; the row says verified at once', async () => {
    const base = `${PROXY}/ssojet-data/${dataSet()}`;
    // A new user is not verified (the data set's own may all be).
    const created = await fetch(`${base}/api/v1/users?client_id=${CLIENT_ID}`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${ADMIN_TOKEN}`, 'Content-Type': 'application/json', 'X-IAM-Elements': '1' },
      body: JSON.stringify({ email: `${uniqueTag()}@example.com`, first_name: 'Vera', last_name: 'Unverified' }),
    });
    expect(created.status).to.equal(201);
    const el = await userList({ base, actions: 'verify' });
    const row = names(el).indexOf('Vera Unverified');
    await choose(el, row, 'Mark as verified');
    await submit(el);
    await waitUntil(() => statusText(el) === 'Vera Unverified is marked as verified.', 'not announced');
    expect(items(el)[row]!.querySelector('[part="actions-button"]')).to.equal(null);
  });

  it('current-user-id: "You" on the signed-in user, who is offered no remove', async () => {
    const base = `${PROXY}/ssojet-data/${dataSet()}`;
    const el = await fixture<UserList>(html`<user-list token=${ADMIN_TOKEN} client-id=${CLIENT_ID} base-url=${base} actions="remove"></user-list>`);
    await untilLoaded(el);
    await waitUntil(() => menuButtons(el).length === 3, 'no menus');
    const answer = await fetch(`${base}/api/v1/users?client_id=${CLIENT_ID}`, { headers: { Authorization: `Bearer ${ADMIN_TOKEN}` } });
    const id = ((await answer.json()) as { _id: string }[])[0]!._id;
    el.currentUserId = id;
    await waitUntil(() => menuButtons(el).length === 2, 'remove still offered');
    expect(items(el)[0]!.querySelector('[part~="you"]')!.textContent).to.equal('You');
  });

  it('a dark colour scheme: the toolbar, the menu and both kinds of dialog keep their contrast (axe)', async () => {
    const el = await userList();
    el.style.colorScheme = 'dark';
    el.style.background = '#121212';
    el.style.color = '#e3e3e3';
    await expect(el).to.be.accessible();
    items(el)[0]!.querySelector<HTMLButtonElement>('[part="actions-button"]')!.click();
    await waitUntil(() => menuItems(el).length > 0, 'no menu');
    await expect(el).to.be.accessible();
    menuItems(el)
      .find((item) => item.textContent!.trim() === 'Remove')!
      .click();
    await waitUntil(() => dialog(el).open, 'no dialog');
    await expect(el).to.be.accessible();
    await sendKeys({ press: 'Escape' });
    await waitUntil(() => !dialog(el).open, 'Escape did not cancel');
    q<HTMLButtonElement>(el, '[part="action-button"]')!.click();
    await waitUntil(() => dialog(el).open, 'no dialog');
    await expect(el).to.be.accessible();
  });

  it('Arabic: the dialog and its sentences in the element’s language, right to left, also after `lang` changes', async () => {
    const el = await userList();
    expect(q(el, '[part="action-button"]')!.textContent!.trim()).to.equal('Create user');
    el.lang = 'ar';
    await waitUntil(() => q(el, '[part="action-button"]')!.textContent!.trim() === 'إنشاء مستخدم', 'not relabelled');
    await choose(el, 0, 'إزالة');
    expect(dialog(el).getAttribute('dir')).to.equal('rtl');
    expect(dialog(el).querySelector('[type="submit"]')!.textContent!.trim()).to.equal('إزالة');
    await expect(el).to.be.accessible();
  });
});
