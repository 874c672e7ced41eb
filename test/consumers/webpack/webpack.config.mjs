// The recommended webpack 5 setup (docs/frameworks.md, "Bundlers"): ES module output, and webpack's default
// splitChunks, which puts each dynamic import of the package (search and sort, the virtualizer, translations)
// in a chunk of its own, so a page with one element fetches that element and nothing it loads later.
// test/package/bundlers.node-test.ts builds with this same config and measures it.
import { fileURLToPath } from 'node:url';

/** @type {import('webpack').Configuration} */
export default {
  mode: 'production',
  context: fileURLToPath(new URL('.', import.meta.url)),
  entry: { main: './src/main.js' },
  experiments: { outputModule: true },
  output: {
    module: true,
    path: fileURLToPath(new URL('dist/', import.meta.url)),
    filename: '[name].js',
    chunkFilename: '[name].[contenthash:8].js',
    clean: true,
  },
};
