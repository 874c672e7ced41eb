import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import webpack from 'webpack';
import config from './webpack.config.mjs';

// Webpack 5.113 reads the nearest tsconfig.json's `paths` (its built-in TypeScript support): here that is the
// repository's, which maps `iam-elements/*` onto its sources. No user's app has it; read the installed package.
const options = { ...config, resolve: { ...config.resolve, tsconfig: false } };
const stats = await new Promise((resolve, reject) => webpack(options, (error, result) => (error ? reject(error) : resolve(result))));
console.log(stats.toString({ colors: false, modules: false }));
if (stats.hasErrors()) process.exit(1);
copyFileSync(new URL('src/index.html', import.meta.url), join(config.output.path, 'index.html'));
