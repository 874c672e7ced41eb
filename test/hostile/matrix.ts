/**
 * The hostile world, as far as it is each element's own, run by each
 * element's test file (test/elements/<tag>.test.ts): how its parser reads
 * bodies of the wrong kind (EnOS envelopes, nulls, wrong types), how its
 * presenter renders hostile data, and where its request puts a hostile id. Every failure the engine and http.ts
 * handle (statuses, timeouts, Retry-After, token refresh, lifecycle races,
 * hostile inputs) is tested once, in test/elements/list-engine.test.ts. A
 * TokenGuard watches each run and fails it if the token reached the console,
 * the DOM, an event or a URL.
 */
import { expect, waitUntil } from '@open-wc/testing';
import type { DataListElement } from '../../src/shared/data-list-element.js';
import { create, listRequests, type ListSuite } from '../elements/list-states.js';
import { alertRegion, items, listOf, shadow, untilError, untilLoaded, visibleText } from '../helpers/element.js';
import { faultyBase, TOKEN, uniqueTag } from '../helpers/reference-api.js';
import { TokenGuard } from '../helpers/token-guard.js';

type AnyList = DataListElement<unknown>;

/** waitUntil's default of 1 s is short on a machine shared by several test runs. */
const SLOW = { timeout: 5000 };

export interface HostileSuite extends ListSuite {
  /** What this element makes of EnOS envelope bodies: an envelope error for EnOS, a shape error for SSOJet. */
  envelopeMessage: RegExp;
  unnamed: string;
  /** Whether the id is a path segment (SSOJet) rather than a query value (EnOS). */
  idInPath: boolean;
  /** Asserts where a path-traversal id ended up in the recorded request; absent for a list with no id input. */
  expectTraversalRequest?(request: { path: string; query: Record<string, string[]> }, id: string): void;
  /**
   * Set for a list whose own list field is `users` (`<user-list>`): to it, EnOS
   * bodies that carry `users: []` beside their failure fields hold a valid, empty list.
   */
  listsUsers?: boolean;
}

/** The EnOS envelope bodies that carry an empty `users` list beside their failure fields. */
const ENVELOPES_WITH_USERS = ['body=enos-status', 'body=enos-success-false'];

/** Markup the reference server's `body=markup` and `message=markup` put in every text field. */
const MARKUP = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=1</script><b>bold</b>';

export function describeHostileMatrix(suite: HostileSuite) {
  describe(`${suite.tag}: hostile world`, () => {
    const guard = new TokenGuard([TOKEN]);
    before(() => guard.install());
    // Runs before @open-wc's fixture cleanup (a root hook), so every element of the test is still on the page.
    afterEach(() => guard.checkElement(document.body));
    after(() => guard.verify());

    /** Creates the element on a fault spec whose requests the guard checks. */
    async function faulty(spec: string, attrs: { id?: string } = {}) {
      const tag = guard.track(uniqueTag());
      const el = await create(suite, { id: attrs.id ?? 'hostile-1', base: faultyBase(`tag=${tag},${spec}`) });
      return { el, tag };
    }

    /** What an error state must be: the alert with a retry button, no list, no markup, no token. */
    function expectSafeError(el: AnyList, alert: HTMLElement, message: RegExp) {
      expect(alert.textContent).to.match(message);
      expect(alert.querySelector('button')!.textContent).to.contain('Try again');
      expect(listOf(el)).to.equal(null);
      expect(shadow(el).querySelector('img, script, b, h1, title')).to.equal(null);
      expect(window.__pwned).to.equal(undefined);
      guard.checkElement(el);
    }

    describe('its parser', () => {
      const bodies: Array<[string, RegExp]> = [
        ['body=wrong-shape', /unexpected form/],
        ['body=enos-failure,message=markup', suite.envelopeMessage],
        ['body=enos-status', suite.envelopeMessage],
        ['body=enos-success-false', suite.envelopeMessage],
      ];
      for (const [spec, message] of bodies) {
        if (suite.listsUsers && ENVELOPES_WITH_USERS.includes(spec)) continue;
        it(`reads ${spec} as an error, once`, async () => {
          const { el, tag } = await faulty(spec);
          expectSafeError(el, await untilError(el), message);
          expect(await listRequests(suite, tag)).to.have.length(1);
        });
      }

      if (suite.listsUsers) {
        it('reads an EnOS envelope that carries `users: []` as an empty list, not an error', async () => {
          for (const spec of ENVELOPES_WITH_USERS) {
            const { el } = await faulty(spec);
            await untilLoaded(el);
            expect(alertRegion(el)).to.equal(null);
            expect(items(el)).to.have.length(0);
          }
        });
      }
    });

    describe('its rendering of hostile data', () => {
      it('renders entries whose every field is null with placeholders', async () => {
        const { el } = await faulty('body=nulls');
        await untilLoaded(el);
        expect(items(el)).to.have.length(2);
        for (const item of items(el)) expect(item.textContent).to.contain(suite.unnamed);
        await expect(el).to.be.accessible();
      });

      it('renders entries of the wrong types (and entries that are not objects) with placeholders', async () => {
        const { el } = await faulty('body=wrong-types');
        await untilLoaded(el);
        expect(items(el)).to.have.length(4);
        expect(visibleText(el)).not.to.contain('[object Object]');
        guard.checkElement(el);
      });

      it('renders markup in every text field as text', async () => {
        const { el } = await faulty('body=markup');
        await untilLoaded(el);
        expect(visibleText(el)).to.contain(MARKUP);
        expect(shadow(el).querySelector('img, script, b')).to.equal(null);
        expect(window.__pwned).to.equal(undefined);
        await expect(el).to.be.accessible();
      });

      it('renders hostile data as text: markup, right-to-left isolated, huge strings wrapped, nulls', async () => {
        const el = await create(suite, { id: 'hostile-8' });
        await untilLoaded(el);
        expect(items(el)).to.have.length(8);
        const text = visibleText(el);
        expect(text).to.contain('<img src=x onerror="window.__pwned=1">');
        expect(text).to.contain('</ul><script>window.__pwned=1</script>');
        expect(text).to.contain('مريم العلي');
        const rtl = [...shadow(el).querySelectorAll('bdi')].filter((bdi) => /[\u0590-\u06ff]/.test(bdi.textContent!));
        expect(rtl.length).to.be.greaterThan(0);
        expect(shadow(el).querySelector('img, script, b, i')).to.equal(null);
        expect(window.__pwned).to.equal(undefined);
        // A 2,400-character name wraps instead of widening the page.
        expect(el.scrollWidth).to.be.at.most(el.clientWidth + 1);
        guard.checkElement(el);
        await expect(el).to.be.accessible();
      });
    });

    describe('its request', () => {
      const expectTraversalRequest = suite.expectTraversalRequest;
      if (expectTraversalRequest) it('keeps a path-traversal id in its place, encoded', async () => {
        const id = '../../x';
        const { el, tag } = await faulty('', { id });
        await waitUntil(async () => (await listRequests(suite, tag)).length === 1, 'no request', SLOW);
        expectTraversalRequest((await listRequests(suite, tag))[0]!, id);
        await el.updateComplete;
      });

      if (suite.idAttribute) it('refuses `.` and `..` as an id in a path, which the URL parser would resolve even when encoded', async () => {
        for (const id of ['..', '.']) {
          const { el, tag } = await faulty('', { id });
          if (suite.idInPath) {
            expectSafeError(el, await untilError(el), /not set up correctly: "\.{1,2}" cannot be used as an id/);
            expect(await listRequests(suite, tag)).to.have.length(0);
          } else {
            await untilLoaded(el);
            expect((await listRequests(suite, tag))[0]!.query).to.deep.equal({ orgId: [id] });
          }
        }
      });
    });
  });
}
