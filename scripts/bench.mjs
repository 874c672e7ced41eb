#!/usr/bin/env node
// @ts-check
/**
 * `npm run bench`: how the script-tag build behaves with 10 and 10,000 users,
 * virtualized (the default) and rendering every row (the naive render, with
 * `virtualize-threshold` above the list's length), in one run on one machine.
 *
 * Chromium (the one the tests use: CHROME_PATH or /usr/bin/chromium) loads a
 * page with only `<script type="module" src="iam-elements.js">`, served with
 * the rest of dist/ from this process; the reference API server runs in this
 * process too, both on free ports. Every figure is the median of several runs
 * on a page already warm (scripts and chunks loaded), except "cold", which is
 * the first 10,000-user list of a fresh page, chunk fetches included (the
 * element's own chunk too: the bundle fetches it when the tag first appears). Requests
 * use `cache-ttl="0"`, so every run asks the server over HTTP; the server
 * keeps the body it generated for an id (as a real one answers from storage),
 * so each size uses one id, asked once before timing starts.
 *
 * First row: from inserting the element to the first row element being in the
 * DOM with a box (a MutationObserver checks; `checkVisibility()` forces the
 * layout). A long answer shows its first rows while the rest is still
 * arriving, so "every user read" (to `iam-load`, which fires once the whole
 * list is parsed and rendered) is printed beside it. Filter: from setting the search box's value and firing `input` to
 * the element's update being done and its layout computed.
 */
import { createServer } from 'node:http';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { startReferenceApi } from '../demo/server/reference-api.mjs';
import { bundleSizes } from './size.mjs';

const RUNS_SMALL = 15;
const RUNS_LARGE = 9;
/** A naive render of 10,000 rows takes seconds; fewer runs tell as much. */
const RUNS_LARGE_NAIVE = 3;
const LARGE = 10_000;
const NAIVE_THRESHOLD = 1_000_000;
const QUERY = 'sofia';

const DIST = new URL('../dist/', import.meta.url);
const PAGE = `<!doctype html>
<html lang="en">
  <head><meta charset="utf-8"><title>iam-elements bench</title><script type="module" src="/iam-elements.js"></script></head>
  <body style="margin: 0; font: 16px system-ui"><main id="host" style="inline-size: 50rem; padding: 1rem"></main></body>
</html>`;

/** dist/ and the bench page, nothing else. */
function startStaticServer() {
  const server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://bench.invalid').pathname;
    if (path === '/') {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(PAGE);
      return;
    }
    if (!/^\/[\w.-]+\.js$/.test(path) || extname(path) !== '.js') {
      res.writeHead(404).end();
      return;
    }
    try {
      const body = readFileSync(new URL(`.${path}`, DIST));
      res.writeHead(200, { 'content-type': 'text/javascript; charset=utf-8' }).end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      resolve({ origin: `http://127.0.0.1:${port}`, close: () => new Promise((done) => server.close(() => done(undefined))) });
    });
  });
}

/** @param {number[]} values */
const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

/**
 * Inserts an <sso-user-list> of `size` users and resolves with the time to
 * its first row and the time to its `iam-load` (every user read, the count
 * announced); the element stays on the page until `clear()`.
 * @param {import('playwright-core').Page} page
 * @param {string} api
 * @param {number} size
 * @param {number | undefined} threshold
 */
async function firstRow(page, api, size, threshold) {
  return page.evaluate(
    async ({ api, orgId, threshold }) => {
      const el = document.createElement('sso-user-list');
      el.setAttribute('token', 'demo-token');
      el.setAttribute('org-id', orgId);
      el.setAttribute('base-url', api);
      el.setAttribute('cache-ttl', '0');
      if (threshold !== undefined) el.setAttribute('virtualize-threshold', String(threshold));
      const host = /** @type {HTMLElement} */ (document.getElementById('host'));
      const loaded = new Promise((resolve) => el.addEventListener('iam-load', () => resolve(performance.now()), { once: true }));
      const start = performance.now();
      host.append(el);
      // The script-tag bundle fetches the element's chunk when the tag first appears (at once on a warm page).
      await customElements.whenDefined('sso-user-list');
      const root = /** @type {ShadowRoot} */ (el.shadowRoot);
      const shown = await new Promise((resolve) => {
        const check = () => {
          const row = root.querySelector('[part~="item"]');
          return row !== null && row.checkVisibility() && row.getBoundingClientRect().height > 0;
        };
        const observer = new MutationObserver(() => {
          if (check()) {
            observer.disconnect();
            resolve(performance.now());
          }
        });
        observer.observe(root, { childList: true, subtree: true });
      });
      return { firstRow: /** @type {number} */ (shown) - start, loaded: /** @type {number} */ (await loaded) - start };
    },
    { api, orgId: `bench-${size}`, threshold },
  );
}

/**
 * The floor under any element: the same request with plain fetch(), the
 * body read and JSON.parse()d, nothing else.
 * @param {import('playwright-core').Page} page
 * @param {string} api
 * @param {number} size
 */
function fetchAndParse(page, api, size) {
  return page.evaluate(
    async ({ api, orgId }) => {
      const start = performance.now();
      const response = await fetch(`${api}/enos-iam-service/v2.3/user/sso/list?orgId=${orgId}`, {
        headers: { Authorization: 'Bearer demo-token' },
      });
      JSON.parse(await response.text());
      return performance.now() - start;
    },
    { api, orgId: `bench-${size}` },
  );
}

/** @param {import('playwright-core').Page} page */
const clear = (page) => page.evaluate(() => document.getElementById('host')?.replaceChildren());

/**
 * Waits for the list to settle (search box shown, rows stable), then counts
 * the row elements in its DOM.
 * @param {import('playwright-core').Page} page
 */
async function settledRows(page) {
  return page.evaluate(async () => {
    const el = /** @type {HTMLElement} */ (document.querySelector('sso-user-list'));
    const root = /** @type {ShadowRoot} */ (el.shadowRoot);
    const frame = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
    let previous = -1;
    for (let i = 0; i < 200; i += 1) {
      await frame();
      const count = root.querySelectorAll('[part~="item"]').length;
      if (root.querySelector('[part="search"]') && count === previous) return count;
      previous = count;
    }
    return root.querySelectorAll('[part~="item"]').length;
  });
}

/**
 * Types QUERY one character at a time into the search box of the list on the
 * page, then deletes it again; the time of each keystroke.
 * @param {import('playwright-core').Page} page
 */
async function filterTimes(page) {
  return page.evaluate(async (query) => {
    const el = /** @type {HTMLElement & { updateComplete: Promise<boolean> }} */ (document.querySelector('sso-user-list'));
    const root = /** @type {ShadowRoot} */ (el.shadowRoot);
    const box = /** @type {HTMLInputElement} */ (root.querySelector('[part="search"]'));
    const frame = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
    const steps = [...query].map((_, i) => query.slice(0, i + 1));
    steps.push(...steps.slice(0, -1).reverse(), '');
    const times = [];
    for (const value of steps) {
      await frame();
      const start = performance.now();
      box.value = value;
      box.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
      await el.updateComplete;
      void root.querySelector('[part="status"]')?.getBoundingClientRect();
      times.push(performance.now() - start);
    }
    return times;
  }, QUERY);
}

/**
 * Used JS heap after a full garbage collection.
 * @param {import('playwright-core').CDPSession} cdp
 */
async function heapUsed(cdp) {
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  return usedSize;
}

/**
 * Every figure for one rendering mode, on a fresh page.
 * @param {import('playwright-core').Browser} browser
 * @param {string} site
 * @param {string} api
 * @param {number | undefined} threshold
 */
async function measureMode(browser, site, api, threshold) {
  const largeRuns = threshold === undefined ? RUNS_LARGE : RUNS_LARGE_NAIVE;
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  page.on('pageerror', (error) => {
    if (!error.message.includes('ResizeObserver loop')) console.error(`page error: ${error.message}`);
  });
  // goto waits for the load event, after the bundle has run: the first list inserted fetches the element's chunk.
  await page.goto(site);
  const cdp = await page.context().newCDPSession(page);
  const heapBefore = await heapUsed(cdp);

  const { firstRow: cold } = await firstRow(page, api, LARGE, threshold);
  await settledRows(page);
  await clear(page);

  // Each run starts after a full garbage collection, so that one run does not pay for the last one's garbage.
  const small = [];
  for (let i = 0; i < RUNS_SMALL; i += 1) {
    await heapUsed(cdp);
    small.push(await firstRow(page, api, 10, threshold));
    await clear(page);
  }
  const large = [];
  for (let i = 0; i < largeRuns; i += 1) {
    await heapUsed(cdp);
    large.push(await firstRow(page, api, LARGE, threshold));
    if (i < largeRuns - 1) await clear(page);
  }
  const floorSmall = [];
  const floorLarge = [];
  for (let i = 0; i < RUNS_LARGE; i += 1) {
    await heapUsed(cdp);
    floorSmall.push(await fetchAndParse(page, api, 10));
    await heapUsed(cdp);
    floorLarge.push(await fetchAndParse(page, api, LARGE));
  }
  const rows = await settledRows(page);
  const heapAfter = await heapUsed(cdp);
  const filter = await filterTimes(page);
  await page.close();
  return {
    cold,
    small: median(small.map((run) => run.firstRow)),
    large: median(large.map((run) => run.firstRow)),
    smallLoaded: median(small.map((run) => run.loaded)),
    largeLoaded: median(large.map((run) => run.loaded)),
    floorSmall: median(floorSmall),
    floorLarge: median(floorLarge),
    rows,
    heapMiB: heapAfter / 2 ** 20,
    heapDeltaMiB: (heapAfter - heapBefore) / 2 ** 20,
    filterMedian: median(filter),
    filterMax: Math.max(...filter),
  };
}

/** Round-trip delay added to every request of the fresh-page figure, as a CDN far from the user adds. */
const LATENCY_MS = 50;
const RUNS_FRESH = 5;

/**
 * A fresh page (nothing cached) on a network with LATENCY_MS of latency:
 * from the start of navigation to the first row of a 10-user list, the
 * bundle, the element's chunks and the API request included. The script-tag
 * build fetches an element's chunk once the bundle runs, so round trips show
 * here, not on the warm page.
 * @param {import('playwright-core').Browser} browser
 * @param {string} site
 * @param {string} api
 */
async function freshPageFirstRow(browser, site, api) {
  const times = [];
  for (let i = 0; i < RUNS_FRESH; i += 1) {
    const context = await browser.newContext();
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: LATENCY_MS, downloadThroughput: -1, uploadThroughput: -1 });
    const url = new URL(site);
    url.searchParams.set('list', JSON.stringify({ api, orgId: 'bench-10' }));
    await page.goto(url.href);
    times.push(
      await page.evaluate(async () => {
        const { api, orgId } = JSON.parse(new URL(location.href).searchParams.get('list') ?? '{}');
        const el = document.createElement('sso-user-list');
        el.setAttribute('token', 'demo-token');
        el.setAttribute('org-id', orgId);
        el.setAttribute('base-url', api);
        document.getElementById('host')?.append(el);
        await new Promise((resolve) => {
          const check = () => (el.shadowRoot?.querySelector('[part~="item"]') ? resolve(undefined) : requestAnimationFrame(check));
          check();
        });
        return performance.now();
      }),
    );
    await context.close();
  }
  return median(times);
}

// ----- The cold Slow 4G page (issue 16): the shipped script tag against the same source as one eager file -----

/** Chromium's Slow 4G preset as the issue states it: 150 ms latency, 1.6 Mbps down, 750 kbps up (bytes per second). */
const SLOW_4G = { offline: false, latency: 150, downloadThroughput: 200_000, uploadThroughput: 93_750 };
const RUNS_COLD = 9;
/** The cold page: the script tag and one 10-user list in the HTML, the API behind the page's own origin (no preflight). */
const COLD_PAGE = `<!doctype html>
<html lang="en">
  <head><meta charset="utf-8"><title>cold page</title><script type="module" src="/iam-elements.js"></script></head>
  <body>
    <sso-user-list token="demo-token" org-id="bench-10" base-url="/iam-proxy" cache-ttl="0"></sso-user-list>
    <script>
      // First row in the DOM, from the start of navigation (performance.now()'s origin).
      customElements.whenDefined('sso-user-list').then(() => {
        const root = document.querySelector('sso-user-list').shadowRoot;
        const seen = () => root.querySelector('[part~="item"]') && (window.firstRow ??= performance.now());
        if (!seen()) new MutationObserver(seen).observe(root, { childList: true, subtree: true });
      });
    </script>
  </body>
</html>`;

/**
 * Builds the script-tag source as one file (every dynamic import inlined: no
 * chunk to fetch after the bundle), into a temporary folder; the caller removes it.
 */
async function buildEagerBundle() {
  const { build } = await import('vite');
  const outDir = mkdtempSync(join(tmpdir(), 'iam-eager-'));
  const root = fileURLToPath(new URL('..', import.meta.url));
  await build({
    root,
    configFile: join(root, 'vite.config.ts'),
    mode: 'script-tag',
    logLevel: 'error',
    build: { outDir, emptyOutDir: true, manifest: false, rolldownOptions: { output: { codeSplitting: false } } },
  });
  return outDir;
}

/**
 * The cold page and the scripts of `dir`, gzip-compressed as a host's server
 * sends them, and `/iam-proxy/…` forwarded to the reference API.
 * @param {string} dir @param {string} api
 */
function startGzipSite(dir, api) {
  /** @type {Map<string, Buffer>} */
  const compressed = new Map();
  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://bench.invalid');
    if (url.pathname.startsWith('/iam-proxy/')) {
      const answer = await fetch(`${api}${url.pathname.slice('/iam-proxy'.length)}${url.search}`, {
        headers: { authorization: req.headers.authorization ?? '' },
      });
      res.writeHead(answer.status, { 'content-type': answer.headers.get('content-type') ?? 'application/json' }).end(Buffer.from(await answer.arrayBuffer()));
      return;
    }
    const name = url.pathname === '/' ? '' : url.pathname.slice(1);
    if (name !== '' && !/^[\w.-]+\.js$/.test(name)) {
      res.writeHead(404).end();
      return;
    }
    let body = compressed.get(name);
    if (body === undefined) {
      try {
        body = gzipSync(name === '' ? COLD_PAGE : readFileSync(join(dir, name)));
      } catch {
        res.writeHead(404).end();
        return;
      }
      compressed.set(name, body);
    }
    const type = name === '' ? 'text/html; charset=utf-8' : 'text/javascript; charset=utf-8';
    res.writeHead(200, { 'content-type': type, 'content-encoding': 'gzip', 'cache-control': 'no-store' }).end(body);
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      resolve({ origin: `http://127.0.0.1:${port}`, close: () => new Promise((done) => server.close(() => done(undefined))) });
    });
  });
}

/**
 * One cold load of `site`'s page on Slow 4G with the cache disabled, in a
 * fresh context: milliseconds from navigation to the list's first row.
 * @param {import('playwright-core').Browser} browser @param {string} site
 */
async function coldFirstRow(browser, site) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  await cdp.send('Network.emulateNetworkConditions', SLOW_4G);
  await page.goto(site, { waitUntil: 'commit' });
  const handle = await page.waitForFunction(() => /** @type {Window & { firstRow?: number }} */ (window).firstRow, undefined, { timeout: 30_000 });
  const time = /** @type {number} */ (await handle.jsonValue());
  await context.close();
  return time;
}

/**
 * The cold Slow 4G page, the shipped build (dist/) against the one eager
 * file, runs taken in turn so that both see the same machine; medians.
 * @param {import('playwright-core').Browser} browser @param {string} api
 */
async function coldSlow4g(browser, api) {
  const eagerDir = await buildEagerBundle();
  const shipped = /** @type {{ origin: string, close: () => Promise<unknown> }} */ (await startGzipSite(fileURLToPath(DIST), api));
  const eager = /** @type {{ origin: string, close: () => Promise<unknown> }} */ (await startGzipSite(eagerDir, api));
  try {
    const times = { shipped: /** @type {number[]} */ ([]), eager: /** @type {number[]} */ ([]) };
    for (let i = 0; i < RUNS_COLD; i += 1) {
      times.shipped.push(await coldFirstRow(browser, shipped.origin));
      times.eager.push(await coldFirstRow(browser, eager.origin));
    }
    const eagerGzip = gzipSync(readFileSync(join(eagerDir, 'iam-elements.js')), { level: 9 }).length;
    return { shipped: median(times.shipped), eager: median(times.eager), eagerGzip };
  } finally {
    await shipped.close();
    await eager.close();
    rmSync(eagerDir, { recursive: true, force: true });
  }
}

/** @param {Awaited<ReturnType<typeof coldSlow4g>>} cold */
function printColdSlow4g(cold) {
  const ratio = cold.shipped / cold.eager;
  console.log('');
  console.log(
    `The cold Slow 4G page (${SLOW_4G.latency} ms, 1.6 Mbps; gzip; cache disabled; 10-user <sso-user-list> in the HTML; median of ${RUNS_COLD}), navigation to first row:`,
  );
  console.log(`  shipped script tag   ${ms(cold.shipped)}`);
  console.log(`  one eager file       ${ms(cold.eager)}  (${cold.eagerGzip.toLocaleString('en')} B gzip -9)`);
  console.log(`  ratio                ${ratio.toFixed(2)}x — target at most 0.95x: ${ratio <= 0.95 ? 'met' : 'NOT met'}`);
}

/** @param {number} value */
const ms = (value) => `${value.toFixed(1)} ms`;
/** @param {number} value */
const mib = (value) => `${value.toFixed(1)} MiB`;

const api = await startReferenceApi({ port: 0 });
// The server generates a list on first request and keeps it: not part of what is measured.
for (const size of [10, LARGE]) {
  await fetch(`${api.origin}/enos-iam-service/v2.3/user/sso/list?orgId=bench-${size}`, {
    headers: { Authorization: 'Bearer demo-token' },
  }).then((response) => response.text());
}
/** @type {{ origin: string, close: () => Promise<unknown> }} */
const site = await startStaticServer();
const browser = await chromium.launch({
  executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--no-first-run'],
});
// `node scripts/bench.mjs --cold` (after a build): only the cold Slow 4G page, a minute instead of ten.
const coldOnly = process.argv.includes('--cold');
try {
  if (coldOnly) printColdSlow4g(await coldSlow4g(browser, api.origin));
} finally {
  if (coldOnly) await Promise.all([browser.close(), site.close(), api.close()]);
}
if (coldOnly) process.exit(0);
try {
  const virtual = await measureMode(browser, site.origin, api.origin, undefined);
  const naive = await measureMode(browser, site.origin, api.origin, NAIVE_THRESHOLD);
  const fresh = await freshPageFirstRow(browser, site.origin, api.origin);
  const cold = await coldSlow4g(browser, api.origin);

  console.log('Bundle (script-tag build, dist/):');
  const sizes = bundleSizes();
  const nameWidth = Math.max(...sizes.map(({ name }) => name.length));
  for (const { name, raw, gzip, lazy } of sizes) {
    console.log(`  ${name.padEnd(nameWidth)} ${String(raw).padStart(6)} B raw  ${String(gzip).padStart(6)} B gzip -9${lazy ? '  (on demand)' : ''}`);
  }
  console.log('');
  console.log(`Machine: ${cpus().length} CPUs (nproc), ${cpus()[0]?.model ?? 'unknown CPU'}, Chromium ${browser.version()}, Node ${process.version}`);
  console.log(
    `Runs: first row median of ${RUNS_SMALL} (10 users) and ${RUNS_LARGE} (10,000 users; naive ${RUNS_LARGE_NAIVE}) on a warm page; fresh page median of ${RUNS_FRESH}; filter median of ${QUERY.length * 2} keystrokes ("${QUERY}" typed, then deleted)`,
  );
  console.log('');
  const table = [
    ['', 'virtualized (default)', 'naive (every row)'],
    ['first row, 10 users', ms(virtual.small), ms(naive.small)],
    ['first row, 10,000 users', ms(virtual.large), ms(naive.large)],
    ['ratio 10,000 / 10', `${(virtual.large / virtual.small).toFixed(1)}x`, `${(naive.large / naive.small).toFixed(1)}x`],
    ['every user read (iam-load), 10 / 10,000', `${ms(virtual.smallLoaded)} / ${ms(virtual.largeLoaded)}`, `${ms(naive.smallLoaded)} / ${ms(naive.largeLoaded)}`],
    ['fetch + JSON.parse alone, 10 / 10,000', `${ms(virtual.floorSmall)} / ${ms(virtual.floorLarge)}`, `${ms(naive.floorSmall)} / ${ms(naive.floorLarge)}`],
    ['  ratio (the floor)', `${(virtual.floorLarge / virtual.floorSmall).toFixed(1)}x`, `${(naive.floorLarge / naive.floorSmall).toFixed(1)}x`],
    ['first row, 10,000, cold page', ms(virtual.cold), ms(naive.cold)],
    [`first row, 10, fresh page, ${LATENCY_MS} ms latency`, ms(fresh), ''],
    ['row elements in the DOM', String(virtual.rows), String(naive.rows)],
    ['filter per keystroke (median)', ms(virtual.filterMedian), ms(naive.filterMedian)],
    ['filter per keystroke (slowest)', ms(virtual.filterMax), ms(naive.filterMax)],
    ['JS heap with 10,000 rendered', mib(virtual.heapMiB), mib(naive.heapMiB)],
    ['  of which the list', mib(virtual.heapDeltaMiB), mib(naive.heapDeltaMiB)],
  ];
  const widths = [0, 1, 2].map((col) => Math.max(...table.map((row) => row[col].length)));
  for (const row of table) console.log(row.map((cell, col) => (col === 0 ? cell.padEnd(widths[col]) : cell.padStart(widths[col]))).join('   '));
  const ratio = virtual.large / virtual.small;
  console.log('');
  console.log(`target: 10,000 users' first row within 6x of 10 users' — ${ratio <= 6 ? 'met' : 'NOT met'} (${ratio.toFixed(1)}x)`);
  printColdSlow4g(cold);
} finally {
  await browser.close();
  await site.close();
  await api.close();
}
