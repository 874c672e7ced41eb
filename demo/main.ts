import '../src/index.js';
import type { DataListElement } from '../src/shared/data-list-element.js';
import type { UserList } from '../src/elements/user-list/user-list.js';

/** The reference API server's origin, injected by demo/start.mjs. */
declare const __REFERENCE_API__: string;

const SEED_USER_ID = '6694c133565dfee5166d1cbb';
const SEED_ORG_ID = 'orgId';

const $ = <T extends Element>(selector: string) => document.querySelector<T>(selector)!;

/** The SSOJet lists whose paths name no id, so the reference server picks their data set by a `/_data/…` base-url prefix. */
const PATHLESS = ['user-list', 'role-list', 'org-list', 'passkey-list'];
/** Those, and the members, whose tenant is in the path but whose roles come from the data set. */
type DatasetTag = 'user-list' | 'role-list' | 'org-list' | 'passkey-list' | 'org-members';
const TAGS = ['user-orgs', 'sso-user-list', 'user-list', 'role-list', 'org-list', 'org-members', 'user-login-logs', 'passkey-list'];
/** Every list of the product pages, of one tag or of all: the table layout's and the cards layout's alike. */
const lists = <T extends DataListElement<unknown> = DataListElement<unknown>>(tag?: string) =>
  [...document.querySelectorAll<T>(`.product :is(${tag ?? TAGS.join(', ')})`)];

$('#api-origin').textContent = __REFERENCE_API__;

// Each product page's cards layout beside its table: a copy of the table's region, so the two layouts always
// show the same inputs. Made before apply() sets the lists' properties, which a copy does not take along.
for (const table of document.querySelectorAll<HTMLElement>('.layouts > section')) {
  const cards = table.cloneNode(true) as HTMLElement;
  const heading = cards.querySelector('h3')!;
  const list = heading.nextElementSibling!;
  heading.id = heading.id.replace(/-table$/, '-cards');
  heading.replaceChildren('Cards ', Object.assign(document.createElement('code'), { textContent: 'layout="cards"' }));
  cards.setAttribute('aria-labelledby', cards.getAttribute('aria-labelledby')!.replace(/-table$/, '-cards'));
  list.id += '-cards';
  list.setAttribute('layout', 'cards');
  table.after(cards);
}

interface Scenario {
  userId: string;
  orgId: string;
  /**
   * The reference server's data set (`/_data/…`): one for the four PATHLESS lists, or one per DatasetTag list;
   * none: the documented example.
   */
  dataset?: string | Partial<Record<DatasetTag, string>>;
  /** The login logs' user, when not the one the data set implies (see apply). */
  logsUserId?: string;
  /** The members' tenant, when not the one the organization implies (see apply). */
  tenantId?: string;
  token?: string;
  /** A fault prefix for base-url (see demo/server/reference-api.mjs). */
  faults?: string;
  timeout?: number;
}

function scenario(name: string): Scenario {
  const seeds = { userId: SEED_USER_ID, orgId: SEED_ORG_ID };
  switch (name) {
    case 'product':
      // Sizes of a real company's console, each id picked for data that reads as real (data.mjs: `-N` is N
      // entries): 1,200 SSO users (a long, virtualized list), 240 users in pages of ten, four distinct roles
      // (a larger roles set repeats their names), twelve differently named organizations, a customer team of
      // nine with two pending invitations, 40 sign-ins (the newer, paged logs), three passkeys and four
      // organizations of the signed-in user.
      return {
        userId: 'amara-4',
        orgId: 'northwind-1200',
        dataset: { 'user-list': 'new-240', 'role-list': 'new-4', 'org-list': 'orgs-12', 'passkey-list': 'own-3', 'org-members': 'new-4' },
        logsUserId: 'new-40',
        tenantId: 'tailspin',
      };
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
  for (const el of lists()) {
    const tag = el.localName;
    const dataset = typeof s.dataset === 'string' ? (PATHLESS.includes(tag) ? s.dataset : undefined) : s.dataset?.[tag as DatasetTag];
    el.token = s.token ?? 'demo-token';
    el.baseUrl = dataset ? `${baseUrl}/_data/${dataset}` : baseUrl;
    el.timeout = s.timeout ?? 15_000;
  }
  for (const el of lists('user-orgs')) el.setAttribute('user-id', s.userId);
  for (const el of lists('sso-user-list')) el.setAttribute('org-id', s.orgId);
  // The login logs name their user in the path, as <user-orgs> does; `new…` users get the newer, paged logs.
  const logsUserId = s.logsUserId ?? (typeof s.dataset === 'string' && s.dataset.startsWith('new') ? s.dataset : s.userId);
  for (const el of lists('user-login-logs')) el.setAttribute('user-id', logsUserId);
  for (const el of lists('org-members')) el.setAttribute('tenant-id', s.tenantId ?? (s.orgId === SEED_ORG_ID ? 'acme' : s.orgId));
}

$<HTMLSelectElement>('#user-list-path').addEventListener('change', (e) => {
  for (const el of lists<UserList>('user-list')) el.path = (e.target as HTMLSelectElement).value || undefined;
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
    timer = setTimeout(() => {
      for (const el of lists('sso-user-list')) el.setAttribute(input.dataset['attribute']!, input.value);
    }, 300);
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

apply($<HTMLSelectElement>('#scenario').value);

// Languages and right to left (issue 6): the switcher sets `lang` on <main>, which every element
// below follows (the RTL view keeps its own lang="ar"); `dir` goes with it so the page mirrors too.
for (const el of document.querySelectorAll<DataListElement<unknown>>('.rtl-view > *')) el.baseUrl = __REFERENCE_API__;
$<HTMLSelectElement>('#locale').addEventListener('change', (e) => {
  const locale = (e.target as HTMLSelectElement).value;
  const main = $<HTMLElement>('main');
  main.lang = locale;
  main.dir = locale === 'ar' ? 'rtl' : 'ltr';
});
