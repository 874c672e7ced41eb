/**
 * The built script-tag bundle (dist/iam-elements.js) in plain HTML pages with
 * no build step, served as a host would serve them (the API behind the host's
 * own `/iam-proxy`), opened in Chromium by playwright-core.
 */
import { expect } from '@open-wc/testing';
import { openPage, PAGE_TEST_TIMEOUT } from '../helpers/page-driver.js';

const ORG_ITEM = 'user-orgs [part="item"]';
const USER_ITEM = 'sso-user-list [part="item"]';

describe('script-tag page (demo/script-tag/)', function () {
  this.timeout(PAGE_TEST_TIMEOUT);
  it('shows every instance with the seed data: default, themed and dark', async () => {
    // Three <user-orgs> and two <sso-user-list>: each must show its item.
    const eachLoaded = [0, 1, 2].map((n) => `user-orgs >> nth=${n} >> [part="item"]`);
    eachLoaded.push(...[0, 1].map((n) => `sso-user-list >> nth=${n} >> [part="item"]`));
    const report = await openPage({ path: '/demo/script-tag/', waitFor: eachLoaded, count: ['user-orgs', 'sso-user-list'] });
    expect(report.failure).to.equal(undefined);
    expect(report.errors).to.deep.equal([]);
    expect(report.counts).to.deep.equal({ 'user-orgs': 3, 'sso-user-list': 2 });
  });

  it('shows the SSOJet user-management elements, the two registered on first use included', async () => {
    const tags = ['user-list', 'role-list', 'org-list', 'user-login-logs', 'passkey-list'];
    const report = await openPage({ path: '/demo/script-tag/', waitFor: tags.map((tag) => `${tag} >> [part="item"]`) });
    expect(report.failure).to.equal(undefined);
    expect(report.errors).to.deep.equal([]);
  });
});

describe('strict-CSP page (demo/csp/)', function () {
  this.timeout(PAGE_TEST_TIMEOUT);
  it('renders both elements with no CSP or Trusted Types violation', async () => {
    const report = await openPage({
      path: '/demo/csp/',
      waitFor: [ORG_ITEM, USER_ITEM],
      read: { org: { selector: 'user-orgs [part="item-name"]' }, user: { selector: 'sso-user-list [part="item-name"]' } },
    });
    expect(report.failure).to.equal(undefined);
    expect(report.violations).to.deep.equal([]);
    expect(report.errors).to.deep.equal([]);
    expect(report.reads['org']!.text).to.not.equal('');
    expect(report.reads['user']!.text).to.not.equal('');
  });

  it('every element, each fetched on first use, renders with no violation', async () => {
    const tags = ['user-orgs', 'sso-user-list', 'user-list', 'role-list', 'org-list', 'user-login-logs', 'passkey-list'];
    const report = await openPage({ path: '/demo/csp/', waitFor: tags.map((tag) => `${tag} >> [part="item"]`) });
    expect(report.failure).to.equal(undefined);
    expect(report.violations).to.deep.equal([]);
    expect(report.errors).to.deep.equal([]);
  });

  it('the styles are applied under style-src \'self\' (constructed style sheets)', async () => {
    const report = await openPage({
      path: '/demo/csp/',
      waitFor: [USER_ITEM],
      read: { item: { selector: USER_ITEM, styles: ['border-top-style', 'border-top-color', 'font-family'] } },
    });
    expect(report.violations).to.deep.equal([]);
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
      waitFor: ['user-orgs >> [part="item"]', 'sso-user-list >> [part="item"]'],
      read: { de: { selector: 'user-orgs [part="status"]' }, ar: { selector: 'sso-user-list [part="status"]' } },
    });
    expect(report.failure).to.equal(undefined);
    expect(report.errors).to.deep.equal([]);
    expect(report.reads['de']!.text).to.match(/^\d+ Organisation(en)?$/);
    expect(report.reads['ar']!.text).to.contain('عدد المستخدمين');
  });
});
