import '../src/index.js';
import type { DataListElement } from '../src/shared/data-list-element.js';
import type { UserList } from '../src/elements/user-list/user-list.js';

/** The reference API server's origin, injected by demo/start.mjs. */
declare const __REFERENCE_API__: string;

const SEED_USER_ID = '6694c133565dfee5166d1cbb';
const SEED_ORG_ID = 'orgId';

const $ = <T extends Element>(selector: string) => document.querySelector<T>(selector)!;
const userOrgs = $<DataListElement<unknown>>('#user-orgs');
const ssoUsers = $<DataListElement<unknown>>('#sso-user-list');
const userList = $<UserList>('#user-list');
const roleList = $<DataListElement<unknown>>('#role-list');
const orgList = $<DataListElement<unknown>>('#org-list');
const loginLogs = $<DataListElement<unknown>>('#user-login-logs');
const passkeys = $<DataListElement<unknown>>('#passkey-list');
const orgMembers = $<DataListElement<unknown>>('#org-members');

$('#api-origin').textContent = __REFERENCE_API__;

interface Scenario {
  userId: string;
  orgId: string;
  /** The reference server's data set for the lists whose path names no id (`/_data/…`); none: the documented example. */
  dataset?: string;
  token?: string;
  /** A fault prefix for base-url (see demo/server/reference-api.mjs). */
  faults?: string;
  timeout?: number;
}

function scenario(name: string): Scenario {
  const seeds = { userId: SEED_USER_ID, orgId: SEED_ORG_ID };
  switch (name) {
    case 'normal':
      return seeds;
    case 'generated':
      return { userId: 'demo-user', orgId: 'demo-org', dataset: 'demo' };
    case 'tenants':
      // `new…` asks the SSOJet lists for their newer, paged shapes (roles have only that one): four pages each.
      return { userId: 'tenants-user', orgId: SEED_ORG_ID, dataset: 'new-35' };
    case 'large':
      return { userId: 'big-user-40', orgId: 'big-org-1000', dataset: 'new-1000' };
    case 'arriving':
      // The reference server sends each answer's first 64 kB at once and the rest 3 s later.
      return { userId: 'big-user-40', orgId: 'big-org-10000', dataset: 'new-1000', faults: 'trickle=3000' };
    case 'empty':
      return { userId: 'lonely-0', orgId: 'empty-0', dataset: 'empty-0' };
    case 'slow':
      return { ...seeds, faults: 'delay=1500' };
    case 'hostile':
      return { userId: 'hostile-8', orgId: 'hostile-8', dataset: 'hostile-8' };
    case 'wrong-token':
      return { ...seeds, token: 'expired-token' };
    case 'not-found':
      return { userId: 'missing-user', orgId: 'missing-org' };
    case 'hang':
      return { ...seeds, faults: 'hang', timeout: 3000 };
    default:
      return { ...seeds, faults: name };
  }
}

function apply(name: string) {
  const s = scenario(name);
  const baseUrl = s.faults ? `${__REFERENCE_API__}/_faults/${s.faults}` : __REFERENCE_API__;
  for (const el of [userOrgs, ssoUsers]) {
    el.token = s.token ?? 'demo-token';
    el.baseUrl = baseUrl;
    el.timeout = s.timeout ?? 15_000;
  }
  userOrgs.setAttribute('user-id', s.userId);
  ssoUsers.setAttribute('org-id', s.orgId);
  for (const el of [userList, roleList, orgList, loginLogs, passkeys, orgMembers]) {
    el.token = s.token ?? 'demo-token';
    // The login logs and the members name their user or tenant in the path, not by a data set.
    el.baseUrl = s.dataset && el !== loginLogs && el !== orgMembers ? `${baseUrl}/_data/${s.dataset}` : baseUrl;
    el.timeout = s.timeout ?? 15_000;
  }
  // The login logs name their user in the path, as <user-orgs> does; `new…` users get the newer, paged logs.
  loginLogs.setAttribute('user-id', s.dataset?.startsWith('new') ? s.dataset : s.userId);
  orgMembers.setAttribute('tenant-id', s.orgId === SEED_ORG_ID ? 'acme' : s.orgId);
}

$<HTMLSelectElement>('#user-list-path').addEventListener('change', (e) => {
  userList.path = (e.target as HTMLSelectElement).value || undefined;
});

$<HTMLSelectElement>('#scenario').addEventListener('change', (e) => apply((e.target as HTMLSelectElement).value));
$<HTMLSelectElement>('#scheme').addEventListener('change', (e) => {
  document.documentElement.style.colorScheme = (e.target as HTMLSelectElement).value;
});

for (const input of document.querySelectorAll<HTMLInputElement>('.filters input')) {
  let timer: ReturnType<typeof setTimeout> | undefined;
  input.addEventListener('input', () => {
    // Each keystroke would be a request to the gateway: wait for a pause.
    clearTimeout(timer);
    timer = setTimeout(() => ssoUsers.setAttribute(input.dataset['attribute']!, input.value), 300);
  });
}

// The proxied section: the proxy's demo session `demo-token` may see the seed user and the seed OU only;
// its admin session `admin-token` may see everything and write (demo/server/proxy.ts).
const proxiedUserOrgs = $<DataListElement<unknown>>('#proxied-user-orgs');
const proxiedSsoUsers = $<DataListElement<unknown>>('#proxied-sso-user-list');
const PROXY_TOKENS: Record<string, string> = { 'no-session': 'no-such-session', admin: 'admin-token' };
$<HTMLSelectElement>('#proxy-session').addEventListener('change', (e) => {
  const session = (e.target as HTMLSelectElement).value;
  for (const el of [proxiedUserOrgs, proxiedSsoUsers]) el.token = PROXY_TOKENS[session] ?? 'demo-token';
  proxiedUserOrgs.setAttribute('user-id', session === 'other-org' ? 'another-user' : SEED_USER_ID);
  proxiedSsoUsers.setAttribute('org-id', session === 'other-org' ? 'another-org' : SEED_ORG_ID);
});

const log = $<HTMLOListElement>('#event-log');
for (const type of ['iam-load', 'iam-error', 'iam-select', 'iam-before-action', 'iam-action', 'iam-action-error'] as const) {
  document.addEventListener(type, (event) => {
    const source = (event.target as Element).localName;
    const detail = event.detail as { items?: unknown[]; error?: { kind: string; status?: number }; index?: number; action?: string };
    const failure = detail.error && `${detail.error.kind}${detail.error.status ? ` ${detail.error.status}` : ''}`;
    const summary = detail.action
      ? `${detail.action}${failure ? `: ${failure}` : ''}`
      : detail.items
        ? `${detail.items.length} ${detail.items.length === 1 ? 'item' : 'items'}`
        : (failure ?? `item ${detail.index}`);
    const entry = document.createElement('li');
    entry.textContent = `${new Date().toLocaleTimeString()}  <${source}> ${type}: ${summary}`;
    log.prepend(entry);
  });
}

apply('normal');

// Languages and right to left (issue 6): the switcher sets `lang` on <main>, which every element
// below follows (the RTL view keeps its own lang="ar"); `dir` goes with it so the page mirrors too.
for (const el of document.querySelectorAll<DataListElement<unknown>>('.rtl-view > *')) el.baseUrl = __REFERENCE_API__;
$<HTMLSelectElement>('#locale').addEventListener('change', (e) => {
  const locale = (e.target as HTMLSelectElement).value;
  const main = $<HTMLElement>('main');
  main.lang = locale;
  main.dir = locale === 'ar' ? 'rtl' : 'ltr';
});
