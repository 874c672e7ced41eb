// @ts-check
/**
 * The built demos, served as a host site would serve them (after
 * `npm run build && npm run build:demos`):
 *
 *   node demo/serve-built.mjs        then open the printed URL
 *
 * PORT (default 8788) and API_PORT (default: any free port).
 */
import { startReferenceApi } from './server/reference-api.mjs';
import { startStaticSite } from './server/static-site.mjs';

const host = process.env.HOST ?? '127.0.0.1';
const api = await startReferenceApi({ port: Number(process.env.API_PORT ?? 0), host });
const site = await startStaticSite({ apiOrigin: api.origin, port: Number(process.env.PORT ?? 8788), host });
console.log(`
  script tag          ${site.origin}/demo/script-tag/
  strict CSP          ${site.origin}/demo/csp/
  React               ${site.origin}/demo/react/dist/
  Angular             ${site.origin}/demo/angular/dist/browser/
  reference API       ${api.origin} (and at ${site.origin}/iam-proxy)
`);
const stop = async () => {
  await Promise.all([site.close(), api.close()]);
  process.exit(0);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
