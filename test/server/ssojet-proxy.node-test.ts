import assert from 'node:assert/strict';
import { after, before, describe, it, mock } from 'node:test';
import { type ProxyLogEntry, ssojetProxy, type SsojetProxyOptions } from '../../src/server/index.js';
import { call, DEMO_SSOJET_CLIENT, type Gateway, ORGS_PATH, SEED_USER_ID, startGateway, visible } from './gateway-fixture.js';
import { SecretGuard } from './secret-guard.js';

const ORGS = `${ORGS_PATH(SEED_USER_ID)}?client_id=whatever-the-page-sent`;
const TOKEN_PATH = '/api/v1/oauth2/token';

describe('ssojetProxy against the reference server', () => {
  const opened: Gateway[] = [];
  const guard = new SecretGuard([DEMO_SSOJET_CLIENT.clientSecret, 'host-token', 'not-the-secret-5678', 'default-log-secret-9012']);
  before(() => guard.install());
  after(async () => {
    // The management tokens the reference server issued, as the proxy sent them on.
    for (const gateway of opened) for (const request of await gateway.recorded()) guard.add(request.authorization?.replace(/^Bearer /, '') ?? '');
    guard.verify();
  });
  after(() => Promise.all(opened.map((g) => g.close())));
  const logged: ProxyLogEntry[] = [];

  async function proxyFor(options: Partial<SsojetProxyOptions> = {}, ttlSeconds = 3600) {
    const fresh = await startGateway({ ssojetTokenTtlSeconds: ttlSeconds });
    opened.push(fresh);
    const handler = guard.handler(
      ssojetProxy({
        baseUrl: fresh.recordingBase,
        ...DEMO_SSOJET_CLIENT,
        authorize: () => ({ userIds: [SEED_USER_ID, 'missing-user'] }),
        now: fresh.now,
        log: guard.logInto(logged),
        ...options,
      }),
    );
    const recorded = fresh.recorded;
    const tokenCalls = async () => (await recorded()).filter((r) => r.path === TOKEN_PATH);
    const forwarded = async () => (await recorded()).filter((r) => r.path !== TOKEN_PATH);
    return { handler, fresh, tokenCalls, forwarded };
  }

  it('gets a management token with client credentials, adds its own client_id, and forwards', async () => {
    const { handler, tokenCalls, forwarded } = await proxyFor();
    const response = await handler(call(ORGS, { headers: { Authorization: 'Bearer host-token', Cookie: 'sid=1' } }));
    assert.equal(response.status, 200);
    const body = (await response.json()) as { id: string; organizations: unknown[] };
    assert.equal(body.id, SEED_USER_ID);
    assert.equal((await tokenCalls()).length, 1);
    assert.equal((await tokenCalls())[0]!.method, 'POST');
    const [request] = await forwarded();
    assert.deepEqual(request!.query, { client_id: [DEMO_SSOJET_CLIENT.clientId] });
    assert.match(request!.authorization!, /^Bearer v4\.local\./);
    assert.equal(request!.cookie, undefined);
  });

  it('caches the token until shortly before expires_in, and shares one fetch among concurrent requests', async () => {
    const { handler, fresh, tokenCalls } = await proxyFor({}, 600);
    await Promise.all(Array.from({ length: 5 }, () => handler(call(ORGS))));
    assert.equal((await tokenCalls()).length, 1);
    fresh.advance(600_000 - 61_000); // a tenth of the lifetime is the margin: 60 s here
    await handler(call(ORGS));
    assert.equal((await tokenCalls()).length, 1);
    fresh.advance(2_000);
    assert.equal((await handler(call(ORGS))).status, 200);
    assert.equal((await tokenCalls()).length, 2);
  });

  it('gets a new token and retries once when SSOJet answers 401 to a token it thinks expired', async () => {
    let proxyClock = Date.UTC(2026, 0, 1);
    const { handler, fresh, tokenCalls, forwarded } = await proxyFor({ now: () => proxyClock });
    await handler(call(ORGS));
    fresh.advance(3601_000);
    proxyClock += 1;
    assert.equal((await handler(call(ORGS))).status, 200);
    assert.equal((await tokenCalls()).length, 2);
    assert.equal((await forwarded()).length, 3);
  });

  it('refuses users outside the grant (403) and callers without a session (401), with no upstream call', async () => {
    const { handler, fresh } = await proxyFor({
      authorize: (request) => (request.headers.get('authorization') === 'Bearer mine' ? { userIds: ['me'] } : null),
    });
    assert.equal((await handler(call(ORGS_PATH('me')))).status, 401);
    const refused = await handler(call(ORGS, { headers: { Authorization: 'Bearer mine' } }));
    assert.equal(refused.status, 403);
    assert.deepEqual(await refused.json(), { error: 'forbidden', error_code: 800, error_description: 'Not allowed to see this resource.' });
    assert.equal((await fresh.recorded()).length, 0);
  });

  it('answers 404 for anything not allow-listed, with no upstream call', async () => {
    const { handler, fresh } = await proxyFor();
    for (const path of [
      '/api/v1/userz',
      `/api/v1/users/${SEED_USER_ID}/tenants`,
      TOKEN_PATH,
      `${ORGS}&limit=5`,
      `${ORGS_PATH('a%2Fb')}`,
      `${ORGS_PATH('..')}`,
    ]) {
      assert.equal((await handler(call(path))).status, 404, path);
    }
    // No default route takes a POST: 405.
    assert.equal((await handler(call(ORGS, { method: 'POST', body: '{}' }))).status, 405);
    assert.equal((await fresh.recorded()).length, 0);
  });

  it('forwards configured extra routes, whose {userId} is what authorize grants', async () => {
    const { handler, forwarded } = await proxyFor({ routes: [{ path: '/api/v1/users/{userId}/tenants', query: ['limit'] }] });
    await handler(call(`/api/v1/users/${SEED_USER_ID}/tenants?limit=5`));
    const [request] = await forwarded();
    assert.equal(request!.path, `/api/v1/users/${SEED_USER_ID}/tenants`);
    assert.deepEqual(request!.query, { limit: ['5'], client_id: [DEMO_SSOJET_CLIENT.clientId] });
  });

  it('passes SSOJet’s own errors on in its shape (404 User not found)', async () => {
    const { handler } = await proxyFor();
    const response = await handler(call(ORGS_PATH('missing-user')));
    assert.equal(response.status, 404);
    assert.equal(((await response.json()) as { error_description: string }).error_description, 'User not found');
  });

  it('turns bad client credentials into 502 with nothing secret in the answer or the log', async () => {
    logged.length = 0;
    const secret = 'not-the-secret-5678';
    const { handler, tokenCalls, forwarded } = await proxyFor({ clientSecret: secret });
    const response = await handler(call(ORGS, { headers: { Authorization: 'Bearer host-token' } }));
    assert.equal(response.status, 502);
    const text = `${await visible(response)} ${JSON.stringify(logged)}`;
    assert.match(text, /SSOJet code 1001/);
    for (const needle of [secret, DEMO_SSOJET_CLIENT.clientSecret, 'host-token']) assert.ok(!text.includes(needle), needle);
    assert.equal((await tokenCalls()).length, 1);
    assert.equal((await forwarded()).length, 0);
  });

  it('logs through console.warn by default: one JSON object per line, a fixed sentence, no secret', async () => {
    const warn = mock.method(console, 'warn', () => {});
    try {
      const secret = 'default-log-secret-9012';
      const { handler } = await proxyFor({ clientSecret: secret, log: undefined });
      assert.equal((await handler(call(ORGS, { headers: { Authorization: 'Bearer host-token' } }))).status, 502);
      const printed = warn.mock.calls.map((c) => c.arguments.join(' '));
      assert.equal(printed.length, 1);
      assert.ok(!printed[0]!.includes('\n'));
      const { time, ...entry } = JSON.parse(printed[0]!) as { time: string };
      assert.ok(!Number.isNaN(Date.parse(time)), time);
      assert.deepEqual(entry, {
        source: 'iam-elements/server',
        provider: 'ssojet',
        status: 502,
        message: 'SSOJet gave no management token (SSOJet code 1001, HTTP 401).',
      });
      for (const needle of [secret, 'host-token', DEMO_SSOJET_CLIENT.clientId]) assert.ok(!printed[0]!.includes(needle), needle);
    } finally {
      warn.mock.restore();
    }
  });

  it('never shows the management token in an answer', async () => {
    const { handler, forwarded } = await proxyFor();
    const text = await visible(await handler(call(ORGS)));
    const [request] = await forwarded();
    const token = request!.authorization!.replace('Bearer ', '');
    assert.ok(!text.includes(token));
    assert.ok(!text.includes(DEMO_SSOJET_CLIENT.clientSecret));
  });

  it('answers 504 when SSOJet does not answer in time', async () => {
    const fresh = await startGateway();
    opened.push(fresh);
    const handler = ssojetProxy({
      baseUrl: `${fresh.origin}/_faults/hang`,
      tokenUrl: `${fresh.origin}${TOKEN_PATH}`,
      ...DEMO_SSOJET_CLIENT,
      authorize: () => ({ userIds: [SEED_USER_ID] }),
      timeout: 200,
      log: () => {},
    });
    const response = await handler(call(ORGS));
    assert.equal(response.status, 504);
    assert.equal(((await response.json()) as { error: string }).error, 'server_error');
  });
});
