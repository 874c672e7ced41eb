// @ts-check
/**
 * A web-test-runner plugin that lets a browser test open a real page served
 * as a host would serve it (demo/server/static-site.mjs: the built demos, with
 * the strict CSP header on `csp/` pages) and drive it with playwright-core in
 * a Chromium of its own. A test page cannot set its own CSP header, nor load
 * a built app as a top-level document; this can.
 *
 * From a test: `executeServerCommand('open-page', { path, … })` (see
 * OpenPageOptions in test/helpers/page-driver.ts), which answers with what the
 * page showed and every CSP violation and error it reported.
 */
import { chromium } from 'playwright-core';
import { startStaticSite } from '../../demo/server/static-site.mjs';

/**
 * @typedef {import('../helpers/page-driver.js').OpenPageOptions} OpenPageOptions
 * @typedef {import('../helpers/page-driver.js').PageReport} PageReport
 */

/** Collects what the page reports before any of its own scripts runs. */
const RECORDER = () => {
  const w = /** @type {Window & { __report: { violations: string[], errors: string[] } }} */ (/** @type {unknown} */ (window));
  w.__report = { violations: [], errors: [] };
  document.addEventListener('securitypolicyviolation', (e) => {
    w.__report.violations.push(`${e.violatedDirective}: ${e.blockedURI || 'inline'} ${e.sample}`.trim());
  });
};

/**
 * @param {{ apiOrigin: string, launchOptions: import('playwright-core').LaunchOptions }} options
 * @returns {import('@web/test-runner').TestRunnerPlugin}
 */
export function pageDriverPlugin({ apiOrigin, launchOptions }) {
  /** @type {Awaited<ReturnType<typeof startStaticSite>> | undefined} */
  let site;
  /** @type {Promise<import('playwright-core').Browser> | undefined} */
  let browser;

  return {
    name: 'page-driver',
    async serverStart() {
      site = await startStaticSite({ apiOrigin });
    },
    async serverStop() {
      await (await browser)?.close();
      await site?.close();
    },
    async executeCommand({ command, payload }) {
      if (command !== 'open-page') return undefined;
      browser ??= chromium.launch(launchOptions);
      return openPage(await browser, /** @type {string} */ (site?.origin), /** @type {OpenPageOptions} */ (payload));
    },
  };
}

/**
 * @param {import('playwright-core').Browser} browser
 * @param {string} origin
 * @param {OpenPageOptions} options
 * @returns {Promise<PageReport>}
 */
async function openPage(browser, origin, options) {
  const context = await browser.newContext({
    colorScheme: options.colorScheme ?? 'light',
    forcedColors: options.forcedColors ? 'active' : 'none',
    viewport: { width: 1100, height: 900 },
  });
  const page = await context.newPage();
  /** @type {PageReport} */
  const report = { violations: [], errors: [], counts: {}, reads: {}, failure: undefined };
  page.on('pageerror', (error) => report.errors.push(error.message));
  page.on('console', (message) => {
    // Chromium logs every CSP refusal and Trusted Types failure as a console error too.
    if (message.type() === 'error') report.errors.push(message.text());
  });
  await page.addInitScript(RECORDER);
  const { block } = options;
  if (block) await page.route((url) => url.href.includes(block), (route) => route.abort());
  const { hold } = options;
  if (hold) {
    const sent = new Promise((resolve) => page.on('request', (request) => request.url().includes(hold.until) && resolve(undefined)));
    await page.route((url) => url.href.includes(hold.response), (route) => sent.then(() => route.continue()));
  }
  try {
    const response = await page.goto(`${origin}${options.path}`);
    if (!response?.ok()) throw new Error(`${options.path} answered ${response?.status()}`);
    for (const selector of options.waitFor ?? []) {
      await page.locator(selector).first().waitFor({ timeout: 7000 });
    }
    for (const action of options.actions ?? []) {
      if ('click' in action) await page.locator(action.click).first().click();
      else await page.keyboard.press(action.press);
      if (action.thenWaitFor) await page.locator(action.thenWaitFor).first().waitFor({ timeout: 7000 });
    }
    for (const selector of options.count ?? []) {
      report.counts[selector] = await page.locator(selector).count();
    }
    for (const [name, read] of Object.entries(options.read ?? {})) {
      report.reads[name] = await page
        .locator(read.selector)
        .first()
        .evaluate(
          (el, properties) => ({
            text: (el.textContent ?? '').replace(/\s+/g, ' ').trim(),
            focused: el.matches(':focus-visible'),
            styles: Object.fromEntries(properties.map((p) => [p, getComputedStyle(el).getPropertyValue(p)])),
          }),
          read.styles ?? [],
        );
    }
  } catch (error) {
    report.failure = error instanceof Error ? error.message.split('\n')[0] : String(error);
  }
  const recorded = await page.evaluate(() => /** @type {any} */ (window).__report).catch(() => undefined);
  report.violations.push(...(recorded?.violations ?? []));
  await context.close();
  return report;
}
