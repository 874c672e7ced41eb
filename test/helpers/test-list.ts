/**
 * `<test-list>`: a list element that exists only in the tests, put together
 * from the real engine exactly as a shipped element is (an SsojetListElement
 * with a DataSource from `ssojetSource` and an ItemPresenter), so the
 * behaviour every list shares (states, errors, retries, token hygiene,
 * lifecycle, "Load more") is tested once, against it, as Lion tests its
 * mixins (test/elements/list-engine.test.ts). Each real element's own tests
 * then cover only what is its own: its request, parser and rendering.
 *
 * It lists SSOJet organizations (`GET /api/v1/organizations`) with a
 * presenter of its own, so no element's rendering is under test here. Its
 * sentences are `<org-list>`'s: the string tables are typed by prefix, and
 * what the engine does with them does not depend on which table it is.
 */
import { fetchOrganizations, ORGANIZATIONS_PATH } from '../../src/api/ssojet/organizations.js';
import type { Organization } from '../../src/api/ssojet/organization.js';
import { orgListMessages } from '../../src/elements/org-list/org-list.strings.js';
import type { ItemPresenter } from '../../src/shared/data-list-element.js';
import { defineElement } from '../../src/shared/define.js';
import { SsojetListElement } from '../../src/shared/ssojet-list-element.js';
import { dataText, detailList } from '../../src/shared/templates.js';

export class TestList extends SsojetListElement<Organization> {
  protected override readonly defaultPath = ORGANIZATIONS_PATH;

  protected override readonly messagePrefix = 'orgList';

  protected override readonly messages = orgListMessages;

  protected override readonly source = this.ssojetSource({ fetch: fetchOrganizations });

  protected override readonly presenter: ItemPresenter<Organization> = {
    name: (org) => org.name,
    searchText: (org) => [org.name, org.domain].join('\n'),
    details: (org) => detailList([{ label: 'Domain', value: org.domain && dataText(org.domain) }]),
  };
}

defineElement('test-list', TestList);

declare global {
  interface HTMLElementTagNameMap {
    'test-list': TestList;
  }
}

/** What `<test-list>` says (`<org-list>`'s sentences). */
export const TEST_LIST = {
  loadingText: 'Loading organizations…',
  emptyText: 'No organizations yet.',
};
