import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/elements/user-login-logs/user-login-logs.js';
import type { UserLoginLogs } from '../../src/elements/user-login-logs/user-login-logs.js';
import { relativeTime } from '../../src/shared/dates.js';
import { items, shadow, untilError, untilLoaded, visibleText } from '../helpers/element.js';
import { API, CLIENT_ID, faultyBase, recordedRequests, TOKEN, uniqueTag } from '../helpers/reference-api.js';
import { create, describeWiring, userLoginLogsSuite } from './list-states.js';
import { describeHostileMatrix } from '../hostile/matrix.js';

const suite = userLoginLogsSuite;

describeWiring(suite);

const nameOf = (item: Element) => item.querySelector('[part="item-name"]')!.textContent!.trim();

describe('user-login-logs', () => {
  it('sends the documented request: path with the user id, client_id, event=login', async () => {
    const tag = uniqueTag();
    const el = await create(suite, { id: 'u 1/2-2', base: faultyBase(`tag=${tag}`) });
    await untilLoaded(el);
    const [request] = await recordedRequests(tag);
    expect(request).to.deep.equal({
      method: 'GET',
      path: '/api/v1/users/u%201%2F2-2/loginlogs',
      query: { client_id: [CLIENT_ID], event: ['login'] },
      authorization: `Bearer ${TOKEN}`,
      origin: location.origin,
    });
  });

  it('shows the older PascalCase logs: when (localized, relative), IP, place, device, OS, browser', async () => {
    const wrapper = document.createElement('div');
    wrapper.lang = 'en-GB';
    document.body.append(wrapper);
    try {
      const el = document.createElement('user-login-logs') as UserLoginLogs;
      Object.assign(el, { token: TOKEN, clientId: CLIENT_ID, userId: 'old-2', baseUrl: API, layout: 'cards' });
      wrapper.append(el);
      await untilLoaded(el);
      const [first] = items(el);
      // The generator's first sign-in: 2026-11-20 12:00 UTC minus up to 5 days; en-GB writes "Nov 2026".
      expect(nameOf(first!)).to.match(/^\d{1,2} Nov 2026, \d{2}:\d{2} \(.+\)$/);
      const details = Object.fromEntries(
        [...first!.querySelectorAll('[part="detail"]')].map((row) => [
          row.querySelector('dt')!.textContent!.trim(),
          row.querySelector('dd')!.textContent!.trim(),
        ]),
      );
      expect(Object.keys(details)).to.deep.equal(['IP address', 'Location', 'Device', 'Operating system', 'Browser']);
      expect(details['IP address']).to.match(/^203\.0\.113\.\d+$/);
      expect(details['Location']).to.match(/^[^,]+, \w+$/);
      await expect(el).to.be.accessible();
    } finally {
      wrapper.remove();
    }
  });

  it('writes a place as city and country, not as a list ("Lagos، Nigeria" in Arabic, never "Lagos وNigeria")', async () => {
    const el = await fixture<UserLoginLogs>(
      html`<user-login-logs lang="ar" layout="cards" .token=${TOKEN} client-id=${CLIENT_ID} user-id="old-2" base-url=${API}></user-login-logs>`,
    );
    await untilLoaded(el);
    const place = [...items(el)[0]!.querySelectorAll('[part="detail"]')].find((row) => row.querySelector('dt')!.textContent!.trim() === 'الموقع');
    expect(place?.querySelector('dd')!.textContent!.trim()).to.match(/^[^،و]+، [^،و]+$/);
  });

  it('orders sign-ins by time where other lists order by name: no "Name, A to Z" of formatted dates', async () => {
    const el = await fixture<UserLoginLogs>(
      html`<user-login-logs search="on" .token=${TOKEN} client-id=${CLIENT_ID} user-id="old-8" base-url=${API}></user-login-logs>`,
    );
    await untilLoaded(el);
    await waitUntil(() => shadow(el).querySelector('[part="sort"]'), 'no sort control');
    const select = shadow(el).querySelector<HTMLSelectElement>('[part="sort"]')!;
    const labels = [...select.options].map((option) => option.textContent!.trim());
    expect(labels.filter((label) => label.startsWith('Name'))).to.deep.equal([]);
    const oldest = [...select.options].find((option) => option.textContent!.trim() === 'Oldest first')!;
    select.value = oldest.value;
    select.dispatchEvent(new Event('change', { bubbles: true }));
    await waitUntil(() => shadow(el).querySelector('[role="columnheader"][aria-sort]'), 'the name column does not say its order');
    expect(shadow(el).querySelector('[role="columnheader"][aria-sort]')!.getAttribute('aria-sort')).to.equal('ascending');
    // A row is named by its time, "Nov 20, 2026, 12:00 PM (…)": the part before the relative time is a date V8 reads.
    const times = items(el).map((row) => Date.parse(nameOf(row).replace(/ \(.*\)$/, '')));
    expect(times.every((time, i) => i === 0 || times[i - 1]! <= time), String(times)).to.equal(true);
  });

  it('as a table: the first column is "Time", with no initials read off a date, no empty Status and no actions column', async () => {
    const el = await fixture<UserLoginLogs>(
      html`<user-login-logs token=${TOKEN} client-id=${CLIENT_ID} user-id="table-4" base-url=${API}></user-login-logs>`,
    );
    await untilLoaded(el);
    const headers = [...shadow(el).querySelectorAll('[role="columnheader"]')].map((header) => header.textContent!.trim());
    expect(headers).to.deep.equal(['Time', 'Location', 'Device']);
    expect(shadow(el).querySelector('[part="avatar"]')).to.equal(null);
    // Every row has as many cells as the header row has headers.
    for (const row of items(el)) expect(row.querySelectorAll('[role="gridcell"]')).to.have.length(headers.length);
    await expect(el).to.be.accessible();
  });

  it('reads the newer snake_case `audit_logs`, paged with "Load more"', async () => {
    const el = await create(suite, { id: 'new-14', extra: 'search="off"' });
    await untilLoaded(el);
    expect(items(el)).to.have.length(10);
    for (const item of items(el)) expect(nameOf(item)).not.to.equal('Unknown time');
    await waitUntil(() => shadow(el).querySelector('[part="load-more"]'), 'no "Load more"');
  });

  it('says "Unknown time" for a missing or unreadable time, and shows the rest', async () => {
    const el = await create(suite, { id: 'hostile-4' });
    await untilLoaded(el);
    expect(nameOf(items(el)[1]!)).to.equal('Unknown time');
    expect(nameOf(items(el)[3]!)).to.equal('Unknown time');
    expect(visibleText(el)).to.contain('مريم العلي');
  });

  it('shows SSOJet’s 404 for an unknown user', async () => {
    const el = await create(suite, { id: 'missing-user' });
    const alert = await untilError(el);
    expect(alert.textContent).to.contain('(404)');
    expect(alert.textContent).to.contain('User not found');
  });

  it('fills `{user-id}` in a host’s own `path`', async () => {
    const tag = uniqueTag();
    const el = await fixture<UserLoginLogs>(
      `<user-login-logs token="${TOKEN}" client-id="${CLIENT_ID}" user-id="me-1" base-url="${faultyBase(`tag=${tag}`)}"
        path="/api/v1/auth/users/{user-id}/loginlogs"></user-login-logs>`,
    );
    await untilLoaded(el);
    expect((await recordedRequests(tag))[0]!.path).to.equal('/api/v1/auth/users/me-1/loginlogs');
  });

  it('words relative times in the largest unit that fits', () => {
    const now = Date.UTC(2026, 0, 10);
    expect(relativeTime(new Date(now - 3 * 86_400_000), now, 'en')).to.equal('3 days ago');
    expect(relativeTime(new Date(now - 90_000), now, 'en')).to.equal('2 minutes ago');
    expect(relativeTime(new Date(now - 86_400_000), now, 'en')).to.equal('yesterday');
    expect(relativeTime(new Date(now - 5_000), now, 'de')).to.equal('vor 5 Sekunden');
  });
});

describeHostileMatrix({
  ...suite,
  // An EnOS envelope holds no list of sign-ins.
  envelopeMessage: /unexpected form/,
  idInPath: true,
  unnamed: 'Unknown time',
  expectTraversalRequest(request, id) {
    expect(request.path).to.equal(`/api/v1/users/${encodeURIComponent(id)}/loginlogs`);
    expect(request.query).to.deep.equal({ client_id: [CLIENT_ID], event: ['login'] });
  },
});
