// Every export of the installed package, by its name, in plain Node (no DOM): each loads and has its exports.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const pkg = JSON.parse(readFileSync(require.resolve('iam-elements/package.json'), 'utf8'));
const hasCode = (target) => typeof target === 'string' || Object.keys(target).some((condition) => condition !== 'types');
let count = 0;
for (const [key, target] of Object.entries(pkg.exports)) {
  if (!hasCode(target)) continue;
  const spec = key === '.' ? 'iam-elements' : `iam-elements/${key.slice(2)}`;
  const module = await import(spec, spec.endsWith('.json') ? { with: { type: 'json' } } : undefined);
  assert.ok(Object.keys(module).length > 0, `${spec} has exports`);
  count++;
}
const { ssojetProxy, toNodeHandler } = await import('iam-elements/server');
assert.equal(typeof ssojetProxy, 'function');
assert.equal(typeof toNodeHandler, 'function');
const { UserOrgs } = await import('iam-elements/user-orgs');
assert.equal(typeof UserOrgs, 'function');
console.log(`import() of ${count} exports: ok`);
