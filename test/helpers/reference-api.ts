/**
 * Where the reference API server is (started by web-test-runner.config.mjs)
 * and the fixed values it accepts.
 */
declare global {
  interface Window {
    REFERENCE_API: string;
    /** The signing proxy (demo/server/proxy.ts) in front of the reference server. */
    PROXY_API: string;
    /** Set by hostile test data if markup ever ran. */
    __pwned?: number;
  }
}

export const API = window.REFERENCE_API;
export const PROXY = window.PROXY_API;
export const TOKEN = 'demo-token';
/**
 * The demo proxy's admin session (DEMO_ADMIN in demo/server/proxy.ts): through PROXY it may use every
 * write, SSOJet's (`admin: true`) and EnOS's in any OU the element names. `demo-token` reads only there.
 */
export const ADMIN_TOKEN = 'admin-token';
/** The admin session's own user: the first of the reference server's example users (for `current-user-id`). */
export const ADMIN_USER_ID = '66a0f1c2b3d4e5f6a7b8c9d0';
export const CLIENT_ID = 'demo-client';
export const SEED_USER_ID = '6694c133565dfee5166d1cbb';
export const SEED_ORG_ID = 'orgId';

let tagCount = 0;

/** A tag unique to this test run, to read back exactly the requests one element made. */
export function uniqueTag(): string {
  tagCount += 1;
  return `t${Date.now().toString(36)}${tagCount}${Math.random().toString(36).slice(2, 8)}`;
}

/** A `base-url` on the reference server that applies faults (see demo/server/reference-api.mjs). */
export function faultyBase(spec: string): string {
  return `${API}/_faults/${spec}`;
}

export interface RecordedRequest {
  method: string;
  path: string;
  query: Record<string, string[]>;
  authorization: string | null;
  origin: string | null;
  /** `accountid`, `envid`, `x-client-id`, when sent. */
  headers?: Record<string, string>;
}

export async function recordedRequests(tag: string): Promise<RecordedRequest[]> {
  const response = await fetch(`${API}/_requests?tag=${encodeURIComponent(tag)}`);
  return response.json() as Promise<RecordedRequest[]>;
}

/**
 * Sends the rest of the answers held by the fault `hold=NAME` (their first
 * 64 kB went at once), so a test sees a long answer's start for as long as it
 * needs, however slow the machine.
 */
export async function releaseHeld(name: string): Promise<number> {
  const response = await fetch(`${API}/_release?hold=${encodeURIComponent(name)}`, { method: 'POST' });
  return ((await response.json()) as { released: number }).released;
}

/** Waits until the reference server holds an answer under `hold=NAME`: its first 64 kB are sent. */
export async function untilHeld(name: string): Promise<void> {
  for (;;) {
    const response = await fetch(`${API}/_held?hold=${encodeURIComponent(name)}`);
    if (((await response.json()) as { held: number }).held > 0) return;
  }
}

/** How each answer recorded under `tag` ended so far (null while one is still open). */
export async function settled(tag: string): Promise<(Settled | null)[]> {
  const response = await fetch(`${API}/_settled?tag=${encodeURIComponent(tag)}`);
  return response.json() as Promise<(Settled | null)[]>;
}

/**
 * Waits until the reference server is done with every answer recorded under
 * `tag` (at least `count` of them), and says how each ended: what a test of a
 * late or aborted answer waits for, rather than sleeping past it.
 */
export async function untilSettled(tag: string, count = 1): Promise<Settled[]> {
  for (;;) {
    const states = await settled(tag);
    if (states.length >= count && states.every((state) => state !== null)) return states as Settled[];
  }
}

/** How the reference server's answer ended: all of it sent, or the connection closed first (an abort, `hang`, `drop`). */
export type Settled = 'delivered' | 'closed';
