// The server half: the page rendered by @lit-labs/ssr (the element's loading state in declarative shadow DOM),
// with the built client.js beside it. `?api=` is the API origin (test/consumers/run.mjs passes the reference server).
import { createReadStream, existsSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
// A server-only template (`html` of @lit-labs/ssr) for the document: it may hold the doctype, and writes no
// hydration markers of its own; the element inside still gets its declarative shadow DOM and hydrates.
import { html, render } from '@lit-labs/ssr';
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
import 'iam-elements/user-orgs';

const dist = fileURLToPath(new URL('dist/', import.meta.url));

const page = (api) => html`<!doctype html>
  <html lang="en">
    <head><meta charset="utf-8" /><title>Lit SSR consumer</title></head>
    <body>
      <user-orgs client-id="demo-client" user-id="6694c133565dfee5166d1cbb" base-url=${api}></user-orgs>
      <output id="event"></output>
      <script type="module" src="/client.js"></script>
    </body>
  </html>`;

createServer(async (req, res) => {
  const url = new URL(req.url ?? '/', 'http://localhost');
  if (url.pathname === '/') {
    res.writeHead(200, { 'content-type': 'text/html' });
    res.end(await collectResult(render(page(url.searchParams.get('api') ?? ''))));
    return;
  }
  const file = join(dist, normalize(url.pathname).replace(/^(\.\.[/\\])+/, ''));
  if (!existsSync(file) || extname(file) !== '.js') {
    res.writeHead(url.pathname === '/favicon.ico' ? 204 : 404).end();
    return;
  }
  res.writeHead(200, { 'content-type': 'text/javascript' });
  createReadStream(file).pipe(res);
}).listen(Number(process.env.PORT ?? 3000), process.env.HOSTNAME ?? '127.0.0.1', function () {
  // test/consumers/run.mjs waits for this line before it loads the page.
  console.log(`listening on ${JSON.stringify(this.address())}`);
});
