/**
 * Adapts a fetch-style handler to Node's `(req, res)`, so `http.createServer`,
 * Express and Fastify (through its raw request) can mount it.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { Readable } from 'node:stream';
import type { ProxyHandler } from './proxy.js';

/** Express keeps the full path in `originalUrl` when a handler is mounted with `app.use('/enos', …)`. */
type NodeRequest = IncomingMessage & { originalUrl?: string };

export function toNodeHandler(handler: ProxyHandler): (req: NodeRequest, res: ServerResponse) => Promise<void> {
  return async (req, res) => {
    const aborted = new AbortController();
    // The caller went away: stop waiting for the upstream.
    res.once('close', () => {
      if (!res.writableFinished) aborted.abort();
    });
    try {
      const headers = new Headers();
      for (const [name, value] of Object.entries(req.headers)) {
        if (value === undefined || name.startsWith(':')) continue;
        for (const item of Array.isArray(value) ? value : [value]) headers.append(name, item);
      }
      const method = req.method ?? 'GET';
      const hasBody = method !== 'GET' && method !== 'HEAD';
      const request = new Request(new URL(req.originalUrl ?? req.url ?? '/', 'http://localhost'), {
        method,
        headers,
        body: hasBody ? (Readable.toWeb(req) as ReadableStream<Uint8Array>) : null,
        signal: aborted.signal,
        // Node's fetch needs this for a streamed body; the DOM typings do not know it yet.
        ...(hasBody ? { duplex: 'half' } : {}),
      } as RequestInit);
      const response = await handler(request);
      const body = new Uint8Array(await response.arrayBuffer());
      res.writeHead(response.status, Object.fromEntries(response.headers));
      res.end(body);
    } catch {
      // Nothing about the failure goes to the caller: its text could quote a header.
      if (!res.headersSent) res.writeHead(500, { 'Content-Type': 'application/json; charset=utf-8' });
      res.end(JSON.stringify({ error: 'server_error', error_description: 'The proxy failed to handle the request.' }));
    }
  };
}
