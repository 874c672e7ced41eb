/**
 * One request per query: identical requests in flight are shared, repeats
 * come from a short-lived cache, `refresh()` asks the server, and a stale
 * answer never renders. Counted with the reference server's request
 * recording (`tag=` in base-url, read back from `/_requests`).
 */
import { expect, fixture, waitUntil } from '@open-wc/testing';
import '../../src/elements/sso-user-list/sso-user-list.js';
import '../../src/elements/user-orgs/user-orgs.js';
import type { SsoUserList } from '../../src/elements/sso-user-list/sso-user-list.js';
import { items, untilLoaded } from '../helpers/element.js';
import { faultyBase, recordedRequests, TOKEN, uniqueTag, untilSettled } from '../helpers/reference-api.js';

function users(orgId: string, base: string, extra = ''): Promise<SsoUserList> {
  return fixture<SsoUserList>(`<sso-user-list token="${TOKEN}" org-id="${orgId}" base-url="${base}" ${extra}></sso-user-list>`);
}

describe('request sharing and cache', () => {
  it('three identical elements on one page make one request', async () => {
    const tag = uniqueTag();
    const base = faultyBase(`delay=200,tag=${tag}`);
    // Each element starts its request when it renders; the server answers after 200 ms.
    const lists = [await users('three-7', base), await users('three-7', base), await users('three-7', base)];
    await Promise.all(lists.map(untilLoaded));
    expect(lists.map((el) => items(el).length)).to.deep.equal([7, 7, 7]);
    expect(await recordedRequests(tag)).to.have.length(1);
  });

  it('does not share across tokens', async () => {
    const tag = uniqueTag();
    const base = faultyBase(`delay=100,tag=${tag}`);
    const a = await users('tokens-3', base);
    const b = await fixture<SsoUserList>(`<sso-user-list token="other-token" org-id="tokens-3" base-url="${base}"></sso-user-list>`);
    await untilLoaded(a);
    await waitUntil(() => b.shadowRoot!.querySelector('[role="alert"]'), 'the other token was not refused');
    const requests = await recordedRequests(tag);
    expect(requests.map((r) => r.authorization).sort()).to.deep.equal(['Bearer demo-token', 'Bearer other-token']);
  });

  it('answers a repeat from the cache, unless cache-ttl is 0; refresh() asks the server', async () => {
    const tag = uniqueTag();
    const base = faultyBase(`tag=${tag}`);
    const first = await users('repeat-4', base);
    await untilLoaded(first);
    const second = await users('repeat-4', base);
    await untilLoaded(second);
    expect(items(second)).to.have.length(4);
    expect(await recordedRequests(tag)).to.have.length(1);

    const uncached = await users('repeat-4', base, 'cache-ttl="0"');
    await untilLoaded(uncached);
    expect(await recordedRequests(tag)).to.have.length(2);

    await second.refresh();
    await waitUntil(async () => (await recordedRequests(tag)).length === 3, 'refresh() did not reach the server');
  });

  it('expires cached answers after cache-ttl milliseconds', async () => {
    const tag = uniqueTag();
    const base = faultyBase(`tag=${tag}`);
    const first = await users('expire-2', base, 'cache-ttl="50"');
    await untilLoaded(first);
    // Elements made after it are answered from the cache until, 50 ms on, one asks the server again.
    await waitUntil(
      async () => {
        const next = await users('expire-2', base, 'cache-ttl="50"');
        await untilLoaded(next);
        expect(items(next)).to.have.length(2);
        return (await recordedRequests(tag)).length === 2;
      },
      'the cached answer never expired',
      { timeout: 5000 },
    );
  });

  it('never caches a failure: Try again asks the server again', async () => {
    const tag = uniqueTag();
    const el = await users('fails-3', faultyBase(`status=503,retry-after=none,tag=${tag}`));
    await waitUntil(() => el.shadowRoot!.querySelector('[part="retry-button"]'), 'no error shown');
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part="retry-button"]')!.click();
    await waitUntil(async () => (await recordedRequests(tag)).length === 2, 'retry did not reach the server');
  });

  it('an element that changes its input leaves a shared request to the others', async () => {
    const tag = uniqueTag();
    const base = faultyBase(`delay=300,tag=${tag}`);
    const stays = await users('shared-5', base);
    const moves = await users('shared-5', base);
    moves.orgId = 'moved-2';
    await untilLoaded(stays);
    await untilLoaded(moves);
    expect(items(stays)).to.have.length(5);
    expect(items(moves)).to.have.length(2);
    // One request each; which reaches the server first is the network's business.
    const paths = (await recordedRequests(tag)).map((r) => r.query['orgId']![0]);
    expect(paths).to.have.members(['shared-5', 'moved-2']);
  });

  it('never renders a stale answer, even when the current one comes from the cache', async () => {
    const tag = uniqueTag();
    const base = faultyBase(`delay=300,tag=${tag}`);
    const el = await users('stale-a-3', base);
    await untilLoaded(el);
    el.orgId = 'stale-b-6'; // slow: 300 ms
    await waitUntil(async () => (await recordedRequests(tag)).length === 2, 'no request for stale-b-6');
    el.orgId = 'stale-a-3'; // cached: at once
    await waitUntil(() => el.shadowRoot!.querySelector('[part~="list"]')?.getAttribute('aria-busy') === 'false');
    expect(items(el)).to.have.length(3);
    // The answer for stale-b-6 is done with (aborted, or sent late) and must not have rendered.
    await untilSettled(tag, 2);
    await el.updateComplete;
    expect(items(el), 'the answer for stale-b-6 rendered').to.have.length(3);
  });
});
