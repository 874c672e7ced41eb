import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/elements/passkey-list/passkey-list.js';
import type { PasskeyList } from '../../src/elements/passkey-list/passkey-list.js';
import { items, shadow, untilLoaded } from '../helpers/element.js';
import { openPage, PAGE_TEST_TIMEOUT } from '../helpers/page-driver.js';
import { CLIENT_ID, faultyBase, recordedRequests, TOKEN, uniqueTag } from '../helpers/reference-api.js';
import { create, describeWiring, passkeyListSuite } from './list-states.js';
import { describeHostileMatrix } from '../hostile/matrix.js';

const suite = passkeyListSuite;

describeWiring(suite);

const nameOf = (item: Element) => item.querySelector('[part="item-name"]')!.textContent!.trim();
const part = <T extends Element = HTMLElement>(root: Element, name: string) => root.querySelector<T>(`[part~="${name}"]`);
const focused = (el: Element) => shadow(el).activeElement;

/** Opens the rename form of item `index` from the keyboard. */
async function openRename(el: PasskeyList, index: number): Promise<HTMLInputElement> {
  part<HTMLButtonElement>(items(el)[index]!, 'rename-button')!.focus();
  await sendKeys({ press: 'Enter' });
  await waitUntil(() => part(items(el)[index]!, 'rename-input'), 'no rename form');
  return part<HTMLInputElement>(items(el)[index]!, 'rename-input')!;
}

async function typeName(input: HTMLInputElement, name: string): Promise<void> {
  input.select();
  await sendKeys({ press: 'Backspace' });
  if (name) await sendKeys({ type: name });
}

describe('passkey-list', () => {
  it('sends the documented request: bearer token and x-client-id, no client_id query', async () => {
    const tag = uniqueTag();
    const el = await create(suite, { id: 'keys-2', base: faultyBase(`tag=${tag}`) });
    await untilLoaded(el);
    const [request] = await recordedRequests(tag);
    expect(request).to.deep.equal({
      method: 'GET',
      path: '/api/v1/auth/passwordless/passkey/credentials',
      query: {},
      authorization: `Bearer ${TOKEN}`,
      origin: location.origin,
      headers: { 'x-client-id': CLIENT_ID },
    });
  });

  it('shows name ("Unnamed passkey" for null), created, last used ("Never" for the zero time), transports, backup', async () => {
    const el = (await create(suite, { id: 'keys-4' })) as PasskeyList;
    await untilLoaded(el);
    const rows = items(el);
    expect(nameOf(rows[2]!)).to.equal('Unnamed passkey');
    expect(rows[1]!.textContent).to.match(/Last used\s*Never/);
    // Transports in words, never WebAuthn's tokens ("internal", "hybrid").
    const transports = rows.map((row) => row.textContent!.match(/Transports\s*([^\n]+?)\s*(Rename|$)/)?.[1]).filter(Boolean);
    expect(transports).to.not.be.empty;
    for (const text of transports) expect(text!.split(/, | and /).every((word) => ['USB', 'NFC', 'This device', 'Phone'].includes(word)), text).to.equal(true);
    expect(rows[0]!.querySelector('time')).to.not.equal(null);
    expect(rows.some((row) => /Backed up|Not backed up/.test(row.textContent!))).to.equal(true);
    expect(part(rows[0]!, 'rename-button')!.getAttribute('aria-label')).to.equal(`Rename ${nameOf(rows[0]!)}`);
    await expect(el).to.be.accessible();
  });

  it('renames from the keyboard: PATCH {name}, the new name at once, focus back on the button, announced', async () => {
    const tag = uniqueTag();
    // The server keeps renames (per data set): a data set of this test's own starts from the generated names.
    const dataset = `renamed-${tag}-3`;
    const el = (await create(suite, { id: dataset, base: faultyBase(`tag=${tag}`) })) as PasskeyList;
    await untilLoaded(el);
    const input = await openRename(el, 0);
    expect(focused(el)).to.equal(input);
    await expect(el).to.be.accessible();
    await typeName(input, '  Office key  ');
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => nameOf(items(el)[0]!) === 'Office key', 'the new name is not shown');
    expect(focused(el)).to.equal(part(items(el)[0]!, 'rename-button'));
    // Announced once the server agreed.
    await waitUntil(() => part(items(el)[0]!, 'rename-status'), 'the rename was not announced');
    expect(part(items(el)[0]!, 'rename-status')!.getAttribute('role')).to.equal('status');
    expect(part(items(el)[0]!, 'rename-status')!.textContent).to.contain('Renamed to Office key.');
    await waitUntil(async () => (await recordedRequests(tag)).length === 2, 'no PATCH');
    const patch = (await recordedRequests(tag))[1]!;
    expect(patch.method).to.equal('PATCH');
    expect(patch.path).to.match(/^\/api\/v1\/auth\/passwordless\/passkey\/credentials\/[0-9a-f]{24}$/);
    expect(patch.headers).to.deep.equal({ 'x-client-id': CLIENT_ID });
    // The request cache kept the list as it was before the rename: an identical list made now asks the server.
    const twin = (await create(suite, { id: dataset, base: faultyBase(`tag=${tag}`) })) as PasskeyList;
    await untilLoaded(twin);
    expect((await recordedRequests(tag)).map((request) => request.method)).to.deep.equal(['GET', 'PATCH', 'GET']);
  });

  it('the reference server keeps a rename: a list of the same data set made afterwards shows the new name', async () => {
    // A data set of this test's own (two passkeys), so no other test sees the stored name.
    const dataset = `renamed-${uniqueTag()}-2`;
    const el = (await create(suite, { id: dataset })) as PasskeyList;
    await untilLoaded(el);
    const other = nameOf(items(el)[1]!);
    await typeName(await openRename(el, 0), 'Kept name');
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => part(items(el)[0]!, 'rename-status'), 'the rename was not announced');
    const fresh = (await create(suite, { id: dataset, extra: 'cache-ttl="0"' })) as PasskeyList;
    await untilLoaded(fresh);
    expect(items(fresh).map(nameOf)).to.deep.equal(['Kept name', other]);
  });

  it('refuses an empty or too long name, says why beside the field, and sends nothing', async () => {
    const tag = uniqueTag();
    const el = (await create(suite, { id: 'keys-2', base: faultyBase(`tag=${tag}`) })) as PasskeyList;
    await untilLoaded(el);
    const input = await openRename(el, 0);
    await typeName(input, '   ');
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => part(items(el)[0]!, 'rename-hint'), 'no validation message');
    expect(part(items(el)[0]!, 'rename-hint')!.textContent).to.equal('Enter a name.');
    expect(input.getAttribute('aria-invalid')).to.equal('true');
    expect(input.getAttribute('aria-describedby')).to.equal('rename-hint');
    expect(focused(el)).to.equal(input);
    input.value = 'x'.repeat(65);
    part<HTMLButtonElement>(items(el)[0]!, 'save-button')!.click();
    await waitUntil(() => part(items(el)[0]!, 'rename-hint')!.textContent === 'Use at most 64 characters.', 'no length message');
    expect(await recordedRequests(tag)).to.have.length(1);
  });

  it('cancels with Escape, keeping the name and returning focus', async () => {
    const el = (await create(suite, { id: 'keys-2' })) as PasskeyList;
    await untilLoaded(el);
    const before = nameOf(items(el)[1]!);
    const input = await openRename(el, 1);
    await typeName(input, 'Never saved');
    await sendKeys({ press: 'Escape' });
    await waitUntil(() => !part(items(el)[1]!, 'rename-input'), 'the form stayed open');
    expect(nameOf(items(el)[1]!)).to.equal(before);
    expect(focused(el)).to.equal(part(items(el)[1]!, 'rename-button'));
  });

  it('rolls back a failed rename and announces it as an alert and an iam-error', async () => {
    // The list loads (request 1); the PATCH (request 2) is refused. Every answer comes 400 ms late, so the optimistic
    // name is still shown when the test reads it (sendKeys is a round trip to the runner: seen, 1 run in 5, the
    // refusal and the rollback had come before the read).
    const el = (await create(suite, { id: 'keys-2', base: faultyBase(`tag=${uniqueTag()},status=500,from=1,times=2,delay=400`) })) as PasskeyList;
    await untilLoaded(el);
    const before = nameOf(items(el)[0]!);
    const input = await openRename(el, 0);
    await typeName(input, 'Doomed name');
    const failed = oneEvent(el, 'iam-error');
    await sendKeys({ press: 'Enter' });
    expect(nameOf(items(el)[0]!)).to.equal('Doomed name');
    expect((await failed).detail.error.status).to.equal(500);
    await waitUntil(() => nameOf(items(el)[0]!) === before, 'the old name did not come back');
    const status = part(items(el)[0]!, 'rename-status')!;
    expect(status.getAttribute('role')).to.equal('alert');
    expect(status.textContent).to.contain(`Could not rename the passkey; it is still called ${before}.`);
    expect(status.textContent).to.contain('(500)');
    await expect(el).to.be.accessible();
  });

  it('offers no rename for a passkey without an id', async () => {
    const el = await create(suite, { id: 'hostile-3' });
    await untilLoaded(el);
    expect(part(items(el)[0]!, 'rename-button')).to.equal(null);
    expect(part(items(el)[1]!, 'rename-button')).to.not.equal(null);
  });
});

describe('passkey-list in the script-tag bundle: the rename form is a chunk of its own', function () {
  this.timeout(PAGE_TEST_TIMEOUT);
  // Needs the built bundle (`npx vite build --mode script-tag`), as test/embed/ does.
  it('when that chunk cannot be fetched, the name stays, the failure is an alert, and the button stays', async () => {
    const status = 'passkey-list [part="item"] >> nth=0 >> [part="rename-status"]';
    const report = await openPage({
      path: '/demo/script-tag/',
      block: '/passkey-rename-',
      waitFor: ['passkey-list [part="rename-button"]'],
      actions: [{ click: 'passkey-list [part="rename-button"]', thenWaitFor: status }],
      read: { status: { selector: status } },
      count: ['passkey-list [part="rename-status"][role="alert"]', 'passkey-list [part="rename-form"]', 'passkey-list [part="rename-button"]'],
    });
    expect(report.failure).to.equal(undefined);
    // Chromium logs the refused request ("Failed to load resource"); anything else is a fault.
    expect(report.errors.filter((error) => !error.startsWith('Failed to load resource'))).to.deep.equal([]);
    expect(report.reads['status']!.text).to.contain('Could not rename the passkey; it is still called');
    expect(report.reads['status']!.text).to.contain('Could not reach the server.');
    expect(report.counts['passkey-list [part="rename-status"][role="alert"]']).to.equal(1);
    expect(report.counts['passkey-list [part="rename-form"]']).to.equal(0);
    expect(report.counts['passkey-list [part="rename-button"]']).to.be.greaterThan(0);
  });
});

describeHostileMatrix({
  ...suite,
  // An EnOS envelope holds no list of passkeys.
  envelopeMessage: /unexpected form/,
  idInPath: false,
  unnamed: 'Unnamed passkey',
});
