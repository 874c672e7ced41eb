// Lit's hydration support must load before any element is defined (docs/frameworks.md, "Lit SSR").
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
import 'iam-elements/user-orgs';

// A warning while hydrating (Lit's "Hydration value mismatch" among them) fails the consumer matrix,
// which fails a page on any console error.
const warn = console.warn;
console.warn = (...args) => {
  console.error('console.warn:', ...args);
  warn(...args);
};

const list = document.querySelector('user-orgs');
list.addEventListener('iam-load', (event) => {
  document.querySelector('#event').textContent = `iam-load ${event.detail.items.length}`;
});
// The token never goes into the server's HTML: the page sets it as a property once the element is hydrated.
await customElements.whenDefined('user-orgs');
list.token = 'demo-token';
