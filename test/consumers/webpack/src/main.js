// One element's module: the page pays for <user-orgs> only.
import 'iam-elements/user-orgs';

const list = document.querySelector('user-orgs');
const output = document.querySelector('#event');
list.addEventListener('iam-load', (e) => (output.textContent = `iam-load ${e.detail.items.length}`));
list.token = 'demo-token';
// The consumer matrix (test/consumers/run.mjs) passes the reference API's origin.
list.baseUrl = new URLSearchParams(location.search).get('api') ?? '';
