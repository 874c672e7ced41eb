import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import '../../src/elements/passkey-list/passkey-list.js';
import type { PasskeyList } from '../../src/elements/passkey-list/passkey-list.js';
import { active, choose, dialog, fill, q, statusText, submit, untilActions } from '../helpers/actions.js';
import { items, untilLoaded } from '../helpers/element.js';
import { CLIENT_ID, faultyBase, recordedRequests, TOKEN, uniqueTag } from '../helpers/reference-api.js';
import { create, describeWiring, passkeyListSuite } from './list-states.js';
import { describeHostileMatrix } from '../hostile/matrix.js';

const suite = passkeyListSuite;

describeWiring(suite);

const nameOf = (item: Element) => item.querySelector('[part="item-name"]')!.textContent!.trim();

/** A passkey list whose actions are drawn (rename, remove). */
async function withActions(options: { id: string; base?: string }): Promise<PasskeyList> {
  const el = (await create(suite, { ...options, extra: 'actions="rename remove"' })) as PasskeyList;
  await untilLoaded(el);
  await untilActions(el);
  return el;
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
    // Each word after its icon, which assistive technology skips (the word says it).
    const words = rows.flatMap((row) => [...row.querySelectorAll('.transport')]);
    expect(words).to.not.be.empty;
    for (const word of words) expect(word.querySelector('svg')?.getAttribute('aria-hidden'), word.textContent!).to.equal('true');
    expect(rows[0]!.querySelector('time')).to.not.equal(null);
    expect(rows.some((row) => /Backed up|Not backed up/.test(row.textContent!))).to.equal(true);
    await expect(el).to.be.accessible();
  });

  it('renames: PATCH {path}/{id} with {name}, the dialog waits for the answer, the new name shown and announced', async () => {
    const tag = uniqueTag();
    // The server keeps renames (per data set): a data set of this test's own starts from the generated names.
    const dataset = `renamed-${tag}-3`;
    const el = await withActions({ id: dataset, base: faultyBase(`tag=${tag}`) });
    await choose(el, 0, 'Rename');
    expect(dialog(el).textContent).to.contain(`Rename ${nameOf(items(el)[0]!)}`);
    // The field holds the name, focused.
    expect(active(el)).to.equal(q(el, '#field-name'));
    expect(q<HTMLInputElement>(el, '#field-name')!.value).to.equal(nameOf(items(el)[0]!));
    await expect(el).to.be.accessible();
    fill(el, 'name', '  Office key  ');
    const done = oneEvent(el, 'iam-action');
    await submit(el);
    await done;
    await waitUntil(() => nameOf(items(el)[0]!) === 'Office key', 'the new name is not shown');
    expect(statusText(el)).to.equal('Renamed to Office key.');
    const patch = (await recordedRequests(tag))[1]!;
    expect(patch.method).to.equal('PATCH');
    expect(patch.path).to.match(/^\/api\/v1\/auth\/passwordless\/passkey\/credentials\/[0-9a-f]{24}$/);
    expect(patch.headers).to.deep.equal({ 'x-client-id': CLIENT_ID });
    // Nothing of the list before the rename is served from the cache: a list of the same data set made now asks
    // the server, which kept the name.
    const twin = (await create(suite, { id: dataset, base: faultyBase(`tag=${tag}`) })) as PasskeyList;
    await untilLoaded(twin);
    expect((await recordedRequests(tag)).map((request) => request.method)).to.deep.equal(['GET', 'PATCH', 'GET']);
    expect(nameOf(items(twin)[0]!)).to.equal('Office key');
  });

  it('refuses an empty or too long name beside the field, and sends nothing', async () => {
    const tag = uniqueTag();
    const el = await withActions({ id: 'keys-2', base: faultyBase(`tag=${tag}`) });
    await choose(el, 0, 'Rename');
    const input = fill(el, 'name', '   ');
    await submit(el);
    expect(input.getAttribute('aria-invalid')).to.equal('true');
    expect(q(el, `#${input.getAttribute('aria-describedby')}`)!.textContent).to.equal('This field is required.');
    fill(el, 'name', 'x'.repeat(65));
    await submit(el);
    await waitUntil(() => q(el, '#field-name-error')!.textContent === 'Use at most 64 characters.', 'no length message');
    expect(await recordedRequests(tag)).to.have.length(1);
  });

  it('a failed rename keeps the dialog with the name typed, says why, and the name stays', async () => {
    // The list loads (request 1); the PATCH (request 2) is answered 500.
    const el = await withActions({ id: 'keys-2', base: faultyBase(`tag=${uniqueTag()},status=500,from=1,times=2`) });
    const before = nameOf(items(el)[0]!);
    await choose(el, 0, 'Rename');
    fill(el, 'name', 'Doomed name');
    const failed = oneEvent(el, 'iam-action-error');
    await submit(el);
    expect((await failed).detail.error.status).to.equal(500);
    await waitUntil(() => q(el, '[part="action-dialog-error"]')?.textContent, 'no failure shown');
    expect(q(el, '[part="action-dialog-error"]')!.textContent).to.contain(`Could not rename the passkey; it is still called ${before}.`);
    expect(q<HTMLInputElement>(el, '#field-name')!.value).to.equal('Doomed name');
    expect(nameOf(items(el)[0]!)).to.equal(before);
    await expect(el).to.be.accessible();
  });

  it('removes after a confirmation: DELETE {path}/{id} with x-client-id, the row gone', async () => {
    const tag = uniqueTag();
    const el = await withActions({ id: `removed-${tag}-3`, base: faultyBase(`tag=${tag}`) });
    const [, second, third] = items(el).map(nameOf);
    await choose(el, 0, 'Remove');
    expect(dialog(el).textContent).to.contain('It can no longer be used to sign in.');
    await submit(el);
    await waitUntil(() => statusText(el).endsWith('was removed.'), 'not announced');
    expect(items(el).map(nameOf)).to.deep.equal([second, third]);
    const removal = (await recordedRequests(tag))[1]!;
    expect(removal.method).to.equal('DELETE');
    expect(removal.path).to.match(/^\/api\/v1\/auth\/passwordless\/passkey\/credentials\/[0-9a-f]{24}$/);
    expect(removal.headers).to.deep.equal({ 'x-client-id': CLIENT_ID });
  });

  it('offers no action on a passkey without an id', async () => {
    const el = await withActions({ id: 'hostile-3' });
    expect(items(el)[0]!.querySelector('[part="actions-button"]')).to.equal(null);
    expect(items(el)[1]!.querySelector('[part="actions-button"]')).to.not.equal(null);
  });
});

describeHostileMatrix({
  ...suite,
  // An EnOS envelope holds no list of passkeys.
  envelopeMessage: /unexpected form/,
  idInPath: false,
  unnamed: 'Unnamed passkey',
});
