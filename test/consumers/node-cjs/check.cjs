// Every export of the installed package, by its name, through require() (Node 20.19+ requires ES modules).
const assert = require('node:assert/strict');
const pkg = require('iam-elements/package.json');

const hasCode = (target) => typeof target === 'string' || Object.keys(target).some((condition) => condition !== 'types');
let count = 0;
for (const [key, target] of Object.entries(pkg.exports)) {
  if (!hasCode(target)) continue;
  const spec = key === '.' ? 'iam-elements' : `iam-elements/${key.slice(2)}`;
  assert.ok(Object.keys(require(spec)).length > 0, `${spec} has exports`);
  count++;
}
const { ssojetProxy, toNodeHandler } = require('iam-elements/server');
assert.equal(typeof ssojetProxy, 'function');
assert.equal(typeof toNodeHandler, 'function');
assert.equal(typeof require('iam-elements/user-orgs').UserOrgs, 'function');
console.log(`require() of ${count} exports: ok`);
