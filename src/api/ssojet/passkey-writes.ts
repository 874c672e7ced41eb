import { refuseUnsendable, sendJson } from '../http.js';
import { ssojetTarget, type SsojetListRequest } from './request.js';

/**
 * The signed-in user's writes to their passkeys (issue 18), each to `{base}{path}/{id}` where `path` is
 * the passkeys' list path (`PASSKEYS_PATH` or a host's), the client id in `x-client-id`. Apart from the
 * list (passkeys.ts), so that a list of passkeys fetches none of them.
 */

/** `PATCH {base}{path}/{id}` with `{"name": …}`: renames one passkey. */
export async function renamePasskey(request: SsojetListRequest, id: string, name: string): Promise<void> {
  refuseUnsendable({ 'the new name': name }, 'text');
  await sendJson(...target(request, id, 'PATCH', { name }));
}

/** `DELETE {base}{path}/{id}`: SSOJet's "Delete Associated Passkey", whose path the documents do not give; this is the rename's. */
export async function removePasskey(request: SsojetListRequest, id: string): Promise<void> {
  await sendJson(...target(request, id, 'DELETE'));
}

function target(request: SsojetListRequest, id: string, method: 'PATCH' | 'DELETE', body?: unknown) {
  const { url, options } = ssojetTarget({ ...request, clientIdIn: 'header' }, {}, [id]);
  return [url, { ...options, method, body }] as const;
}
