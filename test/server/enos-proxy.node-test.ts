import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { enosProxy, type EnosProxyOptions, type ProxyLogEntry } from '../../src/server/index.js';
import { call, DEMO_ENOS_APP, type Gateway, SEED_ORG_ID, SSO_LIST_PATH, sha256, startGateway, visible } from './gateway-fixture.js';
import { SecretGuard } from './secret-guard.js';

const LIST = `${SSO_LIST_PATH}?orgId=${SEED_ORG_ID}`;

describe('enosProxy against the reference gateway', () => {
  let gateway: Gateway;
  const logged: ProxyLogEntry[] = [];

  before(async () => {
    gateway = await startGateway({ enosTokenTtlSeconds: 7200 });
  });
  after(() => gateway.close());

  const guard = new SecretGuard([DEMO_ENOS_APP.appSecret, 'wrong-secret-value-1234', 'host-session-token', 'host-cookie']);
  before(() => guard.install());

  /** A proxy on a gateway base of its own, so its token cache and request records are its own. */
  async function proxyFor(options: Partial<EnosProxyOptions> = {}) {
    const fresh = await startGateway();
    const handler = guard.handler(
      enosProxy({
        gateway: fresh.recordingBase,
        ...DEMO_ENOS_APP,
        authorize: () => ({ orgIds: [SEED_ORG_ID, 'org-3'] }),
        now: fresh.now,
        log: guard.logInto(logged),
        ...options,
      }),
    );
    const requests = async () => (await fresh.recorded()).filter((r) => r.path === SSO_LIST_PATH);
    const tokenCalls = async (kind: 'get' | 'refresh') =>
      (await fresh.recorded()).filter((r) => r.path === `/apim-token-service/v2.0/token/${kind}`);
    return { handler, fresh, requests, tokenCalls };
  }

  const opened: Gateway[] = [];
  after(async () => {
    // The gateway tokens the reference server issued, as the proxy sent them on.
    for (const fresh of opened) for (const request of await fresh.recorded()) guard.add(request.apim?.['apim-accesstoken'] ?? '');
    guard.verify();
  });
  async function opening<T extends { fresh: Gateway }>(setup: Promise<T>): Promise<T> {
    const value = await setup;
    opened.push(value.fresh);
    return value;
  }
  after(() => Promise.all(opened.map((g) => g.close())));

  it('gets a token, signs the call exactly as documented, and passes the IAM answer on', async () => {
    const { handler, fresh, requests, tokenCalls } = await opening(proxyFor());
    const response = await handler(call(`${SSO_LIST_PATH}?orgId=${SEED_ORG_ID}&userName=j&email=doe`));
    assert.equal(response.status, 200);
    const body = (await response.json()) as { status: number; users: unknown[] };
    assert.equal(body.status, 0);
    assert.ok(body.users.length > 0);

    assert.equal((await tokenCalls('get')).length, 1);
    const [forwarded, ...more] = await requests();
    assert.equal(more.length, 0);
    const apim = forwarded!.apim!;
    assert.ok(apim['apim-accesstoken']?.startsWith('enos-at-'));
    // Epoch milliseconds; one later than the token call's at least, so no two calls share a timestamp.
    assert.ok(Math.abs(Number(apim['apim-timestamp']) - fresh.now()) < 10, apim['apim-timestamp']);
    // Recomputed here from the document's formula: token + sorted name/value pairs + timestamp + secret.
    const expected = sha256(
      `${apim['apim-accesstoken']}emaildoeorgId${SEED_ORG_ID}userNamej${apim['apim-timestamp']}${DEMO_ENOS_APP.appSecret}`,
    );
    assert.equal(apim['apim-signature'], expected);
    assert.deepEqual(forwarded!.query, { orgId: [SEED_ORG_ID], userName: ['j'], email: ['doe'] });
  });

  it('never forwards the caller’s Authorization header or cookies', async () => {
    const { handler, requests } = await opening(proxyFor());
    const response = await handler(
      call(LIST, { headers: { Authorization: 'Bearer host-session-token', Cookie: 'sid=host-cookie' } }),
    );
    assert.equal(response.status, 200);
    const [forwarded] = await requests();
    assert.equal(forwarded!.authorization, null);
    assert.equal(forwarded!.cookie, undefined);
  });

  it('caches the token: many requests, one token call', async () => {
    const { handler, tokenCalls } = await opening(proxyFor());
    for (let i = 0; i < 3; i++) assert.equal((await handler(call(LIST))).status, 200);
    assert.equal((await tokenCalls('get')).length, 1);
  });

  it('lets concurrent requests share one token fetch', async () => {
    const { handler, tokenCalls, requests } = await opening(proxyFor());
    const answers = await Promise.all(Array.from({ length: 8 }, () => handler(call(LIST))));
    assert.deepEqual(
      answers.map((a) => a.status),
      Array(8).fill(200),
    );
    assert.equal((await tokenCalls('get')).length, 1);
    assert.equal((await requests()).length, 8);
  });

  it('keys the token cache by gateway, appKey and secret: handlers with the same credentials share one token', async () => {
    const fresh = await startGateway();
    opened.push(fresh);
    const handlerWith = (appSecret: string) =>
      enosProxy({
        gateway: fresh.recordingBase,
        appKey: DEMO_ENOS_APP.appKey,
        appSecret,
        authorize: () => ({ orgIds: [SEED_ORG_ID] }),
        now: fresh.now,
        log: () => {},
      });
    const tokenGets = async () => (await fresh.recorded()).filter((r) => r.path.endsWith('/token/get')).length;
    assert.equal((await handlerWith(DEMO_ENOS_APP.appSecret)(call(LIST))).status, 200);
    assert.equal((await handlerWith(DEMO_ENOS_APP.appSecret)(call(LIST))).status, 200);
    assert.equal(await tokenGets(), 1);
    // Another secret never borrows that token: it asks for its own, and is refused.
    assert.equal((await handlerWith('another-secret')(call(LIST))).status, 502);
    assert.equal(await tokenGets(), 2);
  });

  it('refreshes through /token/refresh shortly before `expire`, then uses the new token', async () => {
    const { handler, fresh, tokenCalls, requests } = await opening(proxyFor());
    await handler(call(LIST));
    fresh.advance(7200_000 - 299_000); // inside the last five minutes of a 2-hour token
    assert.equal((await handler(call(LIST))).status, 200);
    assert.equal((await tokenCalls('get')).length, 1);
    assert.equal((await tokenCalls('refresh')).length, 1);
    const [first, second] = (await requests()).map((r) => r.apim!['apim-accesstoken']);
    assert.notEqual(first, second);
  });

  it('does not refresh a token with time left', async () => {
    const { handler, fresh, tokenCalls } = await opening(proxyFor());
    await handler(call(LIST));
    fresh.advance(7200_000 - 301_000);
    await handler(call(LIST));
    assert.equal((await tokenCalls('refresh')).length, 0);
  });

  it('fetches a new token once the old one has expired (no refresh of a dead token)', async () => {
    const { handler, fresh, tokenCalls } = await opening(proxyFor());
    await handler(call(LIST));
    fresh.advance(7201_000);
    assert.equal((await handler(call(LIST))).status, 200);
    assert.equal((await tokenCalls('get')).length, 2);
    assert.equal((await tokenCalls('refresh')).length, 0);
  });

  it('on 1203 (the gateway ended the token early) fetches a new token and retries once', async () => {
    let proxyClock = Date.UTC(2026, 0, 1);
    const { handler, fresh, tokenCalls, requests } = await opening(proxyFor({ now: () => proxyClock }));
    await handler(call(LIST));
    // The gateway's clock runs past the token's end while the proxy still thinks it valid.
    fresh.advance(7201_000);
    proxyClock += 1;
    const response = await handler(call(LIST));
    assert.equal(response.status, 200);
    assert.equal((await tokenCalls('get')).length, 2);
    assert.equal((await requests()).length, 3);
  });

  it('refuses without an authorize hook (403), and nothing goes upstream', async () => {
    const { handler, fresh, tokenCalls } = await opening(proxyFor({ authorize: undefined }));
    const response = await handler(call(LIST));
    assert.equal(response.status, 403);
    const body = (await response.json()) as { success: boolean; status: number };
    assert.equal(body.success, false);
    assert.equal((await fresh.recorded()).length, 0);
    assert.equal((await tokenCalls('get')).length, 0);
  });

  it('answers 401 when authorize refuses, and 403 for an orgId outside the grant; nothing goes upstream', async () => {
    const { handler, fresh } = await opening(
      proxyFor({ authorize: (request) => (request.headers.get('authorization') === 'Bearer ok' ? { orgIds: ['mine'] } : false) }),
    );
    assert.equal((await handler(call(`${SSO_LIST_PATH}?orgId=mine`))).status, 401);
    const other = await handler(call(`${SSO_LIST_PATH}?orgId=theirs`, { headers: { Authorization: 'Bearer ok' } }));
    assert.equal(other.status, 403);
    // Without orgId the grant cannot cover the request.
    assert.equal((await handler(call(SSO_LIST_PATH, { headers: { Authorization: 'Bearer ok' } }))).status, 403);
    assert.equal((await fresh.recorded()).length, 0);
  });

  it('answers 404, with no upstream call, for paths, methods and parameters not allow-listed', async () => {
    const { handler, fresh } = await opening(proxyFor());
    const refused = [
      call('/enos-iam-service/v2.3/user/sso/delete?orgId=orgId'),
      call('/enos-iam-service/v2.3/user/sso/list/extra?orgId=orgId'),
      call(`${LIST}&appSecret=x`),
      call(`${LIST}&orgId=orgId`), // repeated: how EnOS would sign it is undocumented
      call(`/enos-iam-service/v2.3/user/sso/../../x?orgId=orgId`),
    ];
    for (const request of refused) {
      const response = await handler(request);
      assert.equal(response.status, 404, `${request.method} ${request.url}`);
    }
    // A method no configured route takes is 405, with the methods this proxy answers.
    for (const request of [call('/apim-token-service/v2.0/token/get', { method: 'POST', body: '{}' }), call(LIST, { method: 'POST', body: '{}' })]) {
      assert.equal((await handler(request)).status, 405, `${request.method} ${request.url}`);
    }
    const deleted = await handler(call(LIST, { method: 'DELETE' }));
    assert.equal(deleted.status, 405);
    assert.equal(deleted.headers.get('allow'), 'OPTIONS, GET');
    assert.equal((await fresh.recorded()).length, 0);
  });

  it('forwards extra routes from configuration, signing the exact POST body', async () => {
    const { handler, requests } = await opening(
      proxyFor({ routes: [{ method: 'POST', path: SSO_LIST_PATH, query: [] }] }),
    );
    // The reference server implements only GET here (405), but the proxy signed and forwarded the POST.
    await handler(call(LIST, { method: 'POST', body: '{"a": 1}', headers: { 'Content-Type': 'application/json' } }));
    const [forwarded] = await requests();
    assert.equal(forwarded!.method, 'POST');
    const apim = forwarded!.apim!;
    assert.equal(
      apim['apim-signature'],
      sha256(`${apim['apim-accesstoken']}orgId${SEED_ORG_ID}{"a": 1}${apim['apim-timestamp']}${DEMO_ENOS_APP.appSecret}`),
    );
  });

  it('keeps the prefix it is mounted at out of the upstream path', async () => {
    const { handler, requests } = await opening(proxyFor({ prefix: '/api/enos/' }));
    assert.equal((await handler(call(`/api/enos${LIST}`))).status, 200);
    assert.equal((await handler(call(LIST))).status, 404);
    assert.deepEqual(
      (await requests()).map((r) => r.path),
      [SSO_LIST_PATH],
    );
  });

  it('turns refused credentials into 502 with a fixed sentence: no secret in the answer or the log', async () => {
    logged.length = 0;
    const secret = 'wrong-secret-value-1234';
    const { handler } = await opening(proxyFor({ appSecret: secret }));
    const response = await handler(call(LIST, { headers: { Authorization: 'Bearer host-session-token' } }));
    assert.equal(response.status, 502);
    const text = await visible(response);
    assert.match(text, /gateway code 1003/);
    const everything = `${text} ${JSON.stringify(logged)}`;
    for (const needle of [secret, 'host-session-token', DEMO_ENOS_APP.appKey]) assert.ok(!everything.includes(needle), needle);
    assert.deepEqual(logged.map((e) => e.status), [502]);
  });

  it('never shows the gateway token or the secret in a successful answer', async () => {
    const { handler, requests } = await opening(proxyFor());
    const text = await visible(await handler(call(LIST)));
    const [forwarded] = await requests();
    for (const needle of [DEMO_ENOS_APP.appSecret, forwarded!.apim!['apim-accesstoken']!, forwarded!.apim!['apim-signature']!]) {
      assert.ok(!text.includes(needle), needle);
    }
  });

  it('answers 504 when the gateway does not answer in time, and logs only that', async () => {
    logged.length = 0;
    const handler = enosProxy({
      gateway: `${gateway.origin}/_faults/hang`,
      ...DEMO_ENOS_APP,
      authorize: () => ({ orgIds: [SEED_ORG_ID] }),
      timeout: 200,
      log: (entry) => logged.push(entry),
    });
    const response = await handler(call(LIST));
    assert.equal(response.status, 504);
    const body = (await response.json()) as { status: number; message: string };
    assert.equal(body.status, 30504);
    assert.deepEqual(logged, [{ provider: 'enos', status: 504, message: 'The upstream did not answer in time.' }]);
  });

  it('stops waiting when the caller goes away, and logs nothing for it', async () => {
    logged.length = 0;
    const hanging = await startGateway();
    const handler = enosProxy({
      gateway: `${hanging.origin}/_faults/hang`,
      ...DEMO_ENOS_APP,
      authorize: () => ({ orgIds: [SEED_ORG_ID] }),
      log: (entry) => logged.push(entry),
    });
    // Closing the server (after the suite) ends the shared token fetch the caller stopped waiting for.
    opened.push(hanging);
    const caller = new AbortController();
    const pending = handler(call(LIST, { signal: caller.signal }));
    setTimeout(() => caller.abort(), 50);
    assert.equal((await pending).status, 499);
    assert.deepEqual(logged, []);
  });

  it('answers 502 when the upstream answer is larger than maxBodyBytes', async () => {
    const { handler } = await opening(proxyFor({ maxBodyBytes: 20_000, authorize: () => ({ orgIds: ['big-5000'] }) }));
    const response = await handler(call(`${SSO_LIST_PATH}?orgId=big-5000`));
    assert.equal(response.status, 502);
    assert.match(((await response.json()) as { message: string }).message, /too large/);
  });

  it('answers 413 for a request body above the limit', async () => {
    const { handler, fresh } = await opening(
      proxyFor({ maxBodyBytes: 100, authorize: () => ({ orgIds: [SEED_ORG_ID], admin: true }), routes: [{ method: 'POST', path: '/enos-iam-service/v2.3/user/sso/create' }] }),
    );
    const response = await handler(
      call(`/enos-iam-service/v2.3/user/sso/create?orgId=${SEED_ORG_ID}`, { method: 'POST', body: 'x'.repeat(101) }),
    );
    assert.equal(response.status, 413);
    assert.equal((await fresh.recorded()).length, 0);
  });

  it('passes upstream errors on in the IAM shape, with Retry-After, and no upstream headers besides', async () => {
    const handler = enosProxy({
      gateway: `${gateway.origin}/_faults/status=503`,
      ...DEMO_ENOS_APP,
      authorize: () => ({ orgIds: [SEED_ORG_ID] }),
      now: gateway.now,
    });
    const response = await handler(call(LIST));
    assert.equal(response.status, 503);
    assert.deepEqual(
      [...response.headers.keys()].sort(),
      ['cache-control', 'content-security-policy', 'content-type', 'retry-after', 'x-content-type-options'],
    );
    assert.equal(response.headers.get('retry-after'), '1');
    const body = (await response.json()) as { success: boolean; status: number };
    assert.equal(body.success, false);
    assert.equal(body.status, 30503);
  });
});

describe('enosProxy CORS', () => {
  const handler = enosProxy({
    gateway: 'http://127.0.0.1:9',
    ...DEMO_ENOS_APP,
    authorize: () => false,
    allowedOrigins: ['https://app.example'],
  });

  it('answers a preflight from a configured origin', async () => {
    const response = await handler(
      call(LIST, { method: 'OPTIONS', headers: { Origin: 'https://app.example', 'Access-Control-Request-Headers': 'authorization' } }),
    );
    assert.equal(response.status, 204);
    assert.equal(response.headers.get('access-control-allow-origin'), 'https://app.example');
    assert.match(response.headers.get('access-control-allow-headers')!, /Authorization/);
    assert.equal(response.headers.get('access-control-allow-methods'), 'OPTIONS, GET');
    assert.equal(response.headers.get('vary'), 'Origin');
  });

  it('refuses a preflight from any other origin, with no CORS headers', async () => {
    const response = await handler(call(LIST, { method: 'OPTIONS', headers: { Origin: 'https://evil.example' } }));
    assert.equal(response.status, 403);
    assert.equal(response.headers.get('access-control-allow-origin'), null);
  });

  it('adds CORS headers to answers for configured origins only', async () => {
    const mine = await handler(call(LIST, { headers: { Origin: 'https://app.example' } }));
    assert.equal(mine.status, 401);
    assert.equal(mine.headers.get('www-authenticate'), 'Bearer');
    assert.equal(mine.headers.get('access-control-allow-origin'), 'https://app.example');
    const theirs = await handler(call(LIST, { headers: { Origin: 'https://evil.example' } }));
    assert.equal(theirs.headers.get('access-control-allow-origin'), null);
  });

  it('is same-origin only by default', async () => {
    const closed = enosProxy({ gateway: 'http://127.0.0.1:9', ...DEMO_ENOS_APP, authorize: () => false });
    const response = await closed(call(LIST, { method: 'OPTIONS', headers: { Origin: 'https://app.example' } }));
    assert.equal(response.status, 403);
  });
});

describe('enosProxy configuration', () => {
  it('refuses to start without credentials or with a gateway that is not an http(s) URL', () => {
    const authorize = () => false as const;
    assert.throws(() => enosProxy({ gateway: 'http://gw', appKey: '', appSecret: 's', authorize }), /appKey is required/);
    assert.throws(() => enosProxy({ gateway: 'http://gw', appKey: 'k', appSecret: '', authorize }), /appSecret is required/);
    assert.throws(() => enosProxy({ gateway: 'ftp://gw', appKey: 'k', appSecret: 's', authorize }), /http\(s\)/);
    assert.throws(() => enosProxy({ gateway: 'gw', appKey: 'k', appSecret: 's', authorize }), /absolute/);
  });
});
