import ts from 'typescript';
import { defineConfig, type Plugin } from 'vite';

/**
 * The minifier leaves template literals alone, so Lit's css`` blocks would
 * ship with their comments and indentation. Ours hold no expressions and no
 * quoted whitespace, so comments and runs of whitespace can go. Only for the
 * script-tag bundle, where every byte counts against the budget
 * (scripts/size.mjs); html`` templates have collapseHtmlWhitespace below.
 */
function minifyCss(): Plugin {
  return {
    name: 'minify-lit-css',
    transform(code, id) {
      if (!id.includes('/src/') || !id.endsWith('.ts')) return null;
      return code.replace(/\bcss`([^`$]*)`/g, (_match, body: string) => {
        const text = body
          .replace(/\/\*[^]*?\*\//g, '')
          .replace(/\s+/g, ' ')
          .replace(/ ?([{};,>]) ?/g, '$1')
          // `display: flex` → `display:flex`; a space before a colon (`.a :hover`) is a combinator and stays.
          .replace(/: /g, ':')
          .replace(/;}/g, '}')
          .replace(/(?<![\w.])0\.(\d)/g, '.$1');
        return `css\`${text.trim()}\``;
      });
    },
  };
}

/**
 * The minifier leaves template literals alone, so Lit's html`` templates
 * would ship with the line breaks and indentation of their source. A run of
 * whitespace that holds a line break renders as one space in HTML (no
 * template here sits in `white-space: pre`), and is one space in an attribute
 * list or a class value, so each such run becomes one space. The templates
 * are found by parsing, as they nest (`${cond ? html`…` : nothing}`). Only for
 * the script-tag bundle: 51 B of it gzipped, and 51–104 B of what a page with
 * one element fetches.
 */
function collapseHtmlWhitespace(): Plugin {
  return {
    name: 'collapse-lit-html-whitespace',
    transform(code, id) {
      if (!id.includes('/src/') || !id.endsWith('.ts') || !code.includes('html`')) return null;
      const source = ts.createSourceFile(id, code, ts.ScriptTarget.Latest);
      const parts: ts.Node[] = [];
      const visit = (node: ts.Node): void => {
        if (ts.isTaggedTemplateExpression(node) && ts.isIdentifier(node.tag) && node.tag.text === 'html') {
          const { template } = node;
          if (ts.isNoSubstitutionTemplateLiteral(template)) parts.push(template);
          else parts.push(template.head, ...template.templateSpans.map((span) => span.literal));
        }
        ts.forEachChild(node, visit);
      };
      visit(source);
      // From the last part back, so that earlier positions stay valid.
      let result = code;
      for (const part of parts.sort((a, b) => b.getStart(source) - a.getStart(source))) {
        const start = part.getStart(source);
        const end = part.getEnd();
        result = result.slice(0, start) + result.slice(start, end).replace(/\s*\n\s*/g, ' ') + result.slice(end);
      }
      return result;
    },
  };
}

/**
 * An element's chunk imports the chunks it shares with other elements (SSOJet's
 * request code, sentences about dates), which the browser asks for only once
 * it has the element's chunk: one more round trip before the first row (seen:
 * a fresh page's first row 400 ms instead of 290 ms with 50 ms of latency).
 * So each `import()` in the bundle asks for the chunk and the chunks it
 * imports at once, as Vite's own preloading does in application builds (lib
 * mode has none).
 */
function importTogether(): Plugin {
  return {
    name: 'import-chunks-together',
    generateBundle(_options, bundle) {
      const entry = bundle['iam-elements.js'];
      if (entry?.type !== 'chunk') return;
      let calls = 0;
      entry.code = entry.code.replace(/import\(`\.\/([\w.-]+\.js)`\)/g, (call, file: string) => {
        calls += 1;
        const chunk = bundle[file];
        const imports = chunk?.type === 'chunk' ? chunk.imports.filter((name) => name !== 'iam-elements.js') : [];
        if (imports.length === 0) return call;
        return `Promise.all([${[file, ...imports].map((name) => `import(\`./${name}\`)`).join()}]).then(m=>m[0])`;
      });
      // A minifier that writes the calls another way (terser writes "…") would silently bring the second round trip back.
      if (calls === 0) this.error('import-chunks-together: found no import() of a chunk in iam-elements.js');
    },
  };
}

/**
 * The script-tag bundle's entry chunk: the loader (src/iam-elements.ts) and
 * the base class every list extends, with all it imports (Lit, @lit/task, the
 * fetch helper, localization, the shared styles). Rolldown's default would
 * move that shared code into a chunk of its own, fetched only once a tag is
 * used: one more round trip before the first row, and a bundle whose size
 * says nothing. What only some elements use stays in their chunks. The JSON
 * readers (api/json.ts) are named too: every element's parser reads through
 * them, so every page needs them, although the base class does not.
 */
const ENTRY_CHUNK = /\/src\/(iam-elements|api\/json|shared\/(data-list-element|define))\.ts$/;

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
 *   when a page first uses its tag (src/iam-elements.ts).
 */
export default defineConfig(({ mode }) => {
  if (mode === 'script-tag') {
    return {
      plugins: [minifyCss(), collapseHtmlWhitespace(), importTogether()],
      resolve: {
        // The generated translations import `str` from @lit/localize's index, which also sets up the
        // page-global runtime the library never uses (src/shared/localize.ts): dead code in a chunk
        // of its own (211 B gzipped), fetched with every translation. `str` is all they need.
        alias: [{ find: /^@lit\/localize$/, replacement: '@lit/localize/internal/str-tag.js' }],
      },
      build: {
        outDir: 'dist',
        emptyOutDir: false,
        target: 'es2022',
        lib: { entry: 'src/iam-elements.ts', formats: ['es'], fileName: () => 'iam-elements.js' },
        // allow-extension: the lazy chunks (the elements, the virtualizer, the
        // translations) import Lit and the shared code from this file rather
        // than those moving to a third file (lib mode's default is 'strict').
        rolldownOptions: {
          preserveEntrySignatures: 'allow-extension',
          output: {
            minify: true,
            // Nothing reads this file's comments (the minifier has used its /* @__PURE__ */ marks): 19 of them were 323 bytes.
            comments: false,
            codeSplitting: { groups: [{ name: 'iam-elements', test: ENTRY_CHUNK }] },
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
