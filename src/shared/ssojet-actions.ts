import { fetchRoleChoices, ROLES_PATH } from '../api/ssojet/roles.js';
import type { SsojetListRequest, SsojetWriteRequest } from '../api/ssojet/request.js';
import type { ActionChoice, ActionContext } from './row-actions.js';

/**
 * What an SSOJet list gives its actions module (SsojetListElement's `actionParts`): the list as the
 * engine sees it, and the list's own request, never from the cache and not aborted when the element
 * leaves the page (a change the user asked for should still be made).
 */
export interface SsojetActionParts<TItem> {
  context: ActionContext<TItem>;
  base(): SsojetListRequest;
}

/** What the actions of an SSOJet list send their requests with. */
export interface SsojetActionRequests {
  write(): SsojetWriteRequest;
  /** A read of another endpoint of the same API (the roles offered). */
  read(path: string): SsojetListRequest;
}

/**
 * An SSOJet list's requests for its actions, from `base`, the list's own request (SsojetListElement's
 * `ssojetRequest`, never from the cache): writes without its `path` (each has its own) and not aborted
 * when the element leaves the page (a change the user asked for should still be made); reads of another path.
 */
export function ssojetRequests(base: () => SsojetListRequest): SsojetActionRequests {
  return {
    write: () => {
      const { cursor, path, pathValues, signal, ...request } = base();
      return request;
    },
    read: (path) => ({ ...base(), path }),
  };
}

/** The roles an admin may give, as a roles field offers them (SSOJet's `GET /api/v1/roles`, first page). */
export async function roleChoices(requests: SsojetActionRequests): Promise<ActionChoice[]> {
  const page = await fetchRoleChoices(requests.read(ROLES_PATH));
  return page.items.flatMap((role) => (role.id === undefined ? [] : [{ value: role.id, label: role.name ?? role.id }]));
}
