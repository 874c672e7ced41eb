/**
 * The reference server's writes (demo/server/writes.mjs, issue 18): each documented write answers as its
 * provider does, reads reflect it for the life of the server and per tenant, validation errors come in the
 * provider's shape, and the `/_faults/` prefix applies to writes too.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { startReferenceApi } from '../../demo/server/reference-api.mjs';
import { enosSignature } from '../../src/server/index.js';
import { DEMO_ENOS_APP, sha256 } from './gateway-fixture.js';

type Json = Record<string, unknown>;

describe('reference server: writes', () => {
  let api: { origin: string; close(): Promise<unknown> };
  before(async () => {
    api = await startReferenceApi();
  });
  after(() => api.close());

  const ssojet = (path: string, init: RequestInit = {}) =>
    fetch(`${api.origin}${path}${path.includes('?') ? '&' : '?'}client_id=demo-client`, {
      ...init,
      headers: { Authorization: 'Bearer demo-token', 'Content-Type': 'application/json', 'x-client-id': 'demo-client', ...init.headers },
    });
  const users = async (dataset: string) => (await (await ssojet(`/_data/${dataset}/api/v1/users`)).json()) as Json[];
  const roles = async (dataset: string) => ((await (await ssojet(`/_data/${dataset}/api/v1/roles`)).json()) as { roles: Json[] }).roles;
  const enos = (verb: string, orgId: string, body: unknown, prefix = '') =>
    fetch(`${api.origin}${prefix}/enos-iam-service/v2.3/user/sso/${verb}?orgId=${orgId}`, {
      method: 'POST',
      headers: { Authorization: 'Bearer demo-token', 'Content-Type': 'application/json' },
      body: JSON.stringify(body),
    });
  const ssoUsers = async (orgId: string) =>
    ((await (await fetch(`${api.origin}/enos-iam-service/v2.3/user/sso/list?orgId=${orgId}`, { headers: { Authorization: 'Bearer demo-token' } })).json()) as { users: Json[] }).users;

  it('SSOJet: removes a user, who stays removed in this data set only; a second remove is 404', async () => {
    const before = await users('w-remove');
    const id = String(before[0]?._id);
    assert.equal((await ssojet(`/_data/w-remove/api/v1/users/${id}`, { method: 'DELETE' })).status, 204);
    const after = await users('w-remove');
    assert.equal(after.length, before.length - 1);
    assert.ok(!after.some((user) => user._id === id));
    const again = await ssojet(`/_data/w-remove/api/v1/users/${id}`, { method: 'DELETE' });
    assert.equal(again.status, 404);
    assert.deepEqual(await again.json(), { error: 'resource_not_found', error_code: 801, error_description: 'User not found' });
    // Another tenant is untouched.
    assert.ok((await users('w-other')).length > 0);
  });

  it('SSOJet: sets roles with role_id, answering the user; reads show them; bad bodies are 400', async () => {
    const [user] = await users('w-roles');
    const [role] = await roles('w-roles');
    const answer = await ssojet(`/_data/w-roles/api/v1/users/${user?._id}/roles`, { method: 'PUT', body: JSON.stringify({ role_id: [role?.id] }) });
    assert.equal(answer.status, 200);
    const body = (await answer.json()) as Json;
    assert.deepEqual(body.roles, [{ role_id: role?.id, role_name: role?.name, permissions: role?.permission_ids }]);
    assert.deepEqual((await users('w-roles'))[0]?.roles, body.roles);
    for (const bad of [{}, { role_id: 'x' }, { role_id: ['no-such-role'] }]) {
      const refused = await ssojet(`/_data/w-roles/api/v1/users/${user?._id}/roles`, { method: 'PUT', body: JSON.stringify(bad) });
      assert.equal(refused.status, 400);
      assert.equal(((await refused.json()) as Json).error_code, 800);
    }
    assert.equal((await ssojet('/_data/w-roles/api/v1/users/missing-1/roles', { method: 'PUT', body: '{"role_id":[]}' })).status, 404);
  });

  it('SSOJet: creates a user (201), refuses a duplicate e-mail (409) and invalid fields (400)', async () => {
    const input = { email: 'New.Person@example.com', first_name: 'New', last_name: 'Person' };
    const created = await ssojet('/_data/w-create/api/v1/users', { method: 'POST', body: JSON.stringify(input) });
    assert.equal(created.status, 201);
    const user = (await created.json()) as Json;
    assert.equal(user.email, input.email);
    assert.ok((await users('w-create')).some((entry) => entry._id === user._id));
    const duplicate = await ssojet('/_data/w-create/api/v1/users', { method: 'POST', body: JSON.stringify({ ...input, email: 'new.person@EXAMPLE.com' }) });
    assert.equal(duplicate.status, 409);
    for (const bad of [{ ...input, email: 'not an address' }, { ...input, first_name: '' }, { ...input, last_name: 'x'.repeat(65) }]) {
      const refused = await ssojet('/_data/w-create/api/v1/users', { method: 'POST', body: JSON.stringify({ ...bad, email: bad.email === input.email ? 'other@example.com' : bad.email }) });
      assert.equal(refused.status, 400, JSON.stringify(bad));
      assert.match(String(((await refused.json()) as Json).error_description), /email|first_name|last_name/);
    }
  });

  it('SSOJet: verifies a user (the path is our reading of the documents)', async () => {
    const [user] = await users('w-verify');
    const answer = await ssojet(`/_data/w-verify/api/v1/users/${user?._id}/verify`, { method: 'POST' });
    assert.equal(answer.status, 200);
    assert.equal(((await answer.json()) as Json).email_verified, true);
    assert.equal((await users('w-verify'))[0]?.email_verified, true);
  });

  it('SSOJet: deletes a passkey, which the list then omits', async () => {
    const list = async () => (await (await ssojet('/_data/w-pk/api/v1/auth/passwordless/passkey/credentials')).json()) as Json[];
    const before = await list();
    const path = `/_data/w-pk/api/v1/auth/passwordless/passkey/credentials/${before[0]?.id}`;
    assert.equal((await ssojet(path, { method: 'DELETE' })).status, 204);
    assert.equal((await list()).length, before.length - 1);
    assert.equal((await ssojet(path, { method: 'DELETE' })).status, 404);
  });

  it('SSOJet: a write still needs the token and client id', async () => {
    const answer = await fetch(`${api.origin}/_data/w-auth/api/v1/users/x?client_id=demo-client`, { method: 'DELETE' });
    assert.equal(answer.status, 401);
    assert.equal((await ssojet('/_data/w-auth/api/v1/users/x', { method: 'PATCH' })).status, 405);
  });

  it('EnOS: create, update and delete in the envelope; reads reflect them; failures are success:false', async () => {
    const created = (await (await enos('create', 'w-org', { domain: 'okta-prod', userName: 'ann.lee', email: 'ann.lee@example.com' })).json()) as Json;
    assert.equal(created.success, true);
    assert.equal(created.status, 0);
    const userId = String(created.userId);
    assert.ok((await ssoUsers('w-org')).some((user) => user.id === userId && user.name === 'ann.lee'));
    const duplicate = (await (await enos('create', 'w-org', { domain: 'okta-prod', userName: 'ann2', email: 'ANN.LEE@example.com' })).json()) as Json;
    assert.equal(duplicate.success, false);
    assert.equal(duplicate.status, 30409);
    const invalid = (await (await enos('create', 'w-org', { domain: 'okta-prod', userName: '', email: 'x@example.com' })).json()) as Json;
    assert.deepEqual([invalid.success, invalid.status], [false, 30400]);
    const updated = (await (await enos('update', 'w-org', { userId, userName: 'ann.renamed' })).json()) as Json;
    assert.deepEqual([updated.success, updated.userId], [true, userId]);
    assert.equal((await ssoUsers('w-org')).find((user) => user.id === userId)?.name, 'ann.renamed');
    assert.equal(((await (await enos('delete', 'w-org', { userId })).json()) as Json).success, true);
    assert.ok(!(await ssoUsers('w-org')).some((user) => user.id === userId));
    const gone = (await (await enos('delete', 'w-org', { userId })).json()) as Json;
    assert.deepEqual([gone.success, gone.status], [false, 30404]);
  });

  it('EnOS: the seed organization answers from the store once written', async () => {
    const [first] = await ssoUsers('orgId');
    assert.equal(((await (await enos('delete', 'orgId', { userId: first?.id })).json()) as Json).success, true);
    assert.ok(!(await ssoUsers('orgId')).some((user) => user.id === first?.id));
  });

  it('EnOS: a gateway-signed write is checked over the exact body', async () => {
    const timestamp = Date.now();
    const token = (await (
      await fetch(`${api.origin}/apim-token-service/v2.0/token/get`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ appKey: DEMO_ENOS_APP.appKey, timestamp, encryption: sha256(DEMO_ENOS_APP.appKey + timestamp + DEMO_ENOS_APP.appSecret) }),
      })
    ).json()) as { data: { accessToken: string } };
    const body = JSON.stringify({ domain: 'azure-ad', userName: 'signed', email: 'signed@example.com' });
    const send = (signedBody: string) =>
      fetch(`${api.origin}/enos-iam-service/v2.3/user/sso/create?orgId=w-signed`, {
        method: 'POST',
        headers: {
          'apim-accesstoken': token.data.accessToken,
          'apim-timestamp': String(timestamp),
          'apim-signature': enosSignature({ accessToken: token.data.accessToken, query: [['orgId', 'w-signed']], body: signedBody, timestamp, appSecret: DEMO_ENOS_APP.appSecret }),
        },
        body,
      });
    assert.equal(((await (await send(body)).json()) as Json).success, true);
    const forged = await send(body.replace('signed@', 'other@'));
    assert.equal(forged.status, 401);
    assert.equal(((await forged.json()) as Json).status, 1003);
  });

  it('fault injection applies to writes: status, body, tag', async () => {
    const failed = await ssojet('/_faults/status=503,tag=w-fault/_data/w-fault/api/v1/users/x', { method: 'DELETE' });
    assert.equal(failed.status, 503);
    assert.equal(((await failed.json()) as Json).error, 'server_error');
    const recorded = (await (await fetch(`${api.origin}/_requests?tag=w-fault`)).json()) as Json[];
    assert.equal(recorded[0]?.method, 'DELETE');
    const enosFault = (await (await enos('delete', 'w-org2', { userId: 'x' }, '/_faults/body=enos-failure')).json()) as Json;
    assert.equal(enosFault.success, false);
    // A refused (faulted) write changed nothing.
    const [user] = await users('w-fault');
    assert.ok(user);
  });
});
