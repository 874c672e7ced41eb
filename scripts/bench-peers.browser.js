// @ts-check
/**
 * The peers `npm run bench` measures `<sso-user-list>` against (issue 16),
 * bundled by esbuild when the bench starts and served as /peers.js: what an
 * app would write with each library, fetching the same EnOS answer. Each
 * reads the users straight from the parsed body by the documented field
 * names (no defensive reading), and renders name, e-mail, identity provider
 * and creation time into a box 32rem tall, as `<sso-user-list>` does.
 * Minified, which also keeps @vaadin/grid's development-mode usage
 * statistics off (they run only for unminified code on localhost).
 */
import { html, render } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { virtualize } from '@lit-labs/virtualizer/virtualize.js';
import '@vaadin/grid/vaadin-grid.js';
import '@vaadin/grid/vaadin-grid-column.js';

/** @typedef {{ id: string, name: string, email: string, domain: string, created: string }} PeerUser */

/**
 * fetch + JSON.parse of the list, then the users as a plain app keeps them.
 * @param {string} api
 * @param {string} orgId
 * @returns {Promise<PeerUser[]>}
 */
async function load(api, orgId) {
  const response = await fetch(`${api}/enos-iam-service/v2.3/user/sso/list?orgId=${encodeURIComponent(orgId)}`, {
    headers: { Authorization: 'Bearer demo-token' },
  });
  /** @type {{ users: Record<string, string>[] }} */
  const body = JSON.parse(await response.text());
  return body.users.map((user) => ({ id: user.id, name: user.name, email: user.email, domain: user.domain, created: user.createTime }));
}

/** @param {PeerUser} user */
const row = (user) =>
  html`<div class="row" style="padding: 0.5rem; border-block-end: 1px solid #ccc"><strong>${user.name}</strong> <span>${user.email}</span> <span>${user.domain}</span> <time>${user.created}</time></div>`;

/**
 * What a keystroke in a search box does in a plain app: the users whose name
 * or e-mail holds the query.
 * @param {PeerUser[]} users
 * @param {string} query
 */
const matching = (users, query) => users.filter((user) => user.name.toLowerCase().includes(query) || user.email.toLowerCase().includes(query));

/**
 * A box with the count and the list, rendered by `draw(items, box)`; returns the filter.
 * @param {HTMLElement} host
 * @param {PeerUser[]} users
 * @param {(items: PeerUser[], box: HTMLElement) => void} draw
 */
function mount(host, users, draw) {
  const count = document.createElement('p');
  const box = document.createElement('div');
  box.style.cssText = 'max-block-size: 32rem; block-size: 32rem; overflow: auto';
  host.append(count, box);
  const show = (/** @type {PeerUser[]} */ items) => {
    count.textContent = `${items.length} users`;
    draw(items, box);
  };
  show(users);
  return (/** @type {string} */ query) => show(matching(users, query));
}

/** @type {Record<string, { mount: (host: HTMLElement, users: PeerUser[]) => (query: string) => void, firstRow: (host: HTMLElement) => Element | null }>} */
const contenders = {
  // @lit-labs/virtualizer's directive alone, in a scrolling box, as the Lit documentation shows it.
  virtualizer: {
    mount: (host, users) => mount(host, users, (items, box) => render(html`${virtualize({ items, renderItem: row, keyFunction: (user) => user.id })}`, box)),
    firstRow: (host) => host.querySelector('.row'),
  },
  // A full render: every row in the DOM, with Lit's keyed repeat().
  repeat: {
    mount: (host, users) => mount(host, users, (items, box) => render(html`${repeat(items, (user) => user.id, row)}`, box)),
    firstRow: (host) => host.querySelector('.row'),
  },
  // <vaadin-grid> with one column per field, its rows drawn by the grid's own virtual scrolling.
  vaadin: {
    mount: (host, users) => {
      /** @type {(HTMLElement & { items: PeerUser[] }) | undefined} */
      let grid;
      return mount(host, users, (items, box) => {
        if (!grid) {
          grid = /** @type {HTMLElement & { items: PeerUser[] }} */ (document.createElement('vaadin-grid'));
          grid.style.blockSize = '100%';
          for (const path of ['name', 'email', 'domain', 'created']) {
            const column = document.createElement('vaadin-grid-column');
            column.setAttribute('path', path);
            grid.append(column);
          }
          box.append(grid);
        }
        grid.items = items;
      });
    },
    // A body cell's content, light DOM slotted into the grid: the e-mail column's (the header's cells hold no `@`).
    firstRow: (host) => [...host.querySelectorAll('vaadin-grid-cell-content')].find((cell) => cell.textContent?.includes('@')) ?? null,
  },
};

Object.assign(window, { benchPeers: { load, contenders } });
