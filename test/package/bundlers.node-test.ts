/**
 * What one element costs an app that bundles the package, against what the
 * script-tag path fetches for it (the bundle, the element's chunk and the
 * chunks that one imports: scripts/size.mjs), all after gzip -9. The
 * recommended setups (docs/frameworks.md): import the element's own module
 * (`iam-elements/user-orgs`), and let the bundler split the lazy parts
 * (search and sort, the virtualizer, translations), which Vite and webpack do by
 * default (webpack with ES module output, the consumer app's config
 * test/consumers/webpack/webpack.config.mjs) and esbuild with `splitting`. Without it esbuild puts every lazy
 * chunk in the page (34 kB for <user-orgs>, issue 15). The cost counted is
 * the entry and every chunk it imports statically: what the first render
 * waits for. Within 10% of the script-tag path. Needs `npm run build`.
 */
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build as esbuild } from 'esbuild';
import { build as vite } from 'vite';
import webpack, { type Configuration, type Stats } from 'webpack';
import { elements } from '../../scripts/registry.mjs';
import webpackConfig from '../consumers/webpack/webpack.config.mjs';
import { gzipSize, pageSizes, staticImports } from '../../scripts/size.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const TAGS = elements().map((element) => element.tag);
const TOLERANCE = 1.1;

/** The entry file and every chunk it imports statically (all in one folder), gzip -9 bytes together. */
function firstRender(entry: string): number {
  const dir = pathToFileURL(`${dirname(entry)}/`);
  const files = new Set<string>();
  const visit = (name: string) => {
    if (files.has(name)) return;
    files.add(name);
    staticImports(name, dir).forEach(visit);
  };
  visit(basename(entry));
  return [...files].reduce((sum, name) => sum + gzipSize(new URL(name, dir)), 0);
}

/** Webpack's Node API, failing on any compilation error. */
async function webpackBuild(config: Configuration): Promise<void> {
  const stats = await new Promise<Stats | undefined>((resolve, reject) => webpack(config, (error, result) => (error ? reject(error) : resolve(result))));
  assert.ok(stats && !stats.hasErrors(), stats?.toString({ all: false, errors: true }));
}

describe('one element through a bundler costs what the script-tag path costs (within 10%)', () => {
  let app: string;
  const scriptTag = new Map(pageSizes().map((page) => [page.tag, page.gzip]));
  const figures: string[] = [];

  before(() => {
    // An app with the package installed: node_modules/iam-elements is this checkout (its dist/).
    app = mkdtempSync(join(tmpdir(), 'iam-elements-bundlers-'));
    mkdirSync(join(app, 'node_modules'));
    symlinkSync(root, join(app, 'node_modules', 'iam-elements'), 'dir');
    for (const tag of TAGS) {
      writeFileSync(join(app, `${tag}.js`), `import 'iam-elements/${tag}';\n`);
      writeFileSync(join(app, `${tag}.html`), `<!doctype html>\n<script type="module" src="./${tag}.js"></script>\n<${tag}></${tag}>\n`);
    }
  });
  after(() => {
    rmSync(app, { recursive: true, force: true });
    console.log(figures.join('\n'));
  });

  for (const tag of TAGS) {
    it(`<${tag}>: esbuild with splitting, Vite's defaults, webpack with ES module output`, async () => {
      const expected = scriptTag.get(tag);
      assert.ok(expected, `scripts/size.mjs knows <${tag}>`);
      const esbuildOut = join(app, 'esbuild', tag);
      await esbuild({
        absWorkingDir: app,
        entryPoints: [`./${tag}.js`],
        bundle: true,
        splitting: true,
        format: 'esm',
        minify: true,
        outdir: esbuildOut,
        logLevel: 'silent',
      });
      const viteOut = join(app, 'vite', tag);
      const output = await vite({
        root: app,
        configFile: false,
        logLevel: 'silent',
        build: { outDir: viteOut, emptyOutDir: true, rolldownOptions: { input: join(app, `${tag}.html`) } },
      });
      const outputs = Array.isArray(output) ? output : [output];
      const entry = outputs.flatMap((o) => ('output' in o ? o.output : [])).find((chunk) => chunk.type === 'chunk' && chunk.isEntry);
      assert.ok(entry, 'Vite wrote an entry chunk');
      const webpackOut = join(app, 'webpack', tag);
      await webpackBuild({
        ...webpackConfig,
        context: app,
        entry: { [tag]: `./${tag}.js` },
        output: { ...webpackConfig.output, path: webpackOut },
      });
      const sizes = {
        esbuild: firstRender(join(esbuildOut, `${tag}.js`)),
        vite: firstRender(join(viteOut, entry.fileName)),
        webpack: firstRender(join(webpackOut, `${tag}.js`)),
      };
      figures.push(`<${tag}>: script tag ${expected} B, esbuild (splitting) ${sizes.esbuild} B, Vite ${sizes.vite} B, webpack ${sizes.webpack} B (gzip -9)`);
      for (const [bundler, size] of Object.entries(sizes)) {
        assert.ok(size <= expected * TOLERANCE, `${bundler}: ${size} B, the script-tag path ${expected} B`);
      }
    });
  }
});
