// @ts-check
/**
 * Keeps README.md and docs/ from being written twice. Run by `npm run build`
 * (after the manifest is generated); the test suite fails if a page differs
 * from what this would write or links to a file or heading that does not
 * exist (test/package/manifest.test.ts, through test/support/readme-plugin.mjs).
 *
 * - Between `<!-- api:start -->` (every element) or `<!-- api:start TAG -->`
 *   (one element) and `<!-- api:end -->`: API tables, generated from
 *   dist/custom-elements.json.
 * - Between `<!-- elements:start DIR -->` and `<!-- elements:end -->`: the
 *   table of elements, one row each with its summary, linking to DIR<tag>.md
 *   (DIR relative to the page), so an element is listed once it has a page.
 * - Each `<!-- snippet:NAME path/to/demo/file [language] -->` … `<!-- /snippet -->`:
 *   the demo file's region between the lines `README: NAME` and `README: end`,
 *   so every snippet in the docs is code a demo runs (and a test loads).
 *
 *   node scripts/readme.mjs           rewrite the generated sections
 *   node scripts/readme.mjs --check   exit 1 if a page is out of date or a link is broken
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = new URL('..', import.meta.url);
const read = (/** @type {string} */ path) => readFileSync(new URL(path, ROOT), 'utf8');

/**
 * The parts of custom-elements.json read here.
 * @typedef {{ name: string, description?: string, type?: { text: string } }} Documented
 * @typedef {Documented & { fieldName?: string }} Attribute
 * @typedef {Documented & { kind: string, privacy?: string, static?: boolean, attribute?: string, return?: { type?: { text: string } } }} Member
 * @typedef {{ kind: string, name: string, customElement?: boolean, tagName?: string, summary?: string, attributes?: Attribute[],
 *   members?: Member[], events?: Documented[], slots?: Documented[], cssParts?: Documented[], cssProperties?: Documented[] }} Declaration
 * @typedef {{ modules: { path: string, declarations?: Declaration[], exports?: { name: string }[] }[] }} Manifest
 */

/** The pages kept by this script: README.md and every Markdown file under docs/. */
export function docPages(root = fileURLToPath(ROOT)) {
  const docs = readdirSync(join(root, 'docs'), { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.md'));
  return ['README.md', ...docs.sort().map((f) => join('docs', f))];
}

/** A page as it should be, from the manifest and the demo files. */
export function renderPage(/** @type {string} */ page, /** @type {Manifest} */ manifest, readFile = read) {
  const withApi = page.replace(
    /(<!-- api:start(?: (\S+))? -->)[\s\S]*?(<!-- api:end -->)/g,
    (_all, open, tag, close) => `${open}\n${apiTables(manifest, tag)}\n${close}`,
  );
  const withElements = withApi.replace(
    /(<!-- elements:start (\S+) -->)[\s\S]*?(<!-- elements:end -->)/g,
    (_all, open, dir, close) => `${open}\n${elementTable(manifest, dir)}\n${close}`,
  );
  return withElements.replace(
    /(<!-- snippet:(\S+) (\S+)(?: (\S+))? -->\n)[\s\S]*?(<!-- \/snippet -->)/g,
    (_all, open, name, path, language, close) =>
      `${open}${fence(language ?? extensionLanguage(path), demoRegion(readFile(path), name, path))}\n${close}`,
  );
}

/**
 * Links in `pages` (path → text) to a page or heading that does not exist:
 * relative links only, outside code. Anchors are GitHub's heading slugs.
 */
export function brokenLinks(/** @type {Map<string, string>} */ pages) {
  /** @type {string[]} */
  const broken = [];
  for (const [path, text] of pages) {
    for (const [, target] of proseOf(text).matchAll(/\]\(([^)\s]+)\)/g)) {
      if (/^[a-z]+:/i.test(target)) continue;
      const [file, anchor] = target.split('#');
      const resolved = file ? normalize(join(dirname(path), file)) : path;
      const linked = pages.get(resolved);
      if (linked === undefined) {
        if (!file || !existsSync(new URL(resolved, ROOT))) broken.push(`${path}: ${target} (no such file)`);
      } else if (anchor && !slugsOf(linked).has(anchor)) {
        broken.push(`${path}: ${target} (no such heading)`);
      }
    }
  }
  return broken;
}

/** The text without fenced code blocks and code spans, where brackets are code. */
const proseOf = (/** @type {string} */ text) => text.replace(/```[\s\S]*?```/g, '').replace(/`[^`\n]*`/g, '');

/** GitHub's anchors for a page's headings: lower case, punctuation dropped, spaces to `-`, repeats numbered. */
function slugsOf(/** @type {string} */ text) {
  const slugs = new Set();
  for (const [, heading] of text.replace(/```[\s\S]*?```/g, '').matchAll(/^#{1,6} +(.+?) *$/gm)) {
    const base = heading.toLowerCase().replace(/[^\p{L}\p{N}\s_-]/gu, '').replace(/ /g, '-');
    let slug = base;
    for (let n = 1; slugs.has(slug); n++) slug = `${base}-${n}`;
    slugs.add(slug);
  }
  return slugs;
}

/** The tagged elements of the manifest, in the order the package's main entry exports them. */
export function elementsOf(/** @type {Manifest} */ manifest) {
  const order = (manifest.modules.find((mod) => mod.path === 'dist/lib/index.js')?.exports ?? []).map((e) => e.name);
  return manifest.modules
    .flatMap((mod) => (mod.declarations ?? []).filter((d) => d.customElement && d.tagName))
    .sort((a, b) => order.indexOf(a.name) - order.indexOf(b.name));
}

function apiTables(/** @type {Manifest} */ manifest, /** @type {string | undefined} */ tag) {
  const elements = elementsOf(manifest).filter((el) => tag === undefined || el.tagName === tag);
  if (elements.length === 0) throw new Error(`custom-elements.json has no element <${tag}>`);
  return elements
    .map((el) => {
      const publicMembers = (el.members ?? []).filter((m) => (m.privacy ?? 'public') === 'public' && !m.static && !m.name.startsWith('_'));
      const propertiesOnly = publicMembers.filter((m) => m.kind === 'field' && !m.attribute);
      // An inherited attribute may carry no type; its property does.
      const typeOf = (/** @type {Attribute} */ a) => a.type?.text ?? publicMembers.find((m) => m.name === a.fieldName)?.type?.text ?? 'string';
      const methods = publicMembers.filter((m) => m.kind === 'method');
      const sections = [
        `### \`<${el.tagName}>\` API`,
        el.summary ? oneLine(el.summary) : '',
        table(
          ['attribute', 'property', 'type', 'description'],
          (el.attributes ?? []).map((a) => [code(a.name), a.fieldName ? code(a.fieldName) : '', code(typeOf(a)), a.description ?? '']),
        ),
        table(
          ['property', 'type', 'description'],
          propertiesOnly.map((m) => [code(m.name), code(m.type?.text ?? ''), m.description ?? '']),
        ),
        table(
          ['method', 'returns', 'description'],
          methods.map((m) => [code(`${m.name}()`), code(m.return?.type?.text ?? 'void'), m.description ?? '']),
        ),
        table(
          ['event', 'type', 'description'],
          (el.events ?? []).map((e) => [code(e.name), code(e.type?.text ?? 'Event'), e.description ?? '']),
        ),
        table(['slot', 'description'], (el.slots ?? []).map((s) => [code(s.name || '(default)'), s.description ?? ''])),
        table(['CSS part', 'description'], (el.cssParts ?? []).map((p) => [code(p.name), p.description ?? ''])),
        table(['CSS custom property', 'description'], (el.cssProperties ?? []).map((p) => [code(p.name), p.description ?? ''])),
      ];
      return sections.filter(Boolean).join('\n\n');
    })
    .join('\n\n');
}

function elementTable(/** @type {Manifest} */ manifest, /** @type {string} */ dir) {
  const prefix = dir === './' ? '' : dir;
  return table(
    ['element', 'what it shows'],
    elementsOf(manifest).map((el) => [`[\`<${el.tagName}>\`](${prefix}${el.tagName}.md)`, el.summary ?? '']),
  );
}

function table(/** @type {string[]} */ head, /** @type {string[][]} */ rows) {
  if (rows.length === 0) return '';
  const line = (/** @type {string[]} */ cells) => `| ${cells.map((c) => oneLine(c).replaceAll('|', '\\|')).join(' | ')} |`;
  return [line(head), line(head.map(() => '---')), ...rows.map(line)].join('\n');
}

const oneLine = (/** @type {string} */ text) => text.replace(/\s*\n\s*/g, ' ').trim();
const code = (/** @type {string} */ text) => (text ? `\`${text}\`` : '');

/** The lines between `README: name` and the next `README: end`, dedented. */
export function demoRegion(/** @type {string} */ source, /** @type {string} */ name, /** @type {string} */ path) {
  const lines = source.split('\n');
  const start = lines.findIndex((line) => new RegExp(`README: ${name}(?!\\S)`).test(line));
  const end = lines.findIndex((line, i) => i > start && /README: end\b/.test(line));
  if (start < 0 || end < 0) throw new Error(`${path} has no region "README: ${name}" … "README: end"`);
  const region = lines.slice(start + 1, end);
  const indent = Math.min(...region.filter((l) => l.trim()).map((l) => /** @type {string} */ (/^ */.exec(l)?.[0]).length));
  return region.map((l) => l.slice(indent)).join('\n');
}

const extensionLanguage = (/** @type {string} */ path) => path.split('.').pop() ?? '';

function fence(/** @type {string} */ language, /** @type {string} */ body) {
  return `\`\`\`${language}\n${body}\n\`\`\``;
}

/** Every page and what it should be; the broken links among them. */
export function checkPages(/** @type {Manifest} */ manifest, readFile = read) {
  const pages = new Map(docPages().map((path) => [path, readFile(path)]));
  const expected = new Map([...pages].map(([path, text]) => [path, renderPage(text, manifest, readFile)]));
  const documented = [...pages.values()].join('\n');
  const undocumented = elementsOf(manifest)
    .filter((el) => !documented.includes(`<!-- api:start ${el.tagName} -->`))
    .map((el) => `<${el.tagName}> has no page with its API tables (docs/elements/${el.tagName}.md)`);
  return { pages, expected, broken: [...brokenLinks(expected), ...undocumented] };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { pages, expected, broken } = checkPages(JSON.parse(read('dist/custom-elements.json')));
  const stale = [...pages].filter(([path, text]) => expected.get(path) !== text).map(([path]) => path);
  if (process.argv.includes('--check')) {
    if (stale.length > 0) console.error(`Out of date: ${stale.join(', ')}; run \`npm run build\`, which rewrites their generated sections.`);
  } else {
    for (const path of stale) writeFileSync(new URL(path, ROOT), /** @type {string} */ (expected.get(path)));
    if (stale.length > 0) console.log(`Generated sections updated: ${stale.join(', ')}`);
  }
  for (const link of broken) console.error(`Broken link: ${link}`);
  if (broken.length > 0 || (stale.length > 0 && process.argv.includes('--check'))) process.exit(1);
}
