/**
 * The styling surface as a host meets it on demo/script-tag/: one set of
 * `--iam-*` tokens, light and dark (the system's preference and a host
 * override), and forced colours. Computed styles are read in Chromium with
 * the colour scheme and forced-colors mode emulated.
 */
import { expect } from '@open-wc/testing';
import { openPage, PAGE_TEST_TIMEOUT } from '../helpers/page-driver.js';

const PAGE = '/demo/script-tag/';
const DEFAULT_ORGS = 'user-orgs >> nth=0';
const THEMED_ORGS = '.brand user-orgs';
const DARK_ORGS = '.dark user-orgs';
const badge = (host: string) => `${host} >> [part~="badge-positive"]`;

// --iam-color-success's defaults: light-dark(#146c2e, #6dd58c).
const LIGHT_GREEN = 'rgb(20, 108, 46)';
const DARK_GREEN = 'rgb(109, 213, 140)';

describe('styling surface (demo/script-tag/)', function () {
  this.timeout(PAGE_TEST_TIMEOUT);
  it('one set of tokens themes a whole section; the default stays as it was', async () => {
    const report = await openPage({
      path: PAGE,
      waitFor: [`${THEMED_ORGS} >> [part~="item"]`, `${DEFAULT_ORGS} >> [part~="item"]`],
      read: {
        themed: { selector: `${THEMED_ORGS} >> [part~="item"]`, styles: ['border-top-color', 'border-top-left-radius', 'font-family', 'background-color'] },
        plain: { selector: `${DEFAULT_ORGS} >> [part~="item"]`, styles: ['border-top-color', 'border-top-left-radius', 'font-family'] },
        themedBadge: { selector: badge(THEMED_ORGS), styles: ['color'] },
      },
    });
    expect(report.failure).to.equal(undefined);
    const { themed, plain, themedBadge } = report.reads;
    expect(themed!.styles).to.include({
      'border-top-color': 'rgb(217, 199, 240)',
      'border-top-left-radius': '0px',
      'background-color': 'rgb(250, 247, 255)',
    });
    expect(themed!.styles['font-family']).to.contain('Georgia');
    expect(themedBadge!.styles['color']).to.equal('rgb(27, 127, 74)');
    expect(plain!.styles['border-top-left-radius']).to.equal('8px');
    expect(plain!.styles['font-family']).to.not.contain('Georgia');
  });

  it('follows prefers-color-scheme through the page\'s color-scheme; a host can force dark on one element', async () => {
    const read = {
      plain: { selector: badge(DEFAULT_ORGS), styles: ['color'] },
      dark: { selector: badge(DARK_ORGS), styles: ['color'] },
    };
    const waitFor = [badge(DEFAULT_ORGS), badge(DARK_ORGS)];
    const light = await openPage({ path: PAGE, colorScheme: 'light', waitFor, read });
    const dark = await openPage({ path: PAGE, colorScheme: 'dark', waitFor, read });
    expect(light.failure).to.equal(undefined);
    expect(dark.failure).to.equal(undefined);
    expect(light.reads['plain']!.styles['color']).to.equal(LIGHT_GREEN);
    expect(dark.reads['plain']!.styles['color']).to.equal(DARK_GREEN);
    // `color-scheme: dark` on the section wins over a light system.
    expect(light.reads['dark']!.styles['color']).to.equal(DARK_GREEN);
  });

  it('forced colours keep item and badge borders and a visible focus ring, even where tokens are themed', async () => {
    const report = await openPage({
      path: PAGE,
      forcedColors: true,
      waitFor: [`${DEFAULT_ORGS} >> [part="item-name"]`, `${THEMED_ORGS} >> [part~="item"]`, badge(THEMED_ORGS)],
      // The first Tab stop on the page is the first organization's name.
      actions: [{ press: 'Tab' }],
      read: {
        item: { selector: `${THEMED_ORGS} >> [part~="item"]`, styles: ['border-top-style', 'border-top-width'] },
        badge: { selector: badge(THEMED_ORGS), styles: ['border-top-style', 'border-top-width'] },
        focused: { selector: `${DEFAULT_ORGS} >> [part="item-name"]`, styles: ['outline-style', 'outline-width'] },
      },
    });
    expect(report.failure).to.equal(undefined);
    expect(report.reads['item']!.styles).to.deep.equal({ 'border-top-style': 'solid', 'border-top-width': '1px' });
    // A badge is told apart by its colour alone until forced colours take the colour away: then its border shows it.
    expect(report.reads['badge']!.styles).to.deep.equal({ 'border-top-style': 'solid', 'border-top-width': '1px' });
    expect(report.reads['focused']!.focused).to.equal(true);
    expect(report.reads['focused']!.styles).to.deep.equal({ 'outline-style': 'solid', 'outline-width': '2px' });
  });
});
