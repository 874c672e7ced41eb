#!/usr/bin/env node
// @ts-check
/**
 * The budget of what a visitor's page fetches before its first row (issue
 * 14): the script-tag bundle `dist/iam-elements.js` plus every chunk a page
 * needs to draw a short English list, gzip -9. A page with any one element
 * may fetch at most ONE_ELEMENT_BYTES; each further element on the page may
 * add at most FURTHER_ELEMENT_BYTES (every combination of the elements is
 * checked: shared chunks count once). Run after `npm run build`; exits 1 over
 * budget.
 *
 * The bundle is the code every list shares and a loader that fetches an
 * element's own chunk, with the chunks that one imports, when a page first
 * uses its tag (src/iam-elements.ts, vite.config.ts). Which chunk imports
 * which is read from the build's manifest (dist/.vite/manifest.json). Chunks
 * that only some lists need later (search and sort, the virtualizer, each
 * translation, "Load more", a passkey's rename form, reading a refused
 * request, the search for escaped forms of the token) are imported
 * dynamically and left out: a page of short English lists never fetches
 * them.
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

/**
 * 20,000 B until issue 18, when the library went from seven read-only lists to eight elements with admin
 * actions: the bundle's actions hooks and the eighth element's loader entry (+150 B on every page), the
 * actions' loaders in four elements' chunks, and <org-members>, whose members and invitations need their
 * own reading (20,774 B, the largest page). The actions themselves are chunks no first row waits for.
 * 21,000 B until issues 16 and 17 (4 December 2026), when the count began to include the placeholder and
 * table chunk every page draws first (2,300 B, fetched beside the element's chunk and uncounted before,
 * though the table rows always needed it), and the bundle took the cold page's early data request (+374 B:
 * one round trip fewer, 0.88-0.93x the first row on Slow 4G), honest counts and server search (+71 B), the
 * placeholder's hooks (+132 B) and the "Unknown date" and transport words. docs/performance.md has the table.
 */
export const ONE_ELEMENT_BYTES = 24_500;
export const FURTHER_ELEMENT_BYTES = 3_000;
/** The chunk every page fetches as the bundle runs and waits for before its first rows (see pageSizes). */
const SKELETON = 'src/shared/skeleton.ts';
const DIST = new URL('../dist/', import.meta.url);
const MAIN = 'iam-elements.js';

/**
 * `gzip -9` as the budget says (it also stores the file name); Node's zlib at
 * level 9 if no gzip binary is installed, which comes out some 30 bytes larger.
 * @param {URL} file
 */
export function gzipSize(file) {
  try {
    return execFileSync('gzip', ['-9c', fileURLToPath(file)], { maxBuffer: 64 * 1024 * 1024 }).length;
  } catch {
    return gzipSync(readFileSync(file), { level: 9 }).length;
  }
}

/** Every script of the script-tag build: the bundle first, then its chunks. */
export function bundleSizes() {
  let names;
  try {
    names = readdirSync(DIST).filter((name) => name.endsWith('.js'));
  } catch {
    throw new Error('dist/ is missing: run `npm run build` first');
  }
  if (!names.includes(MAIN)) throw new Error(`dist/${MAIN} is missing: run \`npm run build\` first`);
  names.sort((a, b) => (a === MAIN ? -1 : b === MAIN ? 1 : a.localeCompare(b)));
  return names.map((name) => {
    const file = new URL(name, DIST);
    return { name, raw: readFileSync(file).length, gzip: gzipSize(file), lazy: name !== MAIN };
  });
}

/**
 * The chunk files a built script imports statically (`import{…}from"./x.js"`,
 * `import"./x.js"`), which the browser fetches before running it; a dynamic
 * `import("./x.js")` is left out. Also used on other bundlers' output
 * (test/package/bundlers.node-test.ts).
 * @param {string} name the script's file name in `dir`
 * @param {URL} dir
 */
export function staticImports(name, dir = DIST) {
  const code = readFileSync(new URL(name, dir), 'utf8');
  return [...code.matchAll(/\bimport\s*(?:[\w$*{}\s,]+?from\s*)?["'`]\.\/([^"'`]+)["'`]/g)].map((match) => /** @type {string} */ (match[1]));
}

/**
 * The script-tag build's chunk graph, which vite.config.ts has Vite write
 * (`build.manifest`; not shipped): per source module its file, the chunks it
 * imports statically and the modules it imports dynamically.
 * @returns {Record<string, { file: string, isEntry?: boolean, imports?: string[], dynamicImports?: string[] }>}
 */
function chunkGraph() {
  try {
    return JSON.parse(readFileSync(new URL('.vite/manifest.json', DIST), 'utf8'));
  } catch {
    throw new Error('dist/.vite/manifest.json is missing: run `npm run build` first');
  }
}

/**
 * Per tag, what a page using only that element fetches before its first
 * render of a short list in English: the bundle with what it imports
 * statically, and the element's chunk with every chunk that one imports
 * statically, which the loader's `import()` asks for at once (Vite's
 * dynamic-import preloading, vite.config.ts). The elements are the bundle's
 * dynamic imports of `src/elements/<tag>/<tag>.ts`.
 * @param {ReturnType<typeof bundleSizes>} sizes
 */
export function pageSizes(sizes = bundleSizes()) {
  const gzipOf = new Map(sizes.map((s) => [s.name, s.gzip]));
  const graph = chunkGraph();
  const entryKey = Object.keys(graph).find((key) => graph[key]?.isEntry && graph[key]?.file === MAIN);
  if (entryKey === undefined) throw new Error(`dist/.vite/manifest.json has no entry ${MAIN}`);
  const elements = (graph[entryKey]?.dynamicImports ?? []).flatMap((key) => {
    const tag = /^src\/elements\/([a-z]+(?:-[a-z]+)+)\/\1\.ts$/.exec(key)?.[1];
    return tag === undefined ? [] : [{ tag, key }];
  });
  if (elements.length === 0) throw new Error(`dist/${MAIN} loads no element chunks`);
  return elements.map(({ tag, key }) => {
    const files = new Set();
    const visit = (/** @type {string} */ module) => {
      const chunk = graph[module];
      if (chunk === undefined || files.has(chunk.file)) return;
      files.add(chunk.file);
      (chunk.imports ?? []).forEach(visit);
    };
    visit(entryKey);
    // The loading placeholder and the table layout (src/shared/skeleton.ts): a dynamic import, but one the bundle
    // starts as it runs, and what every list draws first (placeholder rows) and its table rows wait for (a run
    // completes once its parts are in, so no cards turn into a table). Counted for every page (issue 17).
    visit(SKELETON);
    visit(key);
    const gzip = [...files].reduce((sum, name) => sum + (gzipOf.get(name) ?? 0), 0);
    return { tag, files: [...files], gzip };
  });
}

/**
 * Every page made of two or more of `pages`' elements, with what it fetches:
 * the union of their files, each counted once.
 * @param {ReturnType<typeof pageSizes>} pages @param {Map<string, number>} gzipOf
 */
export function combinedPages(pages, gzipOf) {
  const combos = [];
  for (let mask = 1; mask < 1 << pages.length; mask++) {
    const chosen = pages.filter((_, i) => mask & (1 << i));
    if (chosen.length < 2) continue;
    const files = new Set(chosen.flatMap((p) => p.files));
    const gzip = [...files].reduce((sum, name) => sum + (gzipOf.get(name) ?? 0), 0);
    combos.push({ tags: chosen.map((p) => p.tag), gzip, budget: ONE_ELEMENT_BYTES + FURTHER_ELEMENT_BYTES * (chosen.length - 1) });
  }
  return combos;
}

if (fileURLToPath(import.meta.url) === process.argv[1]) {
  const sizes = bundleSizes();
  const width = Math.max(...sizes.map((s) => s.name.length));
  for (const { name, raw, gzip, lazy } of sizes) {
    console.log(`${name.padEnd(width)}  ${String(raw).padStart(7)} B raw  ${String(gzip).padStart(6)} B gzip -9${lazy ? '  (a chunk)' : ''}`);
  }
  console.log('');
  const kB = (/** @type {number} */ n) => `${n.toLocaleString('en')} B`;
  const pages = pageSizes(sizes);
  const over = [];
  console.log(`What a page fetches before its first row of a short English list (gzip -9; budget ${kB(ONE_ELEMENT_BYTES)} for one element):`);
  for (const { tag, files, gzip } of pages) {
    console.log(`page with <${tag}>: ${kB(gzip)} of ${kB(ONE_ELEMENT_BYTES)} (${files.join(' + ')})`);
    if (gzip > ONE_ELEMENT_BYTES) over.push(`<${tag}>: ${kB(gzip)} > ${kB(ONE_ELEMENT_BYTES)}`);
  }
  const combos = combinedPages(pages, new Map(sizes.map((s) => [s.name, s.gzip])));
  for (const { tags, gzip, budget } of combos) if (gzip > budget) over.push(`${tags.map((t) => `<${t}>`).join(' ')}: ${kB(gzip)} > ${kB(budget)}`);
  const tightest = combos.reduce((a, b) => (b.budget - b.gzip < a.budget - a.gzip ? b : a));
  const all = /** @type {(typeof combos)[number]} */ (combos.at(-1));
  console.log(`page with all ${all.tags.length}: ${kB(all.gzip)} of ${kB(all.budget)} (+${kB(FURTHER_ELEMENT_BYTES)} per further element)`);
  console.log(`closest of the ${combos.length} pages with several: ${tightest.tags.map((t) => `<${t}>`).join(' ')}, ${kB(tightest.gzip)} of ${kB(tightest.budget)}`);
  if (over.length > 0) {
    console.error(`over budget:\n  ${over.join('\n  ')}`);
    process.exit(1);
  }
  console.log('budget: every page within it');
}
