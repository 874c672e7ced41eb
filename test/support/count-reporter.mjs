// @ts-check
/**
 * Prints `N passed, N failed[, N skipped]` alone on the last line, the line
 * CI counts. Stock web-test-runner prints its totals inside a progress bar,
 * and shows a test file that failed to load as "0 failed"; here such a file
 * counts as one failure, so a broken import can never pass as a green run.
 * @returns {import('@web/test-runner').Reporter}
 */
export function countReporter() {
  return {
    stop({ sessions }) {
      let passed = 0;
      let failed = 0;
      let skipped = 0;
      const broken = [];
      /** @param {import('@web/test-runner-core').TestSuiteResult} suite */
      const walk = (suite) => {
        for (const test of suite.tests) {
          if (test.skipped) skipped++;
          else if (test.passed) passed++;
          else failed++;
        }
        suite.suites.forEach(walk);
      };
      for (const session of sessions) {
        const before = passed + failed + skipped;
        if (session.testResults) walk(session.testResults);
        const ranNone = passed + failed + skipped === before;
        // A file that threw while loading, or errored outside any test, failed as a whole.
        if (session.errors.length > 0 || (ranNone && session.passed === false)) {
          failed++;
          broken.push(session.testFile);
        }
      }
      const summary = [
        ...broken.map((file) => `Failed to run cleanly: ${file}`),
        `${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`,
      ].join('\n');
      // The default reporter redraws its progress bar after every reporter's
      // stop(); printing at exit keeps the count the last line. (stdout to a
      // pipe or file is synchronous on Linux, so nothing is lost at exit.)
      process.once('exit', () => console.log(summary));
    },
  };
}
