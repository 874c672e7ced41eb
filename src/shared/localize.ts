import { isStrTagged, joinStringsAndValues, type MsgFn, type MsgOptions, type TemplateLike, type TemplateMap } from '@lit/localize';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { messages, type ListMessagePrefix, type Message, type MessageArgs, type MessageId, type MessageTable } from './strings.js';

/**
 * Localization, per element.
 *
 * @lit/localize's runtime keeps ONE active locale for the whole page
 * (`configureLocalization` may be called once), but an element here follows
 * its own `lang`, else its nearest ancestor's, else the document's: two
 * elements on one page can speak two languages. So the library never
 * configures the global runtime. Each message (in `strings.ts`, an element's
 * own table, or a shared module's) is a function that takes a `msg` and
 * calls it with the English text and a fixed id; that call is what
 * `lit-localize extract` reads. Each element passes its own
 * `msg`, which looks the id up in the generated `templates` of the element's
 * locale (the modules lit-localize builds in runtime mode, loaded on demand by
 * dynamic import, so the script-tag bundle carries English only) and falls
 * back to the English source when a translation is missing or empty.
 *
 * Above the translations, a host can replace any sentence without a fork:
 * per element with the `strings` property, or per locale (also a locale the
 * library does not ship) with `registerLocale()`.
 */

/** A host's replacement for some sentences: text, or a function of the message's (formatted) arguments. */
export type StringOverrides = { [K in MessageId]?: string | ((...args: MessageArgs<K>) => string) };

type LocaleModule = { templates: TemplateMap };

type LocalizedHost = ReactiveControllerHost & HTMLElement & { strings?: StringOverrides | undefined };

/** The translations built from xliff/ (`npm run localize`), each a chunk of its own. */
const shipped: Record<string, () => Promise<LocaleModule>> = {
  de: () => import('../generated/locales/de.js'),
  'zh-Hans': () => import('../generated/locales/zh-Hans.js'),
  ar: () => import('../generated/locales/ar.js'),
};

const loaded = new Map<string, Promise<TemplateMap | undefined>>();
const registered = new Map<string, StringOverrides>();
const controllers = new Set<LocaleController>();

/**
 * Adds sentences for a locale, or replaces some of a shipped locale's, for
 * every element on the page: `registerLocale('fr', { retry: 'Réessayer' })`.
 * Sentences left out fall back to the shipped translation, then to English.
 */
export function registerLocale(locale: string, overrides: StringOverrides): void {
  registered.set(locale, { ...registered.get(locale), ...overrides });
  controllers.forEach((controller) => controller.resolve(true));
}

/** Scripts written right to left, by language subtag (the ones Intl.Locale maximizes to Arab, Hebr, Thaa, Syrc, Nkoo, Adlm). */
const RTL_SCRIPTS = /^(Arab|Hebr|Thaa|Syrc|Nkoo|Adlm|Rohg)$/;

/**
 * The language of the messages for a `lang` value: the exact tag, then
 * language and script (`zh-CN` is `zh-Hans`, `zh-TW` is `zh-Hant`), then the
 * language alone (`de-CH` is `de`); English when none is available.
 */
function messageLocale(locale: Intl.Locale): string {
  const full = locale.maximize();
  const candidates = [locale.baseName, `${full.language}-${full.script}`, full.language];
  return candidates.find((tag) => tag in shipped || registered.has(tag)) ?? 'en';
}

/**
 * The nearest `attribute` on the element or an ancestor, crossing shadow
 * roots (the document's is the last one tried), and how many steps up it was.
 */
function nearest(element: Element, attribute: string): { value: string; distance: number } | undefined {
  let distance = 0;
  for (let node: Node | null = element; node; node = node instanceof ShadowRoot ? node.host : node.parentNode, distance += 1) {
    if (node instanceof Element && node.hasAttribute(attribute)) return { value: node.getAttribute(attribute)!, distance };
  }
  return undefined;
}

function loadTemplates(locale: string): Promise<TemplateMap | undefined> {
  let templates = loaded.get(locale);
  if (!templates) {
    // A chunk that cannot be fetched (a host that copied only iam-elements.js) leaves English, not an error.
    templates = (shipped[locale]?.() ?? Promise.resolve(undefined)).then(
      (module) => module?.templates,
      () => undefined,
    );
    loaded.set(locale, templates);
  }
  return templates;
}

// One observer for the page: a `lang` or `dir` change anywhere may change the locale of any element below it.
let observer: MutationObserver | undefined;

export class LocaleController implements ReactiveController {
  /** The BCP 47 tag that Intl formats with (the `lang` in force, e.g. `de-CH`). */
  locale = 'en';

  /** The language the messages are in (`de` for `de-CH`; `en` when no translation exists). */
  messageLocale = 'en';

  dir: 'ltr' | 'rtl' = 'ltr';

  /** Set while the translations of `messageLocale` are on their way; a render waits for it (see DataListElement). */
  pending: Promise<void> | undefined;

  #templates: TemplateMap | undefined;
  #numbers = new Intl.NumberFormat('en');

  readonly #host: LocalizedHost;

  /**
   * Set while a server-rendered element (one that came with its shadow root,
   * Lit SSR's declarative shadow DOM) awaits its first render. That render
   * hydrates the server's HTML and must repeat it value for value, and the
   * server knew no ancestor's `lang` and loaded no translation: so the locale
   * is resolved only after it (`hostUpdated`), and a render in another
   * language follows (issue 15).
   */
  #hydrating: boolean;

  /** The element's own messages (its chunk's), read beside the shared ones of `strings.ts`. */
  readonly #ownMessages: () => MessageTable;

  constructor(host: LocalizedHost, ownMessages: () => MessageTable) {
    this.#host = host;
    this.#ownMessages = ownMessages;
    this.#hydrating = !!host.shadowRoot;
    host.addController(this);
  }

  hostConnected(): void {
    controllers.add(this);
    if (!observer) {
      observer = new MutationObserver(() => controllers.forEach((controller) => controller.resolve()));
      observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang', 'dir'], subtree: true });
    }
    this.resolve();
  }

  hostDisconnected(): void {
    controllers.delete(this);
  }

  hostUpdated(): void {
    if (!this.#hydrating) return;
    this.#hydrating = false;
    // Once this update is done: a render requested during it is one more update Lit warns of ("change-in-update").
    void this.#host.updateComplete.then(() => this.resolve());
  }

  /** Reads the locale and direction in force; on a change, loads the translations and renders again. */
  resolve(force = false): void {
    if (this.#hydrating) return;
    const lang = nearest(this.#host, 'lang');
    let locale: Intl.Locale;
    try {
      locale = new Intl.Locale(lang?.value || 'en');
    } catch {
      locale = new Intl.Locale('en'); // An invalid `lang` value: English, rather than an exception.
    }
    // A `dir` at or below the nearest `lang` says how that language is laid out here; a `dir` further up (a
    // page's <html dir="ltr">) does not apply to an element whose own `lang` is Arabic: its script decides.
    const dir = nearest(this.#host, 'dir');
    const explicit = dir && (!lang || dir.distance <= lang.distance) && (dir.value === 'rtl' || dir.value === 'ltr') ? dir.value : undefined;
    const next = {
      locale: locale.baseName,
      messageLocale: messageLocale(locale),
      dir: explicit ?? (RTL_SCRIPTS.test(locale.maximize().script ?? '') ? 'rtl' : 'ltr'),
    } as const;
    if (!force && next.locale === this.locale && next.messageLocale === this.messageLocale && next.dir === this.dir) return;
    Object.assign(this, next);
    this.#numbers = new Intl.NumberFormat(next.locale);
    const pending = (this.pending = loadTemplates(next.messageLocale).then((templates) => {
      // A newer change may have started meanwhile; it owns the templates.
      if (this.pending !== pending) return;
      this.#templates = templates;
      this.pending = undefined;
    }));
    this.#host.requestUpdate();
  }

  /**
   * The message `id` in this element's language: the host's override, else
   * the translation, else English. The id is one of the shared messages or
   * of the element's own table.
   */
  t<K extends MessageId>(id: K, ...args: MessageArgs<K>): string {
    // Every message takes strings only (see strings.ts); the generic types do not narrow per id here.
    const english = this.#ownMessages()[id] ?? (messages as MessageTable)[id];
    return this.say(id, english!, args as string[]);
  }

  /** `t()` for a message of a table the element does not hold (the large-list chunk's). */
  say(id: MessageId, english: Message, args: string[]): string {
    const override = (this.#host.strings?.[id] ?? registered.get(this.messageLocale)?.[id]) as string | ((...a: string[]) => string) | undefined;
    const text = typeof override === 'function' ? override(...args) : override;
    return text || english(this.#msg, ...args);
  }

  number(n: number): string {
    return this.#numbers.format(n);
  }

  /** "1 organization" / "3 organizations", by the locale's plural rules, with the number formatted for it. */
  count(prefix: ListMessagePrefix, n: number): string {
    const one = new Intl.PluralRules(this.locale).select(n) === 'one';
    return this.t(one ? `${prefix}.count.one` : `${prefix}.count.other`, this.number(n));
  }

  list(parts: readonly string[]): string {
    return new Intl.ListFormat(this.locale, { type: 'unit' }).format(parts);
  }

  /**
   * The `msg` this element's messages call: the translation by id, its
   * placeholders filled from the English source's values (a translation may
   * reorder them), or the English source when there is none or it is empty.
   */
  readonly #msg = ((template: TemplateLike, options?: MsgOptions) => {
    const source = isStrTagged(template) ? joinStringsAndValues(template.strings, template.values) : (template as string);
    const localized = this.#templates?.[options!.id!];
    if (typeof localized === 'string') return localized || source;
    if (localized && isStrTagged(localized) && isStrTagged(template)) {
      return joinStringsAndValues(localized.strings, template.values, localized.values as number[]) || source;
    }
    return source;
  }) as MsgFn;
}
