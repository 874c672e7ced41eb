/**
 * Every entry of package.json `exports`, loaded by the package's name in a
 * plain Node process (no tsx, no DOM, no flags): `import()` and `require()`.
 * Node 20.19+ requires ES modules without a flag, through each entry's
 * `default` condition; the script-tag bundle's entry has a `node` condition
 * (its Node build imports Lit's server-safe build) since the bundle itself
 * threw `MutationObserver is not defined` and then `HTMLElement is not
 * defined` (issue 15). Needs `npm run build` first (`pretest`).
 */
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { elements } from '../../scripts/registry.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {
  name: string;
  exports: Record<string, string | Record<string, string>>;
};
// Every entry with code: the framework typings (iam-elements/types/*) are declarations only.
const specifiers = Object.entries(pkg.exports)
  .filter(([, target]) => typeof target === 'string' || Object.keys(target).some((condition) => condition !== 'types'))
  .map(([key]) => (key === '.' ? pkg.name : `${pkg.name}/${key.slice(2)}`));

/**
 * Loads each specifier in a fresh Node process run from the repository, where
 * the package resolves by its own name (self-reference through `exports`);
 * answers each specifier's outcome: its export names, or the error.
 */
async function load(how: 'import' | 'require'): Promise<Record<string, string[] | string>> {
  const script = `
    const { createRequire } = await import('node:module');
    const require = createRequire(${JSON.stringify(`${root}package.json`)});
    const out = {};
    for (const spec of ${JSON.stringify(specifiers)}) {
      try {
        const m = ${how === 'import' ? "await import(spec, spec.endsWith('.json') ? { with: { type: 'json' } } : undefined)" : 'require(spec)'};
        out[spec] = Object.keys(m).sort();
      } catch (error) {
        out[spec] = String(error?.code ?? '') + ' ' + String(error?.message ?? error).split('\\n')[0];
      }
    }
    process.stdout.write(JSON.stringify(out));`;
  const { stdout } = await promisify(execFile)(process.execPath, ['--no-warnings', '--input-type=module', '--eval', script], { cwd: root });
  return JSON.parse(stdout) as Record<string, string[] | string>;
}

const expectedNames: Record<string, string[]> = {
  [`${pkg.name}/iam-elements.js`]: ['IamError', 'loadElements', 'registerLocale'],
  [`${pkg.name}/user-orgs`]: ['UserOrgs'],
  // One wrapper per element, and the helpers every entry exports.
  [`${pkg.name}/react`]: [...elements().map((element) => element.className), 'IamError', 'registerLocale'].sort(),
};

for (const how of ['import', 'require'] as const) {
  describe(`${how}() of every export in plain Node ${process.version}`, () => {
    it('loads each export without throwing, with its exports', async () => {
      const loaded = await load(how);
      for (const spec of specifiers) {
        const names = loaded[spec];
        assert.ok(Array.isArray(names), `${how}('${spec}') threw: ${String(names)}`);
        assert.ok(names.length > 0, `${how}('${spec}') has no exports`);
        const expected = expectedNames[spec];
        if (expected) assert.deepEqual(names, expected, spec);
      }
    });
  });
}

describe('the script-tag entry in Node', () => {
  it('is the Node build (a module of dist/lib), not the browser bundle', () => {
    const entry = pkg.exports['./iam-elements.js'] as Record<string, string>;
    assert.equal(entry.node, './dist/lib/iam-elements.js');
    assert.equal(entry.import, './dist/iam-elements.js');
  });
});
