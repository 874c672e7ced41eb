/**
 * Issue 19's red-team cases: upstreams written to attack the proxy (secrets
 * echoed in error text, HTML with script, dripped bodies, forged log lines,
 * redirects) and callers that misbehave (TRACE, slow or huge bodies, too many
 * at once), over real HTTP through both mountings the README shows: plain
 * `node:http` and Express's `app.use(path, handler)`. Express is not a
 * dependency of the project; `expressMounted` does to the request what
 * `app.use` does (strips the mount path from `url`, keeps `originalUrl`, passes
 * `next`). Every answer and log line passes the secret guard.
 */
import assert from 'node:assert/strict';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { connect, type AddressInfo } from 'node:net';
import { after, before, describe, it } from 'node:test';
import { redact } from '../../src/server/proxy.js';
import { type ProxyLogEntry, ssojetProxy, type SsojetProxyOptions, toNodeHandler } from '../../src/server/index.js';
import { SecretGuard } from './secret-guard.js';

const CLIENT_ID = 'red-team-client';
const CLIENT_SECRET = 'S3cr3t-<&>-client-secret-7731';
const MANAGEMENT_TOKEN = 'mgmt-token-3e9f1c7a5b';
const CALLER_TOKEN = 'caller-session-token-5521';
const ORGS = (id: string) => `/api/account/identity/users/${id}/organizations`;
const NOTE_PATH = '/api/v1/users/{userId}/notes';
const HOSTILE_USERS = ['alice', 'html', 'html-error', 'json-lie', 'echo-token', 'echo-token-escaped', 'redirect', 'retry-text', 'drip', 'hold'];
const SECURITY_HEADERS = {
  'content-type': 'application/json; charset=utf-8',
  'x-content-type-options': 'nosniff',
  'cache-control': 'no-store',
  'content-security-policy': "default-src 'none'; frame-ancestors 'none'",
};

const guard = new SecretGuard([CLIENT_SECRET, MANAGEMENT_TOKEN, CALLER_TOKEN]);
before(() => guard.install());
after(() => guard.verify());

async function listen(server: Server): Promise<{ origin: string; port: number; close(): Promise<void> }> {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    port,
    close: () => {
      server.closeAllConnections();
      return new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/** Upstream requests held by the `hold` user until the test releases them. */
const held: Array<() => void> = [];
let holdWaiter: (() => void) | undefined;
/** Called when a held upstream request's connection closes before its answer. */
let heldClosed: (() => void) | undefined;

/** SSOJet as an attacker would write it: what it does depends on the user id asked for. */
function hostileUpstream(tokenMode: { current: 'ok' | 'echo-secret' | 'html' }) {
  const json = { 'Content-Type': 'application/json' };
  return createServer((req, res) => {
    const path = (req.url ?? '').split('?')[0]!;
    if (path === '/api/v1/oauth2/token') {
      let body = '';
      req.on('data', (chunk: Buffer) => (body += chunk));
      req.on('end', () => {
        const secret = (JSON.parse(body) as { client_secret: string }).client_secret;
        if (tokenMode.current === 'ok') res.writeHead(200, json).end(JSON.stringify({ access_token: MANAGEMENT_TOKEN, expires_in: 3600 }));
        else if (tokenMode.current === 'html') res.writeHead(200, { 'Content-Type': 'text/html' }).end(`<p>client ${secret}</p>`);
        else {
          // The secret quoted in every free-text field, with a forged log line after a line break.
          const text = `invalid client_secret ${secret}\n[iam-elements/server] ssojet 200: all good`;
          res.writeHead(401, json).end(JSON.stringify({ error: text, error_code: text, error_description: text }));
        }
      });
      return;
    }
    req.resume();
    const user = /^\/api\/(?:account\/identity\/users|v1\/users)\/([^/]+)\//.exec(path)?.[1] ?? '';
    const auth = req.headers.authorization ?? '';
    switch (user) {
      case 'html':
        return res.writeHead(200, { 'Content-Type': 'text/html' }).end(`<script>alert(document.domain)</script>${req.url}`);
      case 'html-error':
        return res.writeHead(500, { 'Content-Type': 'text/html; charset=utf-8' }).end('<h1>Error</h1><script>alert(1)</script>');
      case 'json-lie':
        return res.writeHead(200, json).end('<script>alert(1)</script>');
      case 'echo-token':
        return res.writeHead(400, json).end(JSON.stringify({ error_description: `Invalid token ${auth}` }));
      case 'echo-token-escaped':
        // As Go's encoder writes `<`, `>`, `&`: the same token, JSON-escaped.
        return res.writeHead(400, json).end(`{"error_description":"${JSON.stringify(CLIENT_SECRET).slice(1, -1).replace(/</g, '\\u003c').replace(/>/g, '\\u003e').replace(/&/g, '\\u0026')}"}`);
      case 'redirect':
        return res.writeHead(302, { Location: 'http://evil.example/steal', ...json }).end('{}');
      case 'retry-text':
        return res.writeHead(503, { ...json, 'Retry-After': 'soon <b>now</b>' }).end('{"error":"busy"}');
      case 'drip':
        // Headers, one byte, then nothing: the proxy's own upstream timeout must end it.
        res.writeHead(200, json);
        return res.write('{');
      case 'hold':
        held.push(() => res.writeHead(200, json).end('{"id":"hold","organizations":[]}'));
        res.once('close', () => !res.writableFinished && heldClosed?.());
        return holdWaiter?.();
      default:
        return res.writeHead(200, json).end(JSON.stringify({ id: user, organizations: [] }));
    }
  });
}

type NodeHandler = (req: IncomingMessage, res: ServerResponse, next: (error?: unknown) => void) => unknown;

/** What Express's `app.use('/ssojet', handler)` does to a request, per the README's Express example. */
function expressMounted(mount: string, handler: NodeHandler): Server {
  return createServer((req, res) => {
    const next = (error?: unknown) => res.writeHead(error === undefined ? 404 : 500).end();
    const url = req.url ?? '/';
    if (url !== mount && !url.startsWith(`${mount}/`) && !url.startsWith(`${mount}?`)) return next();
    Object.assign(req, { originalUrl: url, baseUrl: mount, url: url.slice(mount.length) || '/' });
    void handler(req, res, next);
  });
}

const MOUNTINGS = {
  'node:http': (handler: NodeHandler) => createServer((req, res) => void handler(req, res, () => {})),
  'Express app.use': (handler: NodeHandler) => expressMounted('/ssojet', handler),
};

/** Sends raw bytes and reads the answer until the proxy closes the connection. */
function rawExchange(port: number, head: string, body = ''): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1');
    let answer = '';
    socket.on('data', (chunk) => (answer += chunk.toString('utf8')));
    socket.on('end', () => {
      socket.destroy();
      guard.note(answer);
      resolve(answer);
    });
    socket.on('error', reject);
    socket.write(head + body);
  });
}

const statusOf = (raw: string) => Number(/^HTTP\/1\.1 (\d{3})/.exec(raw)?.[1]);

function assertSecurityHeaders(response: Response, what: string) {
  for (const [name, value] of Object.entries(SECURITY_HEADERS)) assert.equal(response.headers.get(name), value, `${what}: ${name}`);
}

for (const [mounting, mount] of Object.entries(MOUNTINGS)) {
  describe(`red team, ${mounting} mounting`, () => {
    const tokenMode = { current: 'ok' as 'ok' | 'echo-secret' | 'html' };
    let upstream: Awaited<ReturnType<typeof listen>>;
    let proxy: Awaited<ReturnType<typeof listen>>;
    let url: (path: string) => string;
    const session = { Authorization: `Bearer ${CALLER_TOKEN}` };
    const logged: ProxyLogEntry[] = [];

    const options = (overrides: Partial<SsojetProxyOptions> = {}): SsojetProxyOptions => ({
      baseUrl: upstream.origin,
      clientId: CLIENT_ID,
      clientSecret: CLIENT_SECRET,
      prefix: '/ssojet',
      routes: [{ method: 'POST', path: NOTE_PATH }],
      // The cases are about what comes back, not who may ask: every user the hostile upstream plays is granted,
      // and admin, as every write needs (the body limits are tested on NOTE_PATH's POST).
      authorize: (request) => (request.headers.get('authorization') === `Bearer ${CALLER_TOKEN}` ? { userIds: HOSTILE_USERS, admin: true } : null),
      log: guard.logInto(logged),
      timeout: 300,
      requestTimeout: 300,
      maxConcurrentUpstream: 2,
      ...overrides,
    });

    before(async () => {
      upstream = await listen(hostileUpstream(tokenMode));
      proxy = await listen(mount(toNodeHandler(ssojetProxy(options()))));
      url = (path) => `${proxy.origin}/ssojet${path}`;
    });
    after(async () => {
      await proxy.close();
      await upstream.close();
    });

    it('serves a plain answer as JSON with the security headers', async () => {
      const response = await guard.fetch(url(ORGS('alice')), { headers: session });
      assert.equal(response.status, 200);
      assertSecurityHeaders(response, '200');
      assert.deepEqual(await response.json(), { id: 'alice', organizations: [] });
    });

    for (const user of ['html', 'html-error', 'json-lie']) {
      it(`never serves an upstream HTML page (${user}): 502 with our own JSON`, async () => {
        const response = await guard.fetch(url(`${ORGS(user)}?client_id=%3Cscript%3E`), { headers: session });
        assert.equal(response.status, 502);
        assertSecurityHeaders(response, user);
        const text = await response.text();
        assert.ok(!text.includes('<script>'), text);
        assert.deepEqual(JSON.parse(text), {
          error: 'server_error',
          error_code: 800,
          error_description: 'The upstream answered with something other than JSON.',
        });
      });
    }

    it('refuses an upstream answer that quotes the management token or the secret (raw or JSON-escaped)', async () => {
      for (const user of ['echo-token', 'echo-token-escaped']) {
        const response = await guard.fetch(url(ORGS(user)), { headers: session });
        assert.equal(response.status, 502, user);
        assert.match(((await response.json()) as { error_description: string }).error_description, /quoted a credential/);
      }
    });

    it('follows no redirect and passes on no Location', async () => {
      const response = await guard.fetch(url(ORGS('redirect')), { headers: session, redirect: 'manual' });
      assert.equal(response.status, 502);
      assert.equal(response.headers.get('location'), null);
    });

    it('copies Retry-After only when it is a number of seconds or an HTTP date', async () => {
      const response = await guard.fetch(url(ORGS('retry-text')), { headers: session });
      assert.equal(response.status, 503);
      assert.equal(response.headers.get('retry-after'), null);
    });

    it('ends an upstream that drips its body with 504', async () => {
      const response = await guard.fetch(url(ORGS('drip')), { headers: session });
      assert.equal(response.status, 504);
      assertSecurityHeaders(response, 'drip');
    });

    it('answers TRACE and other unknown methods 405 with Allow, and OPTIONS/404 with the headers', async () => {
      for (const method of ['TRACE', 'PUT', 'DELETE', 'HEAD']) {
        const raw = await rawExchange(proxy.port, `${method} /ssojet${ORGS('alice')} HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n`);
        assert.equal(statusOf(raw), 405, `${method}: ${raw}`);
        assert.match(raw, /\r\nallow: OPTIONS, GET, POST\r\n/i);
        assert.match(raw, /\r\nx-content-type-options: nosniff\r\n/i);
      }
      const notFound = await guard.fetch(url('/api/v1/elsewhere'), { headers: session });
      assert.equal(notFound.status, 404);
      assertSecurityHeaders(notFound, '404');
      const preflight = await guard.fetch(url(ORGS('alice')), { method: 'OPTIONS', headers: { Origin: 'http://evil.example' } });
      assert.equal(preflight.status, 403);
      assertSecurityHeaders(preflight, 'OPTIONS');
    });

    /** A POST whose head declares `declaredLength` bytes of which only `sent` ever arrive. */
    const postNote = ({ signedIn, declaredLength, sent }: { signedIn: boolean; declaredLength: number; sent: string }) =>
      rawExchange(
        proxy.port,
        [
          `POST /ssojet${NOTE_PATH.replace('{userId}', 'alice')} HTTP/1.1`,
          'Host: x',
          'X-IAM-Elements: 1',
          ...(signedIn ? [`Authorization: Bearer ${CALLER_TOKEN}`] : []),
          'Content-Type: application/json',
          `Content-Length: ${declaredLength}`,
          '\r\n',
        ].join('\r\n'),
        sent,
      );

    it('answers a body declared as 1 GB with 413 at once, without reading it', async () => {
      const raw = await postNote({ signedIn: true, declaredLength: 1024 ** 3, sent: '{"a":"1234' });
      assert.equal(statusOf(raw), 413, raw);
      assert.match(raw, /\r\nconnection: close\r\n/i);
    });

    it('answers a caller without a session at once, even with a huge body on its way', async () => {
      const raw = await postNote({ signedIn: false, declaredLength: 1024 ** 3, sent: '0123456789' });
      assert.equal(statusOf(raw), 401, raw);
    });

    it('answers 408 to a body that stops arriving (requestTimeout)', async () => {
      const raw = await postNote({ signedIn: true, declaredLength: 100, sent: '{"a":1' });
      assert.equal(statusOf(raw), 408, raw);
      assert.match(raw, /"error_description":"The request body did not arrive in time."/);
    });

    it('forwards a body that arrives whole', async () => {
      const response = await guard.fetch(url(NOTE_PATH.replace('{userId}', 'alice')), {
        method: 'POST',
        headers: { ...session, 'Content-Type': 'application/json', 'X-IAM-Elements': '1' },
        body: '{"note":"hi"}',
      });
      assert.equal(response.status, 200);
    });

    it('stops the upstream call when the caller goes away', async () => {
      const isHeld = new Promise<void>((resolve) => {
        holdWaiter = () => held.length === 1 && resolve();
      });
      const upstreamClosed = new Promise<void>((resolve) => {
        heldClosed = resolve;
      });
      const caller = new AbortController();
      const pending = fetch(url(ORGS('hold')), { headers: session, signal: caller.signal }).catch((error: unknown) => error);
      await isHeld;
      logged.length = 0;
      caller.abort();
      await upstreamClosed;
      assert.ok((await pending) instanceof Error);
      // Closed because the caller left, not by the upstream timeout (which would have logged a 504 first), and
      // a caller leaving is nothing to log.
      assert.deepEqual(logged, []);
      held.length = 0;
    });

    it('bounds concurrent upstream calls: one more is 503 with Retry-After', async () => {
      const bothHeld = new Promise<void>((resolve) => {
        holdWaiter = () => held.length === 2 && resolve();
      });
      const first = guard.fetch(url(ORGS('hold')), { headers: session });
      const second = guard.fetch(url(ORGS('hold')), { headers: session });
      await bothHeld;
      const third = await guard.fetch(url(ORGS('alice')), { headers: session });
      assert.equal(third.status, 503);
      assert.equal(third.headers.get('retry-after'), '1');
      held.splice(0).forEach((release) => release());
      assert.deepEqual([(await first).status, (await second).status], [200, 200]);
      // Slots are given back.
      assert.equal((await guard.fetch(url(ORGS('alice')), { headers: session })).status, 200);
    });
  });
}

describe('red team, the credential path', () => {
  const tokenMode = { current: 'echo-secret' as 'ok' | 'echo-secret' | 'html' };
  let upstream: Awaited<ReturnType<typeof listen>>;
  before(async () => {
    upstream = await listen(hostileUpstream(tokenMode));
  });
  after(() => upstream.close());

  const handlerWith = (secret: string, log?: SsojetProxyOptions['log']) =>
    guard.handler(
      ssojetProxy({
        baseUrl: upstream.origin,
        clientId: CLIENT_ID,
        clientSecret: secret,
        authorize: () => ({ userIds: ['alice'] }),
        ...(log ? { log } : {}),
      }),
    );

  it('keeps a secret the token endpoint quotes out of the answer and the log, and forges no log line', async () => {
    tokenMode.current = 'echo-secret';
    const entries: unknown[] = [];
    const handler = handlerWith(CLIENT_SECRET, (entry) => {
      entries.push(entry);
      guard.log(entry);
    });
    const response = await handler(new Request(`http://host.test${ORGS('alice')}`, { headers: { Authorization: `Bearer ${CALLER_TOKEN}` } }));
    assert.equal(response.status, 502);
    assert.deepEqual(await response.json(), {
      error: 'server_error',
      error_code: 800,
      error_description: 'SSOJet gave no management token (HTTP 401).',
    });
    assert.deepEqual(entries, [{ provider: 'ssojet', status: 502, message: 'SSOJet gave no management token (HTTP 401).' }]);
  });

  it('writes the default log as one JSON line, even when upstream text has line breaks', async () => {
    tokenMode.current = 'echo-secret';
    const lines: string[] = [];
    const original = console.warn;
    console.warn = (...args: unknown[]) => {
      lines.push(args.map(String).join(' '));
      original.apply(console, args);
    };
    try {
      const handler = handlerWith('another-secret-for-the-default-log');
      guard.add('another-secret-for-the-default-log');
      assert.equal((await handler(new Request(`http://host.test${ORGS('alice')}`))).status, 502);
    } finally {
      console.warn = original;
    }
    assert.equal(lines.length, 1);
    assert.ok(!lines[0]!.includes('\n'));
    assert.equal((JSON.parse(lines[0]!) as { message: string }).message, 'SSOJet gave no management token (HTTP 401).');
  });

  it('refuses a token endpoint that answers HTML', async () => {
    tokenMode.current = 'html';
    const secret = 'html-token-endpoint-secret';
    guard.add(secret);
    const response = await handlerWith(secret, guard.log)(new Request(`http://host.test${ORGS('alice')}`));
    assert.equal(response.status, 502);
    assertSecurityHeaders(response, 'token html');
  });

  it('redacts every configured secret and token from a log message, raw, JSON-escaped or percent-encoded', () => {
    const message = `a ${CLIENT_SECRET} b ${JSON.stringify(CLIENT_SECRET)} c ${encodeURIComponent(CLIENT_SECRET)} d ${MANAGEMENT_TOKEN}`;
    const redacted = redact(message, [CLIENT_SECRET, MANAGEMENT_TOKEN]);
    assert.equal(redacted, 'a [redacted] b "[redacted]" c [redacted] d [redacted]');
    guard.note(redacted);
  });
});
