/**
 * `npm pack` from a fresh clone: the repository's files as git has them (no
 * dist/, which is ignored), packed with the `prepack` build. A clone used to
 * ship README.md and package.json only (issue 15). The copy links this
 * checkout's node_modules rather than installing (a registry round trip CI
 * need not pay); the build is the real one: the test takes about 25 s here.
 */
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const run = promisify(execFile);
const root = fileURLToPath(new URL('../..', import.meta.url));

describe('npm pack of a fresh clone', () => {
  let scratch: string;
  let files: string[];
  let pkg: { exports: Record<string, string | Record<string, string>>; files: string[] };

  before(async () => {
    scratch = mkdtempSync(join(tmpdir(), 'iam-elements-pack-'));
    const clone = join(scratch, 'clone');
    // What a clone of this commit holds, uncommitted edits included (so the test checks the tree it runs in).
    const { stdout } = await run('git', ['ls-files', '--cached', '--others', '--exclude-standard', '-z'], { cwd: root, maxBuffer: 1 << 24 });
    for (const file of stdout.split('\0').filter(Boolean)) {
      mkdirSync(dirname(join(clone, file)), { recursive: true });
      try {
        cpSync(join(root, file), join(clone, file));
      } catch (error) {
        // A file deleted in the work tree but still in the index is not in the clone either.
        if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
      }
    }
    symlinkSync(join(root, 'node_modules'), join(clone, 'node_modules'), 'dir');
    const { stdout: packed } = await run('npm', ['pack', '--json', '--foreground-scripts=false', '--pack-destination', scratch], {
      cwd: clone,
      maxBuffer: 1 << 26,
    });
    // npm prints the build's own output before the JSON report.
    const report = JSON.parse(packed.slice(packed.indexOf('[\n'))) as { files: { path: string }[] }[];
    files = report[0]!.files.map((f) => f.path);
    pkg = JSON.parse(readFileSync(join(clone, 'package.json'), 'utf8'));
  });
  after(() => rmSync(scratch, { recursive: true, force: true }));

  it('ships LICENSE, README.md and package.json', () => {
    for (const file of ['LICENSE', 'README.md', 'package.json']) assert.ok(files.includes(file), file);
  });

  it('ships every file package.json `exports` names (built by prepack)', () => {
    const targets = Object.values(pkg.exports).flatMap((target) => (typeof target === 'string' ? [target] : Object.values(target)));
    for (const target of new Set(targets)) assert.ok(files.includes(target.replace(/^\.\//, '')), `${target} is not in the tarball`);
  });

  it("ships the script-tag bundle's lazy chunks and the server's declarations", () => {
    assert.ok(files.filter((f) => /^dist\/user-orgs-[\w-]+\.js$/.test(f)).length === 1, 'the <user-orgs> chunk');
    assert.ok(files.includes('dist/server/index.d.ts'));
    assert.ok(files.includes('dist/custom-elements.json'));
  });

  it('ships no sources, tests, demos or build configuration', () => {
    const allowed = /^(LICENSE|README\.md|package\.json|dist\/.+)$/;
    assert.deepEqual(
      files.filter((f) => !allowed.test(f)),
      [],
    );
    assert.deepEqual(
      files.filter((f) => /\.(ts|tsx)$/.test(f) && !f.endsWith('.d.ts')),
      [],
    );
  });
});
