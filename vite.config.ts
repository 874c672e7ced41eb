import { fileURLToPath } from 'node:url';
import minifyHtmlLiterals from '@lit-labs/rollup-plugin-minify-html-literals';
import { defineConfig, type Rolldown } from 'vite';

type ChunkingContext = Rolldown.ChunkingContext;

const ENTRY = 'src/iam-elements.ts';

/**
 * The script-tag bundle's one chunk rule: the bundle (dist/iam-elements.js)
 * holds the entry with what it imports, and every module that each element
 * needs (that each of the entry's `import()`s reaches through static
 * imports: Lit, @lit/task, the base class, the fetch helper, the JSON
 * readers…), since every page fetches all of that anyway. What only some
 * elements need stays in their chunks, or in chunks they share, which Vite
 * preloads with the element's chunk. Read from the module graph, so a new
 * element or a new shared module needs no change here. Without it Rolldown
 * puts the shared code into a chunk of its own, one more file on every page:
 * about 900 B more gzip on each one-element page (`node scripts/size.mjs`).
 */
function everyElementNeeds(): (id: string, ctx: ChunkingContext) => string | null {
  let common: Set<string> | undefined;
  const reach = (ctx: ChunkingContext, id: string, seen = new Set<string>()): Set<string> => {
    if (seen.has(id)) return seen;
    seen.add(id);
    for (const next of ctx.getModuleInfo(id)?.importedIds ?? []) reach(ctx, next, seen);
    return seen;
  };
  return (id, ctx) => {
    if (common === undefined) {
      const entry = fileURLToPath(new URL(ENTRY, import.meta.url));
      const [first, ...rest] = (ctx.getModuleInfo(entry)?.dynamicallyImportedIds ?? []).map((element) => reach(ctx, element));
      common = reach(ctx, entry);
      for (const module of first ?? []) if (rest.every((set) => set.has(module))) common.add(module);
    }
    return common.has(id) ? 'iam-elements' : null;
  };
}

/**
 * Three uses of one config:
 * - `vite` (via `npm start`): the demo under demo/, served with the sources.
 * - `vite build`: the ES build for bundlers in dist/lib, one module per source
 *   module, Lit external, so an app pays only for the elements it imports and
 *   shares its own copy of Lit; `dist/lib/react/` holds the React wrappers,
 *   React external. (`tsc -p tsconfig.build.json` adds the .d.ts.)
 * - `vite build --mode script-tag`: dist/iam-elements.js, for a plain
 *   <script type="module">, fully minified, Lit inside: the code every list
 *   shares and a loader that fetches each element's chunk (from beside it)
 *   when a page first uses its tag (src/iam-elements.ts). Built as an
 *   application (a script entry, not lib mode) for Vite's dynamic-import
 *   preloading: each `import()` of a chunk asks for the chunks it imports at
 *   the same time (`<link rel="modulepreload">`), so a page waits one round
 *   trip for an element's code, not one per level of its imports. `base:
 *   './'` makes those URLs relative to the bundle's own URL
 *   (`import.meta.url`), so the bundle works from any origin and folder.
 */
export default defineConfig(({ mode }) => {
  if (mode === 'script-tag') {
    return {
      // Minifies the html`` and css`` templates, which the JS minifier leaves as written: about 450 B
      // gzip less on every one-element page (`node scripts/size.mjs`); failOnError: a template it cannot
      // parse fails the build instead of shipping unminified.
      plugins: [minifyHtmlLiterals({ failOnError: true })],
      base: './',
      publicDir: false,
      build: {
        outDir: 'dist',
        assetsDir: '',
        // dist/ also holds the lib build (dist/lib), built first.
        emptyOutDir: false,
        target: 'es2022',
        minify: 'terser',
        terserOptions: { module: true, ecma: 2020, compress: { passes: 2 } },
        // dist/.vite/manifest.json (not shipped): the chunk graph scripts/size.mjs reads.
        manifest: true,
        rolldownOptions: {
          input: ENTRY,
          // The bundle keeps its exports (loadElements, registerLocale, IamError), which an
          // application build would drop as unused; the chunks import shared code from it.
          preserveEntrySignatures: 'allow-extension',
          // @lit/localize's index (where `str` is public) also sets up its page-global runtime as it
          // loads, for configureLocalization(), which the library never calls (src/shared/localize.ts):
          // without this, that setup ships (about 100 B gzip).
          treeshake: { moduleSideEffects: [{ test: /\/node_modules\/@lit\/localize\//, sideEffects: false }] },
          output: {
            entryFileNames: 'iam-elements.js',
            chunkFileNames: '[name]-[hash].js',
            // Nothing reads the bundle's comments (the minifier has used its /* @__PURE__ */ marks).
            comments: false,
            codeSplitting: { groups: [{ name: everyElementNeeds(), debugName: 'every element needs' }] },
          },
        },
      },
    };
  }
  return {
    build: {
      outDir: 'dist',
      emptyOutDir: true,
      target: 'es2022',
      minify: false,
      // The per-element entries (package.json `exports`) are modules of this
      // build already; `src/react/index.ts` is reachable only as an entry.
      // `src/iam-elements.ts` here is the script-tag entry for Node (the
      // `node` condition of `iam-elements/iam-elements.js`): the bundle holds
      // Lit's browser build, which needs `HTMLElement` and `document` as it
      // loads; this one imports Lit, whose `node` build does not (issue 15).
      lib: { entry: ['src/index.ts', 'src/react/index.ts', 'src/iam-elements.ts'], formats: ['es'] },
      rolldownOptions: {
        external: [/^lit(\/|$)/, /^@lit\//, /^@lit-labs\//, /^react(\/|$)/],
        output: { preserveModules: true, preserveModulesRoot: 'src', entryFileNames: 'lib/[name].js' },
      },
    },
  };
});
