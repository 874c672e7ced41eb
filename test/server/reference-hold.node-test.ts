/**
 * The reference server's `hold=NAME` fault (demo/server/reference-api.mjs),
 * which the browser tests use to look at an answer still arriving: `/_held`
 * counts only answers whose client still waits. Counting an aborted one made
 * the engine's detach-and-re-attach test flaky: it saw "held" before the new
 * request arrived, released only the aborted answer and waited forever.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { startReferenceApi } from '../../demo/server/reference-api.mjs';
import { ORGS_PATH, SEED_USER_ID } from './gateway-fixture.js';

describe('reference server: hold=NAME', () => {
  let api: { origin: string; close(): Promise<unknown> };
  before(async () => {
    api = await startReferenceApi();
  });
  after(() => api.close());

  const held = async (name: string) => ((await (await fetch(`${api.origin}/_held?hold=${name}`)).json()) as { held: number }).held;
  const open = (name: string, signal?: AbortSignal) =>
    fetch(`${api.origin}/_faults/hold=${name}${ORGS_PATH(SEED_USER_ID)}?client_id=demo-client`, {
      headers: { Authorization: 'Bearer demo-token' },
      signal,
    });

  it('counts an answer while its client waits, and sends the rest on release', async () => {
    const answer = await open('kept');
    assert.equal(await held('kept'), 1);
    const release = await (await fetch(`${api.origin}/_release?hold=kept`, { method: 'POST' })).json();
    assert.deepEqual(release, { released: 1 });
    assert.equal(((await answer.json()) as { id: string }).id, SEED_USER_ID);
    assert.equal(await held('kept'), 0);
  });

  it('no longer counts an answer whose client went away', { timeout: 5000 }, async () => {
    const abort = new AbortController();
    const answer = await open('left', abort.signal);
    assert.equal(await held('left'), 1);
    abort.abort();
    await answer.text().catch(() => undefined);
    // The server learns of the closed socket a moment later: wait for that, as the browser tests wait for states.
    while ((await held('left')) !== 0);
    const again = await open('left');
    assert.equal(await held('left'), 1);
    await fetch(`${api.origin}/_release?hold=left`, { method: 'POST' });
    assert.equal(((await again.json()) as { id: string }).id, SEED_USER_ID);
  });
});
