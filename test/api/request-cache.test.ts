import { expect } from '@open-wc/testing';
import { sharedRequest } from '../../src/api/request-cache.js';
import { uniqueTag } from '../helpers/reference-api.js';

describe('sharedRequest', () => {
  const never = (signal: AbortSignal) =>
    new Promise<unknown>((_resolve, reject) => signal.addEventListener('abort', () => reject(signal.reason)));

  it('aborts the shared fetch only when every waiter has gone', async () => {
    const key = uniqueTag();
    let fetchSignal: AbortSignal | undefined;
    const send = (signal: AbortSignal) => {
      fetchSignal = signal;
      return never(signal);
    };
    const one = new AbortController();
    const two = new AbortController();
    const first = sharedRequest(key, { signal: one.signal }, send);
    const second = sharedRequest(key, { signal: two.signal }, () => Promise.reject(new Error('a second fetch started')));
    one.abort();
    await first.then(
      () => expect.fail('the first waiter should have been let go'),
      (error: unknown) => expect((error as DOMException).name).to.equal('AbortError'),
    );
    expect(fetchSignal!.aborted, 'aborted while a waiter remained').to.equal(false);
    two.abort();
    await second.catch(() => undefined);
    expect(fetchSignal!.aborted).to.equal(true);
  });

  it('starts afresh for a fresh request, and keeps nothing with a ttl of 0', async () => {
    const key = uniqueTag();
    let sent = 0;
    const send = async () => {
      sent += 1;
      return { sent };
    };
    expect(await sharedRequest(key, { cacheTtl: 0 }, send)).to.deep.equal({ sent: 1 });
    expect(await sharedRequest(key, {}, send)).to.deep.equal({ sent: 2 });
    expect(await sharedRequest(key, {}, send)).to.deep.equal({ sent: 2 });
    expect(await sharedRequest(key, { fresh: true }, send)).to.deep.equal({ sent: 3 });
    expect(await sharedRequest(key, {}, send)).to.deep.equal({ sent: 3 });
  });
});
