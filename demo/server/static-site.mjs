// @ts-check
/**
 * Serves the built demos as a host site would: static files from the
 * repository (the script-tag pages under demo/, dist/, and the built React and
 * Angular apps), and the API under `/iam-proxy/` on the same origin, forwarded
 * to the reference API server the way a host's own proxy would be. Pages
 * therefore need no configuration and no inline script: the elements say
 * `base-url="/iam-proxy"`.
 *
 * Every page under a `csp/` folder is sent with a strict Content-Security-Policy
 * (STRICT_CSP), so that the elements are proven to work under it.
 */
import { createServer, request } from 'node:http';
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

/** No inline script or style, no eval, and Trusted Types for every DOM sink that takes script. */
export const STRICT_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "connect-src 'self'",
  "img-src 'self' data:",
  "object-src 'none'",
  "base-uri 'none'",
  "require-trusted-types-for 'script'",
].join('; ');

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** Where the pages find the API: `base-url="/iam-proxy"`. */
export const PROXY_PREFIX = '/iam-proxy';

const TYPES = /** @type {Record<string, string>} */ ({
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.ico': 'image/x-icon',
});

/**
 * @param {{ apiOrigin: string, port?: number, host?: string }} options
 * @returns {Promise<{ origin: string, close: () => Promise<void> }>}
 */
export async function startStaticSite({ apiOrigin, port = 0, host = '127.0.0.1' }) {
  const api = new URL(apiOrigin);
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://site.invalid');
    if (url.pathname.startsWith(`${PROXY_PREFIX}/`)) {
      const path = `${url.pathname.slice(PROXY_PREFIX.length)}${url.search}`;
      const upstream = request(
        { host: api.hostname, port: api.port, method: req.method, path, headers: { ...req.headers, host: api.host } },
        (answer) => {
          res.writeHead(answer.statusCode ?? 502, answer.headers);
          answer.pipe(res);
        },
      );
      upstream.on('error', () => res.destroy());
      req.pipe(upstream);
      return;
    }
    void serveFile(url.pathname, req.method ?? 'GET', res);
  });
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve(undefined));
  });
  const address = server.address();
  const actualPort = typeof address === 'object' && address ? address.port : port;
  return {
    origin: `http://${host}:${actualPort}`,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/**
 * @param {string} pathname
 * @param {string} method
 * @param {import('node:http').ServerResponse} res
 */
async function serveFile(pathname, method, res) {
  if (method !== 'GET' && method !== 'HEAD') {
    res.writeHead(405, { Allow: 'GET, HEAD' }).end();
    return;
  }
  let decoded;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    res.writeHead(400).end(); // A malformed escape such as `%E0%A4%A`.
    return;
  }
  let path = normalize(join(ROOT, decoded));
  // Only the repository, and never its dependencies or git data.
  if (!path.startsWith(ROOT) || path.split(sep).some((part) => part === 'node_modules' || part.startsWith('.'))) {
    res.writeHead(404).end();
    return;
  }
  try {
    if ((await stat(path)).isDirectory()) path = join(path, 'index.html');
    await stat(path);
  } catch {
    res.writeHead(404, { 'Content-Type': 'text/plain' }).end('Not found');
    return;
  }
  /** @type {Record<string, string>} */
  const headers = { 'Content-Type': TYPES[extname(path)] ?? 'application/octet-stream', 'Cache-Control': 'no-store' };
  if (pathname.split('/').includes('csp')) headers['Content-Security-Policy'] = STRICT_CSP;
  res.writeHead(200, headers);
  if (method === 'HEAD') res.end();
  else createReadStream(path).pipe(res);
}
