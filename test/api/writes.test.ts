/**
 * The write functions (src/api/ssojet/writes.ts, src/api/enos-writes.ts; issue 18) against the reference
 * server: success, the server's refusal as an IamError, EnOS `success:false` as failure, no automatic retry,
 * an unanswered write's outcome unknown, and invalid input refused before anything is sent.
 */
import { expect } from '@open-wc/testing';
import { IamError } from '../../src/api/errors.js';
import { createSsoUser, deleteSsoUser, updateSsoUser, validateNewSsoUser } from '../../src/api/enos-writes.js';
import { fetchSsoUsers } from '../../src/api/enos.js';
import { createUser, fetchPasskeys, fetchUsers, removePasskey, removeUser, setUserRoles, validateNewUser, verifyUser, PASSKEYS_PATH, USERS_PATH } from '../../src/api/ssojet.js';
import { API, CLIENT_ID, faultyBase, recordedRequests, TOKEN, uniqueTag } from '../helpers/reference-api.js';

const failure = async (promise: Promise<unknown>): Promise<IamError> => {
  try {
    await promise;
  } catch (error) {
    if (error instanceof IamError) return error;
    throw error;
  }
  throw new Error('expected a failure');
};

describe('api writes: SSOJet', () => {
  const request = (baseUrl: string) => ({ baseUrl, token: TOKEN, clientId: CLIENT_ID });
  const base = (dataset: string) => `${API}/_data/${dataset}`;

  it('creates, verifies, sets roles of and removes a user; the list reflects each', async () => {
    const dataset = `api-${uniqueTag()}`;
    const user = await createUser(request(base(dataset)), { email: `${dataset}@example.com`, firstName: 'Ada', lastName: 'Byron' });
    expect(user.email).to.equal(`${dataset}@example.com`);
    expect((await verifyUser(request(base(dataset)), String(user.id)))?.emailVerified).to.equal(true);
    await setUserRoles(request(base(dataset)), String(user.id), []);
    await removeUser(request(base(dataset)), String(user.id));
    const list = await fetchUsers({ ...request(base(dataset)), path: USERS_PATH, fresh: true });
    expect(list.items.map((entry) => entry.id)).not.to.include(user.id);
  });

  it('maps a refusal to an http IamError with the provider’s text: 409 duplicate, 404 unknown', async () => {
    const dataset = `api-${uniqueTag()}`;
    const input = { email: `${dataset}@example.com`, firstName: 'A', lastName: 'B' };
    await createUser(request(base(dataset)), input);
    const duplicate = await failure(createUser(request(base(dataset)), input));
    expect([duplicate.kind, duplicate.status, duplicate.serverMessage]).to.deep.equal(['http', 409, 'A user with this email already exists.']);
    const missing = await failure(removeUser(request(base(dataset)), 'missing-1'));
    expect([missing.kind, missing.status]).to.deep.equal(['http', 404]);
  });

  it('validates before sending: per-field problems, and nothing sent when invalid', async () => {
    expect(validateNewUser({ email: 'nope', firstName: '', lastName: 'x'.repeat(65) })).to.deep.equal({ email: 'email', firstName: 'required', lastName: 'too-long' });
    expect(validateNewUser({ email: 'a@b.co', firstName: 'A', lastName: 'B' })).to.deep.equal({});
    const tag = uniqueTag();
    const error = await failure(createUser(request(faultyBase(`tag=${tag}`)), { email: 'nope', firstName: 'A', lastName: 'B' }));
    expect(error.kind).to.equal('config');
    expect(await recordedRequests(tag)).to.have.length(0);
  });

  it('never retries a write: a 503 with Retry-After is one request', async () => {
    const tag = uniqueTag();
    const error = await failure(removeUser(request(faultyBase(`status=503,retry-after=0,tag=${tag}`)), 'anyone'));
    expect(error.status).to.equal(503);
    expect(await recordedRequests(tag)).to.have.length(1);
  });

  it('an unanswered write is a timeout whose outcome is unknown', async () => {
    const error = await failure(removeUser({ ...request(faultyBase('hang')), timeout: 200 }, 'anyone'));
    expect([error.kind, error.outcomeUnknown]).to.deep.equal(['timeout', true]);
  });

  it('removes a passkey, the client id in x-client-id', async () => {
    const dataset = `api-${uniqueTag()}`;
    const passkeys = () => fetchPasskeys({ ...request(base(dataset)), path: PASSKEYS_PATH, fresh: true });
    const [first] = (await passkeys()).items;
    await removePasskey({ ...request(base(dataset)), path: PASSKEYS_PATH }, String(first?.id));
    expect((await passkeys()).items.map((passkey) => passkey.id)).not.to.include(first?.id);
  });
});

describe('api writes: EnOS', () => {
  const request = (orgId: string, baseUrl = API) => ({ baseUrl, token: TOKEN, orgId });

  it('creates, updates and deletes an SSO user; the list reflects each', async () => {
    const orgId = `api-${uniqueTag()}`;
    const userId = await createSsoUser(request(orgId), { domain: 'okta-prod', userName: 'ann', email: `${orgId}@example.com` });
    expect(userId).to.be.a('string');
    await updateSsoUser(request(orgId), { userId: String(userId), userName: 'ann.b' });
    const users = await fetchSsoUsers({ ...request(orgId), fresh: true });
    expect(users.find((user) => user.id === userId)?.name).to.equal('ann.b');
    await deleteSsoUser(request(orgId), String(userId));
    expect((await fetchSsoUsers({ ...request(orgId), fresh: true })).map((user) => user.id)).not.to.include(userId);
  });

  it('counts success:false as failure (an envelope error with the status and message)', async () => {
    const error = await failure(deleteSsoUser(request(`api-${uniqueTag()}`), 'nobody'));
    expect([error.kind, error.vendorCode, error.serverMessage]).to.deep.equal(['envelope', 30404, 'The user does not exist.']);
    const injected = await failure(deleteSsoUser(request('any', faultyBase('body=enos-success-false')), 'nobody'));
    expect(injected.kind).to.equal('envelope');
  });

  it('validates before sending', () => {
    expect(validateNewSsoUser({ domain: 'idp', userName: ' ', email: 'a@b' })).to.deep.equal({ userName: 'required', email: 'email' });
  });
});
