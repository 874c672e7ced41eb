/**
 * Watches the places a token could leak from a test page: the console, the
 * elements' DOM (shadow roots and attributes included), their events, and the
 * URLs of the requests the reference server recorded.
 */
import { expect } from '@open-wc/testing';
import { recordedRequests } from './reference-api.js';

const CONSOLE_METHODS = ['log', 'info', 'warn', 'error', 'debug', 'trace', 'table', 'dir'] as const;

/** Every string a node and its descendants expose: text, attribute names and values, across shadow roots. */
export function exposedStrings(root: Node): string[] {
  const found: string[] = [];
  const walk = (node: Node) => {
    if (node.nodeType === Node.TEXT_NODE) found.push(node.textContent ?? '');
    if (node instanceof Element) {
      for (const name of node.getAttributeNames()) found.push(`${name}=${node.getAttribute(name) ?? ''}`);
      if (node.shadowRoot) walk(node.shadowRoot);
    }
    node.childNodes.forEach(walk);
  };
  walk(root);
  return found;
}

/** The strings of an `iam-*` event's detail, as a listener could read them. */
function detailStrings(detail: unknown): string[] {
  if (typeof detail !== 'object' || detail === null) return [String(detail)];
  const { error, ...rest } = detail as { error?: Error & Record<string, unknown> };
  const strings = [JSON.stringify(rest)];
  if (error) strings.push(error.message, String(error.stack), JSON.stringify({ ...error }));
  return strings;
}

export class TokenGuard {
  private readonly seen: string[] = [];
  private readonly tags = new Set<string>();
  private readonly restore: Array<() => void> = [];

  constructor(private readonly secrets: readonly string[]) {}

  /** Starts recording the console and every `iam-*` event on the page. */
  install(): void {
    for (const method of CONSOLE_METHODS) {
      const original = console[method] as (...args: unknown[]) => void;
      console[method] = (...args: unknown[]) => {
        this.seen.push(`console.${method}: ${args.map((arg) => (arg instanceof Error ? `${arg.message} ${arg.stack}` : String(arg))).join(' ')}`);
        original.apply(console, args);
      };
      this.restore.push(() => {
        console[method] = original as never;
      });
    }
    for (const name of ['iam-load', 'iam-error', 'iam-select'] as const) {
      const listener = (event: Event) => this.seen.push(...detailStrings((event as CustomEvent).detail).map((s) => `${name}: ${s}`));
      document.addEventListener(name, listener, true);
      this.restore.push(() => document.removeEventListener(name, listener, true));
    }
  }

  /** A recording tag whose requests are checked by `verify()`. */
  track(tag: string): string {
    this.tags.add(tag);
    return tag;
  }

  /** Asserts that no secret is in the element's DOM right now (shadow roots of descendants included). */
  checkElement(el: Element): void {
    const leaks = exposedStrings(el).filter((text) => this.secrets.some((secret) => text.includes(secret)));
    expect(leaks, `token rendered in <${el.localName}>`).to.deep.equal([]);
  }

  /** Asserts that nothing logged, no event and no recorded request URL held a secret; then uninstalls. */
  async verify(): Promise<void> {
    this.restore.splice(0).forEach((undo) => undo());
    const leaks = this.seen.filter((text) => this.secrets.some((secret) => text.includes(secret)));
    expect(leaks, 'token in the console or an event').to.deep.equal([]);
    let requests = 0;
    for (const tag of this.tags) {
      for (const request of await recordedRequests(tag)) {
        requests += 1;
        const url = `${request.path}?${JSON.stringify(request.query)}`;
        expect(this.secrets.some((secret) => url.includes(secret)), `token in the URL ${url}`).to.equal(false);
      }
    }
    // The check is worth something only if requests were made.
    expect(requests).to.be.greaterThan(0);
  }
}
