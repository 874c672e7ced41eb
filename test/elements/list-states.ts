/**
 * How the tests make each list element: its tag, the attributes naming its
 * data and its own sentences; and the check, run by each element's test file,
 * that it is wired to the list engine.
 */
import { expect, fixture, waitUntil } from '@open-wc/testing';
import type { DataListElement } from '../../src/shared/data-list-element.js';
import { listOf, statusRegion, untilError, untilLoaded } from '../helpers/element.js';
import { API, CLIENT_ID, faultyBase, recordedRequests, TOKEN, uniqueTag, untilSettled } from '../helpers/reference-api.js';

type AnyList = DataListElement<unknown>;

export interface ListSuite {
  /** The element's tag (`test-list` is the test-only element of test/helpers/test-list.ts). */
  tag: string;
  /**
   * The attribute naming what is listed: `user-id` or `org-id`. A list of
   * everything (`<user-list>`) has none: its test data set is named by a
   * `/_data/ID` base-url prefix the reference server reads instead.
   */
  idAttribute?: string;
  /**
   * A second endpoint the element calls after its list (`<role-list>`: the
   * permissions). Its requests are left out of the counts the suites assert.
   */
  auxiliaryPath?: RegExp;
  /** Attributes besides token, id and base-url that a request needs. */
  otherAttributes: string;
  /** What the status says while loading, and what it says when empty. */
  loadingText: string;
  emptyText: string;
}

export const userOrgsSuite: ListSuite = {
  tag: 'user-orgs',
  idAttribute: 'user-id',
  otherAttributes: `client-id="${CLIENT_ID}"`,
  loadingText: 'Loading organizations…',
  emptyText: 'This user belongs to no organization.',
};

export const ssoUserListSuite: ListSuite = {
  tag: 'sso-user-list',
  idAttribute: 'org-id',
  otherAttributes: '',
  loadingText: 'Loading users…',
  emptyText: 'This organization has no SSO users yet.',
};

export const orgMembersSuite: ListSuite = {
  tag: 'org-members',
  idAttribute: 'tenant-id',
  otherAttributes: `client-id="${CLIENT_ID}"`,
  // The pending invitations, asked for beside the members.
  auxiliaryPath: /\/invitations$/,
  loadingText: 'Loading members…',
  emptyText: 'This organization has no members or invitations yet.',
};

export const roleListSuite: ListSuite = {
  tag: 'role-list',
  otherAttributes: `client-id="${CLIENT_ID}"`,
  auxiliaryPath: /\/permissions$/,
  loadingText: 'Loading roles…',
  emptyText: 'No roles defined.',
};

export const orgListSuite: ListSuite = {
  tag: 'org-list',
  otherAttributes: `client-id="${CLIENT_ID}"`,
  loadingText: 'Loading organizations…',
  emptyText: 'No organizations yet.',
};

export const userLoginLogsSuite: ListSuite = {
  tag: 'user-login-logs',
  idAttribute: 'user-id',
  otherAttributes: `client-id="${CLIENT_ID}"`,
  loadingText: 'Loading sign-ins…',
  emptyText: 'No sign-ins recorded.',
};

export const passkeyListSuite: ListSuite = {
  tag: 'passkey-list',
  otherAttributes: `client-id="${CLIENT_ID}"`,
  loadingText: 'Loading passkeys…',
  emptyText: 'No passkeys yet.',
};

/** The requests a tag recorded for the element's own list (without its auxiliary endpoint's). */
export async function listRequests(suite: ListSuite, tag: string) {
  return (await recordedRequests(tag)).filter((request) => !suite.auxiliaryPath?.test(request.path));
}

export const userListSuite: ListSuite = {
  tag: 'user-list',
  otherAttributes: `client-id="${CLIENT_ID}"`,
  loadingText: 'Loading users…',
  emptyText: 'This application has no users yet.',
};

/** The id attribute (when the suite has one) and base-url that ask the reference server for data set `id`. */
export function dataAttributes(suite: ListSuite, id: string | undefined, base = API): string {
  if (id === undefined) return `base-url="${base}"`;
  return suite.idAttribute ? `${suite.idAttribute}="${id}" base-url="${base}"` : `base-url="${base}/_data/${id}"`;
}

/** Points an element at data set `id` on `base`, as `dataAttributes` does for a new one. */
export function pointAt(suite: ListSuite, el: AnyList, id: string, base = API): void {
  if (suite.idAttribute) {
    el.baseUrl = base;
    el.setAttribute(suite.idAttribute, id);
  } else {
    el.baseUrl = `${base}/_data/${id}`;
  }
}

export function create(suite: ListSuite, attrs: { id?: string; base?: string; token?: string; extra?: string }) {
  const token = attrs.token === undefined ? TOKEN : attrs.token;
  const parts = [
    token ? `token="${token}"` : '',
    dataAttributes(suite, attrs.id, attrs.base),
    suite.otherAttributes,
    attrs.extra ?? '',
    // These suites read the cards' facts (label and value); table-layout.test.ts covers the table rows.
    'layout="cards"',
  ];
  return fixture<AnyList>(`<${suite.tag} ${parts.join(' ')}></${suite.tag}>`);
}

/**
 * What each real element checks of the engine it is composed from (whose
 * behaviour list-engine.test.ts tests once, against `<test-list>`): that its
 * data source is wired to it, with its own sentences. One request that never
 * answers shows the element's loading sentence, then, past `timeout`, the
 * shared alert with a retry button; one that is detached is aborted (the
 * source honours the signal); an empty answer shows the element's sentence.
 */
export function describeWiring(suite: ListSuite) {
  describe(`${suite.tag}: wired to the list engine`, () => {
    it('says it is loading, then shows the shared alert past `timeout`; an empty answer says so', async () => {
      const tag = uniqueTag();
      const el = await create(suite, { id: 'x-1', base: faultyBase(`tag=${tag},hang`), extra: 'timeout="300"' });
      expect(statusRegion(el).textContent).to.contain(suite.loadingText);
      const alert = await untilError(el);
      expect(alert.textContent).to.contain('took too long');
      expect(alert.querySelector('button')!.textContent).to.contain('Try again');
      expect(listOf(el)).to.equal(null);
      expect(await listRequests(suite, tag)).to.have.length(1);

      const empty = await create(suite, { id: 'nobody-0' });
      await untilLoaded(empty);
      expect(statusRegion(empty).textContent).to.contain(suite.emptyText);
      await expect(empty).to.be.accessible();
    });

    it('aborts its request when detached', async () => {
      const tag = uniqueTag();
      const el = await create(suite, { id: 'x-1', base: faultyBase(`tag=${tag},hang`) });
      await waitUntil(async () => (await listRequests(suite, tag)).length === 1, 'no request', { timeout: 5000 });
      el.remove();
      expect(await untilSettled(tag)).to.include('closed');
    });
  });
}
