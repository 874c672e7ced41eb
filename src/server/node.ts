/**
 * Adapts a fetch-style handler to Node's `(req, res)`, so `http.createServer`,
 * Express and Fastify (through its raw request) can mount it.
 *
 * A handler built by `enosProxy`/`ssojetProxy` is called without a
 * `Request`/`Response` round trip: the body is read straight from the
 * `IncomingMessage` and the answer written straight to the `ServerResponse`
 * (issue 19: that round trip and the buffering in it cost most of a request).
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { Readable } from 'node:stream';
import {
  ANSWER_HEADERS,
  type CallerGone,
  type CallerRequest,
  coreOf,
  type ProxyAnswer,
  ProxyFailure,
  type ProxyHandler,
  readIncoming,
} from './proxy.js';

/** Express keeps the full path in `originalUrl` when a handler is mounted with `app.use('/enos', …)`. */
type NodeRequest = IncomingMessage & { originalUrl?: string };

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

function headersOf(req: IncomingMessage): Headers {
  const headers = new Headers();
  const raw = req.rawHeaders;
  for (let i = 0; i + 1 < raw.length; i += 2) headers.append(raw[i]!, raw[i + 1]!);
  return headers;
}

/** The caller went away: the response closed before it was finished. */
class ResponseGone implements CallerGone {
  constructor(private readonly res: ServerResponse) {}

  get gone(): boolean {
    return this.res.closed && !this.res.writableFinished;
  }

  onGone(listener: () => void): () => void {
    const res = this.res;
    const onClose = () => {
      if (!res.writableFinished) listener();
    };
    res.once('close', onClose);
    return () => res.off('close', onClose);
  }
}

function callerOf(req: NodeRequest, res: ServerResponse): CallerRequest {
  const target = req.originalUrl ?? req.url ?? '/';
  return {
    method: req.method ?? 'GET',
    url: target,
    header: (name) => first(req.headers[name]),
    readBody: (maxBytes, ms) => readIncoming(req, maxBytes, () => new ProxyFailure(413, 'The request body is too large.'), ms),
    // The body is the proxy's to read: `authorize` gets the method, URL and headers.
    request: () => new Request(new URL(target, 'http://localhost'), { method: req.method ?? 'GET', headers: headersOf(req) }),
    caller: new ResponseGone(res),
  };
}

/** For handlers from elsewhere: through a real `Request` and `Response`. */
async function viaFetch(handler: ProxyHandler, req: NodeRequest, res: ServerResponse): Promise<ProxyAnswer> {
  const aborted = new AbortController();
  // The caller went away: the handler's request is aborted.
  new ResponseGone(res).onGone(() => aborted.abort());
  const method = req.method ?? 'GET';
  const hasBody = method !== 'GET' && method !== 'HEAD';
  const response = await handler(
    new Request(new URL(req.originalUrl ?? req.url ?? '/', 'http://localhost'), {
      method,
      headers: headersOf(req),
      body: hasBody ? (Readable.toWeb(req) as ReadableStream<Uint8Array>) : null,
      signal: aborted.signal,
      // Node's fetch needs this for a streamed body; the DOM typings do not know it yet.
      ...(hasBody ? { duplex: 'half' } : {}),
    } as RequestInit),
  );
  return { status: response.status, headers: Object.fromEntries(response.headers), body: new Uint8Array(await response.arrayBuffer()) };
}

function write(req: IncomingMessage, res: ServerResponse, answer: ProxyAnswer): void {
  const headers = answer.headers;
  if (answer.body !== undefined) headers['Content-Length'] = String(answer.body.byteLength);
  // Answered before the caller's body arrived (401, 408, 413): the rest of it is not waited for.
  if (!req.complete) headers['Connection'] = 'close';
  res.writeHead(answer.status, headers);
  res.end(answer.body);
}

export function toNodeHandler(handler: ProxyHandler): (req: NodeRequest, res: ServerResponse) => Promise<void> {
  const core = coreOf(handler);
  return async (req, res) => {
    try {
      write(req, res, core ? await core(callerOf(req, res)) : await viaFetch(handler, req, res));
    } catch {
      // Nothing about the failure goes to the caller: its text could quote a header.
      if (!res.headersSent) res.writeHead(500, { ...ANSWER_HEADERS, Connection: 'close' });
      res.end(JSON.stringify({ error: 'server_error', error_description: 'The proxy failed to handle the request.' }));
    }
  };
}
