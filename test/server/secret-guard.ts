/**
 * The server tests' counterpart of test/helpers/token-guard.ts (issue 19):
 * records everything a caller or an operator could see of the proxy (every
 * answer's status, headers and body, every entry given to `log`, everything
 * written to the console) and fails when a configured secret or token is
 * in any of it, raw, JSON-escaped or percent-encoded.
 */
import assert from 'node:assert/strict';
import { type ProxyHandler, type ProxyLogEntry } from '../../src/server/index.js';

const CONSOLE_METHODS = ['log', 'info', 'warn', 'error', 'debug'] as const;

/** The secret, JSON-escaped (also as Go's encoder escapes `<`, `>`, `&`), percent-encoded. */
const forms = (secret: string) => {
  const json = JSON.stringify(secret).slice(1, -1);
  const go = json.replace(/</g, '\\u003c').replace(/>/g, '\\u003e').replace(/&/g, '\\u0026');
  return [secret, json, go, encodeURIComponent(secret)];
};

export class SecretGuard {
  private readonly secrets = new Set<string>();
  private readonly seen: string[] = [];
  private readonly restore: Array<() => void> = [];
  /** Pass as a proxy's `log` option. */
  readonly log = (entry: ProxyLogEntry): void => {
    this.seen.push(`log: ${JSON.stringify(entry)}`);
  };

  /** A `log` option that also keeps the entries in `entries`, for a test's own assertions. */
  logInto(entries: ProxyLogEntry[]): (entry: ProxyLogEntry) => void {
    return (entry) => {
      entries.push(entry);
      this.log(entry);
    };
  }

  constructor(secrets: Iterable<string> = []) {
    for (const secret of secrets) this.add(secret);
  }

  /** One more secret to look for (a management token learnt from the upstream's records, a caller's token). */
  add(secret: string): void {
    if (secret !== '') this.secrets.add(secret);
  }

  /** Records the console, where the default `log` writes. */
  install(): void {
    for (const method of CONSOLE_METHODS) {
      const original = console[method];
      console[method] = (...args: unknown[]) => {
        this.seen.push(`console.${method}: ${args.map(String).join(' ')}`);
        original.apply(console, args);
      };
      this.restore.push(() => {
        console[method] = original;
      });
    }
  }

  /** Records an answer (a clone: the caller still reads the original). */
  async record(response: Response): Promise<Response> {
    const text = await response.clone().text();
    this.seen.push(`answer: ${response.status} ${JSON.stringify([...response.headers])} ${text}`);
    return response;
  }

  /** A handler whose every answer is recorded. */
  handler(handler: ProxyHandler): ProxyHandler {
    return async (request) => this.record(await handler(request));
  }

  /** `fetch`, with the answer recorded: for a proxy over real HTTP. */
  async fetch(input: string, init?: RequestInit): Promise<Response> {
    return this.record(await fetch(input, init));
  }

  /** Records text a test read otherwise (a raw socket's answer). */
  note(text: string): void {
    this.seen.push(`raw: ${text}`);
  }

  /** Asserts that nothing recorded holds a secret; then stops recording the console. */
  verify(): void {
    this.restore.splice(0).forEach((undo) => undo());
    const needles = [...this.secrets].flatMap(forms);
    const leaks = this.seen.filter((text) => needles.some((needle) => text.includes(needle)));
    assert.deepEqual(leaks, [], 'a secret reached an answer or a log');
    // The check is worth something only if it saw something.
    assert.ok(this.seen.length > 0, 'the secret guard recorded nothing');
  }
}
