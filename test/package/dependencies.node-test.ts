/**
 * What installing the package brings into an app. `@lit/react` is an
 * optional peer (with React): it has a required peer on `@types/react`,
 * which npm installs, and `@types/react` pulls `csstype`: all three reached
 * apps that do not use React (issue 15). npm's lockfile marks each package
 * that only devDependencies reach `dev: true`; none of these may be reached
 * from `dependencies`.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';

interface Manifest {
  dependencies: Record<string, string>;
  devDependencies: Record<string, string>;
  peerDependencies: Record<string, string>;
  peerDependenciesMeta: Record<string, { optional?: boolean }>;
}
const read = <T>(file: string) => JSON.parse(readFileSync(new URL(`../../${file}`, import.meta.url), 'utf8')) as T;
const pkg = read<Manifest>('package.json');
const lock = read<{ packages: Record<string, { dev?: boolean }> }>('package-lock.json');
const REACT_ONLY = ['@lit/react', 'react', '@types/react', 'csstype'];

describe('dependencies', () => {
  it('React and @lit/react are optional peers, and devDependencies for the repository itself', () => {
    for (const name of ['@lit/react', 'react']) {
      assert.equal(pkg.dependencies[name], undefined, name);
      assert.ok(pkg.peerDependencies[name], name);
      assert.equal(pkg.peerDependenciesMeta[name]?.optional, true, name);
    }
    assert.ok(pkg.devDependencies['@lit/react']);
  });

  it('nothing React-only is reached from dependencies (the lockfile marks each dev)', () => {
    for (const name of REACT_ONLY) assert.equal(lock.packages[`node_modules/${name}`]?.dev, true, `${name} is installed for apps`);
    assert.notEqual(lock.packages['node_modules/lit']?.dev, true, 'the check reads the flags it means to');
  });
});
