#!/usr/bin/env node
// @ts-check
/**
 * Scaffolds an SSOJet list element on an endpoint the library already reads
 * (a function of src/api/ssojet/ that returns a `Page` of items):
 *
 *   npm run new-element -- permission-list --module permissions --fetch fetchPermissions \
 *     --item SsojetPermission --path PERMISSIONS_PATH --noun permission
 *
 * It writes the element's folder (registration, component, sentences), its
 * test and its docs page, then runs the registry (scripts/registry.mjs), which
 * adds it to the entries, the React wrappers and package.json. A new endpoint
 * is a change of the API layer first: its module in src/api/ssojet/ and its
 * route in the reference server (demo/server/), as CONTRIBUTING.md says.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { classNameOf, writeRegistry } from './registry.mjs';

const USAGE =
  'usage: npm run new-element -- <tag> --module <src/api/ssojet module> --fetch <function> --item <type> --path <path constant> --noun <singular> [--plural <plural>]';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    module: { type: 'string' },
    fetch: { type: 'string' },
    item: { type: 'string' },
    path: { type: 'string' },
    noun: { type: 'string' },
    plural: { type: 'string' },
  },
});

const [tag] = positionals;
const { module, fetch, item, path, noun } = values;
if (!tag || !module || !fetch || !item || !path || !noun) fail(USAGE);
// A custom element name: lower case, starting with a letter, with a hyphen (HTML's valid custom element name, ASCII part).
if (!/^[a-z][a-z0-9]*(-[a-z0-9]+)+$/.test(tag)) fail(`"${tag}" is not a custom element name of lower-case words joined by hyphens`);

const plural = values.plural ?? `${noun}s`;
const root = new URL('../', import.meta.url);
const folder = new URL(`src/elements/${tag}/`, root);
if (existsSync(folder)) fail(`src/elements/${tag}/ exists already`);
const apiModule = new URL(`src/api/ssojet/${module}.ts`, root);
if (!existsSync(apiModule)) fail(`src/api/ssojet/${module}.ts does not exist: add the endpoint's module first`);
/** The documented path, for the docs: the value of the module's constant. */
const endpoint = new RegExp(`export const ${path} = '([^']+)'`).exec(readFileSync(apiModule, 'utf8'))?.[1];
if (!endpoint) fail(`src/api/ssojet/${module}.ts exports no path constant ${path}`);

const className = classNameOf(tag);
/** The sentences' prefix: the tag in camel case (`permission-list` → `permissionList`). */
const prefix = className[0].toLowerCase() + className.slice(1);
const messagesName = `${prefix}Messages`;
const capital = (/** @type {string} */ text) => text[0].toUpperCase() + text.slice(1);

/** @type {[string, string][]} */
const files = [
  [
    `src/elements/${tag}/${tag}.ts`,
    `import type { ${item} } from '../../api/ssojet/${module}.js';
import { defineElement } from '../../shared/define.js';
import { ${className} } from './${tag}.component.js';
import type { ${messagesName} } from './${tag}.strings.js';

export { ${className} };

/** One item of the list (scripts/registry.mjs types the React wrapper's events with it). */
export type ${className}Item = ${item};

defineElement('${tag}', ${className});

declare global {
  interface HTMLElementTagNameMap {
    '${tag}': ${className};
  }
}

// The element's sentences join the library's (MessageId, StringOverrides) here, in the module every entry
// imports: the class's .d.ts inlines its table's type and so does not bring the strings module along.
declare module '../../shared/strings.js' {
  interface MessageTables {
    '${tag}': typeof ${messagesName};
  }
}
`,
  ],
  [
    `src/elements/${tag}/${tag}.strings.ts`,
    `import { str, type MsgFn } from '@lit/localize';

/**
 * \`<${tag}>\`'s own sentences, in the form of src/shared/strings.ts. They
 * travel in the element's chunk: a page without the element never downloads them.
 */
export const ${messagesName} = {
  '${prefix}.label': (msg: MsgFn) => msg('${capital(plural)}', { id: '${prefix}.label' }),
  '${prefix}.loading': (msg: MsgFn) => msg('Loading ${plural}…', { id: '${prefix}.loading' }),
  '${prefix}.loadFailed': (msg: MsgFn) => msg('Could not load ${plural}.', { id: '${prefix}.loadFailed' }),
  '${prefix}.empty': (msg: MsgFn) => msg('No ${plural}.', { id: '${prefix}.empty' }),
  '${prefix}.count.one': (msg: MsgFn, n: string) => msg(str\`\${n} ${noun}\`, { id: '${prefix}.count.one' }),
  '${prefix}.count.other': (msg: MsgFn, n: string) => msg(str\`\${n} ${plural}\`, { id: '${prefix}.count.other' }),
  '${prefix}.unnamed': (msg: MsgFn) => msg('Unnamed ${noun}', { id: '${prefix}.unnamed' }),
  '${prefix}.search': (msg: MsgFn) => msg('Search ${plural}', { id: '${prefix}.search' }),
};
`,
  ],
  [
    `src/elements/${tag}/${tag}.component.ts`,
    `import { ${fetch}, ${path}, type ${item} } from '../../api/ssojet/${module}.js';
import type { ItemPresenter } from '../../shared/data-list-element.js';
import { SsojetListElement } from '../../shared/ssojet-list-element.js';
import { ${messagesName} } from './${tag}.strings.js';

/**
 * @tagname ${tag}
 * @summary An SSOJet application's ${plural}, from \`GET ${endpoint}\` (paged with "Load more").
 *
 * @attr token - Bearer token for \`base-url\`.
 * @attr client-id - SSOJet client id, sent as the \`client_id\` query parameter. Also accepted as \`client_id\`.
 * @attr base-url - API origin, optionally with a path prefix; defaults to \`https://api.ssojet.com\`.
 * @attr path - The endpoint's path after \`base-url\` (default \`${endpoint}\`).
 * @attr label - Accessible name of the list (default "${capital(plural)}").
 * @attr search - The search box and sort control: \`auto\` (above 10 ${plural}), \`on\`, \`off\`.
 * @attr cache-ttl - Milliseconds an answer serves identical requests (default 10000; 0 turns the cache off).
 * @attr virtualize-threshold - Lists longer than this render only the rows in view (default 100).
 *
 * @event {CustomEvent<IamLoadDetail<${item}>>} iam-load - The ${plural} were loaded and rendered (again after each "Load more").
 * @event {CustomEvent<IamErrorDetail>} iam-error - Loading failed; \`detail.error\` is an \`IamError\`.
 * @event {CustomEvent<IamSelectDetail<${item}>>} iam-select - The user activated a ${noun}.
 */
export class ${className} extends SsojetListElement<${item}> {
  protected override readonly defaultPath = ${path};

  protected override readonly messagePrefix = '${prefix}';

  protected override readonly messages = ${messagesName};

  protected override readonly source = this.ssojetSource({ fetch: ${fetch} });

  // How one ${noun} is shown: its name, and what \`details\` and \`badges\` add (see src/shared/templates.ts).
  protected override readonly presenter: ItemPresenter<${item}> = {
    name: (item) => item.name,
    searchText: (item) => item.name ?? '',
  };
}
`,
  ],
  [
    `test/elements/${tag}.test.ts`,
    `import { expect, fixture, html } from '@open-wc/testing';
import '../../src/elements/${tag}/${tag}.js';
import type { ${className} } from '../../src/elements/${tag}/${tag}.js';
import { items, untilLoaded } from '../helpers/element.js';
import { CLIENT_ID, faultyBase, recordedRequests, TOKEN, uniqueTag } from '../helpers/reference-api.js';
import { describeHostileMatrix } from '../hostile/matrix.js';
import { describeWiring, type ListSuite } from './list-states.js';

// The states every list shares are tested once, on the test list element;
// here: that <${tag}> is wired to that engine, the hostile inputs, and what is its own.
const suite: ListSuite = {
  tag: '${tag}',
  otherAttributes: \`client-id="\${CLIENT_ID}"\`,
  loadingText: 'Loading ${plural}…',
  emptyText: 'No ${plural}.',
};

describeWiring(suite);

describeHostileMatrix({
  ...suite,
  // An EnOS envelope holds no list of ${plural}.
  envelopeMessage: /unexpected form/,
  idInPath: false,
  unnamed: 'Unnamed ${noun}',
});

describe('${tag}', () => {
  it('requests ${endpoint} with the client id and shows the ${plural}', async () => {
    const mark = uniqueTag();
    const el = await fixture<${className}>(
      html\`<${tag} token=\${TOKEN} client-id=\${CLIENT_ID} base-url=\${faultyBase(\`tag=\${mark}\`)}></${tag}>\`,
    );
    await untilLoaded(el);
    expect(items(el).length).to.be.greaterThan(0);
    const [request] = await recordedRequests(mark);
    expect([request!.path, request!.query]).to.deep.equal(['${endpoint}', { client_id: [CLIENT_ID] }]);
    await expect(el).to.be.accessible();
  });
});
`,
  ],
  [
    `docs/elements/${tag}.md`,
    `# \`<${tag}>\`

Required: \`token\`, \`client-id\`. Request: \`GET {base-url}${endpoint}?client_id=…[&cursor=…]\`, paged with "Load more".
Each ${noun} shows its name.

The inputs, states and events every element shares: [the elements](README.md).

## API

Generated from \`custom-elements.json\` by \`npm run build\`; do not edit by hand.

<!-- api:start ${tag} -->
<!-- api:end -->
`,
  ],
];

for (const [file, text] of files) {
  const url = new URL(file, root);
  mkdirSync(new URL('.', url), { recursive: true });
  writeFileSync(url, text);
  console.log(`wrote ${file}`);
}
console.log(`registry: wrote ${writeRegistry(root).join(', ')}`);
console.log(`Next: fill in the presenter and the docs page, run the test, add a section to demo/index.html when it is ready to show.`);

/** @param {string} message @returns {never} */
function fail(message) {
  console.error(message);
  process.exit(2);
}
