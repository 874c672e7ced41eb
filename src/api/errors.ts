/**
 * The one error type of the library. API modules throw it; elements read its
 * `kind` and `status` to choose what to tell the user, so nothing above the API
 * layer ever looks at a response body.
 */
export type IamErrorKind =
  /** The server answered with a non-2xx status. */
  | 'http'
  /** The request never got an answer (offline, DNS, CORS refused, connection reset). */
  | 'network'
  /** No answer within the element's `timeout`. */
  | 'timeout'
  /** The body was not JSON. */
  | 'parse'
  /** The body was JSON but not the documented shape. */
  | 'shape'
  /** HTTP said success but the provider's envelope said failure (EnOS `success: false`). */
  | 'envelope'
  /** The element was given an input that cannot work (a `base-url` that is not a URL). */
  | 'config';

/** Server-provided text is shown to users, so it is capped: an error page must not flood the widget. */
export const MAX_SERVER_MESSAGE_LENGTH = 300;

export interface IamErrorInit {
  status?: number;
  vendorCode?: string | number;
  serverMessage?: string;
  outcomeUnknown?: boolean;
}

export class IamError extends Error {
  override readonly name = 'IamError';
  readonly kind: IamErrorKind;
  /** HTTP status, when there was a response. */
  readonly status: number | undefined;
  /** The provider's own error code (SSOJet `error_code`, EnOS `status`), when it sent one. */
  readonly vendorCode: string | number | undefined;
  /** The provider's human text (`error_description`, `message`), plain text, length-capped; never the raw body. */
  readonly serverMessage: string | undefined;
  /**
   * True when a write (any method but GET) was sent and got no answer (`timeout`, or `network` after it may
   * have reached the server): whether the change happened is unknown. A write is never retried
   * automatically; reload what it changed before offering it again (issue 18). The kind stays
   * `timeout`/`network`, so every error message an element has still fits.
   */
  readonly outcomeUnknown: boolean;

  constructor(kind: IamErrorKind, message: string, init: IamErrorInit = {}) {
    super(message);
    this.kind = kind;
    this.status = init.status;
    this.vendorCode = init.vendorCode;
    this.outcomeUnknown = init.outcomeUnknown ?? false;
    this.serverMessage = init.serverMessage === undefined ? undefined : capText(init.serverMessage);
  }
}

/** Collapses whitespace and caps the length, so any server text is safe to show as one line. */
export function capText(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > MAX_SERVER_MESSAGE_LENGTH ? `${flat.slice(0, MAX_SERVER_MESSAGE_LENGTH - 1)}…` : flat;
}

/** A 401 or 403: signing in again (or other rights) can help, retrying cannot. */
export function isAuthError(error: IamError): boolean {
  return error.kind === 'http' && (error.status === 401 || error.status === 403);
}

/**
 * Anything a loader throws reaches the user as an `IamError`. A plain
 * exception here means a body so far from the documented shape that a parser
 * tripped over it, and that is what the user is told.
 */
export function toIamError(error: unknown): IamError {
  if (error instanceof IamError) return error;
  return new IamError('shape', error instanceof Error ? error.message : String(error));
}
