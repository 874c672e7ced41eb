import { defineConfig } from 'vite';

/**
 * Three uses of one config:
 * - `vite` (via `npm start`): the demo under demo/, served with the sources.
 * - `vite build`: the ES build for bundlers in dist/lib, one module per source
 *   module, Lit external, so an app pays only for the elements it imports and
 *   shares its own copy of Lit; `dist/lib/react/` holds the React wrappers,
 *   React external. (`tsc -p tsconfig.build.json` adds the .d.ts.)
 * - `vite build --mode script-tag`: dist/iam-elements.js, one self-registering
 *   module with Lit inside, fully minified, for a plain <script type="module">.
 */
export default defineConfig(({ mode }) => {
  if (mode === 'script-tag') {
    return {
      build: {
        outDir: 'dist',
        emptyOutDir: false,
        target: 'es2022',
        lib: { entry: 'src/index.ts', formats: ['es'], fileName: () => 'iam-elements.js' },
        // allow-extension: the lazy translation chunks import `str` from this
        // file rather than it moving to a third file that this one would import
        // (lib mode's default, 'strict'), which a lone <script> could not load.
        rolldownOptions: { preserveEntrySignatures: 'allow-extension', output: { minify: true } },
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
      lib: { entry: ['src/index.ts', 'src/react/index.ts'], formats: ['es'] },
      rolldownOptions: {
        external: [/^lit(\/|$)/, /^@lit\//, /^react(\/|$)/],
        output: { preserveModules: true, preserveModulesRoot: 'src', entryFileNames: 'lib/[name].js' },
      },
    },
  };
});
