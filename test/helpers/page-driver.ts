import { executeServerCommand } from '@web/test-runner-commands';

export type PageAction = ({ click: string } | { press: string }) & { thenWaitFor?: string };

/** What `openPage` does on a page of the static site (test/support/page-driver.mjs). */
export interface OpenPageOptions {
  /** Path on the static site, e.g. `/demo/csp/`. */
  path: string;
  colorScheme?: 'light' | 'dark';
  /** Requests whose URL contains this are refused, as by a host that did not copy that file. */
  block?: string;
  /**
   * The answer to the first request whose URL contains `response` is held until a request whose URL
   * contains `until` has been sent: a page that sends the second only after the first has arrived never
   * gets either (its waits fail), however fast or slow the machine.
   */
  hold?: { response: string; until: string };
  forcedColors?: boolean;
  /** Playwright selectors (they pierce shadow roots) to wait for, in order. */
  waitFor?: string[];
  /** Done in order after the waits: a click on the first match, or a key press. */
  actions?: PageAction[];
  /** Selectors to count matches of. */
  count?: string[];
  /** The text, `:focus-visible` and computed styles of the first match of each selector. */
  read?: Record<string, { selector: string; styles?: string[] }>;
}

export interface ReadResult {
  text: string;
  focused: boolean;
  styles: Record<string, string>;
}

export interface PageReport {
  /** Every `securitypolicyviolation` event the page fired. */
  violations: string[];
  /** Uncaught exceptions and console errors. */
  errors: string[];
  counts: Record<string, number>;
  reads: Record<string, ReadResult>;
  /** Set when a wait or an action failed: the first line of the error. */
  failure: string | undefined;
}

/** A page load in a second browser and several waits of up to 7 s each: more than mocha's 10 s on a busy machine. */
export const PAGE_TEST_TIMEOUT = 30_000;

export function openPage(options: OpenPageOptions): Promise<PageReport> {
  return executeServerCommand<PageReport, OpenPageOptions>('open-page', options) as Promise<PageReport>;
}
