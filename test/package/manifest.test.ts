/**
 * The package surface after `npm run build`: custom-elements.json describes
 * every element the package registers, with every attribute, property, event
 * and CSS custom property the running element has; package.json's `exports`,
 * `sideEffects` and `customElements` point at files that exist and say
 * exactly which modules register tags; README.md's generated parts are current.
 */
import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import type { CSSResult, PropertyDeclaration } from 'lit';
import * as entry from '../../src/index.js';
import { largeListStyles } from '../../src/shared/large-list.js';
import { skeletonStyles } from '../../src/shared/skeleton.js';
import { tableStyles } from '../../src/shared/table-layout.js';

interface Documented {
  name: string;
  description?: string;
}
interface Declaration {
  name: string;
  tagName?: string;
  customElement?: boolean;
  attributes?: (Documented & { fieldName?: string })[];
  members?: (Documented & { kind: string; privacy?: string; static?: boolean; type?: { text: string } })[];
  events?: Documented[];
  cssProperties?: Documented[];
}
interface Manifest {
  modules: { path: string; declarations?: Declaration[]; exports?: { kind: string; name: string }[] }[];
}
type Exports = Record<string, string | Record<string, string>>;
interface PackageJson {
  exports: Exports;
  sideEffects: string[];
  customElements: string;
  files: string[];
}
/** What the test reads from a Lit element class. */
interface LitClass extends CustomElementConstructor {
  observedAttributes: string[];
  elementProperties: Map<PropertyKey, PropertyDeclaration>;
  elementStyles: CSSResult[];
}

const json = async <T>(path: string) => (await fetch(path)).json() as Promise<T>;
const manifest = await json<Manifest>('/dist/custom-elements.json');
const pkg = await json<PackageJson>('/package.json');
const declarations = manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.tagName);

/** The element classes the package's main entry exports, with the tags they are registered under. */
const registered = (Object.values(entry) as unknown[])
  .filter((value): value is LitClass => typeof value === 'function' && value.prototype instanceof HTMLElement)
  .map((elementClass) => ({ elementClass, tag: customElements.getName(elementClass)! }));

async function exists(path: string): Promise<boolean> {
  return (await fetch(path.replace(/^\./, ''), { method: 'HEAD' })).ok;
}

describe('custom-elements.json', () => {
  it('lists every element the package registers, and only those', () => {
    expect(registered.length).to.be.greaterThan(1);
    expect(declarations.map((d) => d.tagName).sort()).to.deep.equal(registered.map((r) => r.tag).sort());
  });

  for (const { elementClass, tag } of registered) {
    describe(`<${tag}>`, () => {
      const declaration = () => declarations.find((d) => d.tagName === tag)!;

      it('documents every attribute the element observes (inherited ones included)', () => {
        const documented = declaration().attributes!.map((a) => a.name);
        expect(documented).to.include.members(elementClass.observedAttributes);
        for (const attribute of declaration().attributes!) expect(attribute.description, attribute.name).to.be.a('string');
      });

      it('documents every public reactive property, and refresh()', () => {
        const publicMembers = declaration().members!.filter((m) => (m.privacy ?? 'public') === 'public').map((m) => m.name);
        const reactive = [...elementClass.elementProperties.keys()].filter((k) => typeof k === 'string' && !k.startsWith('_'));
        expect(publicMembers).to.include.members([...reactive, 'refresh']);
      });

      // The framework typings (src/types/elements.ts) derive the attributes from the
      // properties: each property of text or numbers, named in kebab case.
      it('names each attribute after its property in kebab case, and gives each text or number property one', () => {
        const kebab = (name: string) => name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
        for (const [name, options] of elementClass.elementProperties) {
          if (typeof name !== 'string' || options.attribute === false) continue;
          expect(typeof options.attribute === 'string' ? options.attribute : name.toLowerCase(), name).to.equal(kebab(name));
        }
        const plain = /^(string|number|undefined|'[^']*')( \| (string|number|undefined|'[^']*'))*$/;
        for (const member of declaration().members!) {
          if (member.kind !== 'field' || member.static || (member.privacy ?? 'public') !== 'public' || !plain.test(member.type?.text ?? '')) continue;
          expect(elementClass.elementProperties.get(member.name)?.attribute, member.name).to.not.equal(false);
        }
      });

      it('documents the iam-* events with their detail types', () => {
        const events = declaration().events!;
        expect(events.map((e) => e.name)).to.have.members([
          'iam-load',
          'iam-error',
          'iam-auth-required',
          'iam-select',
          'iam-before-action',
          'iam-action',
          'iam-action-error',
        ]);
        for (const event of events) expect(event.description, event.name).to.be.a('string');
      });

      it('documents exactly the --iam-* custom properties its styles read', () => {
        // The chunks' styles are adopted when they load: long lists' (large-list.ts), the placeholder's and the table's.
        const css = [...elementClass.elementStyles, largeListStyles, skeletonStyles, tableStyles].map((style) => style.cssText).join('\n');
        const used = [...new Set([...css.matchAll(/var\((--iam-[\w-]+)/g)].map((m) => m[1]!))];
        const documented = declaration().cssProperties!.map((p) => p.name);
        expect(documented).to.have.members(used);
      });
    });
  }
});

describe('package.json', () => {
  it('has an export per element, and every export and type file exists', async () => {
    for (const { tag } of registered) expect(pkg.exports).to.have.property(`./${tag}`);
    for (const [name, target] of Object.entries(pkg.exports)) {
      // Every condition's file (`types` alone for the framework typings, iam-elements/types/*).
      const files = typeof target === 'string' ? [target] : Object.values(target);
      for (const file of files) expect(await exists(file), `${name} → ${file}`).to.equal(true);
    }
  });

  it('an element export registers its tag (the module named in the manifest)', async () => {
    const definitions = manifest.modules.filter((m) => m.exports?.some((e) => e.kind === 'custom-element-definition'));
    for (const { tag } of registered) {
      const target = pkg.exports[`./${tag}`] as Record<string, string>;
      const module = definitions.find((m) => m.exports!.some((e) => e.name === tag))!;
      expect(`./${module.path}`).to.equal(target.import);
    }
  });

  // The src/ entries are for this repository's own builds: Vite applies the
  // root package.json's sideEffects to its sources too, and without them it
  // drops the registering modules from dist/iam-elements.js (seen: an empty bundle).
  it('sideEffects names exactly the modules that register tags, in dist and src', () => {
    const definitions = manifest.modules
      .filter((m) => m.exports?.some((e) => e.kind === 'custom-element-definition'))
      .map((m) => `./${m.path}`);
    const registering = ['./dist/iam-elements.js', './dist/lib/index.js', ...definitions];
    const sources = registering.filter((p) => p.startsWith('./dist/lib/')).map((p) => p.replace('./dist/lib/', './src/').replace(/\.js$/, '.ts'));
    // dist/iam-elements.js is built from its own entry, whose loader registers the tags.
    expect(pkg.sideEffects).to.have.members([...registering, ...sources, './src/iam-elements.ts']);
  });

  it('customElements names the manifest, and files ship it', async () => {
    expect(await exists(pkg.customElements)).to.equal(true);
    expect(pkg.files).to.include(pkg.customElements);
  });
});

describe('README.md and docs/', () => {
  it('their API tables and snippets are what scripts/readme.mjs generates from the manifest and the demos, and their links resolve', async () => {
    const status = await executeServerCommand('readme-status');
    expect(status).to.deep.equal({ upToDate: true });
  });
});
