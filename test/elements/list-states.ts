/**
 * The states every list element must handle, run against each element by
 * its own test file: both elements share one implementation of them
 * (DataListElement), so they share one suite.
 */
import { expect, fixture, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { IamError } from '../../src/api/errors.js';
import type { DataListElement } from '../../src/shared/data-list-element.js';
import { alertRegion, items, listOf, shadow, sleep, statusRegion, untilError, untilLoaded, visibleText } from '../helpers/element.js';
import { API, CLIENT_ID, faultyBase, recordedRequests, TOKEN, uniqueTag, untilSettled } from '../helpers/reference-api.js';

type AnyList = DataListElement<unknown>;

export interface ListSuite {
  tag: 'user-orgs' | 'sso-user-list' | 'user-list' | 'role-list' | 'org-list' | 'user-login-logs' | 'passkey-list';
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
  emptyText: 'No SSO users match.',
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
  emptyText: 'No users match.',
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
  ];
  return fixture<AnyList>(`<${suite.tag} ${parts.join(' ')}></${suite.tag}>`);
}

export function describeListStates(suite: ListSuite) {
  describe(`${suite.tag}: shared states`, () => {
    it('stays idle, with no request, while a required input is missing; a token set later starts the fetch', async () => {
      const tag = uniqueTag();
      const el = await create(suite, { id: 'idle-3', base: faultyBase(`tag=${tag}`), token: '' });
      await sleep(150);
      expect(await listRequests(suite, tag)).to.have.length(0);
      expect(statusRegion(el).textContent).to.contain('Waiting for token');
      await expect(el).to.be.accessible();

      el.token = TOKEN;
      await untilLoaded(el);
      expect(items(el)).to.have.length(3);
      expect(await listRequests(suite, tag)).to.have.length(1);
    });

    it('announces loading politely and shows the count when done', async () => {
      const el = await create(suite, { id: 'slow-2', base: faultyBase('delay=500') });
      const status = statusRegion(el);
      expect(status.getAttribute('role')).to.equal('status');
      expect(status.textContent).to.contain(suite.loadingText);
      await expect(el).to.be.accessible();
      await untilLoaded(el);
      expect(items(el)).to.have.length(2);
      expect(status.textContent!.trim()).to.match(/^2 /);
      await expect(el).to.be.accessible();
    });

    it('keeps the old list, marked aria-busy, while reloading', async () => {
      const el = await create(suite, { id: 'first-2' });
      await untilLoaded(el);
      expect(listOf(el)!.getAttribute('aria-busy')).to.equal('false');
      pointAt(suite, el, 'second-4', faultyBase('delay=400'));
      await el.updateComplete;
      expect(listOf(el)!.getAttribute('aria-busy')).to.equal('true');
      expect(items(el)).to.have.length(2);
      await waitUntil(() => items(el).length === 4, 'second list never rendered', { timeout: 4000 });
      expect(listOf(el)!.getAttribute('aria-busy')).to.equal('false');
    });

    it('says so in a sentence when there is nothing to list, and accepts a custom empty slot', async () => {
      const el = await create(suite, { id: 'nobody-0' });
      await untilLoaded(el);
      expect(listOf(el)).to.equal(null);
      expect(statusRegion(el).textContent).to.contain(suite.emptyText);
      await expect(el).to.be.accessible();

      const custom = await create(suite, { id: 'nobody-0' });
      custom.innerHTML = '<span slot="empty">Nothing here yet</span>';
      await untilLoaded(custom);
      expect(visibleText(custom)).to.contain('Nothing here yet');
    });

    const statusCases: Array<[number, RegExp]> = [
      [400, /did not accept the request \(400\)/],
      [401, /not signed in.*\(401\)/],
      [403, /do not have permission.*\(403\)/],
      [404, /found nothing.*\(404\)/],
      [429, /Too many requests.*\(429\)/],
      [500, /server had a problem.*\(500\)/],
      [502, /server had a problem.*\(502\)/],
      [503, /server had a problem.*\(503\)/],
    ];
    for (const [status, message] of statusCases) {
      it(`shows a human alert with a retry button for HTTP ${status}`, async () => {
        const el = await create(suite, { id: 'err-1', base: faultyBase(`status=${status},retry-after=none`) });
        const alert = await untilError(el);
        expect(alert.textContent).to.match(message);
        expect(alert.textContent).to.contain(`Injected fault: HTTP ${status}.`);
        expect(alert.textContent).not.to.contain('{');
        expect(visibleText(el)).not.to.contain(TOKEN);
        expect(alert.querySelector('button')!.textContent).to.contain('Try again');
        expect(listOf(el)).to.equal(null);
      });
    }

    it('passes axe in the error state', async () => {
      const el = await create(suite, { id: 'err-1', base: faultyBase('status=500') });
      await untilError(el);
      await expect(el).to.be.accessible();
    });

    it('explains a rejected token (401 from the server, with its own message)', async () => {
      const el = await create(suite, { id: 'x-1', token: 'not-the-right-token' });
      const alert = await untilError(el);
      expect(alert.textContent).to.contain('(401)');
      expect(alert.textContent).to.contain('The access token is missing or invalid.');
      expect(visibleText(el)).not.to.contain('not-the-right-token');
    });

    const failureCases: Array<[string, string, RegExp]> = [
      ['a network failure', 'drop', /Could not reach the server/],
      ['a malformed body', 'body=malformed', /could not be read/],
      ['an HTML error page with status 200', 'body=html', /could not be read/],
      ['a wrong-shaped body', 'body=wrong-shape', /unexpected form/],
    ];
    for (const [name, spec, message] of failureCases) {
      it(`explains ${name}`, async () => {
        const el = await create(suite, { id: 'x-1', base: faultyBase(spec) });
        const alert = await untilError(el);
        expect(alert.textContent).to.match(message);
        expect(alert.textContent).not.to.match(/Bad gateway|<|alert\(/);
      });
    }

    it('gives up after `timeout` milliseconds and says so', async () => {
      const el = await create(suite, { id: 'x-1', base: faultyBase('hang'), extra: 'timeout="300"' });
      const alert = await untilError(el);
      expect(alert.textContent).to.contain('took too long');
    });

    it('explains a base-url that is not a URL', async () => {
      const el = await create(suite, { id: 'x-1', base: 'http://exa mple:99999' });
      const alert = await untilError(el);
      expect(alert.textContent).to.contain('not set up correctly');
    });

    it('retries from the alert button', async () => {
      const tag = uniqueTag();
      const el = await create(suite, { id: 'x-1', base: faultyBase(`tag=${tag},status=503,retry-after=none`) });
      const alert = await untilError(el);
      alert.querySelector('button')!.click();
      await waitUntil(async () => (await listRequests(suite, tag)).length === 2, 'retry sent no request');
      await untilError(el);
    });

    it('never renders a stale response: the newest input wins', async () => {
      const tag = uniqueTag();
      const el = await create(suite, { id: 'stale-5', base: faultyBase(`tag=${tag},delay=700`) });
      await waitUntil(async () => (await listRequests(suite, tag)).length === 1, 'no first request');
      pointAt(suite, el, 'fresh-2');
      await untilLoaded(el);
      expect(items(el)).to.have.length(2);
      // The slow answer for the old input is done with (aborted, or sent) and must not have rendered.
      await untilSettled(tag);
      await el.updateComplete;
      expect(items(el)).to.have.length(2);
    });

    it('aborts the request when detached, without an error, and fetches again when re-attached', async () => {
      const tag = uniqueTag();
      const el = await create(suite, { id: 'detach-3', base: faultyBase(`tag=${tag},delay=400`) });
      const events: string[] = [];
      el.addEventListener('iam-load', () => events.push('load'));
      el.addEventListener('iam-error', () => events.push('error'));
      await waitUntil(async () => (await listRequests(suite, tag)).length === 1, 'no first request');
      const parent = el.parentElement!;
      el.remove();
      expect(await untilSettled(tag), 'the request was not aborted').to.include('closed');
      expect(events).to.deep.equal([]);
      parent.append(el);
      await untilLoaded(el);
      expect(items(el)).to.have.length(3);
      expect(alertRegion(el)).to.equal(null);
    });

    it('fires iam-load after rendering, with the items', async () => {
      const el = await create(suite, { id: 'events-3', base: faultyBase('delay=100') });
      // Counted inside the listener: @lit/task calls onComplete before it asks for the render.
      let rowsWhenFired = -1;
      el.addEventListener('iam-load', () => (rowsWhenFired = items(el).length), { once: true });
      const event = await oneEvent(el, 'iam-load');
      expect(event.detail.items).to.have.length(3);
      expect(event.bubbles && event.composed).to.equal(true);
      expect(rowsWhenFired).to.equal(3);
    });

    it('fires iam-error with the error model, after the alert is rendered', async () => {
      const el = await create(suite, { id: 'events-1', base: faultyBase('delay=100,status=403') });
      let alertWhenFired: Element | null = null;
      el.addEventListener('iam-error', () => (alertWhenFired = alertRegion(el)), { once: true });
      const event = await oneEvent(el, 'iam-error');
      expect(alertWhenFired).to.not.equal(null);
      const error = event.detail.error as IamError;
      expect([error.kind, error.status]).to.deep.equal(['http', 403]);
      expect(event.bubbles && event.composed).to.equal(true);
    });

    it('fires iam-select when an item is activated by click, Enter or Space', async () => {
      const el = await create(suite, { id: 'select-3' });
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
      const tag = uniqueTag();
      const el = await create(suite, { id: 'refresh-1', base: faultyBase(`tag=${tag}`) });
      await untilLoaded(el);
      await el.refresh();
      expect(await listRequests(suite, tag)).to.have.length(2);
    });

    it('renders hostile data as text: markup, right-to-left, huge strings, nulls', async () => {
      const el = await create(suite, { id: 'hostile-8' });
      await untilLoaded(el);
      expect(items(el)).to.have.length(8);
      const text = visibleText(el);
      expect(text).to.contain('<img src=x onerror="window.__pwned=1">');
      expect(text).to.contain('</ul><script>window.__pwned=1</script>');
      expect(text).to.contain('مريم العلي');
      expect(shadow(el).querySelector('img, script, b, i')).to.equal(null);
      expect(window.__pwned).to.equal(undefined);
      // A 2,400-character name wraps instead of widening the page.
      expect(el.scrollWidth).to.be.at.most(el.clientWidth + 1);
      await expect(el).to.be.accessible();
    });

    it('accepts `client_id` as an alias of `client-id`', async () => {
      const el = await create(suite, { id: 'alias-1', extra: 'client_id="alias-client"' });
      expect(el.clientId).to.equal('alias-client');
    });

    it('is hidden by the hidden attribute', async () => {
      const el = await create(suite, { id: 'hidden-1', extra: 'hidden' });
      expect(getComputedStyle(el).display).to.equal('none');
    });
  });
}
