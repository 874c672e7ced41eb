/**
 * `npm run new-element` in a copy of the repository: the scaffolded element
 * type-checks with everything else, and adding it writes its folder, its test
 * and its docs page, and through the registry only the generated files
 * (CONTRIBUTING.md, "Adding an element").
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { after, before, test } from 'node:test';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const COPIED = ['src', 'scripts', 'test', 'demo', 'docs', 'package.json', 'tsconfig.json', 'vite.config.ts', 'web-test-runner.config.mjs', 'custom-elements-manifest.config.mjs'];
const GENERATED = ['package.json', 'src/iam-elements.ts', 'src/index.ts', 'src/react/index.ts'];

let copy: string;

/** Every file under `dir` (dependencies and builds aside) with its text. */
function snapshot(dir: string): Map<string, string> {
  const files = readdirSync(dir, { recursive: true, withFileTypes: true, encoding: 'utf8' })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)))
    .filter((path) => !/(^|\/)(node_modules|dist|\.angular)\//.test(path));
  return new Map(files.map((path) => [path, readFileSync(join(dir, path), 'utf8')]));
}

before(() => {
  copy = mkdtempSync(join(tmpdir(), 'iam-elements-new-element-'));
  for (const name of COPIED) cpSync(join(ROOT, name), join(copy, name), { recursive: true, filter: (path) => !/\/(node_modules|dist)(\/|$)/.test(path) });
  symlinkSync(join(ROOT, 'node_modules'), join(copy, 'node_modules'));
});

after(() => rmSync(copy, { recursive: true, force: true }));

test('a scaffolded element touches its folder, its test and its docs page, and type-checks', () => {
  const before = snapshot(copy);
  const args = ['--module', 'organizations', '--fetch', 'fetchOrganizations', '--item', 'Organization', '--path', 'ORGANIZATIONS_PATH', '--noun', 'tenant'];
  execFileSync(process.execPath, [join(copy, 'scripts/new-element.mjs'), 'tenant-list', ...args], { cwd: copy, stdio: 'pipe' });
  const afterwards = snapshot(copy);

  const added = [...afterwards.keys()].filter((path) => !before.has(path)).sort();
  const changed = [...before.keys()].filter((path) => afterwards.get(path) !== before.get(path)).sort();
  assert.deepEqual(added, [
    'docs/elements/tenant-list.md',
    'src/elements/tenant-list/tenant-list.component.ts',
    'src/elements/tenant-list/tenant-list.strings.ts',
    'src/elements/tenant-list/tenant-list.ts',
    'test/elements/tenant-list.test.ts',
  ]);
  assert.deepEqual(changed, GENERATED);
  assert.match(afterwards.get('src/react/index.ts')!, /export const TenantList = createComponent<TenantListElement, IamEventProps<TenantListItem>>/);
  assert.match(afterwards.get('package.json')!, /"\.\/tenant-list": \{/);

  // The registry agrees, and the whole program (the new element's test included) type-checks.
  execFileSync(process.execPath, [join(copy, 'scripts/registry.mjs'), '--check'], { cwd: copy, stdio: 'pipe' });
  execFileSync(process.execPath, [join(ROOT, 'node_modules/typescript/bin/tsc'), '--noEmit', '-p', join(copy, 'tsconfig.json')], { cwd: copy, stdio: 'pipe', encoding: 'utf8' });
});

test('refuses a name that is no custom element name, and an API module that does not exist', () => {
  const run = (...args: string[]) =>
    execFileSync(process.execPath, [join(copy, 'scripts/new-element.mjs'), ...args], { cwd: copy, stdio: 'pipe', encoding: 'utf8' });
  const common = ['--fetch', 'f', '--item', 'T', '--path', 'P', '--noun', 'n'];
  assert.throws(() => run('Tenants', '--module', 'organizations', ...common), (error: { stderr: string }) => /not a custom element name/.test(error.stderr));
  assert.throws(() => run('team-list', '--module', 'teams', ...common), (error: { stderr: string }) => /add the endpoint's module first/.test(error.stderr));
});
