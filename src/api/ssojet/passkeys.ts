import { Fields } from '../json.js';
import { parseTime, readPage, type Page } from '../page.js';
import { fetchSsojet, type SsojetListRequest } from './request.js';

/** One passkey of the signed-in user. */
export interface Passkey {
  id: string | undefined;
  /** `undefined` when SSOJet sends `null` (a passkey never named). */
  name: string | undefined;
  createdAt: Date | null | undefined;
  /** `null`: never used (`0001-01-01T00:00:00Z`, as documented). */
  lastUsedAt: Date | null | undefined;
  transports: string[];
  /** Whether the passkey is backed up (synced), from `backup_state`. */
  backedUp: boolean | undefined;
}

export const PASSKEYS_PATH = '/api/v1/auth/passwordless/passkey/credentials';

/**
 * `GET {base}/api/v1/auth/passwordless/passkey/credentials` with the user's
 * bearer token and the client id in `x-client-id`: a bare array of
 * `{id, Name, SignCount, LastUsedAt, CreatedAt, transports, backup_eligible,
 * backup_state, …}`.
 */
export function fetchPasskeys(request: SsojetListRequest): Promise<Page<Passkey>> {
  return fetchSsojet({ ...request, clientIdIn: 'header' }, {}, parsePasskeys);
}

/** The documented bare array; `{credentials}` or `{passkeys}` around it, defensively. */
export function parsePasskeys(body: unknown): Page<Passkey> {
  return readPage(body, ['credentials', 'passkeys'], parsePasskey, 'passkeys');
}

function parsePasskey(value: unknown): Passkey {
  const fields = new Fields(value);
  return {
    id: fields.string('id'),
    name: fields.string('name'),
    createdAt: parseTime(fields.string('created_at')),
    lastUsedAt: parseTime(fields.string('last_used_at')),
    transports: fields.strings('transports'),
    backedUp: fields.boolean('backup_state'),
  };
}
