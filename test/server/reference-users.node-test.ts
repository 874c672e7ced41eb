/**
 * The reference server's `GET /api/v1/users?email=` (issue 17): SSOJet documents `email` as a filter and
 * no more, so the server takes the narrowest reading, the whole address, case-insensitively; paging
 * (`limit`, `cursor`) applies to the filtered users.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { startReferenceApi } from '../../demo/server/reference-api.mjs';

interface UsersPage {
  next_cursor: string;
  users: { email: string }[];
}

describe('reference server: the users’ `email` filter', () => {
  let api: { origin: string; close(): Promise<unknown> };
  before(async () => {
    api = await startReferenceApi();
  });
  after(() => api.close());

  const users = async (query: string) => {
    const response = await fetch(`${api.origin}/_data/new-25/api/v1/users?client_id=demo-client&${query}`, {
      headers: { Authorization: 'Bearer demo-token' },
    });
    assert.equal(response.status, 200);
    return (await response.json()) as UsersPage;
  };

  it('keeps the user whose whole address is the one given, in any case, on one page', async () => {
    const all = await users('limit=50');
    const address = all.users[7]!.email;
    const found = await users(`email=${encodeURIComponent(address.toUpperCase())}&limit=10`);
    assert.deepEqual(found.users.map((user) => user.email), [address]);
    assert.equal(found.next_cursor, '');
  });

  it('matches no part of an address: a prefix, a domain or a substring finds nobody', async () => {
    const address = (await users('limit=1')).users[0]!.email;
    for (const part of [address.slice(0, 4), '@example.com', address.slice(1)]) {
      assert.deepEqual((await users(`email=${encodeURIComponent(part)}`)).users, [], part);
    }
  });

  it('without `email` (or with an empty one) answers every user, paged', async () => {
    for (const query of ['limit=10', 'limit=10&email=']) {
      const page = await users(query);
      assert.equal(page.users.length, 10);
      assert.equal(page.next_cursor, 'o10');
    }
  });
});
