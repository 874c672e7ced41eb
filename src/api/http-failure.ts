/**
 * Reading a refused request: what the provider says about the error, and how
 * long a 429 or 503 asks the client to wait. `http.ts` imports this module
 * only once a server has answered with an error status, so a page whose
 * requests succeed never downloads it (the script-tag bundle fetches it as a
 * chunk of its own). The network is up when it is needed: the server has
 * just answered.
 */
import { IamError } from './errors.js';
import { Fields } from './json.js';
import { parseRedactedNow } from './token-forms.js';

/**
 * The longest `Retry-After` honoured with an automatic retry. A server asking
 * for a longer wait gets no automatic retry at all (as ky's `maxRetryAfter`):
 * retrying earlier than it asked would only earn another 429, and a spinner
 * that long looks like a hang. The user sees the error and its retry button.
 */
export const MAX_RETRY_AFTER_MS = 10_000;

/** How long a 429 or 503 asks the client to wait, when it says so and the wait is short enough to retry. */
export function retryDelay(response: Response): number | undefined {
  if (response.status !== 429 && response.status !== 503) return undefined;
  const delay = parseRetryAfter(response.headers.get('Retry-After'), Date.now());
  return delay !== undefined && delay <= MAX_RETRY_AFTER_MS ? delay : undefined;
}

/**
 * `Retry-After` as milliseconds from `now`: delay-seconds (`120`) or an
 * HTTP-date (`Wed, 21 Oct 2026 07:28:00 GMT`; a date in the past means now).
 * Anything else is `undefined`. A cross-origin server must list the header in
 * `Access-Control-Expose-Headers`, or the browser hides it and no retry happens.
 */
export function parseRetryAfter(value: string | null, now: number): number | undefined {
  const text = value?.trim() ?? '';
  if (/^\d+$/.test(text)) return Number(text) * 1000;
  // All three HTTP-date forms (IMF-fixdate, RFC 850, asctime) start with a day name.
  if (!/^[A-Za-z]{3}/.test(text)) return undefined;
  const date = Date.parse(text);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

/**
 * Reads what a provider says about an error without ever keeping the body.
 * SSOJet's newer model is `{error, error_code, error_description}` (its two doc
 * pages disagree on which of `error`/`error_code` is the number; both are
 * accepted); EnOS sends `{status, message}` or `{code, msg}`. `token` is
 * redacted from the message.
 */
export function readHttpError(status: number, text: string, token = ''): IamError {
  let body: unknown;
  try {
    body = parseRedactedNow(text, token);
  } catch {
    // An HTML error page from a proxy: say nothing of its content.
  }
  // Fields reads anything that is not an object as empty, so a bare string or
  // array body yields no message and no code.
  const fields = new Fields(body);
  const serverMessage = fields.string('error_description', 'message', 'msg');
  const vendorCode = fields.number('error_code') ?? fields.string('error_code', 'code', 'error') ?? fields.number('status');
  return new IamError('http', `HTTP ${status}`, { status, vendorCode, serverMessage });
}
