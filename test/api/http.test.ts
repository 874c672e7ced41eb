import { expect } from '@open-wc/testing';
import { capText, IamError, MAX_SERVER_MESSAGE_LENGTH } from '../../src/api/errors.js';
import { buildUrl, getJson } from '../../src/api/http.js';
import { API, CLIENT_ID, faultyBase, SEED_USER_ID, TOKEN } from '../helpers/reference-api.js';

const seedPath = ['api', 'account', 'identity', 'users', SEED_USER_ID, 'organizations'];

async function failure(promise: Promise<unknown>): Promise<IamError> {
  try {
    await promise;
  } catch (error) {
    expect(error).to.be.instanceOf(IamError);
    return error as IamError;
  }
  throw new Error('expected a failure');
}

describe('http: getJson against the reference server', () => {
  it('returns the parsed body', async () => {
    const body = (await getJson(buildUrl(API, seedPath, { client_id: CLIENT_ID }), { token: TOKEN })) as { id: string };
    expect(body.id).to.equal(SEED_USER_ID);
  });

  it('reads SSOJet’s error body: status, vendor code and description, never the body itself', async () => {
    const error = await failure(getJson(buildUrl(API, seedPath, { client_id: 'nope' }), { token: TOKEN }));
    expect([error.kind, error.status, error.vendorCode, error.serverMessage]).to.deep.equal([
      'http',
      401,
      1001,
      'The client is invalid or missing.',
    ]);
    expect(error.message).not.to.contain('{');
  });

  it('reads EnOS’s envelope on an HTTP error', async () => {
    const url = buildUrl(API, ['enos-iam-service', 'v2.3', 'user', 'sso', 'list'], { orgId: 'x' });
    const error = await failure(getJson(url, { token: 'wrong' }));
    expect([error.status, error.vendorCode, error.serverMessage]).to.deep.equal([401, 30401, 'The access token is missing or invalid.']);
  });

  it('classifies a dropped connection as network, a hang as timeout, HTML as parse', async () => {
    const url = (spec: string) => buildUrl(faultyBase(spec), seedPath, { client_id: CLIENT_ID });
    expect((await failure(getJson(url('drop'), { token: TOKEN }))).kind).to.equal('network');
    expect((await failure(getJson(url('hang'), { token: TOKEN, timeout: 200 }))).kind).to.equal('timeout');
    const parse = await failure(getJson(url('body=html'), { token: TOKEN }));
    expect(parse.kind).to.equal('parse');
    expect(parse.message).not.to.contain('Bad gateway');
  });

  it('rethrows an abort by the caller as AbortError, not as a failure', async () => {
    const controller = new AbortController();
    const pending = getJson(buildUrl(faultyBase('delay=500'), seedPath, { client_id: CLIENT_ID }), {
      token: TOKEN,
      signal: controller.signal,
    });
    controller.abort();
    const error = await pending.catch((e: unknown) => e);
    expect(error).to.be.instanceOf(DOMException);
    expect((error as DOMException).name).to.equal('AbortError');
  });
});

describe('http: buildUrl', () => {
  it('resolves a base relative to the page', () => {
    expect(buildUrl('/proxy', ['a']).href).to.equal(`${location.origin}/proxy/a`);
  });

  it('refuses what is not an http(s) URL', () => {
    expect(() => buildUrl('http://[::1', ['a'])).to.throw(IamError).with.property('kind', 'config');
    expect(() => buildUrl('javascript:alert(1)', ['a'])).to.throw(IamError).with.property('kind', 'config');
  });
});

describe('errors: capText', () => {
  it('folds whitespace and caps the length', () => {
    expect(capText('  a \n\t b ')).to.equal('a b');
    const capped = capText('x'.repeat(5000));
    expect(capped).to.have.length(MAX_SERVER_MESSAGE_LENGTH);
    expect(capped.endsWith('…')).to.equal(true);
  });
});
