/**
 * For the Node tests of iam-elements/server: a reference API server (the
 * gateways' side included) whose clock the test moves, plus request records.
 */
import { createHash, randomUUID } from 'node:crypto';
import { DEMO_ENOS_APP, DEMO_SSOJET_CLIENT, startReferenceApi } from '../../demo/server/reference-api.mjs';

export { DEMO_ENOS_APP, DEMO_SSOJET_CLIENT };
export const SEED_USER_ID = '6694c133565dfee5166d1cbb';
export const SEED_ORG_ID = 'orgId';
export const SSO_LIST_PATH = '/enos-iam-service/v2.3/user/sso/list';
export const ORGS_PATH = (userId: string) => `/api/account/identity/users/${userId}/organizations`;

export interface Recorded {
  method: string;
  path: string;
  query: Record<string, string[]>;
  authorization: string | null;
  origin: string | null;
  cookie?: string;
  apim?: Record<string, string>;
}

export interface Gateway {
  origin: string;
  /** A base URL whose requests are recorded under a tag of their own. */
  recordingBase: string;
  recorded(): Promise<Recorded[]>;
  /** The time both the gateway and (when a test passes `now: gateway.now`) the proxy see. */
  now: () => number;
  advance(ms: number): void;
  close(): Promise<unknown>;
}

export async function startGateway(
  options: { enosTokenTtlSeconds?: number; ssojetTokenTtlSeconds?: number } = {},
): Promise<Gateway> {
  let clock = Date.UTC(2026, 0, 1);
  const now = () => clock;
  const api = await startReferenceApi({ ...options, now });
  const tag = randomUUID();
  return {
    origin: api.origin,
    recordingBase: `${api.origin}/_faults/tag=${tag}`,
    recorded: async () => (await fetch(`${api.origin}/_requests?tag=${tag}`)).json() as Promise<Recorded[]>,
    now,
    advance: (ms) => {
      clock += ms;
    },
    close: api.close,
  };
}

/**
 * A caller's request to a proxy mounted at the root of `http://host.test`. A write carries the header the
 * elements send (WRITE_HEADER), as a page's would; the tests of its refusal build their requests without it.
 */
export function call(path: string, init: RequestInit = {}): Request {
  const write = (init.method ?? 'GET') !== 'GET';
  return new Request(`http://host.test${path}`, write ? { ...init, headers: { 'X-IAM-Elements': '1', ...(init.headers as Record<string, string> | undefined) } } : init);
}

/** Everything a caller could see of an answer. */
export async function visible(response: Response): Promise<string> {
  return `${response.status} ${JSON.stringify([...response.headers])} ${await response.text()}`;
}

/** Lower-case hex SHA-256 of UTF-8 text, as EnOS's documents define it: the tests' own, apart from the proxy's. */
export const sha256 = (text: string) => createHash('sha256').update(Buffer.from(text, 'utf8')).digest('hex');
