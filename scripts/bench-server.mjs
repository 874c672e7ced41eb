#!/usr/bin/env node
// @ts-check
/**
 * `npm run bench:server`: iam-elements/server under load (issue 19), side by
 * side in one run with a plain `node:http` pass-through proxy in front of the
 * same trivial loopback upstream.
 *
 * Each server runs in a process of its own (this script forked with a role),
 * so the load generator (autocannon, in this process) and the servers do not
 * share an event loop. Cases, a few seconds each:
 *   - 10 and 100 connections, GET of a small SSOJet answer: direct, through the
 *     pass-through, through `ssojetProxy` (mounted with `toNodeHandler`), in
 *     interleaved slices, the median slice reported;
 *   - a 4.55 MB EnOS answer, one request at a time: direct and through
 *     `enosProxy` (median of several);
 *   - memory: the proxy's RSS after each of five rounds of 20,000 requests.
 * Figures depend on the machine and on what else runs on it; compare the
 * columns of one run, not runs with each other.
 */
import { fork } from 'node:child_process';
import { createServer, request as httpRequest, Agent } from 'node:http';
import { fileURLToPath } from 'node:url';

/** Seconds per server and connection count, in SLICES interleaved slices (each figure is the median slice). */
const SECONDS = Number(process.env.BENCH_SECONDS ?? 6);
const SLICES = 3;
const ROUNDS = 5;
const ROUND_REQUESTS = 20_000;
const LARGE_RUNS = 9;
const USER = 'bench-user';
const ORGS = `/api/account/identity/users/${USER}/organizations`;
const SSO_LIST = '/enos-iam-service/v2.3/user/sso/list';

/** About 4.55 MB of EnOS `user/sso/list` answer. */
function largeEnosAnswer() {
  const users = Array.from({ length: 20_600 }, (_, i) => ({
    userId: `u-${i}`,
    userName: `user.${i}@example.com`,
    email: `user.${i}@example.com`,
    phone: '+86 100 0000 0000',
    nickName: `User number ${i}`,
    createdTime: '2026-01-01T00:00:00Z',
    updatedTime: '2026-01-01T00:00:00Z',
  }));
  return JSON.stringify({ status: 0, msg: 'OK', data: { users, total: users.length } });
}

// ---- the roles a forked process plays ----

function upstream() {
  const small = JSON.stringify({ id: USER, organizations: [{ id: 'org-1', name: 'Acme' }, { id: 'org-2', name: 'Globex' }] });
  const large = largeEnosAnswer();
  const json = { 'Content-Type': 'application/json' };
  return createServer((req, res) => {
    const path = (req.url ?? '').split('?')[0];
    req.resume();
    if (path === '/api/v1/oauth2/token') res.writeHead(200, json).end(JSON.stringify({ access_token: 'bench-management-token', token_type: 'Bearer', expires_in: 3600 }));
    else if (path === '/apim-token-service/v2.0/token/get') res.writeHead(200, json).end(JSON.stringify({ status: 0, data: { accessToken: 'bench-enos-token', expire: 7200 } }));
    else if (path === SSO_LIST) res.writeHead(200, json).end(large);
    else if (path === ORGS) res.writeHead(200, json).end(small);
    else res.writeHead(404, json).end('{}');
  });
}

/** The yardstick: forwards method, path and headers, pipes the answer back. No checks at all. @param {string} target */
function passthrough(target) {
  const { hostname, port } = new URL(target);
  const agent = new Agent({ keepAlive: true, maxSockets: 256 });
  return createServer((req, res) => {
    const out = httpRequest({ host: hostname, port, method: req.method, path: req.url, headers: req.headers, agent }, (answer) => {
      res.writeHead(answer.statusCode ?? 502, answer.headers);
      answer.pipe(res);
    });
    out.on('error', () => res.writeHead(502).end());
    req.pipe(out);
  });
}

/** @param {string} target */
async function proxy(target) {
  // The build a host runs (`npm run bench:server` compiles it first), not the sources through a loader.
  const built = '../dist/server/index.js';
  /** @type {typeof import('../src/server/index.js')} */
  const { enosProxy, ssojetProxy, toNodeHandler } = await import(built);
  const common = { log: () => {}, maxConcurrentUpstream: 1024 };
  const ssojet = toNodeHandler(
    ssojetProxy({ baseUrl: target, clientId: 'bench-client', clientSecret: 'bench-secret', prefix: '/ssojet', authorize: () => ({ userIds: [USER] }), ...common }),
  );
  const enos = toNodeHandler(
    enosProxy({ gateway: target, appKey: 'bench-key', appSecret: 'bench-secret', prefix: '/enos', authorize: () => ({ orgIds: ['o'] }), ...common }),
  );
  return createServer((req, res) => {
    if (req.url?.startsWith('/enos/')) void enos(req, res);
    else void ssojet(req, res);
  });
}

/** @param {string} role @param {string} target */
async function serve(role, target) {
  const server = role === 'upstream' ? upstream() : role === 'passthrough' ? passthrough(target) : await proxy(target);
  server.keepAliveTimeout = 60_000;
  server.listen(0, '127.0.0.1', () => {
    const address = server.address();
    process.send?.({ port: typeof address === 'object' && address ? address.port : 0 });
  });
  // The parent went away (or is done): exit normally, so `--cpu-prof` can write its profile.
  process.on('disconnect', () => process.exit(0));
  process.on('message', (message) => {
    if (message === 'rss') process.send?.({ rss: process.memoryUsage().rss });
    if (message === 'cpu') {
      const { user, system } = process.cpuUsage();
      process.send?.({ cpu: user + system });
    }
  });
}

// ---- the run ----

/** @param {string} role @param {string} [target] @returns {Promise<{ origin: string, rss(): Promise<number>, cpu(): Promise<number>, stop(): void }>} */
function start(role, target = '') {
  const child = fork(fileURLToPath(import.meta.url), ['--role', role, target], { execArgv: [] });
  /** @type {((value: any) => void)[]} */
  const waiting = [];
  child.on('message', (message) => waiting.shift()?.(message));
  const next = () => new Promise((resolve) => waiting.push(resolve));
  return next().then(({ port }) => ({
    origin: `http://127.0.0.1:${port}`,
    rss: () => {
      const answer = next();
      child.send('rss');
      return answer.then(({ rss }) => rss);
    },
    /** CPU time the process has used, in microseconds. */
    cpu: () => {
      const answer = next();
      child.send('cpu');
      return answer.then(({ cpu }) => cpu);
    },
    stop: () => child.kill(),
  }));
}

/** @param {string} url @param {number} connections @param {Partial<import('autocannon').Options>} [options] */
async function load(url, connections, options = {}) {
  const { default: autocannon } = await import('autocannon');
  const result = await autocannon({ url, connections, duration: SECONDS, ...options });
  if (result.non2xx > 0 || result.errors > 0) throw new Error(`${url}: ${result.non2xx} non-2xx answers, ${result.errors} errors`);
  return result;
}

/** @param {string} url */
async function timeOne(url) {
  const started = performance.now();
  const response = await fetch(url);
  await response.arrayBuffer();
  if (!response.ok) throw new Error(`${url}: ${response.status}`);
  return performance.now() - started;
}

/** @param {string} url */
async function median(url) {
  await timeOne(url);
  const times = [];
  for (let i = 0; i < LARGE_RUNS; i++) times.push(await timeOne(url));
  return times.sort((a, b) => a - b)[LARGE_RUNS >> 1];
}

/** @param {number} value */
const pct = (value) => `${Math.round(value * 100)}%`;
/** @param {number} value */
const ms = (value) => `${value.toFixed(1)} ms`;

async function main() {
  const up = await start('upstream');
  const pass = await start('passthrough', up.origin);
  const ours = await start('proxy', up.origin);
  try {
    /** @type {[string, string, (typeof ours) | undefined][]} name, URL, the proxy process (whose CPU time per request is shown) */
    const targets = [
      ['direct', `${up.origin}${ORGS}`, undefined],
      ['pass-through', `${pass.origin}${ORGS}`, pass],
      ['iam-elements/server', `${ours.origin}/ssojet${ORGS}`, ours],
    ];
    for (const [, url] of targets) await load(url, 10, { duration: 1 }); // warm-up: JIT, keep-alive sockets, the token
    /** @type {{ case: string, server: string, 'req/s': number, 'p50 ms': number, 'p99 ms': number, 'req/s vs pass-through': string, 'p99 vs pass-through': string, 'proxy CPU µs/req': number | string }[]} */
    const rows = [];
    for (const connections of [10, 100]) {
      /** @type {Record<string, import('autocannon').Result[]>} */
      const slices = {};
      /** @type {Record<string, number[]>} */
      const cpuPerRequest = {};
      // Interleaved slices, so a neighbour's burst of load on this machine hits every column alike.
      for (let slice = 0; slice < SLICES; slice++) {
        for (const [name, url, server] of targets) {
          const cpuBefore = await server?.cpu();
          const result = await load(url, connections, { duration: SECONDS / SLICES });
          (slices[name] ??= []).push(result);
          // CPU time per request does not depend on how busy the machine is, unlike req/s.
          if (server && cpuBefore !== undefined) (cpuPerRequest[name] ??= []).push(((await server.cpu()) - cpuBefore) / result.requests.total);
        }
      }
      /** @param {string} name @param {(r: import('autocannon').Result) => number} pick */
      const mid = (name, pick) => slices[name].map(pick).sort((a, b) => a - b)[SLICES >> 1];
      const rps = (/** @type {string} */ name) => mid(name, (r) => r.requests.average);
      const p99 = (/** @type {string} */ name) => mid(name, (r) => r.latency.p99);
      for (const [name] of targets) {
        rows.push({
          case: `${connections} connections`,
          server: name,
          'req/s': Math.round(rps(name)),
          'p50 ms': mid(name, (r) => r.latency.p50),
          'p99 ms': p99(name),
          'req/s vs pass-through': pct(rps(name) / rps('pass-through')),
          'p99 vs pass-through': `${(p99(name) / Math.max(p99('pass-through'), 1)).toFixed(2)}x`,
          'proxy CPU µs/req': cpuPerRequest[name] ? Math.round(cpuPerRequest[name].sort((a, b) => a - b)[SLICES >> 1]) : '',
        });
      }
    }
    console.table(rows);
    /** @type {string[]} */
    const verdicts = [];
    for (const connections of [10, 100]) {
      const at = (/** @type {string} */ server) => rows.find((r) => r.server === server && r.case === `${connections} connections`);
      const ratio = (at('iam-elements/server')?.['req/s'] ?? 0) / (at('pass-through')?.['req/s'] ?? 1);
      verdicts.push(`req/s at ${connections} connections >= 50% of pass-through: ${ratio >= 0.5 ? 'met' : 'MISSED'}`);
    }
    const p99At100 = rows.filter((r) => r.case === '100 connections');
    const p99Ratio = (p99At100.find((r) => r.server === 'iam-elements/server')?.['p99 ms'] ?? 0) / Math.max(p99At100.find((r) => r.server === 'pass-through')?.['p99 ms'] ?? 1, 1);
    verdicts.push(`p99 at 100 connections <= 2x pass-through: ${p99Ratio <= 2 ? 'met' : 'MISSED'}`);

    const direct = await median(`${up.origin}${SSO_LIST}?orgId=o`);
    const through = await median(`${ours.origin}/enos${SSO_LIST}?orgId=o`);
    const size = (await (await fetch(`${up.origin}${SSO_LIST}`)).arrayBuffer()).byteLength;
    console.table([
      { case: `EnOS answer of ${(size / 1e6).toFixed(2)} MB, median of ${LARGE_RUNS}`, direct: ms(direct), 'through enosProxy': ms(through), ratio: `${(through / direct).toFixed(2)}x` },
    ]);
    verdicts.push(`large answer <= 2x direct: ${through <= 2 * direct ? 'met' : 'MISSED'}`);

    const rss = [];
    for (let round = 1; round <= ROUNDS; round++) {
      const { default: autocannon } = await import('autocannon');
      await autocannon({ url: `${ours.origin}/ssojet${ORGS}`, connections: 50, amount: ROUND_REQUESTS });
      rss.push(await ours.rss());
    }
    console.table(rss.map((bytes, i) => ({ round: i + 1, requests: (i + 1) * ROUND_REQUESTS, 'RSS MB': (bytes / 1e6).toFixed(1) })));
    const growth = rss[ROUNDS - 1] / rss[1];
    verdicts.push(`RSS after round ${ROUNDS} within 10% of round 2 (${pct(growth)}): ${Math.abs(growth - 1) <= 0.1 ? 'met' : 'MISSED'}`);
    console.log(verdicts.join('\n'));
  } finally {
    ours.stop();
    pass.stop();
    up.stop();
  }
}

const roleAt = process.argv.indexOf('--role');
if (roleAt > 0) void serve(process.argv[roleAt + 1], process.argv[roleAt + 2]);
else await main();
