// @ts-check
/**
 * Keeps README.md from being written twice. Run by `npm run build` (after the
 * manifest is generated); the test suite fails if README.md differs from what
 * this would write (test/docs/readme.test.ts).
 *
 * - Between `<!-- api:start -->` and `<!-- api:end -->`: one API table per
 *   element, generated from dist/custom-elements.json.
 * - Each `<!-- snippet:NAME path/to/demo/file [language] -->` … `<!-- /snippet -->`:
 *   the demo file's region between the lines `README: NAME` and `README: end`,
 *   so every snippet in the README is code a demo runs (and a test loads).
 *
 *   node scripts/readme.mjs           rewrite README.md
 *   node scripts/readme.mjs --check   exit 1 if README.md is out of date
 */
import { readFileSync, writeFileSync } from 'node:fs';
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

/** README.md as it should be, from the manifest and the demo files. */
export function renderReadme(/** @type {string} */ readme, /** @type {Manifest} */ manifest, readFile = read) {
  const withApi = replaceBetween(readme, '<!-- api:start -->', '<!-- api:end -->', `\n${apiTables(manifest)}\n`);
  return withApi.replace(
    /(<!-- snippet:(\S+) (\S+)(?: (\S+))? -->\n)[\s\S]*?(<!-- \/snippet -->)/g,
    (_all, open, name, path, language, close) =>
      `${open}${fence(language ?? extensionLanguage(path), demoRegion(readFile(path), name, path))}\n${close}`,
  );
}

/** The tagged elements of the manifest, in the order the package's main entry exports them. */
export function elementsOf(/** @type {Manifest} */ manifest) {
  const order = (manifest.modules.find((mod) => mod.path === 'dist/lib/index.js')?.exports ?? []).map((e) => e.name);
  return manifest.modules
    .flatMap((mod) => (mod.declarations ?? []).filter((d) => d.customElement && d.tagName))
    .sort((a, b) => order.indexOf(a.name) - order.indexOf(b.name));
}

function apiTables(/** @type {Manifest} */ manifest) {
  return elementsOf(manifest)
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

function replaceBetween(/** @type {string} */ text, /** @type {string} */ open, /** @type {string} */ close, /** @type {string} */ content) {
  const start = text.indexOf(open);
  const end = text.indexOf(close);
  if (start < 0 || end < start) throw new Error(`README.md has no ${open} … ${close} section`);
  return `${text.slice(0, start + open.length)}${content}${text.slice(end)}`;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const readme = read('README.md');
  const expected = renderReadme(readme, JSON.parse(read('dist/custom-elements.json')));
  if (process.argv.includes('--check')) {
    if (expected !== readme) {
      console.error('README.md is out of date: run `npm run build`, which rewrites its generated sections.');
      process.exit(1);
    }
  } else if (expected !== readme) {
    writeFileSync(new URL('README.md', ROOT), expected);
    console.log('README.md: generated sections updated');
  }
}
