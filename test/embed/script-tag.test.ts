/**
 * The built script-tag bundle (dist/iam-elements.js) in plain HTML pages with
 * no build step, served as a host would serve them (the API behind the host's
 * own `/iam-proxy`), opened in Chromium by playwright-core.
 */
import { expect } from '@open-wc/testing';
import { openPage, PAGE_TEST_TIMEOUT, type PageReport } from '../helpers/page-driver.js';
import { recordedRequests, uniqueTag } from '../helpers/reference-api.js';

const USER_ITEM = 'sso-user-list [part~="item"]';

describe('script-tag page (demo/script-tag/)', function () {
  this.timeout(PAGE_TEST_TIMEOUT);
  it('shows every instance with the seed data (default, themed and dark), the two elements registered on first use included', async () => {
    // Three <user-orgs> and two <sso-user-list>: each must show its item; then one of each SSOJet user-management list.
    const eachLoaded = [0, 1, 2].map((n) => `user-orgs >> nth=${n} >> [part~="item"]`);
    eachLoaded.push(...[0, 1].map((n) => `sso-user-list >> nth=${n} >> [part~="item"]`));
    eachLoaded.push(...['user-list', 'role-list', 'org-list', 'user-login-logs', 'passkey-list', 'org-members'].map((tag) => `${tag} >> [part~="item"]`));
    const report = await openPage({ path: '/demo/script-tag/', waitFor: eachLoaded, count: ['user-orgs', 'sso-user-list', 'org-members'] });
    expect(report.failure).to.equal(undefined);
    expect(report.errors).to.deep.equal([]);
    expect(report.counts).to.deep.equal({ 'user-orgs': 3, 'sso-user-list': 3, 'org-members': 2 });
  });

  // The managed <user-list> (actions="roles remove create verify"): its actions are chunks of the built bundle.
  const MANAGED = 'section[aria-labelledby="manage-title"] user-list';

  it('an admin removes a user from the plain page: menu, confirmation, the row gone and said', async () => {
    const status = `${MANAGED} >> [part="action-status"]`;
    const report = await openPage({
      path: '/demo/script-tag/',
      waitFor: [`${MANAGED} >> [part="actions-button"]`],
      actions: [
        { click: `${MANAGED} >> [part="actions-button"] >> nth=1`, thenWaitFor: `${MANAGED} >> [part="action-menuitem"]` },
        { click: `${MANAGED} >> [part="action-menuitem"]:has-text("Remove")`, thenWaitFor: `${MANAGED} >> [part="action-dialog"][open]` },
        { click: `${MANAGED} >> [part="action-dialog"] [type="submit"]`, thenWaitFor: `${status}:has-text("was removed.")` },
      ],
      read: { status: { selector: status } },
    });
    expect(report.failure).to.equal(undefined);
    expect(report.errors).to.deep.equal([]);
    expect(report.reads['status']!.text).to.match(/^.+ was removed\.$/);
  });

  it('when the actions chunk cannot be fetched, the list is shown as it is, with no actions offered', async () => {
    const report = await openPage({
      path: '/demo/script-tag/',
      block: '/row-actions-',
      waitFor: [`${MANAGED} >> [part~="item"]`],
      count: [`${MANAGED} >> [part="actions-button"]`, `${MANAGED} >> [part~="item"]`],
    });
    expect(report.failure).to.equal(undefined);
    // Chromium logs the refused request ("Failed to load resource"); anything else is a fault.
    expect(report.errors.filter((error) => !error.startsWith('Failed to load resource'))).to.deep.equal([]);
    expect(report.counts[`${MANAGED} >> [part="actions-button"]`]).to.equal(0);
    expect(report.counts[`${MANAGED} >> [part~="item"]`]).to.be.greaterThan(0);
  });
});

describe('strict-CSP page (demo/csp/)', function () {
  this.timeout(PAGE_TEST_TIMEOUT);
  // One visit, read three ways: what the page showed, what it reported, and what its styles did.
  let report: PageReport;
  before(async () => {
    const tags = ['user-orgs', 'sso-user-list', 'user-list', 'role-list', 'org-list', 'user-login-logs', 'passkey-list'];
    report = await openPage({
      path: '/demo/csp/',
      waitFor: tags.map((tag) => `${tag} >> [part~="item"]`),
      read: {
        org: { selector: 'user-orgs [part="item-name"]' },
        user: { selector: 'sso-user-list [part="item-name"]' },
        item: { selector: USER_ITEM, styles: ['border-top-style', 'border-top-color', 'font-family'] },
      },
    });
  });

  it('renders every element, each fetched on first use, with no CSP or Trusted Types violation', () => {
    expect(report.failure).to.equal(undefined);
    expect(report.violations).to.deep.equal([]);
    expect(report.errors).to.deep.equal([]);
    expect(report.reads['org']!.text).to.not.equal('');
    expect(report.reads['user']!.text).to.not.equal('');
  });

  it('the styles are applied under style-src \'self\' (constructed style sheets)', () => {
    // The themed tokens from the page's own style sheet reach inside the shadow root.
    expect(report.reads['item']!.styles).to.include({ 'border-top-style': 'solid', 'border-top-color': 'rgb(217, 199, 240)' });
    expect(report.reads['item']!.styles['font-family']).to.contain('Georgia');
  });

  it('the same CSP does report violations (canary: an inline <style> and <script>, a string into innerHTML)', async () => {
    const report = await openPage({ path: '/test/fixtures/csp/canary.html' });
    expect(report.violations.some((v) => v.startsWith('require-trusted-types-for'))).to.equal(true, report.violations.join('\n'));
    expect(report.violations.some((v) => v.startsWith('style-src'))).to.equal(true, report.violations.join('\n'));
    expect(report.violations.some((v) => v.startsWith('script-src'))).to.equal(true, report.violations.join('\n'));
  });
});

describe('script-tag bundle: translations (test/fixtures/translated/)', function () {
  this.timeout(PAGE_TEST_TIMEOUT);
  it('fetches each element’s language and speaks it', async () => {
    const report = await openPage({
      path: '/test/fixtures/translated/',
      waitFor: ['user-orgs >> [part~="item"]', 'sso-user-list >> [part~="item"]'],
      read: { de: { selector: 'user-orgs [part="status"]' }, ar: { selector: 'sso-user-list [part="status"]' } },
    });
    expect(report.failure).to.equal(undefined);
    expect(report.errors).to.deep.equal([]);
    expect(report.reads['de']!.text).to.match(/^\d+ Organisation(en)?$/);
    expect(report.reads['ar']!.text).to.contain('عدد المستخدمين');
  });
});

describe('script-tag bundle: a cold page (test/fixtures/cold/)', function () {
  this.timeout(PAGE_TEST_TIMEOUT);
  it('asks for the data without waiting for the element’s chunk, once; the token attribute is gone', async () => {
    const tag = uniqueTag();
    // The chunk's answer waits until the data has been asked for: the page shows rows only if it asks first.
    const report = await openPage({
      path: `/test/fixtures/cold/?tag=${tag}`,
      hold: { response: '/sso-user-list-', until: '/user/sso/list?' },
      waitFor: [USER_ITEM],
      count: ['sso-user-list[token]'],
    });
    expect(report.failure).to.equal(undefined);
    expect(report.errors).to.deep.equal([]);
    expect(report.counts).to.deep.equal({ 'sso-user-list[token]': 0 });
    const requests = await recordedRequests(tag);
    expect(requests).to.have.length(1);
    expect(requests[0]!.authorization).to.equal('Bearer demo-token');
    expect(JSON.stringify(requests[0]!.query)).to.not.contain('demo-token');
  });
});

describe('script-tag bundle: a refused request (test/fixtures/failures/)', function () {
  this.timeout(PAGE_TEST_TIMEOUT);
  const REFUSED = '#refused >> [part="error"]';
  const read = {
    message: { selector: '#refused [part="error-message"]' },
    detail: { selector: '#refused [part="error-detail"]' },
  };
  // Chromium logs each refused request ("Failed to load resource: … 401"); anything else is a fault.
  const unexpected = (report: PageReport) => report.errors.filter((error) => !error.startsWith('Failed to load resource'));

  it('fetches the code that reads it: the server’s own message, and one retry after Retry-After', async () => {
    const tag = uniqueTag();
    const report = await openPage({ path: `/test/fixtures/failures/?tag=${tag}`, waitFor: [REFUSED, '#retried >> [part~="item"]'], read });
    expect(report.failure).to.equal(undefined);
    expect(unexpected(report)).to.deep.equal([]);
    expect(report.reads['message']!.text).to.contain('(401)');
    // Isolated (FSI … PDI) as every server message is: see DataListElement.
    expect(report.reads['detail']!.text).to.equal('Server message: \u2068The client is invalid or missing.\u2069');
    expect(await recordedRequests(tag)).to.have.length(2);
  });

  it('still says what the status means when that code cannot be fetched', async () => {
    const tag = uniqueTag();
    const report = await openPage({
      path: `/test/fixtures/failures/?tag=${tag}`,
      block: '/http-failure-',
      waitFor: [REFUSED, '#retried >> [part="error"]'],
      read: { message: read.message, retried: { selector: '#retried [part="error-message"]' } },
      count: ['#refused [part="error-detail"]'],
    });
    expect(report.failure).to.equal(undefined);
    expect(unexpected(report)).to.deep.equal([]);
    expect(report.reads['message']!.text).to.contain('(401)');
    // Without it, no server message and no retry: the 429 is shown as it came.
    expect(report.counts['#refused [part="error-detail"]']).to.equal(0);
    expect(report.reads['retried']!.text).to.contain('(429)');
    expect(await recordedRequests(tag)).to.have.length(1);
  });
});

describe('script-tag bundle: "Load more" is a chunk of its own (test/fixtures/paged/)', function () {
  this.timeout(PAGE_TEST_TIMEOUT);
  it('is fetched for a paged list: the button follows the rows', async () => {
    const report = await openPage({ path: '/test/fixtures/paged/', waitFor: ['role-list >> [part~="item"]', 'role-list >> [part="load-more"]'] });
    expect(report.failure).to.equal(undefined);
    expect(report.errors).to.deep.equal([]);
  });

  it('when it cannot be fetched, a paged list keeps its first page and says why where the button would be', async () => {
    const more = 'role-list >> [part="more"]';
    const report = await openPage({
      path: '/test/fixtures/paged/',
      block: '/load-more-',
      waitFor: ['role-list >> [part~="item"]', more],
      read: { error: { selector: 'role-list [part="more-error"]' } },
      count: ['role-list [part~="item"]', 'role-list [part="more-error"][role="alert"]', 'role-list [part="load-more"]'],
    });
    expect(report.failure).to.equal(undefined);
    // Chromium logs the refused request ("Failed to load resource"); anything else is a fault.
    expect(report.errors.filter((error) => !error.startsWith('Failed to load resource'))).to.deep.equal([]);
    expect(report.reads['error']!.text).to.contain('Could not reach the server.');
    expect(report.counts).to.deep.equal({
      'role-list [part~="item"]': 10,
      'role-list [part="more-error"][role="alert"]': 1,
      'role-list [part="load-more"]': 0,
    });
  });
});
