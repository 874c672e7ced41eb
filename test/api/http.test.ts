import { expect, waitUntil } from '@open-wc/testing';
import { capText, IamError, MAX_SERVER_MESSAGE_LENGTH } from '../../src/api/errors.js';
import { buildUrl, DEFAULT_TIMEOUT_MS, effectiveTimeout, getJson, isLoopback, PREFIX_LENGTH } from '../../src/api/http.js';
import { MAX_RETRY_AFTER_MS, parseRetryAfter, readHttpError } from '../../src/api/http-failure.js';
import { previewPrefix } from '../../src/api/partial-json.js';
import { fetchSsoUsers } from '../../src/api/enos.js';
import { fetchPasskeys, fetchRoles, fetchUserOrganizations, fetchUsers, LOGIN_LOGS_PATH, fetchLoginLogs, PERMISSIONS_PATH, ROLES_PATH, renamePasskey, USERS_PATH } from '../../src/api/ssojet.js';
import { API, CLIENT_ID, faultyBase, recordedRequests, releaseHeld, SEED_USER_ID, TOKEN, uniqueTag, untilHeld } from '../helpers/reference-api.js';

const seedPath = ['api', 'account', 'identity', 'users', SEED_USER_ID, 'organizations'];
/** The parsed answer itself, for the tests of what comes before any reader. */
const getAnswer = (url: URL, options: Parameters<typeof getJson>[1]) => getJson(url, options, (body) => body);

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
    const body = (await getAnswer(buildUrl(API, seedPath, { client_id: CLIENT_ID }), { token: TOKEN })) as { id: string };
    expect(body.id).to.equal(SEED_USER_ID);
  });

  it('keeps what its reader made, not the answer; a reader of its own asks again', async () => {
    const tag = uniqueTag();
    const url = buildUrl(faultyBase(`tag=${tag}`), seedPath, { client_id: CLIENT_ID });
    let reads = 0;
    const read = (body: unknown) => ({ read: (reads += 1), body });
    const first = await getJson(url, { token: TOKEN }, read);
    expect(await getJson(url, { token: TOKEN }, read), 'the very items kept').to.equal(first);
    expect(await getJson(url, { token: TOKEN }, (body) => body)).to.deep.equal(first.body);
    expect(reads).to.equal(1);
    expect(await recordedRequests(tag)).to.have.length(2);
  });

  it('reads SSOJet’s error body: status, vendor code and description, never the body itself', async () => {
    const error = await failure(getAnswer(buildUrl(API, seedPath, { client_id: 'nope' }), { token: TOKEN }));
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
    const error = await failure(getAnswer(url, { token: 'wrong' }));
    expect([error.status, error.vendorCode, error.serverMessage]).to.deep.equal([401, 30401, 'The access token is missing or invalid.']);
  });

  it('classifies a dropped connection as network, a hang as timeout, HTML as parse', async () => {
    const url = (spec: string) => buildUrl(faultyBase(spec), seedPath, { client_id: CLIENT_ID });
    expect((await failure(getAnswer(url('drop'), { token: TOKEN }))).kind).to.equal('network');
    expect((await failure(getAnswer(url('hang'), { token: TOKEN, timeout: 200 }))).kind).to.equal('timeout');
    const parse = await failure(getAnswer(url('body=html'), { token: TOKEN }));
    expect(parse.kind).to.equal('parse');
    expect(parse.message).not.to.contain('Bad gateway');
  });

  it('rethrows an abort by the caller as AbortError, not as a failure', async () => {
    const controller = new AbortController();
    const pending = getAnswer(buildUrl(faultyBase('delay=500'), seedPath, { client_id: CLIENT_ID }), {
      token: TOKEN,
      signal: controller.signal,
    });
    controller.abort();
    const error = await pending.catch((e: unknown) => e);
    expect(error).to.be.instanceOf(DOMException);
    expect((error as DOMException).name).to.equal('AbortError');
  });
});

describe('http: an answer from another origin (a redirect, issue 19)', () => {
  const url = (spec: string) => buildUrl(faultyBase(spec), seedPath, { client_id: CLIENT_ID });
  /** The reference server as the other name of this machine: 127.0.0.1 and localhost swapped, as its `redirect` does. */
  const otherOrigin = new URL(API).origin.replace('127.0.0.1', 'localhost');

  for (const status of [302, 307]) {
    it(`refuses a ${status} to another origin that serves data to anyone, showing none of it`, async () => {
      const tag = uniqueTag();
      const previews: string[] = [];
      const error = await failure(
        getAnswer(url(`tag=${tag},redirect=${status},open`), { token: TOKEN, cacheTtl: 0, onPrefix: (prefix) => void previews.push(prefix) }),
      );
      expect(error.kind).to.equal('config');
      expect(error.message).to.contain('redirected the request to another origin').and.contain(otherOrigin);
      expect(previews, 'nothing of the answer is handed on').to.deep.equal([]);
      // The other origin did answer (with data, without the token): that answer is what was refused.
      const [first, redirected] = await recordedRequests(tag);
      expect(first!.authorization).to.equal(`Bearer ${TOKEN}`);
      expect(redirected!.authorization).to.equal(null);
    });
  }

  it('refuses it before reading an error status from the other origin', async () => {
    // Without `open`, the other origin answers 401 to the token-less request: still its answer, not base-url's.
    const error = await failure(getAnswer(url('redirect'), { token: TOKEN, cacheTtl: 0 }));
    expect([error.kind, error.status]).to.deep.equal(['config', undefined]);
  });

  for (const status of [302, 307]) {
    it(`follows a ${status} within base-url's origin, token included`, async () => {
      const tag = uniqueTag();
      const body = (await getAnswer(url(`tag=${tag},redirect=${status},redirect-to=same`), { token: TOKEN, cacheTtl: 0 })) as { id: string };
      expect(body.id).to.equal(SEED_USER_ID);
      const requests = await recordedRequests(tag);
      expect(requests.map((request) => request.authorization)).to.deep.equal([`Bearer ${TOKEN}`, `Bearer ${TOKEN}`]);
    });
  }
});

describe('http: inputs that cannot be sent (issue 19)', () => {
  const lone = 'ab\uD800cd';
  const roles = (base: string, headers: { accountId?: string; envId?: string }) =>
    fetchRoles({ baseUrl: base, token: TOKEN, clientId: CLIENT_ID, path: ROLES_PATH, permissionsPath: PERMISSIONS_PATH, ...headers });
  /** Each case's request, on a base-url that records under `tag`: nothing may arrive there. */
  const cases: Array<[string, RegExp, (base: string) => Promise<unknown>]> = [
    ['a line break in client-id (query)', /^client-id holds a line break/, (base) => fetchUsers({ baseUrl: base, token: TOKEN, clientId: 'demo\nclient', path: USERS_PATH })],
    ['a carriage return in client-id (x-client-id header)', /^client-id holds a line break or NUL/, (base) =>
      fetchPasskeys({ baseUrl: base, token: TOKEN, clientId: 'demo\rclient', path: '/api/v1/auth/passwordless/passkey/credentials' })],
    ['a NUL in account-id (header)', /^account-id holds a line break or NUL/, (base) => roles(base, { accountId: 'acc\0' })],
    ['a line break in env-id (header)', /^env-id holds a line break/, (base) => roles(base, { envId: 'env\n1' })],
    ['a character above U+00FF in account-id (header)', /^account-id holds characters an HTTP header cannot carry/, (base) => roles(base, { accountId: 'konto-\u4e00' })],
    ['a line break in email (user-list’s filter)', /^email holds a line break/, (base) => fetchUsers({ baseUrl: base, token: TOKEN, clientId: CLIENT_ID, path: USERS_PATH, email: 'a@b\r\n' })],
    ['a lone surrogate in permissions-path', /^permissions-path holds half of a character/, (base) =>
      fetchRoles({ baseUrl: base, token: TOKEN, clientId: CLIENT_ID, path: ROLES_PATH, permissionsPath: `/api/v1/permissions${lone}` })],
    ['a lone surrogate in client-id', /^client-id holds half of a character/, (base) => fetchUsers({ baseUrl: base, token: TOKEN, clientId: lone, path: USERS_PATH })],
    ['a lone surrogate in user-id (path)', /^user-id holds half of a character/, (base) =>
      fetchUserOrganizations({ baseUrl: base, token: TOKEN, clientId: CLIENT_ID, userId: lone })],
    ['a line break in user-id (a path placeholder)', /^user-id holds a line break/, (base) =>
      fetchLoginLogs({ baseUrl: base, token: TOKEN, clientId: CLIENT_ID, path: LOGIN_LOGS_PATH, pathValues: { 'user-id': 'u\n1' } })],
    ['a lone surrogate in the path', /^path holds half of a character/, (base) =>
      fetchUsers({ baseUrl: base, token: TOKEN, clientId: CLIENT_ID, path: `/api/v1/users${lone.slice(2, 3)}` })],
    ['a lone surrogate in org-id', /^org-id holds half of a character/, (base) => fetchSsoUsers({ baseUrl: base, token: TOKEN, orgId: lone })],
    ['a line break in user-name (EnOS filter)', /^user-name holds a line break/, (base) => fetchSsoUsers({ baseUrl: base, token: TOKEN, orgId: 'o', userName: 'a\nb' })],
    ['a lone surrogate in base-url', /^base-url holds half of a character/, (base) => fetchSsoUsers({ baseUrl: `${base}/${lone}`, token: TOKEN, orgId: 'o' })],
    ['a lone surrogate in a passkey’s new name (the body)', /^the new name holds half of a character/, (base) =>
      renamePasskey({ baseUrl: base, token: TOKEN, clientId: CLIENT_ID, path: '/api/v1/auth/passwordless/passkey/credentials' }, 'cred-1', lone)],
  ];

  for (const [what, message, send] of cases) {
    it(`refuses ${what} as a config error naming the input, sending nothing`, async () => {
      const tag = uniqueTag();
      const error = await failure(send(faultyBase(`tag=${tag}`)));
      expect(error.kind).to.equal('config');
      expect(error.message).to.match(message).and.match(/which cannot be sent$/);
      expect(await recordedRequests(tag)).to.deep.equal([]);
    });
  }

  it('refuses what an earlier answer gave as unsendable too: a cursor, a passkey id', async () => {
    const tag = uniqueTag();
    const base = faultyBase(`tag=${tag}`);
    const list = { baseUrl: base, token: TOKEN, clientId: CLIENT_ID, path: USERS_PATH };
    expect((await failure(fetchUsers({ ...list, cursor: lone }))).message).to.match(/^the next page’s cursor holds half of a character/);
    const rename = renamePasskey({ ...list, path: '/api/v1/auth/passwordless/passkey/credentials' }, 'cred\n1', 'New name');
    expect((await failure(rename)).message).to.match(/^an id holds a line break/);
    expect(await recordedRequests(tag)).to.deep.equal([]);
  });

  it('still sends what can be sent: a surrogate pair, a tab, Latin-1 in a header', async () => {
    const [rolesTag, seedTag] = [uniqueTag(), uniqueTag()];
    await roles(faultyBase(`tag=${rolesTag}`), { accountId: 'k\u00f6nto\tx' });
    const url = buildUrl(faultyBase(`tag=${seedTag}`), seedPath, { client_id: CLIENT_ID, note: 'emoji \uD83D\uDE00' });
    await getAnswer(url, { token: TOKEN, cacheTtl: 0 });
    const [rolesRequest] = await recordedRequests(rolesTag);
    const [seed] = await recordedRequests(seedTag);
    expect(rolesRequest!.headers).to.deep.equal({ accountid: 'k\u00f6nto\tx' });
    expect(seed!.query['note']).to.deep.equal(['emoji \uD83D\uDE00']);
  });
});

describe('http: the start of a long answer (onPrefix, previewPrefix)', () => {
  const ssoList = (base: string, orgId: string) => buildUrl(base, ['enos-iam-service', 'v2.3', 'user', 'sso', 'list'], { orgId });
  const headers = { Authorization: `Bearer ${TOKEN}` };
  const notYet = () => false;

  it('is handed over once, before the whole answer, for a long answer only', async () => {
    const prefixes: string[] = [];
    let whole = false;
    const request = getAnswer(ssoList(faultyBase('trickle=400'), 'prefix-2000'), {
      token: TOKEN,
      cacheTtl: 0,
      onPrefix: (text) => void prefixes.push(whole ? 'late' : text),
    }).then((body) => {
      whole = true;
      return body as { users: unknown[] };
    });
    const body = await request;
    expect(prefixes).to.have.length(1);
    expect(prefixes[0]!.length, 'no more is handed over').to.equal(PREFIX_LENGTH);
    expect(JSON.stringify(body).startsWith(prefixes[0]!.slice(0, 100))).to.equal(true);

    const short: string[] = [];
    await getAnswer(ssoList(API, 'prefix-5'), { token: TOKEN, cacheTtl: 0, onPrefix: (text) => void short.push(text) });
    expect(short, 'a short answer is read whole').to.deep.equal([]);
  });

  it('reads the text as Response.text() does, characters split across chunks included', async () => {
    // Hostile users (right-to-left text, emoji, huge strings), trickled: many chunks, cut wherever the network cut them.
    const url = ssoList(faultyBase('trickle=50'), 'hostile-2000');
    const read = await getAnswer(url, { token: TOKEN, cacheTtl: 0 });
    const reference: unknown = JSON.parse(await (await fetch(url, { headers })).text());
    expect(read).to.deep.equal(reference);
  });

  it('is not shown once the whole answer is in', async () => {
    await previewPrefix('{"users":[', TOKEN, () => true, () => expect.fail('shown although the whole answer is in'));
  });

  it('has the whole answer wait for what the start was given to (its rows painted)', async () => {
    const hold = uniqueTag();
    let painted: (() => void) | undefined;
    let arrived: () => boolean = notYet;
    let settled = false;
    const request = getAnswer(ssoList(faultyBase(`hold=${hold}`), 'prefix-wait-2000'), {
      token: TOKEN,
      cacheTtl: 0,
      onPrefix: (_prefix, _token, hasArrived) => {
        arrived = hasArrived;
        return new Promise<void>((resolve) => (painted = resolve));
      },
    }).finally(() => (settled = true));
    await untilHeld(hold);
    await releaseHeld(hold);
    await waitUntil(() => arrived() && painted, 'the whole answer or its start never arrived');
    await Promise.resolve();
    expect(settled, 'parsed before the early rows were painted').to.equal(false);
    painted!();
    expect(((await request) as { users: unknown[] }).users).to.have.length(2000);
  });

  it('is not shown when it holds the token in any form (issue 19)', async () => {
    const token = 'tok<en>&abc123';
    const escaped = token.replace(/[<>&]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
    const rows = (first: string) => `{"users":[{"name":"${first}"},${'{"name":"x"},'.repeat(PREFIX_LENGTH / 10)}{"name":"y"}]}`.slice(0, PREFIX_LENGTH);
    const seen: string[] = [];
    for (const first of [escaped, encodeURIComponent(token), 'nobody']) {
      await previewPrefix(rows(first), token, notYet, () => void seen.push(first));
    }
    expect(seen).to.deep.equal(['nobody']);
  });

  it('is not handed over for an error, and one that throws loses nothing else', async () => {
    const prefixes: string[] = [];
    await failure(getAnswer(ssoList(faultyBase('status=404'), 'prefix-404'), { token: TOKEN, onPrefix: (text) => void prefixes.push(text) }));
    expect(prefixes).to.deep.equal([]);
    for (const broken of [() => Promise.reject(new Error('a broken preview')), () => { throw new Error('a broken preview'); }]) {
      const body = (await getAnswer(ssoList(faultyBase('trickle=100'), 'prefix-throw-2000'), { token: TOKEN, cacheTtl: 0, onPrefix: broken })) as {
        users: unknown[];
      };
      expect(body.users).to.have.length(2000);
    }
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

  it('allows plain http: only to this machine', () => {
    for (const base of ['http://localhost:8787', 'http://127.0.0.1/x', 'http://127.1.2.3', 'http://[::1]:99', 'http://app.localhost', 'https://api.example.com']) {
      expect(() => buildUrl(base, ['a']), base).not.to.throw();
    }
    for (const base of ['http://api.example.com', 'http://10.0.0.1', 'http://localhost.example.com', 'http://127.0.0.1.nip.io']) {
      expect(() => buildUrl(base, ['a']), base).to.throw(IamError, /must start with https:\/\//);
    }
    expect(isLoopback('LOCALHOST')).to.equal(true);
  });

  it('refuses credentials in base-url without quoting them', () => {
    const error = (() => {
      try {
        buildUrl('https://user:s3cret@api.example.com', ['a']);
      } catch (e) {
        return e as IamError;
      }
      throw new Error('expected a failure');
    })();
    expect(error.kind).to.equal('config');
    expect(error.message).not.to.contain('s3cret');
  });

  it('keeps `../` inside one segment and refuses dot segments', () => {
    expect(buildUrl('https://h/p/', ['users', '../../x', 'orgs']).pathname).to.equal('/p/users/..%2F..%2Fx/orgs');
    expect(buildUrl('https://h/p', ['users', '.hidden', '...']).pathname).to.equal('/p/users/.hidden/...');
    for (const segment of ['.', '..']) {
      expect(() => buildUrl('https://h', ['users', segment, 'orgs'])).to.throw(IamError, /cannot be used as an id/);
    }
  });
});

describe('http: effectiveTimeout', () => {
  it('means the default for anything that is not a number, not "wait forever"', () => {
    expect([Number.NaN, undefined, Infinity].map(effectiveTimeout)).to.deep.equal([DEFAULT_TIMEOUT_MS, DEFAULT_TIMEOUT_MS, DEFAULT_TIMEOUT_MS]);
    expect([0, -1, 300].map(effectiveTimeout)).to.deep.equal([0, -1, 300]);
  });
});

describe('http: Retry-After', () => {
  const now = Date.UTC(2026, 10, 23, 12, 0, 0);

  it('reads delay-seconds and the three HTTP-date forms', () => {
    expect(parseRetryAfter('3', now)).to.equal(3000);
    expect(parseRetryAfter(' 0 ', now)).to.equal(0);
    expect(parseRetryAfter('Mon, 23 Nov 2026 12:00:05 GMT', now)).to.equal(5000);
    expect(parseRetryAfter('Monday, 23-Nov-26 12:00:07 GMT', now)).to.equal(7000);
    expect(parseRetryAfter('Mon Nov 23 12:00:09 2026', now)).to.be.a('number');
    // A date in the past means "now".
    expect(parseRetryAfter('Sun, 06 Nov 1994 08:49:37 GMT', now)).to.equal(0);
  });

  it('ignores what is neither', () => {
    for (const value of [null, '', 'soon', '-1', '1.5', '2026-11-23T12:00:05Z', 'Mon, 99 Foo 2026']) {
      expect(parseRetryAfter(value, now), String(value)).to.equal(undefined);
    }
  });

  it('retries once when the wait is within the cap, and not at all beyond it', async () => {
    const url = (spec: string) => buildUrl(faultyBase(spec), seedPath, { client_id: CLIENT_ID });
    const within = uniqueTag();
    const body = (await getAnswer(url(`tag=${within},status=429,retry-after=0,times=1`), { token: TOKEN })) as { id: string };
    expect(body.id).to.equal(SEED_USER_ID);
    expect(await recordedRequests(within)).to.have.length(2);

    const beyond = uniqueTag();
    const error = await failure(getAnswer(url(`tag=${beyond},status=429,retry-after=${MAX_RETRY_AFTER_MS / 1000 + 1}`), { token: TOKEN }));
    expect(error.status).to.equal(429);
    expect(await recordedRequests(beyond)).to.have.length(1);
  });
});

describe('http: readHttpError', () => {
  it('replaces the token in what the server says, when the token is long enough to be one', () => {
    const body = JSON.stringify({ error_description: 'token abcdefgh1234 is expired' });
    expect(readHttpError(401, body, 'abcdefgh1234').serverMessage).to.equal('token [token] is expired');
    // JSON may write `/` as `\/` (PHP does) and must escape `"` and `\`.
    const slashy = 'ab/cd"ef\\gh';
    const escaped = JSON.stringify({ message: `bad ${slashy}` }).replace('/', '\\/');
    expect(escaped).to.contain('ab\\/cd');
    expect(readHttpError(401, escaped, slashy).serverMessage).to.equal('bad [token]');
    // A short "token" would mangle ordinary words; such values are not bearer tokens.
    expect(readHttpError(401, body, 'abc').serverMessage).to.equal('token abcdefgh1234 is expired');
  });

  it('says nothing of an HTML error page', () => {
    const error = readHttpError(502, '<!doctype html><h1>Bad gateway</h1>');
    expect([error.kind, error.status, error.serverMessage, error.vendorCode]).to.deep.equal(['http', 502, undefined, undefined]);
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
