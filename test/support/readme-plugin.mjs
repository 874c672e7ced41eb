// @ts-check
import { readFileSync } from 'node:fs';
import { checkPages } from '../../scripts/readme.mjs';

/**
 * Lets a browser test ask whether README.md and docs/ are what
 * scripts/readme.mjs would write (the generated API tables and the snippets
 * cut from the demos) and whether their links resolve. (The pages are read in
 * Node: the test server would transform the demo sources.)
 * @returns {import('@web/test-runner').TestRunnerPlugin}
 */
export function readmePlugin() {
  return {
    name: 'readme-check',
    executeCommand({ command }) {
      if (command !== 'readme-status') return undefined;
      const { pages, expected, broken } = checkPages(JSON.parse(readFileSync('dist/custom-elements.json', 'utf8')));
      for (const [page, text] of pages) {
        const actualLines = text.split('\n');
        const expectedLines = /** @type {string} */ (expected.get(page)).split('\n');
        const line = expectedLines.findIndex((want, i) => want !== actualLines[i]);
        if (line >= 0 || actualLines.length !== expectedLines.length) {
          return { upToDate: false, page, line: line + 1, expected: expectedLines[line], actual: actualLines[line] };
        }
      }
      return broken.length > 0 ? { upToDate: false, broken } : { upToDate: true };
    },
  };
}
