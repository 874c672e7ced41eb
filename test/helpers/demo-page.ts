import { waitUntil } from '@open-wc/testing';
import { API, PROXY } from './reference-api.js';

/** The demo page, loaded and settled, in a frame of its own. */
export interface DemoPage {
  frame: HTMLIFrameElement;
  doc: Document;
  /** Every custom element in the page's <main>. */
  lists: Element[];
  /** Uncaught errors, unhandled rejections and console errors of the page, from before its first script. */
  errors: string[];
}

/** An element is settled once it shows items, an error or its empty sentence. */
export const settled = (el: Element) => el.shadowRoot?.querySelector('[part~="item"], [part="error"], [part="empty"]');

/**
 * Opens demo/index.html as `npm start` serves it, in an iframe `inlineSize` by `blockSize` CSS px (its own viewport), and
 * waits until every element has finished loading. demo/start.mjs defines __REFERENCE_API__ and mounts the signing
 * proxy at /ssojet and /enos; the test servers stand in for both. The caller removes the frame.
 */
export async function openDemoPage(inlineSize: number, blockSize = 600): Promise<DemoPage> {
  const page = new DOMParser().parseFromString(await (await fetch('/demo/index.html')).text(), 'text/html');
  const setup = page.createElement('script');
  setup.textContent = `window.__REFERENCE_API__ = ${JSON.stringify(API)};
    window.__errors = [];
    addEventListener('error', (e) => __errors.push(String(e.message)));
    addEventListener('unhandledrejection', (e) => __errors.push(String(e.reason)));
    const consoleError = console.error;
    console.error = (...args) => { __errors.push(args.map(String).join(' ')); consoleError(...args); };`;
  page.head.prepend(Object.assign(page.createElement('base'), { href: new URL('/demo/', location.href).href }), setup);
  for (const el of page.querySelectorAll('[base-url^="/"]')) el.setAttribute('base-url', `${PROXY}${el.getAttribute('base-url')}`);
  // Not fixture(): it waits for an animation frame, which a test page in the background never gets.
  const frame = Object.assign(document.createElement('iframe'), { title: 'demo', srcdoc: `<!doctype html>${page.documentElement.outerHTML}` });
  frame.style.cssText = `inline-size: ${inlineSize}px; block-size: ${blockSize}px; border: 0`;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  document.body.append(frame);
  await loaded;
  const doc = frame.contentDocument!;
  const lists = [...doc.querySelectorAll('main *')].filter((el) => el.localName.includes('-'));
  try {
    await waitUntil(() => lists.every(settled), 'not every element finished loading', { timeout: 15_000 });
  } catch (error) {
    frame.remove();
    throw error;
  }
  return { frame, doc, lists, errors: (frame.contentWindow as Window & { __errors: string[] }).__errors };
}

/**
 * axe-core run inside the page's own frame, each violation as `rule: targets`. `expect(el).to.be.accessible()`
 * cannot take the frame's nodes (its axe, loaded in the test page, refuses another document's), so the frame
 * loads axe-core itself, from the same package that assertion uses.
 */
export async function axeViolations({ doc, frame }: DemoPage): Promise<string[]> {
  const win = frame.contentWindow as Window & { axe?: typeof import('axe-core') };
  if (!win.axe) await loadAxe(doc);
  const { violations } = await win.axe!.run(doc);
  return violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
}

async function loadAxe(doc: Document): Promise<void> {
  const script = Object.assign(doc.createElement('script'), { src: new URL('/node_modules/axe-core/axe.min.js', location.href).href });
  const loaded = new Promise((resolve, reject) => {
    script.addEventListener('load', resolve, { once: true });
    script.addEventListener('error', reject, { once: true });
  });
  doc.head.append(script);
  await loaded;
}
