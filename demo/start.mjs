// @ts-check
/**
 * `npm start`: the reference API server and the demo (Vite) in one command.
 * Ports: API_PORT (default 8787) and PORT (default 5173); a port in use
 * falls back to a free one. HOST (default 127.0.0.1) serves both.
 */
import { createServer } from 'vite';
import { startReferenceApi } from './server/reference-api.mjs';

const host = process.env.HOST ?? '127.0.0.1';

/** @param {number} port */
async function startApi(port) {
  try {
    return await startReferenceApi({ port, host });
  } catch (error) {
    if (/** @type {NodeJS.ErrnoException} */ (error).code !== 'EADDRINUSE') throw error;
    return startReferenceApi({ port: 0, host });
  }
}

const api = await startApi(Number(process.env.API_PORT ?? 8787));
const vite = await createServer({
  configFile: new URL('../vite.config.ts', import.meta.url).pathname,
  root: new URL('.', import.meta.url).pathname,
  define: { __REFERENCE_API__: JSON.stringify(api.origin) },
  server: { host, port: Number(process.env.PORT ?? 5173) },
});
await vite.listen();

const demoUrl = vite.resolvedUrls?.local[0] ?? `http://${host}:${vite.config.server.port}/`;
console.log(`
  iam-elements demo   ${demoUrl}
  reference API       ${api.origin}   (token demo-token, SSOJet client_id demo-client)

  Ctrl+C stops both.
`);

const stop = async () => {
  await Promise.all([vite.close(), api.close()]);
  process.exit(0);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
