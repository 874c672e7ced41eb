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
 *
 * Then the peers (issue 16, measurePeers): the same 10,000 users through a
 * bare @lit-labs/virtualizer list, @vaadin/grid and Lit's repeat(), beside
 * `<sso-user-list>` and the floor (fetch + JSON.parse; and the same with the
 * body read in chunks, as http.ts reads it), on a page of their own;
 * docs/performance.md says what each figure is. `--peers` prints only these.
 *
 * Layout shift: the cumulative layout shift of `<sso-user-list>` and
 * `<user-list>` (10 and 10,000 users) from first paint to the loaded list,
 * on a page with content below the list, on a fast and a slow network, next
 * to its budget (see layoutShift). `--layout-shift` prints only these.
 */
import { spawn } from 'node:child_process';
import { createServer } from 'node:http';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import CDP from 'chrome-remote-interface';
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

/**
 * The layout-shift page: the list's slot with content below it, as a product
 * page has (a shift shows only when something moves), at the top of a 1280x800 viewport.
 */
const SHIFT_PAGE = `<!doctype html>
<html lang="en">
  <head><meta charset="utf-8"><title>iam-elements bench: layout shift</title><script type="module" src="/iam-elements.js"></script></head>
  <body style="margin: 0; font: 16px system-ui">
    <main style="inline-size: 50rem; padding: 1rem"><h1 style="margin: 0 0 1rem">Users</h1><div id="host"></div></main>
    <footer style="inline-size: 50rem; padding: 1rem; block-size: 40rem; background: #eee">Content below the list.</footer>
  </body>
</html>`;

/**
 * dist/ and the bench pages, nothing else but `extra` (path to HTML or JavaScript: the peers' page and bundle).
 * @param {Record<string, string>} [extra]
 */
function startStaticServer(extra = {}) {
  const server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://bench.invalid').pathname;
    if (path === '/' || path === '/shift') {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(path === '/' ? PAGE : SHIFT_PAGE);
      return;
    }
    const page = extra[path];
    if (page !== undefined) {
      res.writeHead(200, { 'content-type': `${path.endsWith('.js') ? 'text/javascript' : 'text/html'}; charset=utf-8` }).end(page);
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
 * Used JS heap after a full garbage collection.
 * @param {import('playwright-core').CDPSession} cdp
 */
async function heapUsed(cdp) {
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  return usedSize;
}

/**
 * Prints the page's errors (the virtualizer's harmless ResizeObserver loop notices aside).
 * @param {import('playwright-core').Page} page
 */
function logPageErrors(page) {
  page.on('pageerror', (error) => {
    if (!error.message.includes('ResizeObserver loop')) console.error(`page error: ${error.message}`);
  });
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
  logPageErrors(page);
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
  const filter = await filterTimes(page, 'iam', false);
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

/** Cumulative layout shift allowed from first paint to the loaded list (issue 17). */
const SHIFT_BUDGET = 0.05;
const RUNS_SHIFT = 3;
/** A slow network for the layout-shift figures: Chromium's emulation, on every request of the page. */
const SLOW_NETWORK = { offline: false, latency: 400, downloadThroughput: 500_000, uploadThroughput: 500_000 };

/**
 * The lists whose layout shift is measured: each with 10 and 10,000 users,
 * in its default (table) layout.
 * @type {{ tag: string, attributes: (api: string, size: number) => Record<string, string> }[]}
 */
const SHIFT_LISTS = [
  { tag: 'sso-user-list', attributes: (api, size) => ({ 'base-url': api, 'org-id': `bench-${size}` }) },
  { tag: 'user-list', attributes: (api, size) => ({ 'base-url': `${api}/_data/new-${size}`, 'client-id': 'demo-client' }) },
];

/**
 * Cumulative layout shift (CLS) of one list, on a fresh page of SHIFT_PAGE:
 * from the list's first paint (its code already in: a first element without
 * inputs, at the end of the page, where it moves nothing, fetched it; the
 * undefined tag's space is the host's to reserve, docs/script-tag.md) to
 * the loaded list, settled: `iam-load`, then the list's height and row count
 * unchanged for 20 frames. The sum of every `layout-shift` entry's `value`
 * without `hadRecentInput` (`PerformanceObserver`, `buffered: true`), with
 * the largest moves for the reader. On `network`, if given, through Chromium's emulation.
 * @param {import('playwright-core').Browser} browser
 * @param {string} site
 * @param {{ tag: string, attributes: Record<string, string>, network?: typeof SLOW_NETWORK }} list
 */
async function layoutShift(browser, site, { tag, attributes, network }) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  await page.goto(`${site}/shift`);
  await page.evaluate(async (tag) => {
    document.body.append(document.createElement(tag));
    await customElements.whenDefined(tag);
  }, tag);
  if (network) {
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', network);
  }
  const result = await page.evaluate(
    async ({ tag, attributes }) => {
      let cls = 0;
      /** @type {{ value: number, moves: string[] }[]} */
      const shifts = [];
      // The list's first paint: the frame that draws it moves the content below by the list's first height, as
      // inserting any content does; a page that has the tag in its HTML has no such frame. Counted from the next.
      let firstPaint = Infinity;
      /** @param {any[]} entries */
      const add = (entries) => {
        for (const entry of entries) {
          if (entry.hadRecentInput || entry.startTime < firstPaint) continue;
          cls += entry.value;
          shifts.push({
            value: entry.value,
            moves: entry.sources.map(
              (/** @type {any} */ source) =>
                `${source.node?.nodeName?.toLowerCase() ?? '?'}${source.node?.className ? `.${String(source.node.className).split(' ')[0]}` : ''} ${Math.round(source.previousRect.y)}→${Math.round(source.currentRect.y)} px, ${Math.round(source.previousRect.height)}→${Math.round(source.currentRect.height)} px tall`,
            ),
          });
        }
      };
      const el = document.createElement(tag);
      el.setAttribute('token', 'demo-token');
      el.setAttribute('cache-ttl', '0');
      for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
      const loaded = new Promise((resolve) => el.addEventListener('iam-load', resolve, { once: true }));
      /** @type {HTMLElement} */ (document.getElementById('host')).append(el);
      await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
      firstPaint = performance.now();
      const observer = new PerformanceObserver((entries) => add(entries.getEntries()));
      observer.observe({ type: 'layout-shift', buffered: true });
      await loaded;
      const root = /** @type {ShadowRoot} */ (el.shadowRoot);
      const frame = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
      for (let i = 0, same = 0, last = ''; i < 600 && same < 20; i += 1) {
        await frame();
        const now = `${el.getBoundingClientRect().height}/${root.querySelectorAll('[part~="item"]').length}`;
        same = now === last ? same + 1 : 0;
        last = now;
      }
      add(observer.takeRecords());
      observer.disconnect();
      shifts.sort((a, b) => b.value - a.value);
      return { cls, largest: shifts[0] };
    },
    { tag, attributes },
  );
  await context.close();
  return result;
}

/**
 * The median layout shift of RUNS_SHIFT runs of each list, 10 and 10,000
 * users, on a fast and a slow network.
 * @param {import('playwright-core').Browser} browser
 * @param {string} site
 * @param {string} api
 */
async function layoutShifts(browser, site, api) {
  const rows = [];
  for (const { tag, attributes } of SHIFT_LISTS) {
    for (const size of [10, LARGE]) {
      for (const network of [undefined, SLOW_NETWORK]) {
        const runs = [];
        for (let i = 0; i < RUNS_SHIFT; i += 1) runs.push(await layoutShift(browser, site, { tag, attributes: attributes(api, size), network }));
        runs.sort((a, b) => a.cls - b.cls);
        const median = /** @type {(typeof runs)[number]} */ (runs[Math.floor(runs.length / 2)]);
        rows.push({ list: `<${tag}>, ${size.toLocaleString('en')} users`, network: network ? 'slow' : 'fast', ...median });
      }
    }
  }
  return rows;
}

/**
 * Prints the layout-shift figures beside their budget.
 * @param {Awaited<ReturnType<typeof layoutShifts>>} shifts
 */
function printShifts(shifts) {
  const slow = `${SLOW_NETWORK.latency} ms latency, ${SLOW_NETWORK.downloadThroughput / 1000} kB/s`;
  console.log(`Layout shift (CLS) from the list's first paint to the loaded list, content below it, 1280x800; median of ${RUNS_SHIFT}; slow network: ${slow}; budget ${SHIFT_BUDGET}:`);
  const listWidth = Math.max(...shifts.map(({ list }) => list.length));
  for (const { list, network, cls, largest } of shifts) {
    const verdict = cls <= SHIFT_BUDGET ? 'within' : 'OVER';
    const move = largest && largest.value >= 0.001 ? `  largest ${largest.value.toFixed(3)}: ${largest.moves.slice(0, 2).join('; ')}` : '';
    console.log(`  ${list.padEnd(listWidth)}  ${network.padEnd(4)}  ${cls.toFixed(3)} of ${SHIFT_BUDGET} (${verdict})${move}`);
  }
}

/** Issue 17's density targets: rows fully in view at 1280x800 and 375x800, and a 2,400-character name's row height. */
const DENSITY_TARGETS = { 1280: 10, 375: 5 };
const LONG_ROW_MAX_PX = 160;

/**
 * Density (issue 17): for each list of SHIFT_LISTS, on a page of its own at
 * the top of the viewport, how many of 10,000 users' rows are fully in view
 * at 1280x800 and 375x800 once loaded, and how tall the row of a
 * 2,400-character name (the hostile data set) is at 1280 px.
 * @param {import('playwright-core').Browser} browser
 * @param {string} site
 * @param {string} api
 */
async function density(browser, site, api) {
  const rows = [];
  for (const { tag, attributes } of SHIFT_LISTS) {
    /** @type {Record<string, number>} */
    const inView = {};
    let longRow = 0;
    for (const [width, data] of [[1280, LARGE], [375, LARGE], [1280, 'hostile']]) {
      const context = await browser.newContext({ viewport: { width: Number(width), height: 800 } });
      const page = await context.newPage();
      await page.goto(site);
      const attrs = attributes(api, data === 'hostile' ? 8 : Number(data));
      const measured = await page.evaluate(
        async ({ tag, attrs, hostile }) => {
          document.getElementById('host')?.remove();
          const el = document.createElement(tag);
          el.setAttribute('token', 'demo-token');
          for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, hostile ? value.replace(/(bench|new)-8$/, 'hostile-8') : value);
          const loaded = new Promise((resolve) => el.addEventListener('iam-load', resolve, { once: true }));
          document.body.append(el);
          await loaded;
          for (let i = 0; i < 10; i += 1) await new Promise(requestAnimationFrame);
          const items = [...(el.shadowRoot?.querySelectorAll('[part~="item"]') ?? [])];
          if (hostile) return Math.max(...items.filter((row) => row.textContent?.includes('VeryVery')).map((row) => row.getBoundingClientRect().height));
          return items.filter((row) => {
            const { top, bottom } = row.getBoundingClientRect();
            return top >= 0 && bottom <= innerHeight;
          }).length;
        },
        { tag, attrs, hostile: data === 'hostile' },
      );
      if (data === 'hostile') longRow = measured;
      else inView[width] = measured;
      await context.close();
    }
    rows.push({ list: `<${tag}>`, inView, longRow });
  }
  return rows;
}

/** @param {Awaited<ReturnType<typeof density>>} rows */
function printDensity(rows) {
  console.log('Density (issue 17): rows of 10,000 users fully in view, list at the top of an 800 px tall viewport; a 2,400-character name\'s row at 1280 px:');
  for (const { list, inView, longRow } of rows) {
    const view = Object.entries(DENSITY_TARGETS)
      .map(([width, target]) => `${width} px: ${inView[width]} (at least ${target}: ${inView[width] >= target ? 'met' : 'NOT met'})`)
      .join(', ');
    console.log(`  ${list.padEnd(16)} ${view}; long name's row ${longRow.toFixed(0)} px (under ${LONG_ROW_MAX_PX}: ${longRow < LONG_ROW_MAX_PX ? 'met' : 'NOT met'})`);
  }
}

/** @param {number} value */
const ms = (value) => `${value.toFixed(1)} ms`;
/** @param {number} value */
const mib = (value) => `${value.toFixed(1)} MiB`;

// ---- Peers (issue 16): the same answer through other libraries, and the floor, side by side in one run ----

const PEER_RUNS = 7;
const PEER_RUNS_HUGE = 3;
/** At 50,000 users only `<sso-user-list>` and the floor: does the cost grow linearly? */
const HUGE = 50_000;
const PEERS_PAGE = `<!doctype html>
<html lang="en">
  <head><meta charset="utf-8"><title>iam-elements bench: peers</title><script type="module" src="/iam-elements.js"></script><script type="module" src="/peers.js"></script></head>
  <body style="margin: 0; font: 16px system-ui"><main id="host" style="inline-size: 50rem; padding: 1rem"></main></body>
</html>`;

/**
 * A column of the peers' table: `key` names what a run does (`floor`, `iam`: `<sso-user-list>`, or a peer of
 * scripts/bench-peers.browser.js); `<sso-user-list>` asks with `cache-ttl="0"` unless `defaultCache`.
 * @typedef {{ key: string, label: string, defaultCache?: boolean }} Contender
 */
/** @type {Contender[]} */
const CONTENDERS = [
  { key: 'floor', label: 'fetch + JSON.parse' },
  // How http.ts reads a body (Response.text() took twice as long in Chromium): the floor under that way.
  { key: 'floor-chunks', label: 'read in chunks + JSON.parse' },
  { key: 'iam', label: 'iam-elements' },
  { key: 'iam', label: 'iam-elements, default cache', defaultCache: true },
  { key: 'virtualizer', label: 'bare virtualizer' },
  { key: 'vaadin', label: '@vaadin/grid' },
  { key: 'repeat', label: 'Lit repeat()' },
];

/** scripts/bench-peers.browser.js bundled (esbuild, the repository's) into one module for the peers' page. */
async function bundlePeers() {
  const { build } = await import('esbuild');
  const result = await build({
    entryPoints: [fileURLToPath(new URL('./bench-peers.browser.js', import.meta.url))],
    bundle: true,
    format: 'esm',
    minify: true,
    write: false,
    logLevel: 'warning',
  });
  return result.outputFiles[0].text;
}

/**
 * The orgId of one run: the default cache's runs each ask for an organization
 * of their own (the same size), so that none is answered from the last one's
 * kept items; every other run asks the server again (`cache-ttl="0"`).
 * @param {Contender} contender
 * @param {number} size
 * @param {number} run
 */
const peerOrg = (contender, size, run) => (contender.defaultCache ? `bench-cache${run}-${size}` : `bench-${size}`);

/**
 * Main-thread time so far (CDP Performance.getMetrics), in ms.
 * @param {CDP.Client} cdp
 */
async function mainThread(cdp) {
  const { metrics } = await cdp.send('Performance.getMetrics');
  const value = (/** @type {string} */ name) => (metrics.find((metric) => metric.name === name)?.value ?? 0) * 1000;
  return { task: value('TaskDuration'), script: value('ScriptDuration') };
}

/**
 * JS heap and DOM nodes after a full garbage collection.
 * @param {CDP.Client} cdp
 */
async function memory(cdp) {
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  const { nodes } = await cdp.send('Memory.getDOMCounters');
  return { heap: usedSize, nodes };
}

/**
 * What the peers' runs need of a page: `evaluate`, as Playwright's (a function and its one argument, both sent
 * as text, the result returned by value).
 * @typedef {{ evaluate: <T, A>(fn: (arg: A) => T | Promise<T>, arg: A) => Promise<T> }} PlainPage
 */

/**
 * A page in a Chromium of its own, driven over the DevTools protocol with no
 * domain on but what the bench asks for. Under Playwright every page has the
 * Network domain on (and the bench's route, request interception), and then
 * DevTools is handed every body: for the 5 MB list that cost each contender
 * some 130 ms of main thread, so the floor took 220 ms instead of 90 and every
 * ratio shrank towards 1. Nothing leaves the machine: every host name but
 * 127.0.0.1 fails to resolve (a library's telemetry included).
 * @param {string} url
 */
async function plainPage(url) {
  const profile = mkdtempSync(join(tmpdir(), 'iam-bench-peers-'));
  const chrome = spawn(
    process.env.CHROME_PATH || '/usr/bin/chromium',
    [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-dev-shm-usage',
      '--disable-background-networking',
      '--no-first-run',
      '--window-size=1280,800',
      '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1',
      '--remote-debugging-port=0',
      `--user-data-dir=${profile}`,
      'about:blank',
    ],
    { stdio: 'ignore' },
  );
  const portFile = join(profile, 'DevToolsActivePort');
  for (let waited = 0; !existsSync(portFile) || readFileSync(portFile, 'utf8').indexOf('\n') < 0; waited += 50) {
    if (waited > 30_000) throw new Error('Chromium did not open its DevTools port');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  const port = Number(readFileSync(portFile, 'utf8').split('\n')[0]);
  const cdp = await CDP({ port, local: true });
  cdp.on('Runtime.exceptionThrown', ({ exceptionDetails }) => {
    const message = exceptionDetails.exception?.description ?? exceptionDetails.text;
    if (!message.includes('ResizeObserver loop')) console.error(`page error: ${message}`);
  });
  await Promise.all([cdp.send('Page.enable'), cdp.send('Runtime.enable'), cdp.send('Performance.enable')]);
  const loaded = cdp.Page.loadEventFired();
  await cdp.send('Page.navigate', { url });
  await loaded;
  /** @type {PlainPage} */
  const page = {
    async evaluate(fn, arg) {
      const expression = `(${fn.toString()})(${JSON.stringify(arg)})`;
      const { result, exceptionDetails } = await cdp.send('Runtime.evaluate', { expression, awaitPromise: true, returnByValue: true });
      if (exceptionDetails) throw new Error(exceptionDetails.exception?.description ?? exceptionDetails.text);
      return result.value;
    },
  };
  const close = async () => {
    await cdp.close();
    chrome.kill();
    await new Promise((resolve) => chrome.once('exit', resolve));
    rmSync(profile, { recursive: true, force: true });
  };
  return { page, cdp, close };
}

/**
 * One run of one contender on the peers' page: from its start, the first row
 * in the DOM with a box, the first row painted (the frame that follows it
 * done), the full list shown (`iam-load`, the count announced; for a
 * peer, its count set and its first row drawn, as it draws from all users at
 * once), then a few frames for the follow-up work (the virtualizer's layout).
 * A floor is fetch + JSON.parse (the body read by `text()`, or in chunks
 * for `floor-chunks`), all three at once.
 * @param {PlainPage} page
 * @param {Contender} contender
 * @param {string} api
 * @param {string} orgId
 */
function peerRun(page, contender, api, orgId) {
  return page.evaluate(
    async ({ key, defaultCache, api, orgId }) => {
      const host = /** @type {HTMLElement} */ (document.getElementById('host'));
      const frame = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
      const start = performance.now();
      const since = () => performance.now() - start;
      if (key.startsWith('floor')) {
        const response = await fetch(`${api}/enos-iam-service/v2.3/user/sso/list?orgId=${orgId}`, { headers: { Authorization: 'Bearer demo-token' } });
        let text = '';
        if (key === 'floor') text = await response.text();
        else {
          const reader = /** @type {ReadableStream<Uint8Array>} */ (response.body).getReader();
          const decoder = new TextDecoder();
          for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) text += decoder.decode(chunk.value, { stream: true });
          text += decoder.decode();
        }
        JSON.parse(text);
        const at = since();
        return { firstRow: at, painted: at, shown: at };
      }
      /** @type {Node} */
      let root = host;
      /** @type {() => Element | null} */
      let firstRow;
      /** @type {Promise<number>} */
      let shown;
      if (key === 'iam') {
        const el = document.createElement('sso-user-list');
        el.setAttribute('token', 'demo-token');
        el.setAttribute('org-id', orgId);
        el.setAttribute('base-url', api);
        if (!defaultCache) el.setAttribute('cache-ttl', '0');
        shown = new Promise((resolve) => el.addEventListener('iam-load', () => resolve(since()), { once: true }));
        host.append(el);
        await customElements.whenDefined('sso-user-list');
        const shadow = /** @type {ShadowRoot} */ (el.shadowRoot);
        root = shadow;
        firstRow = () => shadow.querySelector('[part~="item"]');
      } else {
        /** @type {{ load: (api: string, orgId: string) => Promise<unknown[]>, contenders: Record<string, { mount: (host: HTMLElement, users: unknown[]) => (query: string) => void, firstRow: (host: HTMLElement) => Element | null }> }} */
        const peers = Reflect.get(window, 'benchPeers');
        const peer = peers.contenders[key];
        firstRow = () => peer.firstRow(host);
        shown = peers.load(api, orgId).then((users) => {
          Reflect.set(window, 'benchFilter', peer.mount(host, users));
          return since();
        });
      }
      const drawn = () => {
        const row = firstRow();
        return row !== null && row.checkVisibility() && row.getBoundingClientRect().height > 0;
      };
      const inDom = await new Promise((resolve) => {
        const observer = new MutationObserver(() => {
          if (!drawn()) return;
          observer.disconnect();
          resolve(since());
        });
        observer.observe(root, { childList: true, subtree: true, characterData: true });
      });
      // Painted: the second frame's start, when the first frame after the row (its paint included) is done. Not a
      // task after the first frame: Chromium runs the network's tasks first while an answer is arriving, so that
      // task waited for the whole body although the row was painted long before.
      const painted = await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve(since()))));
      const full = Math.max(await shown, /** @type {number} */ (inDom));
      for (let i = 0; i < 3; i += 1) await frame();
      return { firstRow: /** @type {number} */ (inDom), painted, shown: full };
    },
    { key: contender.key, defaultCache: contender.defaultCache ?? false, api, orgId },
  );
}

/**
 * Types QUERY into the list on the page one character at a time, then deletes
 * it: the time of each keystroke, from the input to the list's update being
 * done (`<sso-user-list>`'s `updateComplete`; a peer's filter call), or with
 * `frameAfter` to the task after the next frame, so that the virtualizer's
 * follow-up work (its layout and the rows it then draws) counts too.
 * @param {PlainPage} page
 * @param {string} key `iam` or a peer of scripts/bench-peers.browser.js
 * @param {boolean} frameAfter
 */
function filterTimes(page, key, frameAfter) {
  return page.evaluate(
    async ({ key, query, frameAfter }) => {
      const frame = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
      /** @type {(value: string) => Promise<unknown>} */
      let type;
      if (key === 'iam') {
        const el = /** @type {HTMLElement & { updateComplete: Promise<boolean> }} */ (document.querySelector('sso-user-list'));
        const root = /** @type {ShadowRoot} */ (el.shadowRoot);
        const box = /** @type {HTMLInputElement} */ (root.querySelector('[part="search"]'));
        type = async (value) => {
          box.value = value;
          box.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
          await el.updateComplete;
          void root.querySelector('[part="status"]')?.getBoundingClientRect();
        };
      } else {
        /** @type {(query: string) => void} */
        const filter = Reflect.get(window, 'benchFilter');
        type = async (value) => filter(value);
      }
      const steps = [...query].map((_, i) => query.slice(0, i + 1));
      steps.push(...steps.slice(0, -1).reverse(), '');
      const times = [];
      for (const value of steps) {
        await frame();
        const start = performance.now();
        await type(value);
        if (frameAfter) await frame();
        times.push(performance.now() - start);
      }
      return times;
    },
    { key, query: QUERY, frameAfter },
  );
}

/**
 * Every contender at `size` users, `runs` times each, round-robin so that the
 * machine's noise falls on all alike (after one round not counted: code
 * fetched and compiled); per contender the medians and the filter's.
 * @param {PlainPage} page
 * @param {CDP.Client} cdp
 * @param {string} api
 * @param {Contender[]} contenders
 * @param {number} size
 * @param {number} runs
 */
async function peerRounds(page, cdp, api, contenders, size, runs) {
  /** @type {{ firstRow: number, painted: number, shown: number, task: number, script: number, heap: number, nodes: number }[][]} */
  const results = contenders.map(() => []);
  /** @type {number[][]} */
  const filters = contenders.map(() => []);
  for (let run = -1; run < runs; run += 1) {
    for (const [index, contender] of contenders.entries()) {
      const orgId = peerOrg(contender, size, Math.max(run, 0) + (run < 0 ? runs : 0));
      const before = await memory(cdp);
      const cpu = await mainThread(cdp);
      const times = await peerRun(page, contender, api, orgId);
      const after = await mainThread(cdp);
      const kept = await memory(cdp);
      if (run === runs - 1 && !contender.key.startsWith('floor')) filters[index] = await filterTimes(page, contender.key, true);
      // The filter holds the peer's users and rows: let them go with the rows.
      await page.evaluate(() => {
        document.getElementById('host')?.replaceChildren();
        Reflect.deleteProperty(window, 'benchFilter');
      }, undefined);
      if (run < 0) continue;
      results[index].push({
        ...times,
        task: after.task - cpu.task,
        script: after.script - cpu.script,
        heap: kept.heap - before.heap,
        nodes: kept.nodes - before.nodes,
      });
    }
  }
  return contenders.map((contender, index) => {
    /** @param {'firstRow' | 'painted' | 'shown' | 'task' | 'script' | 'heap' | 'nodes'} name */
    const of = (name) => median(results[index].map((result) => result[name]));
    return {
      label: contender.label,
      firstRow: of('firstRow'),
      painted: of('painted'),
      shown: of('shown'),
      task: of('task'),
      script: of('script'),
      heap: of('heap'),
      nodes: of('nodes'),
      filter: filters[index].length > 0 ? median(filters[index]) : undefined,
    };
  });
}

/**
 * The peers' table (10,000 users, every contender) and `<sso-user-list>` at
 * 50,000 users, on a page of their own (plainPage).
 * @param {string} site
 * @param {string} api
 */
async function measurePeers(site, api) {
  // Every organization a run asks for, generated by the server before timing starts.
  const orgs = new Set([
    ...CONTENDERS.flatMap((contender) => Array.from({ length: PEER_RUNS + 1 }, (_, run) => peerOrg(contender, LARGE, run))),
    `bench-${HUGE}`,
  ]);
  for (const orgId of orgs) {
    await fetch(`${api}/enos-iam-service/v2.3/user/sso/list?orgId=${orgId}`, { headers: { Authorization: 'Bearer demo-token' } }).then((r) => r.text());
  }
  const { page, cdp, close } = await plainPage(`${site}/peers`);
  try {
    // The modules run after the load event: wait for the peers' bundle.
    while (!(await page.evaluate(() => Reflect.has(window, 'benchPeers'), undefined))) await new Promise((resolve) => setTimeout(resolve, 50));
    const large = await peerRounds(page, cdp, api, CONTENDERS, LARGE, PEER_RUNS);
    const ours = CONTENDERS.filter((contender) => contender.label === 'fetch + JSON.parse' || (contender.key === 'iam' && !contender.defaultCache));
    const huge = await peerRounds(page, cdp, api, ours, HUGE, PEER_RUNS_HUGE);
    return { large, huge };
  } finally {
    await close();
  }
}

/**
 * @param {Awaited<ReturnType<typeof measurePeers>>} peers
 */
function printPeers({ large, huge }) {
  const [floor, chunks, iam, iamCached, virtualizer] = large;
  /** @param {number} value @param {number} to */
  const x = (value, to) => `${(value / to).toFixed(2)}x`;
  /**
   * A figure with its ratios to the floor (when it has one) and to the bare virtualizer.
   * @param {number | undefined} value @param {(value: number) => string} unit @param {number | undefined} ofFloor @param {number} ofVirtualizer
   */
  const cell = (value, unit, ofFloor, ofVirtualizer) =>
    value === undefined ? '' : `${unit(value)} (${ofFloor === undefined ? '' : `${x(value, ofFloor)} / `}${x(value, ofVirtualizer)})`;
  /** @param {number} value */
  const bytes = (value) => mib(value / 2 ** 20);
  /** @param {number} value */
  const count = (value) => String(Math.round(value));
  /** @type {[string, (c: (typeof large)[number]) => string][]} */
  const metrics = [
    ['first row in the DOM', (c) => cell(c.firstRow, ms, floor.shown, virtualizer.firstRow)],
    ['first row painted', (c) => cell(c.painted, ms, floor.shown, virtualizer.painted)],
    ['full list shown', (c) => cell(c.shown, ms, floor.shown, virtualizer.shown)],
    ['main-thread CPU (TaskDuration)', (c) => cell(c.task, ms, floor.task, virtualizer.task)],
    ['  of which script', (c) => cell(c.script, ms, undefined, virtualizer.script)],
    ['JS heap kept (after GC)', (c) => cell(c.heap, bytes, undefined, virtualizer.heap)],
    ['DOM nodes kept', (c) => cell(c.nodes, count, undefined, virtualizer.nodes)],
    ['filter per keystroke, to the frame after', (c) => cell(c.filter, ms, undefined, virtualizer.filter ?? 1)],
  ];
  const table = [['', ...large.map((c) => c.label)], ...metrics.map(([name, figure]) => [name, ...large.map(figure)])];
  const widths = table[0].map((_, col) => Math.max(...table.map((row) => row[col].length)));
  console.log('');
  console.log(`Peers: ${LARGE.toLocaleString('en')} users, median of ${PEER_RUNS} runs each, round-robin on one page (ratios: to the floor / to the bare virtualizer)`);
  for (const row of table) console.log(row.map((text, col) => (col === 0 ? text.padEnd(widths[col]) : text.padStart(widths[col]))).join('   '));
  const [hugeFloor, hugeIam] = huge;
  console.log('');
  console.log(
    `${HUGE.toLocaleString('en')} users, median of ${PEER_RUNS_HUGE} (against ${LARGE.toLocaleString('en')}): iam-elements first row ${ms(hugeIam.firstRow)}, full list ${ms(hugeIam.shown)} (${x(hugeIam.shown, iam.shown)}), CPU ${ms(hugeIam.task)} (${x(hugeIam.task, iam.task)}), heap ${bytes(hugeIam.heap)} (${x(hugeIam.heap, iam.heap)}); fetch + JSON.parse ${ms(hugeFloor.shown)} (${x(hugeFloor.shown, floor.shown)})`,
  );
  console.log('');
  const target = (/** @type {string} */ text, /** @type {boolean} */ met) => console.log(`target: ${text}: ${met ? 'met' : 'NOT met'}`);
  target(`full list within 1.5x the floor (${x(iam.shown, floor.shown)})`, iam.shown <= 1.5 * floor.shown);
  console.log(`        (against the floor read in chunks, as http.ts reads: ${x(iam.shown, chunks.shown)})`);
  target(`CPU within 1.2x the bare virtualizer (${x(iam.task, virtualizer.task)})`, iam.task <= 1.2 * virtualizer.task);
  target(`heap with the default cache within 1.1x of cache-ttl="0" (${x(iamCached.heap, iam.heap)})`, iamCached.heap <= 1.1 * iam.heap);
  target(`first row painted before the full list (${ms(iam.painted)} < ${ms(iam.shown)})`, iam.painted < iam.shown);
}

/**
 * Every figure of the bench, printed.
 * @param {import('playwright-core').Browser} browser
 * @param {string} site
 * @param {string} api
 */
async function printEverything(browser, site, api) {
  const virtual = await measureMode(browser, site, api, undefined);
  const naive = await measureMode(browser, site, api, NAIVE_THRESHOLD);
  const fresh = await freshPageFirstRow(browser, site, api);
  const cold = await coldSlow4g(browser, api);
  const peers = await measurePeers(site, api);
  const shifts = await layoutShifts(browser, site, api);
  const dense = await density(browser, site, api);

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
  printPeers(peers);
  console.log('');
  printShifts(shifts);
  console.log('');
  printDensity(dense);
}

const api = await startReferenceApi({ port: 0 });
// The server generates a list on first request and keeps it: not part of what is measured.
for (const size of [10, LARGE]) {
  await fetch(`${api.origin}/enos-iam-service/v2.3/user/sso/list?orgId=bench-${size}`, {
    headers: { Authorization: 'Bearer demo-token' },
  }).then((response) => response.text());
  await fetch(`${api.origin}/_data/new-${size}/api/v1/users?client_id=demo-client`, {
    headers: { Authorization: 'Bearer demo-token' },
  }).then((response) => response.text());
}
/** @type {{ origin: string, close: () => Promise<unknown> }} */
const site = await startStaticServer({ '/peers': PEERS_PAGE, '/peers.js': await bundlePeers() });
const browser = await chromium.launch({
  executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--no-first-run'],
});
try {
  // After a build, one part alone (a minute or two instead of ten): `--cold`, the cold Slow 4G page;
  // `--layout-shift`, the layout-shift figures; `--density`, the rows in view and a long name's row; `--peers`, the
  // peers' table.
  if (process.argv.includes('--cold')) printColdSlow4g(await coldSlow4g(browser, api.origin));
  else if (process.argv.includes('--layout-shift')) printShifts(await layoutShifts(browser, site.origin, api.origin));
  else if (process.argv.includes('--density')) printDensity(await density(browser, site.origin, api.origin));
  else if (process.argv.includes('--peers')) printPeers(await measurePeers(site.origin, api.origin));
  else await printEverything(browser, site.origin, api.origin);
} finally {
  await browser.close();
  await site.close();
  await api.close();
}
