import { IamError } from './errors.js';
import { ssoUsersUrl, type SsoUsersQuery } from './enos-request.js';
import { getJson, type AnswerStart, type RequestOptions } from './http.js';
import type { CachePolicy } from './request-cache.js';
import { Fields } from './json.js';
import { leadingItems, previewPrefix } from './partial-json.js';

/** 0 enabled, 1 disabled, per the Chinese edition of EnOS's SSO User struct. */
export type SsoUserState = 'enabled' | 'disabled' | 'unknown';

/** A wall-clock time as EnOS sends it: no time zone is given, so none is invented. */
export interface WallClockTime {
  /** ISO 8601 without an offset, for `<time datetime>`: `2021-10-20T10:36:04`; empty when unreadable. */
  iso: string;
  /**
   * The same instant read as UTC, so `Intl` with `timeZone: 'UTC'` shows the
   * digits EnOS sent; an Invalid Date for a time sent but unreadable (shown as
   * "Unknown date", never as a guess: issue 17).
   */
  asUtc: Date;
}

export interface SsoUser {
  id: string | undefined;
  name: string | undefined;
  email: string | undefined;
  emailVerified: boolean | undefined;
  phone: string | undefined;
  /** Country calling code without `+` (`86`). */
  phoneArea: string | undefined;
  phoneVerified: boolean | undefined;
  /** The SSO identity provider's name. */
  domain: string | undefined;
  state: SsoUserState;
  createdAt: WallClockTime | undefined;
  description: string | undefined;
}

export interface SsoUsersRequest extends SsoUsersQuery, CachePolicy {
  baseUrl: string;
  token: RequestOptions['token'];
  signal?: AbortSignal;
  timeout?: number;
  /**
   * Given the first users of a long answer while the rest is still arriving
   * (see `previewSsoUsers`); the whole answer is read once what it returns
   * has settled (the users shown).
   */
  onPreview?: ((users: SsoUser[]) => Promise<unknown> | undefined) | undefined;
}

export async function fetchSsoUsers({ onPreview, ...request }: SsoUsersRequest): Promise<SsoUser[]> {
  const onPrefix: AnswerStart | undefined =
    onPreview &&
    ((prefix, token, arrived) =>
      previewPrefix(prefix, token, arrived, (text) => {
        const users = previewSsoUsers(text);
        return users.length > 0 ? onPreview(users) : undefined;
      }));
  return getJson(ssoUsersUrl(request.baseUrl, request), { ...request, onPrefix }, parseSsoUsers);
}

/**
 * EnOS wraps results in `{success, status, message, users}`. An error can come
 * with HTTP 200 and a non-zero `status`, so both flags are checked; the
 * envelope's `message` (or `msg`, used by other EnOS services) is the text.
 */
export function parseSsoUsers(body: unknown): SsoUser[] {
  const fields = new Fields(body);
  const failure = envelopeFailure(fields);
  if (failure) throw failure;
  const users = fields.list('users');
  if (users === undefined) throw new IamError('shape', 'The answer holds no list of users');
  return users.map(parseSsoUser);
}

/** The failure an EnOS envelope reports (`success:false`, `fail:true` or a non-zero `status`), if any. */
export function envelopeFailure(fields: Fields): IamError | undefined {
  const status = fields.number('status');
  const failed =
    fields.boolean('success', 'successful') === false ||
    fields.boolean('fail', 'failed') === true ||
    (status !== undefined && status !== 0);
  if (!failed) return undefined;
  return new IamError('envelope', `EnOS reported failure${status === undefined ? '' : ` (status ${status})`}`, {
    vendorCode: status,
    serverMessage: fields.string('message', 'msg'),
  });
}

/** The early users read: the list engine draws the first 20 rows of a preview (FIRST_ROWS in data-list-element.ts). */
export const PREVIEW_USERS = 20;

/**
 * The first PREVIEW_USERS users of an answer still arriving (`prefix` is the
 * start of its text), for a long list to show its first rows before the rest
 * is in; none when the envelope read so far reports a failure. Fields that
 * follow the list are not seen yet: a failure reported after it replaces
 * these rows once the whole answer is read.
 */
export function previewSsoUsers(prefix: string): SsoUser[] {
  const partial = leadingItems(prefix, 'users');
  if (!partial || envelopeFailure(new Fields(partial.before))) return [];
  return partial.items.slice(0, PREVIEW_USERS).map(parseSsoUser);
}

export function parseSsoUser(value: unknown): SsoUser {
  const fields = new Fields(value);
  const state = fields.number('state');
  return {
    id: fields.string('id'),
    name: fields.string('name', 'userName'),
    email: fields.string('email'),
    emailVerified: fields.boolean('emailVerified'),
    phone: fields.string('phone'),
    phoneArea: fields.string('phoneArea')?.replace(/^\+/, ''),
    phoneVerified: fields.boolean('phoneVerified'),
    domain: fields.string('domain'),
    state: state === 0 ? 'enabled' : state === 1 ? 'disabled' : 'unknown',
    createdAt: parseEnosTime(fields.string('createTime')),
    description: fields.string('description'),
  };
}

/** A time sent but unreadable; one object for all (nothing changes it), not one per user of a long list. */
const UNREADABLE: WallClockTime = { iso: '', asUtc: new Date(NaN) };

/**
 * Reads `2021-10-20 10:36:04.0` (other EnOS endpoints omit the `.0`; a `T`
 * may stand for the space). The epoch, `1970-01-01 00:00:00`, is EnOS's
 * "never" and reads as `undefined`, as does a time not sent; any other text
 * is unreadable: an Invalid Date with no `iso`.
 */
export function parseEnosTime(text: string | undefined): WallClockTime | undefined {
  const time = text?.trim();
  // Character codes rather than a pattern, slices and Number(): this was half
  // the cost of reading 10,000 users (8 ms of 24), now a quarter of that.
  // The checks are the pattern's: four digits, `-`, two, `-`, two, space or
  // `T`, two, `:`, two, `:`, two, then nothing or `.` and at least one digit.
  if (time === undefined || time === '') return undefined;
  if (time.length !== 19 && (time.length < 21 || time[19] !== '.' || !(digits(time, 20, time.length) >= 0))) {
    return UNREADABLE;
  }
  const separator = time[10];
  if (time[4] !== '-' || time[7] !== '-' || (separator !== ' ' && separator !== 'T') || time[13] !== ':' || time[16] !== ':') {
    return UNREADABLE;
  }
  const [y, mo, d, h, mi, s] = [digits(time, 0, 4), digits(time, 5, 7), digits(time, 8, 10), digits(time, 11, 13), digits(time, 14, 16), digits(time, 17, 19)];
  const at = Date.UTC(y, mo - 1, d, h, mi, s);
  const asUtc = new Date(at);
  // Date.UTC rolls `2021-13-40` over into a later date and reads years below
  // 100 as 19xx: range checks and the month and day read back catch both. A
  // non-digit made NaN, which fails every comparison.
  const valid = y >= 100 && h < 24 && mi < 60 && s < 60 && asUtc.getUTCMonth() === mo - 1 && asUtc.getUTCDate() === d;
  if (!valid) return UNREADABLE;
  if (at === 0) return undefined;
  return { iso: `${time.slice(0, 10)}T${time.slice(11, 19)}`, asUtc };
}

/** The number the ASCII digits `text[from]` to `text[to - 1]` write; NaN for any other character. */
function digits(text: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i += 1) {
    const digit = text.charCodeAt(i) - 48;
    if (!(digit >= 0 && digit <= 9)) return NaN;
    n = n * 10 + digit;
  }
  return n;
}
