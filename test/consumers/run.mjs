#!/usr/bin/env node
// @ts-check
/**
 * `npm run test:consumers`: the packed package, installed into small apps
 * nobody here wrote the way their frameworks' users would (issue 15). Packs
 * the repository (`npm pack`, whose `prepack` builds), then for each folder
 * of test/consumers/ with a package.json, in order:
 *
 *   npm ci                          the app's own committed lockfile, from the registry
 *   npm install --no-save <tarball> the package under test
 *   npm run build                   if the app has a build script
 *   npm test                        if it has a test script (Node-only checks, tsc)
 *   serve and load in Chromium      if its package.json has "iamConsumer": { "serve", "pages" }
 *
 * "serve": "dist" serves that folder of the build; "serve": "start" runs
 * `npm start` with PORT set. Each page is loaded as `<page>?api=<origin>`
 * against the reference API server (demo/server/reference-api.mjs, token
 * `demo-token`, client id `demo-client`): its HTML must not hold the token,
 * the page must show the seed's organization (`test0121`) inside
 * <user-orgs>, and `#event` must read `iam-load 1` (the app's own listener
 * for the element's event). An uncaught error or a console error on the page
 * fails the app. IAM_API_ORIGIN is in the environment of every step, for
 * apps that drive their own checks.
 *
 * Arguments: app names to run only those; `--built` to pack the dist/ already built (`npm pack --ignore-scripts`, as
 * .ci/run does right after `npm run build`). Prints each app's time and a
 * closing `N passed, N failed` line; exits 1 when any app failed.
 */
import { spawn } from 'node:child_process';
import { createReadStream, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { startReferenceApi } from '../../demo/server/reference-api.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const here = fileURLToPath(new URL('.', import.meta.url));
/** The seed body's one organization (demo/server/seeds/ssojet-user-organizations.json). */
const SEED_ROW = 'test0121';
const TOKEN = 'demo-token';

/**
 * @typedef {{ serve?: string, pages?: string[] }} ConsumerConfig
 * @typedef {{ name: string, dir: string, scripts: Record<string, string>, consumer: ConsumerConfig | undefined }} App
 */

const args = process.argv.slice(2);
const built = args.includes('--built');
const only = args.filter((arg) => !arg.startsWith('--'));

/** @returns {App[]} */
function apps() {
  const all = readdirSync(here)
    .filter((name) => existsSync(join(here, name, 'package.json')))
    .sort()
    .map((name) => {
      const dir = join(here, name);
      const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
      return { name, dir, scripts: pkg.scripts ?? {}, consumer: pkg.iamConsumer };
    });
  const unknown = only.filter((name) => !all.some((app) => app.name === name));
  if (unknown.length > 0) throw new Error(`no app named ${unknown.join(', ')} in test/consumers/`);
  return only.length === 0 ? all : all.filter((app) => only.includes(app.name));
}

/**
 * Runs a command; its output is kept and shown only when it fails.
 * @param {string} command @param {string[]} commandArgs @param {string} cwd @param {NodeJS.ProcessEnv} [env]
 */
function run(command, commandArgs, cwd, env = process.env) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, commandArgs, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('error', reject);
    child.on('close', (code) =>
      code === 0 ? resolve(output) : reject(new Error(`\`${command} ${commandArgs.join(' ')}\` exited ${code}:\n${output.trimEnd().split('\n').slice(-40).join('\n')}`)),
    );
  });
}

/** @returns {Promise<string>} the tarball's path */
async function pack() {
  const dest = mkdtempSync(join(tmpdir(), 'iam-elements-consumers-'));
  const output = await run('npm', ['pack', '--silent', '--pack-destination', dest, ...(built ? ['--ignore-scripts'] : [])], root);
  const name = output.trim().split('\n').at(-1) ?? '';
  return join(dest, name);
}

const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.svg': 'image/svg+xml' };

/**
 * A static server of a built app: files by path, index.html for a folder.
 * @param {string} dir @returns {Promise<{ origin: string, close: () => Promise<void> }>}
 */
async function serveStatic(dir) {
  const server = createServer((req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '');
    let file = join(dir, path);
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!existsSync(file)) {
      // No favicon in these apps: an empty answer, so the page logs no failed request.
      res.writeHead(path === '/favicon.ico' ? 204 : 404).end();
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[/** @type {keyof typeof TYPES} */ (extname(file))] ?? 'application/octet-stream' });
    createReadStream(file).pipe(res);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(undefined)));
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('the static server has no port');
  return { origin: `http://127.0.0.1:${address.port}`, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

/** A port nobody listens on now (the app's own server takes it a moment later). */
async function freePort() {
  const server = createServer();
  await new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(undefined)));
  const address = server.address();
  await new Promise((resolve) => server.close(() => resolve(undefined)));
  if (address === null || typeof address === 'string') throw new Error('no free port');
  return address.port;
}

/** What an app's `npm start` prints once it listens: Next.js's "✓ Ready in …", lit-ssr's "listening on …". */
const READY = /\b(ready|listening)\b/i;

/**
 * `npm start` with PORT set, in its own process group (so that stopping it stops the server npm started),
 * used once it says it listens (READY), which saves polling its port.
 * @param {string} dir @param {NodeJS.ProcessEnv} env @returns {Promise<{ origin: string, close: () => Promise<void> }>}
 */
async function serveStart(dir, env) {
  const port = await freePort();
  const child = spawn('npm', ['start'], { cwd: dir, env: { ...env, PORT: String(port), HOSTNAME: '127.0.0.1' }, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  let output = '';
  const exited = new Promise((resolve) => child.on('exit', resolve));
  const origin = `http://127.0.0.1:${port}`;
  const close = async () => {
    if (child.exitCode === null && child.pid) process.kill(-child.pid, 'SIGTERM');
    await exited;
  };
  /** @type {NodeJS.Timeout | undefined} */
  let timer;
  try {
    await new Promise((resolve, reject) => {
      /** @param {Buffer} chunk */
      const read = (chunk) => {
        output += chunk;
        if (READY.test(output)) resolve(undefined);
      };
      child.stdout?.on('data', read);
      child.stderr?.on('data', read);
      void exited.then(() => reject(new Error(`\`npm start\` exited ${child.exitCode}:\n${output}`)));
      timer = setTimeout(() => reject(new Error(`\`npm start\` did not say it listens on ${origin} within 60 s:\n${output}`)), 60_000);
    });
  } catch (error) {
    await close();
    throw error;
  } finally {
    clearTimeout(timer);
  }
  return { origin, close };
}

/**
 * Loads each page and checks what the matrix promises: no token in the HTML, the seed's row inside <user-orgs>,
 * the app's `#event` showing the element's `iam-load`, no uncaught error and no console error.
 * @param {import('playwright-core').Browser} browser @param {string} origin @param {string[]} pages @param {string} api
 */
async function checkPages(browser, origin, pages, api) {
  for (const path of pages) {
    const url = `${origin}${path}?api=${encodeURIComponent(api)}`;
    const html = await (await fetch(url)).text();
    if (html.includes(TOKEN)) throw new Error(`${path}: the server's HTML holds the token`);
    const context = await browser.newContext();
    const page = await context.newPage();
    /** @type {string[]} */
    const problems = [];
    page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
    page.on('console', (message) => {
      const at = message.location().url;
      // A browser asks for /favicon.ico on its own; these apps have none, which is not what is tested.
      if (message.type() === 'error' && !at.endsWith('/favicon.ico')) problems.push(`console.error: ${message.text()} (${at})`);
    });
    try {
      await page.goto(url);
      // Playwright's locators pierce open shadow roots: the row is in <user-orgs>' shadow DOM.
      await page.locator('user-orgs').getByText(SEED_ROW).first().waitFor({ timeout: 30_000 });
      await page.locator('#event', { hasText: 'iam-load 1' }).waitFor({ timeout: 30_000 });
      if (problems.length > 0) throw new Error(problems.join('\n'));
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      throw new Error(`${path}: ${message}${problems.length > 0 ? `\n${problems.join('\n')}` : ''}`);
    } finally {
      await context.close();
    }
  }
}

/** @param {number} start */
const seconds = (start) => `${((performance.now() - start) / 1000).toFixed(1)} s`;

/**
 * @param {App} app @param {string} tarball @param {string} api @param {() => Promise<import('playwright-core').Browser>} browser
 * @returns {Promise<string>} the time of each step
 */
async function check(app, tarball, api, browser) {
  const env = { ...process.env, IAM_API_ORIGIN: api, NEXT_TELEMETRY_DISABLED: '1' };
  /** @type {string[]} */
  const steps = [];
  /** @param {string} name @param {() => Promise<unknown>} step */
  const timed = async (name, step) => {
    const start = performance.now();
    await step();
    steps.push(`${name} ${seconds(start)}`);
  };
  await timed('npm ci', () => run('npm', ['ci', '--no-audit', '--no-fund'], app.dir, env));
  await timed('install', () => run('npm', ['install', '--no-save', '--no-audit', '--no-fund', tarball], app.dir, env));
  if (app.scripts.build) await timed('build', () => run('npm', ['run', 'build'], app.dir, env));
  if (app.scripts.test) await timed('test', () => run('npm', ['test'], app.dir, env));
  const consumer = app.consumer;
  if (consumer?.serve) {
    const serve = consumer.serve;
    await timed('browser', async () => {
      const server = serve === 'start' ? await serveStart(app.dir, env) : await serveStatic(join(app.dir, serve));
      try {
        await checkPages(await browser(), server.origin, consumer.pages ?? ['/'], api);
      } finally {
        await server.close();
      }
    });
  }
  return steps.join(', ');
}

const selected = apps();
const started = performance.now();
const api = await startReferenceApi({ port: 0 });
/** @type {import('playwright-core').Browser | undefined} */
let browser;
const launch = async () =>
  (browser ??= await chromium.launch({
    executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
    args: ['--no-sandbox', '--headless', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
  }));
let passed = 0;
let failed = 0;
let tarball = '';
try {
  const packStart = performance.now();
  tarball = await pack();
  console.log(`packed ${tarball.split('/').at(-1)} in ${seconds(packStart)}${built ? ' (dist/ as built)' : ''}`);
  for (const app of selected) {
    const start = performance.now();
    try {
      const steps = await check(app, tarball, api.origin, launch);
      passed++;
      console.log(`ok    ${app.name} in ${seconds(start)} (${steps})`);
    } catch (error) {
      failed++;
      console.log(`FAIL  ${app.name} in ${seconds(start)}\n${error instanceof Error ? error.message : String(error)}`);
    }
  }
} catch (error) {
  failed++;
  console.log(`FAIL  packing: ${error instanceof Error ? error.message : String(error)}`);
} finally {
  await browser?.close();
  await api.close();
  if (tarball) rmSync(join(tarball, '..'), { recursive: true, force: true });
}
console.log(`consumer matrix: ${selected.length} apps in ${seconds(started)}`);
console.log(`${passed} passed, ${failed} failed`);
process.exitCode = failed > 0 ? 1 : 0;
