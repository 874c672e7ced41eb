import { defineConfig } from 'vite';

// The browser half: client.js and the chunks it imports, into dist/ (server.mjs serves them).
export default defineConfig({
  build: { rolldownOptions: { input: 'client.js', output: { entryFileNames: 'client.js' } } },
});
