// @ts-check
/**
 * `npm start`: the reference API server and the demo (Vite) in one command.
 * Ports: API_PORT (default 8787) and PORT (default 5173); a port in use
 * falls back to a free one. HOST (default 127.0.0.1) serves both.
 *
 * The signing proxy (demo/server/proxy.ts, the README's `http` example) runs
 * beside them on PROXY_PORT (default 8788), and the demo's origin forwards
 * `/enos/` and `/ssojet/` to it, as a host mounts the proxy on its own origin.
 */
import { createServer } from 'vite';
import { tsImport } from 'tsx/esm/api';
import { startReferenceApi } from './server/reference-api.mjs';

/** @type {typeof import('./server/proxy.ts')} */
const { startDemoProxy } = await tsImport('./server/proxy.ts', import.meta.url);

const host = process.env.HOST ?? '127.0.0.1';

/**
 * Starts a server on `port`, or on a free port when that one is taken.
 * @template T
 * @param {(port: number) => Promise<T>} start
 * @param {number} port
 */
async function onPort(start, port) {
  try {
    return await start(port);
  } catch (error) {
    if (/** @type {NodeJS.ErrnoException} */ (error).code !== 'EADDRINUSE') throw error;
    return start(0);
  }
}

const api = await onPort((port) => startReferenceApi({ port, host }), Number(process.env.API_PORT ?? 8787));
// Same-origin through Vite, so no browser origin needs CORS.
const proxy = await onPort((port) => startDemoProxy(api.origin, [], { port, host }), Number(process.env.PROXY_PORT ?? 8788));
const vite = await createServer({
  configFile: new URL('../vite.config.ts', import.meta.url).pathname,
  root: new URL('.', import.meta.url).pathname,
  define: { __REFERENCE_API__: JSON.stringify(api.origin) },
  server: {
    host,
    port: Number(process.env.PORT ?? 5173),
    proxy: { '/enos/': proxy.origin, '/ssojet/': proxy.origin },
  },
});
await vite.listen();

const demoUrl = vite.resolvedUrls?.local[0] ?? `http://${host}:${vite.config.server.port}/`;
console.log(`
  iam-elements demo   ${demoUrl}
  reference API       ${api.origin}   (token demo-token, SSOJet client_id demo-client)
  signing proxy       ${proxy.origin}   (mounted on the demo's origin at /enos/ and /ssojet/)

  Ctrl+C stops them all.
`);

const stop = async () => {
  await Promise.all([vite.close(), proxy.close(), api.close()]);
  process.exit(0);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
