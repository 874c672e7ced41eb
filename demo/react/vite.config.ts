import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

/**
 * The React demo, built as an app would build it: `iam-elements/react` and
 * `iam-elements` resolve through the package's own `exports` (dist/, so
 * `npm run build` comes first). `npm run build:demos` writes demo/react/dist.
 */
export default defineConfig({
  root: import.meta.dirname,
  base: './',
  plugins: [react()],
  build: { outDir: 'dist', emptyOutDir: true, target: 'es2022' },
});
