import { expect, fixture, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/elements/user-list/user-list.js';
import type { UserList } from '../../src/elements/user-list/user-list.js';
import { alertRegion, items, searchBox, shadow, statusRegion, statusText, typeQuery, untilLoaded, visibleText } from '../helpers/element.js';
import { API, CLIENT_ID, faultyBase, recordedRequests, TOKEN, uniqueTag, untilSettled } from '../helpers/reference-api.js';
import { create, describeWiring, userListSuite } from './list-states.js';
import { describeHostileMatrix } from '../hostile/matrix.js';

const suite = userListSuite;

describeWiring(suite);

const loadMoreButton = (el: Element) => shadow(el).querySelector<HTMLButtonElement>('[part="load-more"]');
/** The button follows the rows once its code is fetched (DataListElement). */
const untilLoadMore = async (el: Element) => (await waitUntil(() => loadMoreButton(el), 'no "Load more"'), loadMoreButton(el)!);
const names = (el: Element) => items(el).map((item) => item.querySelector('[part="item-name"]')!.textContent!.trim());

describe('user-list', () => {
  it('renders the documented example: older bare array, nanosecond times, a never-used login', async () => {
    const el = (await create(suite, {})) as UserList;
    await untilLoaded(el);
    expect(names(el)).to.deep.equal(['Ada Lovelace', 'grace.hopper@example.com']);
    const [ada, grace] = items(el);
    expect(ada!.textContent).to.contain('ada.lovelace@example.com');
    expect(ada!.querySelector('[part="verification"]')!.textContent).to.equal('(verified)');
    expect(ada!.querySelector('[part~="badge"]')!.textContent).to.equal('Active');
    expect(ada!.querySelector('time')!.getAttribute('datetime')).to.equal('2024-08-01T08:15:02.987Z');
    expect(grace!.querySelector('[part="verification"]')!.textContent).to.equal('(not verified)');
    expect(grace!.querySelector('[part~="badge"]')!.textContent).to.equal('Inactive');
    // `0001-01-01T00:00:00Z` is Go's zero time: never signed in.
    expect(grace!.textContent).to.match(/Last sign-in\s*Never/);
    expect(loadMoreButton(el)).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('sends exactly the documented request: path, client_id, limit, email, bearer token', async () => {
    const tag = uniqueTag();
    const el = await create(suite, { id: 'new-3', base: faultyBase(`tag=${tag}`), extra: 'page-size="25" email="a&b@example.com"' });
    await untilLoaded(el);
    const [request, ...more] = await recordedRequests(tag);
    expect(more).to.have.length(0);
    expect(request).to.deep.equal({
      method: 'GET',
      path: '/api/v1/users',
      query: { client_id: [CLIENT_ID], limit: ['25'], email: ['a&b@example.com'] },
      authorization: `Bearer ${TOKEN}`,
      origin: location.origin,
    });
  });

  it('pages with "Load more" while next_cursor is non-empty, keyboard included, and announces the count', async () => {
    const tag = uniqueTag();
    const el = await create(suite, { id: 'new-25', base: faultyBase(`tag=${tag}`), extra: 'page-size="10" search="off"' });
    await untilLoaded(el);
    expect(items(el)).to.have.length(10);
    const button = await untilLoadMore(el);
    expect(button.textContent!.trim()).to.equal('Load more');
    const loaded = oneEvent(el, 'iam-load');
    button.focus();
    await sendKeys({ press: 'Enter' });
    expect((await loaded).detail.items).to.have.length(20);
    expect(items(el)).to.have.length(20);
    // SSOJet sends no total: a list with a next page says "20+", never "20 users" as if complete (issue 17).
    expect(statusRegion(el).textContent!.trim()).to.equal('20+ users');
    // Focus went to the first new item, in view, where reading goes on (left on the button, it was pushed out of view: issue 17).
    const eleventh = items(el)[10]!.querySelector<HTMLElement>('[part="item-name"]')!;
    await waitUntil(() => shadow(el).activeElement === eleventh, 'focus stayed on "Load more"');
    const { top, bottom } = eleventh.getBoundingClientRect();
    expect(top >= 0 && bottom <= innerHeight, 'the focused item is out of view').to.equal(true);
    loadMoreButton(el)!.focus();
    await sendKeys({ press: 'Space' });
    await waitUntil(() => items(el).length === 25, 'the last page never came');
    expect(loadMoreButton(el)).to.equal(null);
    expect(statusRegion(el).textContent!.trim()).to.equal('25 users');
    // The button went away with the last page: focus moved to the first new item, not to the page, as after every page.
    await waitUntil(() => shadow(el).activeElement === items(el)[20]!.querySelector('[part="item-name"]'), 'focus was lost');
    const cursors = (await recordedRequests(tag)).map((r) => r.query['cursor']?.[0]);
    expect(cursors).to.deep.equal([undefined, 'o10', 'o20']);
    await expect(el).to.be.accessible();
  });

  it('keeps the rows when a further page fails, says why beside the button, and tries again from it', async () => {
    const tag = uniqueTag();
    // Only the second request of the tag fails: the first "Load more".
    const el = await create(suite, { id: 'new-15', base: faultyBase(`tag=${tag},status=500,from=1,times=2`), extra: 'page-size="10"' });
    await untilLoaded(el);
    (await untilLoadMore(el)).click();
    await waitUntil(() => shadow(el).querySelector('[part="more-error"]'), 'no error beside the button');
    expect(items(el)).to.have.length(10);
    expect(shadow(el).querySelector('[part="more-error"]')!.getAttribute('role')).to.equal('alert');
    expect(shadow(el).querySelector('[part="more-error"]')!.textContent).to.contain('(500)');
    loadMoreButton(el)!.click();
    await waitUntil(() => items(el).length === 15, 'the retried page never came');
    expect(alertRegion(el)).to.equal(null);
  });

  it('starts again from the first page when an input changes', async () => {
    const el = (await create(suite, { id: 'new-15', extra: 'page-size="10"' })) as UserList;
    await untilLoaded(el);
    (await untilLoadMore(el)).click();
    await waitUntil(() => items(el).length === 15, 'second page never came');
    el.pageSize = 5;
    await waitUntil(() => items(el).length === 5, 'the list did not start over');
    expect(loadMoreButton(el)).to.not.equal(null);
  });

  it('points at the user-token route through `path`, without a fork', async () => {
    const tag = uniqueTag();
    const el = await create(suite, { id: 'new-2', base: faultyBase(`tag=${tag}`), extra: 'path="/api/v1/auth/users"' });
    await untilLoaded(el);
    expect(items(el)).to.have.length(2);
    expect((await recordedRequests(tag))[0]!.path).to.equal('/api/v1/auth/users');
  });

  it('reports a path placeholder it cannot fill as a set-up error', async () => {
    const el = await create(suite, { id: 'x-1', extra: 'path="/api/v1/users/{user-id}"' });
    await waitUntil(() => alertRegion(el), 'no error');
    expect(alertRegion(el)!.textContent).to.contain('names {user-id}, which this element does not fill');
  });

  it('reads the newer shape (`id`, `last_login_at`) into the same rows', async () => {
    const el = await create(suite, { id: 'new-4' });
    await untilLoaded(el);
    expect(items(el)).to.have.length(4);
    for (const item of items(el)) expect(item.querySelector('[part="item-name"]')!.textContent).not.to.contain('Unnamed');
    expect(visibleText(el)).to.contain('Created');
  });

  it('names placeholders where the data has holes', async () => {
    const el = await create(suite, { id: 'hostile-4' });
    await untilLoaded(el);
    expect(items(el)[3]!.querySelector('[part="item-name"]')!.textContent).to.contain('Unnamed user');
    // A status the API did not give shows no badge at all, not a "Status unknown" pill (issue 17).
    expect(visibleText(el)).not.to.contain('Status unknown');
  });

  it('says "Unknown date" for a time it cannot read, never a date made up from the text (issue 17)', async () => {
    // hostile-4 sends `created_at` as "not a date" and "2024-13-45T99:99:99Z".
    const el = await create(suite, { id: 'hostile-4', extra: 'layout="cards"' });
    await untilLoaded(el);
    for (const item of items(el)) expect(item.textContent).to.match(/Created\s*Unknown date/);
    expect(visibleText(el)).not.to.match(/20(01|24)/);
  });

  it('speaks the element’s language: German sentences, count and "Load more"', async () => {
    const el = await create(suite, { id: 'new-12', extra: 'lang="de" page-size="10" search="off"' });
    await untilLoaded(el);
    await waitUntil(() => shadow(el).querySelector('[role="status"]')!.textContent!.trim() === '10+ Benutzer', 'not in German');
    expect(shadow(el).querySelector('[part="list"]')!.getAttribute('aria-label')).to.equal('Benutzer');
    expect((await untilLoadMore(el)).textContent!.trim()).to.equal('Mehr laden');
    expect(visibleText(el)).to.contain('Letzte Anmeldung');
  });

  it('defaults base-url to SSOJet’s API', () => {
    expect(document.createElement('user-list').baseUrl).to.equal('https://api.ssojet.com');
  });

  it('reports an unknown client id as the server does', async () => {
    const el = await fixture<UserList>(`<user-list token="${TOKEN}" client-id="someone-else" base-url="${API}"></user-list>`);
    await waitUntil(() => alertRegion(el), 'no error');
    expect(alertRegion(el)!.textContent).to.contain('The client is invalid or missing.');
  });
});

describe('user-list: search while more pages exist goes to the server as `email`', () => {
  /** A paged list of 25 users, 10 a page; the search box is offered because more pages exist. */
  async function pagedUsers(base = API): Promise<UserList> {
    const el = (await create(suite, { id: 'new-25', base, extra: 'page-size="10"' })) as UserList;
    await untilLoaded(el);
    await waitUntil(() => searchBox(el) && statusText(el) === '10+ users', 'no search box, or not "10+ users"', { timeout: 5000 });
    return el;
  }
  /** The address of a user of the third page, which a search of the loaded pages could not find. */
  async function addressOnLastPage(): Promise<string> {
    const response = await fetch(`${API}/_data/new-25/api/v1/users?client_id=${CLIENT_ID}&limit=50`, { headers: { Authorization: `Bearer ${TOKEN}` } });
    return ((await response.json()) as { users: { email: string }[] }).users[22]!.email;
  }

  it('sends the query once typing pauses, shows the server’s match, and Escape goes back to the pages', async () => {
    const tag = uniqueTag();
    const el = await pagedUsers(faultyBase(`tag=${tag}`));
    // SSOJet documents `email` as a filter, not how it matches: the box promises no more than that.
    expect(searchBox(el)!.placeholder).to.equal('Search by e-mail address');
    const address = await addressOnLastPage();
    typeQuery(el, address.slice(0, 6));
    typeQuery(el, address);
    await waitUntil(() => statusText(el) === `The e-mail search for “${address}” found 1 user.`, 'no server match announced', { timeout: 5000 });
    expect(items(el)).to.have.length(1);
    expect(items(el)[0]!.textContent).to.contain(address);
    expect(loadMoreButton(el)).to.equal(null);
    // One request for the query typing paused on, none per keystroke.
    expect((await recordedRequests(tag)).map((request) => request.query['email']?.[0])).to.deep.equal([undefined, address]);
    await expect(el).to.be.accessible();

    searchBox(el)!.focus();
    await sendKeys({ press: 'Escape' });
    await waitUntil(() => items(el).length === 10 && statusText(el) === '10+ users', 'not back to the first page', { timeout: 5000 });
    expect(searchBox(el)!.value).to.equal('');
    await untilLoadMore(el);
  });

  it('says when the server found nobody (a part of an address is not promised to match), with a way back', async () => {
    const el = await pagedUsers();
    typeQuery(el, 'costa');
    await waitUntil(() => statusText(el) === 'The e-mail search for “costa” found no users.', 'no "found no users"', { timeout: 5000 });
    expect(items(el)).to.have.length(0);
    // The search box stays (no "This application has no users yet."), and so does the way back.
    expect(visibleText(el)).not.to.contain('no users yet');
    await expect(el).to.be.accessible();
    shadow(el).querySelector<HTMLButtonElement>('[part="clear-search"]')!.click();
    await waitUntil(() => items(el).length === 10 && statusText(el) === '10+ users', 'not back to the first page', { timeout: 5000 });
    await waitUntil(() => shadow(el).activeElement === searchBox(el), 'focus did not return to the search box');
  });

  it('aborts the request of an older query when a newer one is sent', async () => {
    const tag = uniqueTag();
    // The second request of the tag (the first query's) never answers.
    const el = await pagedUsers(faultyBase(`tag=${tag},hang,from=1,times=2`));
    const address = await addressOnLastPage();
    typeQuery(el, 'first.query@example.com');
    await waitUntil(async () => (await recordedRequests(tag)).length === 2, 'the first query was not sent', { timeout: 5000 });
    typeQuery(el, address);
    await waitUntil(() => statusText(el) === `The e-mail search for “${address}” found 1 user.`, 'the newer query was not answered', { timeout: 5000 });
    expect(await untilSettled(tag, 3)).to.deep.equal(['delivered', 'closed', 'delivered']);
  });

  it('shows a failed search as the list’s error, keeping the search box, and Escape goes back to the pages', async () => {
    const tag = uniqueTag();
    // The second request of the tag (the search's) fails.
    const el = await pagedUsers(faultyBase(`tag=${tag},status=500,from=1,times=2`));
    typeQuery(el, 'someone@example.com');
    await waitUntil(() => alertRegion(el), 'no error for the failed search', { timeout: 5000 });
    expect(alertRegion(el)!.textContent).to.contain('Could not load users.');
    expect(searchBox(el)!.value).to.equal('someone@example.com');
    await expect(el).to.be.accessible();
    searchBox(el)!.focus();
    await sendKeys({ press: 'Escape' });
    await waitUntil(() => items(el).length === 10 && statusText(el) === '10+ users', 'not back to the first page', { timeout: 5000 });
    expect(alertRegion(el)).to.equal(null);
  });

  it('filters the loaded users in the browser once every page is in: the list is complete', async () => {
    const tag = uniqueTag();
    const el = (await create(suite, { id: 'new-12', base: faultyBase(`tag=${tag}`), extra: 'page-size="50"' })) as UserList;
    await untilLoaded(el);
    await waitUntil(() => searchBox(el), 'no search box');
    expect(searchBox(el)!.placeholder).to.equal('Type to filter');
    typeQuery(el, '.');
    await waitUntil(() => statusText(el) === '12 of 12 match', 'no client-side match count', { timeout: 5000 });
    expect(await recordedRequests(tag)).to.have.length(1);
  });
});

describeHostileMatrix({
  ...suite,
  // An EnOS envelope without `users` holds no list of users.
  envelopeMessage: /unexpected form/,
  listsUsers: true,
  idInPath: false,
  unnamed: 'Unnamed user',
});
