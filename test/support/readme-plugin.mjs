// @ts-check
import { readFileSync } from 'node:fs';
import { renderReadme } from '../../scripts/readme.mjs';

/**
 * Lets a browser test ask whether README.md is what scripts/readme.mjs would
 * write: the generated API tables and the snippets cut from the demos. (The
 * demo sources are read in Node: the test server would transform them.)
 * @returns {import('@web/test-runner').TestRunnerPlugin}
 */
export function readmePlugin() {
  return {
    name: 'readme-check',
    executeCommand({ command }) {
      if (command !== 'readme-status') return undefined;
      const readme = readFileSync('README.md', 'utf8');
      const expected = renderReadme(readme, JSON.parse(readFileSync('dist/custom-elements.json', 'utf8')));
      const actualLines = readme.split('\n');
      const expectedLines = expected.split('\n');
      const line = expectedLines.findIndex((text, i) => text !== actualLines[i]);
      return line < 0 && actualLines.length === expectedLines.length
        ? { upToDate: true }
        : { upToDate: false, line: line + 1, expected: expectedLines[line], actual: actualLines[line] };
    },
  };
}
