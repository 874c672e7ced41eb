/**
 * The list engine (src/shared/data-list-element.ts, ssojet-list-element.ts,
 * src/api/http.ts) tested once, against `<test-list>` (test/helpers/test-list.ts),
 * a test-only element composed from it exactly as the shipped ones are: the
 * states, every failure the reference server can inject, Retry-After, hostile
 * inputs, lifecycle races and token hygiene. (Hostile data is each element's
 * parser's and presenter's: test/hostile/matrix.ts.) Each real element checks
 * that it is wired to this engine (describeWiring in list-states.ts) and tests
 * only what is its own. A TokenGuard watches the whole run and fails it if the
 * token reached the console, the DOM, an event or a URL.
 *
 * No test sleeps: a slow answer is held by the reference server (`hold=`)
 * until the test has seen what it asserts, and a late or aborted one is waited
 * for with `/_settled`.
 */
import { expect, fixture, oneEvent, waitUntil } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import type { IamError } from '../../src/api/errors.js';
import type { TokenProvider } from '../../src/api/http.js';
import { alertRegion, items, listOf, searchBox, shadow, statusRegion, statusText, typeQuery, untilError, untilLoaded, visibleText } from '../helpers/element.js';
import { API, CLIENT_ID, faultyBase, recordedRequests, releaseHeld, settled, TOKEN, uniqueTag, untilHeld, untilSettled } from '../helpers/reference-api.js';
import { TEST_LIST, type TestList } from '../helpers/test-list.js';
import '../helpers/test-list.js';
import { TokenGuard } from '../helpers/token-guard.js';
import { create as createIn, dataAttributes, pointAt as pointIn, type ListSuite } from './list-states.js';

const suite: ListSuite = { tag: 'test-list', otherAttributes: `client-id="${CLIENT_ID}"`, ...TEST_LIST };

const create = (attrs: Parameters<typeof createIn>[1]) => createIn(suite, attrs) as Promise<TestList>;
const pointAt = (el: TestList, id: string, base?: string) => pointIn(suite, el, id, base);

/** A token the reference server does not accept: what an expired one looks like to it. */
const EXPIRED_TOKEN = 'expired-token-4f1c9a';

/** waitUntil's default of 1 s is short on a machine shared by several test runs. */
const SLOW = { timeout: 5000 };

/** Markup the reference server's `body=markup` and `message=markup` put in every text field. */
const MARKUP = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=1</script><b>bold</b>';

/**
 * Records what the element shows after every change of its shadow DOM (a
 * MutationObserver, so no state is missed however briefly it lasted).
 */
function recordStates(el: TestList): string[] {
  const states: string[] = [];
  const record = () => {
    const state = alertRegion(el) ? 'error' : listOf(el) ? 'list' : shadow(el).querySelector('[part="empty"]') ? 'empty' : 'status';
    if (states.at(-1) !== state) states.push(state);
  };
  record();
  new MutationObserver(record).observe(shadow(el), { childList: true, subtree: true, characterData: true, attributes: true });
  return states;
}

describe('list engine, against <test-list>', () => {
  const guard = new TokenGuard([TOKEN, EXPIRED_TOKEN]);
  before(() => guard.install());
  // Runs before @open-wc's fixture cleanup (a root hook), so every element of the test is still on the page.
  afterEach(() => guard.checkElement(document.body));
  after(() => guard.verify());

  /** Creates the element on a fault spec whose requests the guard checks. */
  async function faulty(spec: string, attrs: { id?: string; extra?: string; token?: string } = {}) {
    const tag = guard.track(uniqueTag());
    const el = await create({ id: attrs.id ?? 'hostile-1', base: faultyBase(`tag=${tag},${spec}`), extra: attrs.extra, token: attrs.token });
    return { el, tag };
  }

  /**
   * What every error state must be: an alert with a sentence, no list, no
   * markup, no token; a retry button named for the list, except on 401 and
   * 403, where retrying cannot help (issue 17).
   */
  function expectSafeError(el: TestList, alert: HTMLElement, message: RegExp, auth = false) {
    expect(alert.textContent).to.match(message);
    expect(alert.textContent).to.contain('Could not load organizations.');
    const retry = alert.querySelector('button');
    if (auth) expect(retry).to.equal(null);
    else {
      expect(retry!.textContent).to.contain('Try again');
      // The accessible name contains the visible label (WCAG 2.5.3) and says which list.
      expect(retry!.getAttribute('aria-label')).to.equal('Try again loading Organizations');
    }
    expect(listOf(el)).to.equal(null);
    expect(shadow(el).querySelector('img, script, b, h1, title')).to.equal(null);
    expect(alert.textContent).not.to.match(/Bad gateway|alert\(1\)|\{"/);
    expect(window.__pwned).to.equal(undefined);
    guard.checkElement(el);
  }

  describe('states', () => {
    it('stays idle, with no request, while a required input is missing; a token set later starts the fetch', async () => {
      const { el, tag } = await faulty('', { id: 'idle-3', token: '' });
      // The task ran and found the token missing: it made no request, and
      // says nothing to end users (issue 17: "Waiting for user-id." was shown).
      expect(statusRegion(el).textContent!.trim()).to.equal('');
      await expect(el).to.be.accessible();

      el.token = TOKEN;
      await untilLoaded(el);
      expect(items(el)).to.have.length(3);
      // Had the idle element sent a request, it would be recorded before this one.
      expect((await untilSettled(tag)).length).to.equal(1);
      expect((await recordedRequests(tag)).map((r) => r.authorization)).to.deep.equal([`Bearer ${TOKEN}`]);
    });

    it('stops the busy-list fade under reduced motion (issue 17: the rule lost to .list by order)', async () => {
      const el = await create({ id: 'motion-2' });
      await untilLoaded(el);
      expect(getComputedStyle(listOf(el)!).transitionDuration).to.equal('0.2s');
      await emulateMedia({ reducedMotion: 'reduce' });
      try {
        expect(getComputedStyle(listOf(el)!).transitionDuration).to.equal('0s');
      } finally {
        await emulateMedia({ reducedMotion: 'no-preference' });
      }
    });

    it('announces loading politely and shows the count when done', async () => {
      const hold = uniqueTag();
      const { el } = await faulty(`hold=${hold}`, { id: 'slow-2' });
      const status = statusRegion(el);
      expect(status.getAttribute('role')).to.equal('status');
      expect(status.textContent).to.contain(TEST_LIST.loadingText);
      await expect(el).to.be.accessible();
      await untilHeld(hold);
      await releaseHeld(hold);
      await untilLoaded(el);
      expect(items(el)).to.have.length(2);
      expect(status.textContent!.trim()).to.match(/^2 organizations/);
      await expect(el).to.be.accessible();
    });

    it('keeps the old list, marked aria-busy, while reloading', async () => {
      const el = await create({ id: 'first-2' });
      await untilLoaded(el);
      expect(listOf(el)!.getAttribute('aria-busy')).to.equal('false');
      const hold = uniqueTag();
      pointAt(el, 'second-4', faultyBase(`hold=${hold}`));
      await el.updateComplete;
      expect(listOf(el)!.getAttribute('aria-busy')).to.equal('true');
      expect(items(el)).to.have.length(2);
      await untilHeld(hold);
      await releaseHeld(hold);
      await waitUntil(() => items(el).length === 4, 'second list never rendered', SLOW);
      expect(listOf(el)!.getAttribute('aria-busy')).to.equal('false');
    });

    it('says so in a sentence when there is nothing to list, and accepts a custom empty slot', async () => {
      const el = await create({ id: 'nobody-0' });
      await untilLoaded(el);
      expect(listOf(el)).to.equal(null);
      expect(statusRegion(el).textContent).to.contain(TEST_LIST.emptyText);
      await expect(el).to.be.accessible();

      const custom = await create({ id: 'nobody-0' });
      custom.innerHTML = '<span slot="empty">Nothing here yet</span>';
      await untilLoaded(custom);
      expect(visibleText(custom)).to.contain('Nothing here yet');
    });

    it('fires iam-load after rendering, with the items', async () => {
      const hold = uniqueTag();
      const { el } = await faulty(`hold=${hold}`, { id: 'events-3' });
      // Counted inside the listener: @lit/task calls onComplete before it asks for the render.
      let rowsWhenFired = -1;
      el.addEventListener('iam-load', () => (rowsWhenFired = items(el).length), { once: true });
      const event = oneEvent(el, 'iam-load');
      await untilHeld(hold);
      await releaseHeld(hold);
      const { detail, bubbles, composed } = await event;
      expect(detail.items).to.have.length(3);
      expect(bubbles && composed).to.equal(true);
      expect(rowsWhenFired).to.equal(3);
    });

    it('fires iam-error with the error model, after the alert is rendered', async () => {
      const hold = uniqueTag();
      const { el } = await faulty(`hold=${hold},status=403`, { id: 'events-1' });
      let alertWhenFired: Element | null = null;
      el.addEventListener('iam-error', () => (alertWhenFired = alertRegion(el)), { once: true });
      const event = oneEvent(el, 'iam-error');
      await untilHeld(hold);
      await releaseHeld(hold);
      const { detail, bubbles, composed } = await event;
      expect(alertWhenFired).to.not.equal(null);
      const error = detail.error as IamError;
      expect([error.kind, error.status]).to.deep.equal(['http', 403]);
      expect(bubbles && composed).to.equal(true);
    });

    it('fires iam-select when an item is activated by click, Enter or Space', async () => {
      const el = await create({ id: 'select-3' });
      await untilLoaded(el);
      const selected: number[] = [];
      el.addEventListener('iam-select', (e) => selected.push(e.detail.index));
      const buttons = [...shadow(el).querySelectorAll<HTMLButtonElement>('[part="item-name"]')];
      buttons[2]!.click();
      buttons[1]!.focus();
      await sendKeys({ press: 'Enter' });
      buttons[0]!.focus();
      await sendKeys({ press: 'Space' });
      expect(selected).to.deep.equal([2, 1, 0]);
    });

    it('refresh() fetches again with the same inputs', async () => {
      const { el, tag } = await faulty('', { id: 'refresh-1' });
      await untilLoaded(el);
      await el.refresh();
      expect(await recordedRequests(tag)).to.have.length(2);
    });

    it('accepts `client_id` as an alias of `client-id`, and is hidden by the hidden attribute', async () => {
      const el = await create({ id: 'alias-1', extra: 'client_id="alias-client" hidden' });
      expect(el.clientId).to.equal('alias-client');
      expect(getComputedStyle(el).display).to.equal('none');
    });
  });

  describe('paged lists (a next_cursor): honest counts and search', () => {
    it('counts "10+" while a next page exists, and a search of a source with no server filter says it covered only the loaded items', async () => {
      // 25 organizations, 10 a page: the box is offered for a 10-item page, since the list may be longer.
      const el = await create({ id: 'new-25' });
      await untilLoaded(el);
      await waitUntil(() => searchBox(el) && statusText(el) === '10+ organizations', 'no search box, or not "10+"', SLOW);
      expect(searchBox(el)!.placeholder).to.equal('Type to filter');
      // Two of the first ten ("Adatum Energy", "Wingtip Energy"); a third is on the next page.
      typeQuery(el, 'energy');
      await waitUntil(() => statusText(el) === '2 of the 10 loaded match; more are not loaded yet.', 'no loaded-only match count', SLOW);
      expect(items(el)).to.have.length(2);
      expect(shadow(el).querySelector('[part="load-more"]')).to.not.equal(null);
      await expect(el).to.be.accessible();
      typeQuery(el, 'zzz');
      await waitUntil(() => statusText(el) === 'Nothing among the 10 loaded matches “zzz”; more are not loaded yet.', 'no loaded-only "nothing"', SLOW);
      await expect(el).to.be.accessible();

      typeQuery(el, '');
      shadow(el).querySelector<HTMLButtonElement>('[part="load-more"]')!.click();
      await waitUntil(() => statusText(el) === '20+ organizations', 'not "20+" after a page', SLOW);
      shadow(el).querySelector<HTMLButtonElement>('[part="load-more"]')!.click();
      // The last page: the list is complete, its count plain, and a search of it complete too.
      await waitUntil(() => statusText(el) === '25 organizations', 'not a plain count after the last page', SLOW);
      typeQuery(el, 'energy');
      await waitUntil(() => /^\d+ of 25 match$/.test(statusText(el)), 'no complete match count', SLOW);
    });
  });

  describe('failures', () => {
    // [name, fault spec, the sentence, the server's message shown beside it (when the server sent a plain one)]
    const failures: Array<[string, string, RegExp, string?]> = [
      ['400 with markup in its message', 'status=400,message=markup', /did not accept the request \(400\)/],
      ['400', 'status=400', /did not accept the request \(400\)/, 'Injected fault: HTTP 400.'],
      ['401 with a right-to-left message', 'status=401,message=rtl', /not signed in.*\(401\)/],
      ['401', 'status=401', /not signed in.*\(401\)/, 'Injected fault: HTTP 401.'],
      ['403 with a 5,000-character message', 'status=403,message=long', /do not have permission.*\(403\)/],
      ['403', 'status=403', /do not have permission.*\(403\)/, 'Injected fault: HTTP 403.'],
      ['404 whose message echoes the token', 'status=404,message=token', /found nothing.*\(404\)/],
      ['404', 'status=404', /found nothing.*\(404\)/, 'Injected fault: HTTP 404.'],
      ['429 without Retry-After', 'status=429,retry-after=none', /Too many requests.*\(429\)/, 'Injected fault: HTTP 429.'],
      ['500', 'status=500', /server had a problem.*\(500\)/, 'Injected fault: HTTP 500.'],
      ['502', 'status=502', /server had a problem.*\(502\)/, 'Injected fault: HTTP 502.'],
      ['an HTML error page with status 502', 'status=502,body=html', /server had a problem.*\(502\)/],
      ['503 without Retry-After', 'status=503,retry-after=none', /server had a problem.*\(503\)/, 'Injected fault: HTTP 503.'],
      ['503 asking for a wait over the cap', 'status=503,retry-after=3600', /server had a problem.*\(503\)/],
      ['an HTML error page with status 200', 'body=html', /could not be read/],
      ['a dropped connection', 'drop', /Could not reach the server/],
      ['malformed JSON', 'body=malformed', /could not be read/],
      ['an empty body', 'body=empty', /could not be read/],
      ['JSON of the wrong shape', 'body=wrong-shape', /unexpected form/],
    ];
    for (const [name, spec, message, detail] of failures) {
      it(`shows ${name} as a clear alert with a retry button, once, without markup or token`, async () => {
        const { el, tag } = await faulty(spec);
        const alert = await untilError(el);
        expectSafeError(el, alert, message, /status=40[13]/.test(spec));
        if (detail) {
          // The server's words sit behind a closed disclosure: for admins, not in the end user's sentence.
          const disclosure = alert.querySelector<HTMLDetailsElement>('details[part="error-details"]')!;
          expect(disclosure.open).to.equal(false);
          expect(disclosure.querySelector('summary')!.textContent).to.equal('Details');
          expect(alert.querySelector('[part="error-message"]')!.textContent).not.to.contain(detail);
          expect(disclosure.querySelector('[part="error-detail"]')!.textContent).to.contain(detail);
        }
        // None of these may be retried by the element. (Chromium itself resends a GET
        // whose reused keep-alive connection closed without an answer, so a drop may
        // be recorded more than once.)
        if (spec !== 'drop') expect(await recordedRequests(tag)).to.have.length(1);
      });
    }

    it('passes axe in the error state, with its disclosure open or closed', async () => {
      const alert = await untilError((await faulty('status=500')).el);
      await expect(alert).to.be.accessible();
      alert.querySelector('details')!.open = true;
      await expect(alert).to.be.accessible();
    });

    it('asks the host to sign the user in again on 401 and 403 (iam-auth-required), after iam-error', async () => {
      for (const status of [401, 403]) {
        const { el } = await faulty(`status=${status}`);
        const events: string[] = [];
        el.addEventListener('iam-error', () => events.push('iam-error'));
        const required = oneEvent(el, 'iam-auth-required');
        el.addEventListener('iam-auth-required', () => events.push('iam-auth-required'));
        const { detail, bubbles, composed } = await required;
        expect(detail.error.status).to.equal(status);
        expect([bubbles, composed]).to.deep.equal([true, true]);
        expect(events).to.deep.equal(['iam-error', 'iam-auth-required']);
        expect(alertRegion(el)!.querySelector('button')).to.equal(null);
      }
      // Any other failure does not ask for a sign-in.
      const { el } = await faulty('status=500');
      let asked = false;
      el.addEventListener('iam-auth-required', () => (asked = true));
      await oneEvent(el, 'iam-error');
      await el.updateComplete;
      expect(asked).to.equal(false);
    });

    it('names the missing inputs in the console once per element, not to end users', async () => {
      const hints: string[] = [];
      const info = console.info;
      console.info = (...args: unknown[]) => hints.push(args.join(' '));
      try {
        const { el } = await faulty('', { id: 'idle-4', token: '' });
        el.label = 'Teams';
        await el.updateComplete;
        el.requestUpdate();
        await el.updateComplete;
        expect(hints.filter((hint) => hint.includes('<test-list'))).to.deep.equal(['<test-list> waits for token before it loads.']);
      } finally {
        console.info = info;
      }
    });

    it('shows markup in a server message as text, and caps a long one', async () => {
      const markup = await untilError((await faulty('status=400,message=markup')).el);
      expect(markup.querySelector('[part="error-detail"]')!.textContent).to.contain(MARKUP);
      const long = await untilError((await faulty('status=403,message=long')).el);
      expect(long.querySelector('[part="error-detail"]')!.textContent!.length).to.be.at.most(340);
    });

    it('isolates a right-to-left server message from the sentence around it', async () => {
      const alert = await untilError((await faulty('status=401,message=rtl')).el);
      expect(alert.querySelector('[part="error-detail"]')!.textContent).to.equal('Server message: \u2068الرمز غير صالح (401) — פג תוקף\u2069');
    });

    it('replaces a token the server echoes in its message', async () => {
      const alert = await untilError((await faulty('status=404,message=token')).el);
      expect(alert.querySelector('[part="error-detail"]')!.textContent).to.contain('Invalid token [token] for this call.');
    });

    it('explains a rejected token (401 from the server, with its own message)', async () => {
      const { el } = await faulty('', { id: 'x-1', token: 'not-the-right-token' });
      const alert = await untilError(el);
      expect(alert.textContent).to.contain('(401)');
      expect(alert.textContent).to.contain('The access token is missing or invalid.');
      expect(visibleText(el)).not.to.contain('not-the-right-token');
    });

    it('gives up after `timeout` milliseconds and says so, with a retry', async () => {
      const { el, tag } = await faulty('hang', { extra: 'timeout="300"' });
      const alert = await untilError(el);
      expectSafeError(el, alert, /took too long/);
      alert.querySelector('button')!.click();
      await waitUntil(async () => (await recordedRequests(tag)).length === 2, 'the retry button sent nothing', SLOW);
    });

    it('retries from the alert button', async () => {
      const { el, tag } = await faulty('status=503,retry-after=none', { id: 'x-1' });
      (await untilError(el)).querySelector('button')!.click();
      await waitUntil(async () => (await recordedRequests(tag)).length === 2, 'retry sent no request', SLOW);
      await untilError(el);
    });

    it('still loads when `timeout` is not a number (the default applies: see effectiveTimeout)', async () => {
      const el = await create({ id: 'nan-1', extra: 'timeout="soon"' });
      await untilLoaded(el);
      expect(Number.isNaN(el.timeout)).to.equal(true);
      expect(items(el)).to.have.length(1);
    });
  });

  describe('Retry-After', () => {
    for (const [name, value] of [
      ['delay-seconds', '1'],
      // An HTTP-date of now: parseRetryAfter's unit test (test/api/http.test.ts) checks its wait with a fixed clock.
      ['an HTTP-date', 'date+0'],
    ]) {
      it(`retries a 503 once after a Retry-After in ${name}, still loading meanwhile`, async () => {
        const { el, tag } = await faulty(`status=503,retry-after=${value},times=1`, { id: 'retry-2' });
        const states = recordStates(el);
        await untilLoaded(el);
        // Every state the element went through: the loading status, then the list; never an alert.
        expect(states).to.deep.equal(['status', 'list']);
        expect(items(el)).to.have.length(2);
        expect(await recordedRequests(tag)).to.have.length(2);
      });
    }

    it('retries a 429 only once, then shows the error', async () => {
      const { el, tag } = await faulty('status=429,retry-after=0');
      expectSafeError(el, await untilError(el), /Too many requests/);
      expect(await recordedRequests(tag)).to.have.length(2);
    });

    it('ignores a Retry-After that is neither seconds nor a date', async () => {
      const { el, tag } = await faulty('status=503,retry-after=soon');
      await untilError(el);
      expect(await recordedRequests(tag)).to.have.length(1);
    });

    it('stops waiting, without an error, when detached during the wait', async () => {
      const { el, tag } = await faulty('status=503,retry-after=1', { id: 'retry-3' });
      const errors: unknown[] = [];
      el.addEventListener('iam-error', (e) => errors.push(e));
      // The 503 was sent: the element is reading it or already waiting out its Retry-After.
      await untilSettled(tag);
      const parent = el.parentElement!;
      el.remove();
      expect(errors).to.deep.equal([]);
      parent.append(el);
      // Re-attached, it starts over: a 503, a wait of 1 s (begun after the first one's), the retry's
      // 503, the alert. A retry of the detached run would have left by then, a third request.
      await untilError(el);
      expect(await recordedRequests(tag)).to.have.length(3);
      expect(errors).to.have.length(1);
    });
  });

  describe('lifecycle', () => {
    it('never renders a stale response: the newest input wins', async () => {
      const hold = uniqueTag();
      const { el, tag } = await faulty(`hold=${hold}`, { id: 'stale-5' });
      await untilHeld(hold);
      pointAt(el, 'fresh-2');
      await untilLoaded(el);
      expect(items(el)).to.have.length(2);
      // The old input's answer, let through now, is done with (aborted, or sent) and must not render.
      await releaseHeld(hold);
      await untilSettled(tag);
      await el.updateComplete;
      expect(items(el)).to.have.length(2);
    });

    it('renders only the last of rapidly changing inputs', async () => {
      const hold = uniqueTag();
      const tag = guard.track(uniqueTag());
      const base = faultyBase(`tag=${tag},hold=${hold}`);
      const el = await create({ id: 'rapid-1', base });
      const loaded: number[] = [];
      el.addEventListener('iam-load', (e) => loaded.push(e.detail.items.length));
      // Each change is rendered (and starts a run) before the next; every answer is held until the last input is set.
      for (const n of [2, 3, 4, 5, 6, 7, 8, 9]) {
        pointAt(el, `rapid-${n}`, base);
        await el.updateComplete;
      }
      // Let every held answer through, the last input's among them, until that one rendered.
      await waitUntil(async () => (await releaseHeld(hold), items(el).length === 9), 'the last input never rendered', SLOW);
      // Every answer, stale ones included, is done with (aborted, or sent); only the last rendered.
      await waitUntil(async () => (await releaseHeld(hold), (await settled(tag)).every((state) => state !== null)), 'an answer stayed open', SLOW);
      await el.updateComplete;
      expect(items(el)).to.have.length(9);
      expect(loaded).to.deep.equal([9]);
    });

    it('aborts the request when detached, without an error, and fetches again when re-attached', async () => {
      const hold = uniqueTag();
      const { el, tag } = await faulty(`hold=${hold}`, { id: 'detach-3' });
      const events: string[] = [];
      el.addEventListener('iam-load', () => events.push('load'));
      el.addEventListener('iam-error', () => events.push('error'));
      await untilHeld(hold);
      const parent = el.parentElement!;
      el.remove();
      expect(await untilSettled(tag), 'the request was not aborted').to.include('closed');
      expect(events).to.deep.equal([]);
      parent.append(el);
      await untilHeld(hold);
      await releaseHeld(hold);
      await untilLoaded(el);
      expect(items(el)).to.have.length(3);
      expect(alertRegion(el)).to.equal(null);
    });
  });

  describe('inputs', () => {
    it('explains a base-url that is not a URL', async () => {
      const el = await create({ id: 'x-1', base: 'http://exa mple:99999' });
      expectSafeError(el, await untilError(el), /not set up correctly/);
    });

    it('refuses a plain-http base-url to another host, naming the fix', async () => {
      const el = await create({ id: 'x-1', base: 'http://api.example.com/proxy' });
      expectSafeError(el, await untilError(el), /not set up correctly: base-url must start with https:\/\/ \(plain http:\/\/ is allowed only for localhost, not api.example.com\)/);
    });

    it('refuses a base-url with credentials in it', async () => {
      const el = await create({ id: 'x-1', base: API.replace('//', '//user:pass@') });
      expectSafeError(el, await untilError(el), /must not contain a user name or password/);
    });

    it('refuses a token an HTTP header cannot carry, without quoting it', async () => {
      const el = await fixture<TestList>(`<test-list ${dataAttributes(suite, 'x-1')} ${suite.otherAttributes}></test-list>`);
      el.token = `${TOKEN} ${TOKEN}`;
      expectSafeError(el, await untilError(el), /cannot carry/);
    });
  });

  describe('token', () => {
    it('moves a token attribute to the property and removes the attribute', async () => {
      const el = await create({ id: 'attr-1' });
      expect(el.hasAttribute('token')).to.equal(false);
      expect(el.token).to.equal(TOKEN);
      await untilLoaded(el);
      guard.checkElement(el);
      // Setting the attribute again sets a new token, and it is removed again.
      el.setAttribute('token', EXPIRED_TOKEN);
      expect([el.token, el.hasAttribute('token')]).to.deep.equal([EXPIRED_TOKEN, false]);
    });

    it('uses tokenProvider before each request instead of token', async () => {
      const { el, tag } = await faulty('', { id: 'provider-2', token: 'ignored-token-value' });
      let calls = 0;
      el.tokenProvider = async () => {
        calls += 1;
        // An asynchronous provider, as a host's refresh call is.
        await Promise.resolve();
        return TOKEN;
      };
      await untilLoaded(el);
      await el.refresh();
      const requests = await recordedRequests(tag);
      expect(requests.map((r) => r.authorization).slice(-2)).to.deep.equal([`Bearer ${TOKEN}`, `Bearer ${TOKEN}`]);
      // Once per request. (The fixed token's request may have left before the provider was set.)
      expect(calls).to.equal(requests.filter((r) => r.authorization === `Bearer ${TOKEN}`).length);
    });

    it('does not fetch again when one provider replaces another (a new arrow function per render)', async () => {
      const { el, tag } = await faulty('', { id: 'swap-1', token: '' });
      el.tokenProvider = () => TOKEN;
      await untilLoaded(el);
      let asked = false;
      el.tokenProvider = () => ((asked = true), TOKEN);
      // The update that saw the new provider is done: a new run would have marked the list busy.
      await el.updateComplete;
      expect(listOf(el)!.getAttribute('aria-busy')).to.equal('false');
      await el.refresh();
      expect(asked).to.equal(true);
      expect(await recordedRequests(tag)).to.have.length(2);
    });

    it('asks tokenProvider again after a 401 and retries once', async () => {
      const { el, tag } = await faulty('', { id: 'refresh-2', token: '' });
      const handed: string[] = [];
      el.tokenProvider = () => {
        const token = handed.length === 0 ? EXPIRED_TOKEN : TOKEN;
        handed.push(token);
        return token;
      };
      await untilLoaded(el);
      expect(items(el)).to.have.length(2);
      expect((await recordedRequests(tag)).map((r) => r.authorization)).to.deep.equal([`Bearer ${EXPIRED_TOKEN}`, `Bearer ${TOKEN}`]);
      guard.checkElement(el);
    });

    it('retries after an injected 401 once only, then shows the 401', async () => {
      const { el, tag } = await faulty('status=401', { id: 'refresh-1', token: '' });
      el.tokenProvider = () => TOKEN;
      expectSafeError(el, await untilError(el), /\(401\)/, true);
      expect(await recordedRequests(tag)).to.have.length(2);
    });

    it('recovers from a 401 that a refreshed token cures (401 once, then success)', async () => {
      const { el, tag } = await faulty('status=401,times=1', { id: 'once-3' });
      el.tokenProvider = () => TOKEN;
      await untilLoaded(el);
      expect(items(el)).to.have.length(3);
      // The fixed token's request got its 401, then the provider's two requests.
      expect((await recordedRequests(tag)).length).to.be.at.most(3);
    });

    it('does not send the token along a redirect to another origin', async () => {
      const { el, tag } = await faulty('redirect');
      // The redirected request arrives without a token; whatever the other origin answers is refused (issue 19).
      expectSafeError(el, await untilError(el), /redirected the request to another origin/);
      const [first, redirected] = await recordedRequests(tag);
      expect(first!.authorization).to.equal(`Bearer ${TOKEN}`);
      expect(redirected!.authorization).to.equal(null);
    });

    it('does not retry a 401 for a fixed token', async () => {
      const { el, tag } = await faulty('status=401');
      await untilError(el);
      expect(await recordedRequests(tag)).to.have.length(1);
    });

    const badProviders: Array<[string, TokenProvider, RegExp]> = [
      ['throws', () => { throw new Error(`cannot refresh ${TOKEN}`); }, /tokenProvider failed to supply a token/],
      ['rejects', () => Promise.reject(new Error(TOKEN)), /tokenProvider failed to supply a token/],
      ['returns an empty string', () => '', /tokenProvider returned something that is not a usable token/],
      ['returns a non-string', () => ({ token: TOKEN }) as unknown as string, /not a usable token/],
    ];
    for (const [name, provider, message] of badProviders) {
      it(`explains a tokenProvider that ${name}, without quoting it`, async () => {
        const { el, tag } = await faulty('', { id: 'bad-1', token: '' });
        el.tokenProvider = provider;
        expectSafeError(el, await untilError(el), message);
        expect(await recordedRequests(tag)).to.have.length(0);
        // The retry button asks the (now mended) provider again.
        el.tokenProvider = () => TOKEN;
        alertRegion(el)!.querySelector('button')!.click();
        await untilLoaded(el);
      });
    }

    it('times out a tokenProvider that never answers', async () => {
      const el = await create({ id: 'slow-1', token: '', extra: 'timeout="300"' });
      el.tokenProvider = () => new Promise<string>(() => {});
      expectSafeError(el, await untilError(el), /took too long/);
    });

    it('aborts a pending tokenProvider without an error when detached', async () => {
      const { el, tag } = await faulty('', { id: 'detached-2', token: '' });
      let release: (token: string) => void = () => {};
      const asked = new Promise<void>((resolve) => {
        el.tokenProvider = () => new Promise<string>((answer) => ((release = answer), resolve()));
      });
      await asked;
      const errors: unknown[] = [];
      el.addEventListener('iam-error', (e) => errors.push(e));
      const parent = el.parentElement!;
      el.remove();
      release(TOKEN);
      el.tokenProvider = () => TOKEN;
      parent.append(el);
      await untilLoaded(el);
      expect(items(el)).to.have.length(2);
      // The detached run, handed its token after the abort, sent nothing and reported nothing.
      expect(await recordedRequests(tag)).to.have.length(1);
      expect(errors).to.deep.equal([]);
    });
  });
});
