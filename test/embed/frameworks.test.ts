/**
 * The React and Angular demo apps, built as their users would build them
 * (`npm run build:demos`: Vite for React, @angular/build for Angular, both
 * importing the package by name through its `exports`), loaded in Chromium
 * from the static site.
 */
import { expect } from '@open-wc/testing';
import { openPage, PAGE_TEST_TIMEOUT, type PageReport } from '../helpers/page-driver.js';

const ORG_ITEM = 'user-orgs [part~="item"]';
const USER_ITEM = 'sso-user-list [part~="item"]';

/** Each element's count, as its status region shows it once the reference server's data is in. */
const STATUS_BY_TAG = {
  'user-orgs': '1 organization',
  'sso-user-list': '2 users',
  'user-list': '2 users',
  'role-list': '5 roles',
  'org-list': '8 organizations',
  'user-login-logs': '3 sign-ins',
  'passkey-list': '2 passkeys',
  'org-members': '6 members and invitations',
};
const TAGS = Object.keys(STATUS_BY_TAG) as (keyof typeof STATUS_BY_TAG)[];

/** Waits for an item of every element, then reads the first instance's status. */
const everyElement = {
  waitFor: TAGS.map((tag) => `${tag} [part~="item"]`),
  read: Object.fromEntries(TAGS.map((tag) => [tag, { selector: `${tag} >> nth=0 >> [part="status"]` }])),
};

/** An admin's remove on the app's managed <user-list> (actions="roles remove create verify"), seen by the app's handler. */
async function expectRemoveHandled(path: string, list: string): Promise<void> {
  const report = await openPage({
    path,
    waitFor: [`${list} >> [part="actions-button"]`],
    actions: [
      { click: `${list} >> [part="actions-button"] >> nth=0`, thenWaitFor: `${list} >> [part="action-menuitem"]` },
      { click: `${list} >> [part="action-menuitem"]:has-text("Remove")`, thenWaitFor: `${list} >> [part="action-dialog"][open]` },
      { click: `${list} >> [part="action-dialog"] [type="submit"]`, thenWaitFor: '#action:has-text("remove done")' },
    ],
    read: { action: { selector: '#action' } },
  });
  expect(report.failure).to.equal(undefined);
  expect(report.errors).to.deep.equal([]);
  expect(report.reads['action']!.text).to.equal('Last action: remove done');
}

/** The status text each element showed, by tag. */
function statuses(report: PageReport): Record<string, string | undefined> {
  return Object.fromEntries(TAGS.map((tag) => [tag, report.reads[tag]?.text]));
}

describe('React app (demo/react/)', function () {
  this.timeout(PAGE_TEST_TIMEOUT);
  it('mounts every wrapper, shows the data and hands iam-select events to onIamSelect', async () => {
    const report = await openPage({
      path: '/demo/react/dist/',
      waitFor: [...everyElement.waitFor, '#loaded:has-text("1 organizations")'],
      actions: [
        { click: 'user-orgs >> nth=0 >> [part="item-name"]', thenWaitFor: '#selected:not(:has-text("nothing yet"))' },
        { click: 'passkey-list [part="item-name"]', thenWaitFor: '#passkey:not(:has-text("none yet"))' },
      ],
      read: {
        ...everyElement.read,
        selected: { selector: '#selected' },
        orgName: { selector: 'user-orgs >> nth=0 >> [part="item-name"]' },
        user: { selector: `${USER_ITEM} [part="item-name"]` },
        passkey: { selector: '#passkey' },
        passkeyName: { selector: 'passkey-list [part="item-name"]' },
      },
    });
    expect(report.failure).to.equal(undefined);
    expect(report.errors).to.deep.equal([]);
    expect(statuses(report)).to.deep.equal(STATUS_BY_TAG);
    expect(report.reads['orgName']!.text).to.not.equal('');
    expect(report.reads['selected']!.text).to.equal(`Selected: ${report.reads['orgName']!.text}`);
    expect(report.reads['user']!.text).to.not.equal('');
    expect(report.reads['passkeyName']!.text).to.not.equal('');
    expect(report.reads['passkey']!.text).to.equal(`Passkey: ${report.reads['passkeyName']!.text}`);
  });

  it('an admin action from the wrapper: actions as a prop, iam-action to onIamAction', async () => {
    await expectRemoveHandled('/demo/react/dist/', 'section[aria-labelledby="manage-title"] user-list');
  });

  it('React 19 without wrappers: attributes, and an oniam-load listener', async () => {
    const report = await openPage({
      path: '/demo/react/dist/',
      waitFor: ['#plain-loaded:has-text("loaded: 1")'],
      read: { plain: { selector: '#plain-loaded' } },
      count: [ORG_ITEM],
    });
    expect(report.failure).to.equal(undefined);
    expect(report.reads['plain']!.text).to.equal('Plain element loaded: 1');
    expect(report.counts[ORG_ITEM]).to.equal(2);
  });
});

describe('Angular app (demo/angular/)', function () {
  this.timeout(PAGE_TEST_TIMEOUT);
  it('an admin action: the actions attribute, and (iam-action) in the component', async () => {
    await expectRemoveHandled('/demo/angular/dist/browser/', 'user-list >> nth=1');
  });

  it('binds [token], [attr.*] and (iam-load) / (iam-select) on every element; each shows data', async () => {
    const report = await openPage({
      path: '/demo/angular/dist/browser/',
      waitFor: [...everyElement.waitFor, ...TAGS.map((tag) => `#loaded:has-text("<${tag}> loaded")`)],
      actions: [{ click: 'passkey-list [part="item-name"]', thenWaitFor: '#passkey:not(:has-text("none yet"))' }],
      read: {
        ...everyElement.read,
        loaded: { selector: '#loaded' },
        passkey: { selector: '#passkey' },
        passkeyName: { selector: 'passkey-list [part="item-name"]' },
      },
    });
    expect(report.failure).to.equal(undefined);
    expect(report.errors).to.deep.equal([]);
    expect(statuses(report)).to.deep.equal(STATUS_BY_TAG);
    // Each (iam-load) handler got its element's items: "<role-list> loaded 5." for "5 roles".
    for (const tag of TAGS) {
      const count = STATUS_BY_TAG[tag].split(' ')[0];
      expect(report.reads['loaded']!.text).to.contain(`<${tag}> loaded ${count}.`);
    }
    expect(report.reads['passkeyName']!.text).to.not.equal('');
    expect(report.reads['passkey']!.text).to.equal(`Passkey: ${report.reads['passkeyName']!.text}`);
  });
});
