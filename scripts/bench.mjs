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
 * Layout shift: the cumulative layout shift of `<sso-user-list>` and
 * `<user-list>` (10 and 10,000 users) from first paint to the loaded list,
 * on a page with content below the list, on a fast and a slow network, next
 * to its budget (see layoutShift). `--layout-shift` prints only these.
 */
import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { extname } from 'node:path';
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

/** dist/ and the bench pages, nothing else. */
function startStaticServer() {
  const server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://bench.invalid').pathname;
    if (path === '/' || path === '/shift') {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(path === '/' ? PAGE : SHIFT_PAGE);
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

/** @param {number} value */
const ms = (value) => `${value.toFixed(1)} ms`;
/** @param {number} value */
const mib = (value) => `${value.toFixed(1)} MiB`;

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
  const shifts = await layoutShifts(browser, site, api);

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
  console.log('');
  printShifts(shifts);
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
const site = await startStaticServer();
const browser = await chromium.launch({
  executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--no-first-run'],
});
try {
  // `--layout-shift`: only the layout-shift figures (a minute or two, not the whole bench).
  if (process.argv.includes('--layout-shift')) printShifts(await layoutShifts(browser, site.origin, api.origin));
  else await printEverything(browser, site.origin, api.origin);
} finally {
  await browser.close();
  await site.close();
  await api.close();
}
