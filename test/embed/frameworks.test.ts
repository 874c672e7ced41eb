/**
 * The React and Angular demo apps, built as their users would build them
 * (`npm run build:demos`: Vite for React, @angular/build for Angular, both
 * importing the package by name through its `exports`), loaded in Chromium
 * from the static site.
 */
import { expect } from '@open-wc/testing';
import { openPage, PAGE_TEST_TIMEOUT } from '../helpers/page-driver.js';

const ORG_ITEM = 'user-orgs [part="item"]';
const USER_ITEM = 'sso-user-list [part="item"]';

describe('React app (demo/react/)', function () {
  this.timeout(PAGE_TEST_TIMEOUT);
  it('mounts the wrappers, shows the data and hands an iam-select to onIamSelect', async () => {
    const report = await openPage({
      path: '/demo/react/dist/',
      waitFor: [ORG_ITEM, USER_ITEM, '#loaded:has-text("1 organizations")'],
      actions: [{ click: 'user-orgs >> nth=0 >> [part="item-name"]', thenWaitFor: '#selected:not(:has-text("nothing yet"))' }],
      read: {
        selected: { selector: '#selected' },
        orgName: { selector: 'user-orgs >> nth=0 >> [part="item-name"]' },
        user: { selector: `${USER_ITEM} [part="item-name"]` },
      },
    });
    expect(report.failure).to.equal(undefined);
    expect(report.errors).to.deep.equal([]);
    expect(report.reads['orgName']!.text).to.not.equal('');
    expect(report.reads['selected']!.text).to.equal(`Selected: ${report.reads['orgName']!.text}`);
    expect(report.reads['user']!.text).to.not.equal('');
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
  it('binds [token], [attr.user-id], [attr.org-id] and (iam-load); both elements show data', async () => {
    const report = await openPage({
      path: '/demo/angular/dist/browser/',
      waitFor: [ORG_ITEM, USER_ITEM, '#loaded:has-text("<sso-user-list> loaded 2")', '#loaded:has-text("<user-orgs> loaded 1")'],
      read: { org: { selector: `${ORG_ITEM} [part="item-name"]` }, user: { selector: `${USER_ITEM} [part="item-name"]` } },
    });
    expect(report.failure).to.equal(undefined);
    expect(report.errors).to.deep.equal([]);
    expect(report.reads['org']!.text).to.not.equal('');
    expect(report.reads['user']!.text).to.not.equal('');
  });
});
