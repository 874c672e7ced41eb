// @ts-check
/**
 * `npm test`: the Node tests of iam-elements/server and of the package
 * (node:test, through tsx), then the browser tests (web-test-runner), then ONE closing line,
 * `N passed, N failed[, N skipped]`, the sum of both: the line CI counts.
 * A run that yields no count (a crash, a file that cannot load) counts as a
 * failure; the exit code is non-zero when anything failed.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
const NODE_TEST_SUFFIX = '.node-test.ts';

/** @typedef {{ passed: number, failed: number, skipped: number }} Counts */

/** @param {string} command @param {string[]} args @param {(line: string) => void} [onLine] @returns {Promise<number>} */
function run(command, args, onLine) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd: root, stdio: ['inherit', onLine ? 'pipe' : 'inherit', 'inherit'] });
    if (onLine && child.stdout) {
      let rest = '';
      child.stdout.on('data', (chunk) => {
        process.stdout.write(chunk);
        const lines = (rest + chunk).split('\n');
        rest = lines.pop() ?? '';
        lines.forEach(onLine);
      });
      child.stdout.on('end', () => rest && onLine(rest));
    }
    child.on('close', (code) => resolve(code ?? 1));
    child.on('error', () => resolve(1));
  });
}

/** @returns {Promise<Counts>} */
async function nodeTests() {
  // test/package/: the package as Node and npm see it (exports, `npm pack`); after `pretest`'s build.
  // test/ssr/: the elements rendered by Lit's server renderer (from src/).
  // test/api/: the parsers and their fuzzing, pure functions that need no browser (http.ts's tests stay in it).
  const files = ['api', 'server', 'package', 'ssr'].flatMap((dir) =>
    readdirSync(join(root, 'test', dir))
      .filter((name) => name.endsWith(NODE_TEST_SUFFIX))
      .sort()
      .map((name) => join('test', dir, name)),
  );
  const scratch = mkdtempSync(join(tmpdir(), 'iam-elements-node-tests-'));
  const countFile = join(scratch, 'counts.json');
  try {
    const code = await run(process.execPath, [
      '--import',
      'tsx',
      '--test',
      '--test-reporter=spec',
      '--test-reporter-destination=stdout',
      '--test-reporter=./test/support/node-count-reporter.mjs',
      `--test-reporter-destination=${countFile}`,
      ...files,
    ]);
    /** @type {Counts} */
    const counts = JSON.parse(readFileSync(countFile, 'utf8'));
    // A non-zero exit with no failed test (a crash outside any test) is still a failure.
    if (code !== 0 && counts.failed === 0) counts.failed = 1;
    return counts;
  } catch {
    console.log('The Node tests produced no count: counted as one failure.');
    return { passed: 0, failed: 1, skipped: 0 };
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

/** Browser test files that need the browser's front for their whole run: run alone, after the rest (web-test-runner.config.mjs). */
const ALONE = ['test/elements/demo-page.test.ts'];

/** @param {string[]} args @returns {Promise<Counts>} */
async function browserTests(args = []) {
  /** @type {Counts | undefined} */
  let counts;
  const code = await run(process.execPath, [join(root, 'node_modules', '@web', 'test-runner', 'dist', 'bin.js'), ...args], (line) => {
    const match = /^(\d+) passed, (\d+) failed(?:, (\d+) skipped)?$/.exec(line.trim());
    if (match) counts = { passed: Number(match[1]), failed: Number(match[2]), skipped: Number(match[3] ?? 0) };
  });
  if (counts === undefined) {
    console.log('The browser tests produced no count: counted as one failure.');
    return { passed: 0, failed: 1, skipped: 0 };
  }
  if (code !== 0 && counts.failed === 0) counts.failed = 1;
  return counts;
}

const node = await nodeTests();
const shared = await browserTests();
const alone = await browserTests(['--files', ...ALONE, '--concurrency', '1']);
const browser = { passed: shared.passed + alone.passed, failed: shared.failed + alone.failed, skipped: shared.skipped + alone.skipped };
const passed = node.passed + browser.passed;
const failed = node.failed + browser.failed;
const skipped = node.skipped + browser.skipped;
console.log(`Node: ${node.passed} passed, ${node.failed} failed; browser: ${browser.passed} passed, ${browser.failed} failed`);
console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exitCode = failed > 0 ? 1 : 0;
