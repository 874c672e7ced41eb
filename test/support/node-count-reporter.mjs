// @ts-check
/**
 * A node:test reporter that writes one JSON line, `{"passed":N,"failed":N,"skipped":N}`,
 * for test/support/run-all.mjs to add to the browser tests' count. Suites are
 * not counted (their tests are); a test file that fails to load arrives as a
 * failed test of its own, so it counts as one failure.
 * @param {AsyncIterable<{ type: string, data: { skip?: unknown, todo?: unknown, details?: { type?: string } } }>} source
 */
export default async function* countReporter(source) {
  const counts = { passed: 0, failed: 0, skipped: 0 };
  for await (const event of source) {
    if (event.type !== 'test:pass' && event.type !== 'test:fail') continue;
    if (event.data.details?.type === 'suite') continue;
    if (event.data.skip !== undefined || event.data.todo !== undefined) counts.skipped++;
    else if (event.type === 'test:pass') counts.passed++;
    else counts.failed++;
  }
  yield `${JSON.stringify(counts)}\n`;
}
