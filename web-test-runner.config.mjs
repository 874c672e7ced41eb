// @ts-check
import { fileURLToPath } from 'node:url';
import { tsImport } from 'tsx/esm/api';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { a11ySnapshotPlugin } from '@web/test-runner-commands/plugins';
import { visualRegressionPlugin } from '@web/test-runner-visual-regression/plugin';
import { chromeLauncher } from '@web/test-runner-chrome';
import { defaultReporter } from '@web/test-runner';
import { startReferenceApi } from './demo/server/reference-api.mjs';
import { countReporter } from './test/support/count-reporter.mjs';
import { litSsrPlugin } from './test/support/lit-ssr-plugin.mjs';
import { pageDriverPlugin } from './test/support/page-driver.mjs';
import { readmePlugin } from './test/support/readme-plugin.mjs';

// The elements under test fetch over real HTTP from the same reference API
// server the demo uses, on another origin (so CORS is exercised too).
const api = await startReferenceApi({ port: 0 });

// The signing proxy (demo/server/proxy.ts, the README's `http` example) in
// front of that server, so elements can go element -> proxy -> reference
// server. tsx loads the TypeScript here only, so `npx web-test-runner` needs
// no loader flag.
/** @type {typeof import('./demo/server/proxy.ts')} */
const { startDemoProxy } = await tsImport('./demo/server/proxy.ts', import.meta.url);
/** @type {{ origin: string, close(): Promise<void> } | undefined} */
let proxy;

const executablePath = process.env.CHROME_PATH || '/usr/bin/chromium';

/** @type {import('@web/test-runner').TestRunnerConfig} */
export default {
  // test/server/*.node-test.ts and test/package/*.node-test.ts are Node tests (test/support/run-all.mjs runs them), not browser tests.
  // The demo page test runs alone, after the rest (test/support/run-all.mjs, ALONE): its page of long lists needs the
  // browser's front for its whole run, and the two test pages open at once took it from each other (a virtualized
  // list in the background draws no rows), failing one or the other.
  files: ['test/**/*.test.ts', '!test/elements/demo-page.test.ts'],
  nodeResolve: true,
  // Two cores: one browser page per core keeps timings honest and the run stable.
  concurrency: 2,
  testFramework: { config: { timeout: 10_000 } },
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath,
        // --no-sandbox: CI and developers run as root. The networking flags keep
        // Chromium from calling Google's hosts, which this network refuses.
        // The backgrounding flags: with two test pages in one browser, the page
        // in the background gets no requestAnimationFrame, and @open-wc's
        // fixture() of a plain element waits for one (seen as a 10 s timeout).
        args: [
          '--no-sandbox',
          '--disable-gpu',
          '--disable-dev-shm-usage',
          '--disable-background-networking',
          '--disable-component-update',
          '--no-first-run',
          '--disable-background-timer-throttling',
          '--disable-backgrounding-occluded-windows',
          '--disable-renderer-backgrounding',
        ],
      },
    }),
  ],
  plugins: [
    // Without `tsconfig`, esbuild ignores experimentalDecorators and the browser gets raw decorators.
    esbuildPlugin({ ts: true, tsconfig: fileURLToPath(new URL('./tsconfig.json', import.meta.url)) }),
    // Pages served as a host would (the built demos, the strict-CSP page), opened by tests via playwright-core.
    readmePlugin(),
    // An element's Lit server render, made in Node for a test page to hydrate (test/ssr/hydration.test.ts).
    litSsrPlugin(),
    // Chromium's accessibility tree for a test page (test/elements/table-layout.test.ts reads it at each key press).
    a11ySnapshotPlugin(),
    // Screenshots compared with the committed baselines (test/visual/elements.test.ts). pixelmatch's
    // per-pixel threshold (0.1) absorbs anti-aliasing; a screenshot fails past 0.5 % of its pixels changed,
    // which a moved or resized row always is. Failures and their diffs go to test/visual/failed/ (ignored by git).
    visualRegressionPlugin({
      update: process.argv.includes('--update-visual-baseline'),
      baseDir: 'test/visual',
      getBaselineName: ({ name }) => `baselines/${name}.png`,
      getFailedName: ({ name }) => `failed/${name}.png`,
      getDiffName: ({ name }) => `failed/${name}-diff.png`,
      diffOptions: { threshold: 0.1 },
      failureThreshold: 0.5,
      failureThresholdType: 'percent',
    }),
    pageDriverPlugin({ apiOrigin: api.origin, launchOptions: { executablePath, args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'] } }),
    {
      name: 'reference-api',
      // Started once the test pages' origin is known, the only origin its CORS allows.
      async serverStart({ config }) {
        proxy = await startDemoProxy(api.origin, [`http://${config.hostname}:${config.port}`]);
      },
      serverStop: async () => {
        await proxy?.close();
        await api.close();
      },
    },
    {
      // `executeServerCommand('bring-to-front')`: of the two test pages open at
      // once, the one in the background gets no rendering updates, so no
      // ResizeObserver callbacks, which @lit-labs/virtualizer needs to draw rows
      // (test/elements/large-list.test.ts).
      name: 'bring-to-front',
      async executeCommand({ command, session }) {
        if (command !== 'bring-to-front') return undefined;
        await /** @type {import('@web/test-runner-chrome').ChromeLauncher} */ (session.browser).getPage(session.id).bringToFront();
        return true;
      },
    },
  ],
  testRunnerHtml: (testFramework) => `<!doctype html>
    <html lang="en">
      <head><meta charset="utf-8"><title>iam-elements tests</title></head>
      <body>
        <script>window.REFERENCE_API = ${JSON.stringify(api.origin)}; window.PROXY_API = ${JSON.stringify(proxy?.origin)};</script>
        <script type="module" src="${testFramework}"></script>
      </body>
    </html>`,
  reporters: [defaultReporter(), countReporter()],
};
