import type { ReactiveElement } from 'lit';
import { DEFAULT_TIMEOUT_MS, getAnswer } from '../api/http.js';
import { DEFAULT_CACHE_TTL_MS } from '../api/request-cache.js';

/** An attribute of an element whose class has not arrived yet; undefined when it is not set. */
export type EarlyInput = (attribute: string) => string | undefined;

/**
 * The first request of a tag's element, from its attributes (its
 * `<tag>.early.ts`, which the script-tag bundle holds): the URL its data
 * source will ask for, or undefined while a required input is missing. Built
 * with the API function the element calls, so that both are one request.
 */
export type EarlyRequest = (input: EarlyInput) => URL | undefined;

/**
 * Starts an element's first request while its chunk (`loaded`) is on its way,
 * so that a cold page waits for the page, the bundle, and then the chunk and
 * the data side by side, not one after the other (issue 16). The element's
 * own request joins this one in the request cache (same URL, token and
 * headers). Only attributes are read: inputs set as properties before the
 * chunk arrives (a `tokenProvider`, say) are the element's to send, as on a
 * warm page. Once the element has rendered, this request withdraws: one the
 * element joined goes on for it, one it did not (its inputs changed
 * meanwhile) is aborted. Inputs that cannot be sent are left for the element
 * to refuse with its own error.
 */
export function startEarlyRequest(element: Element, request: EarlyRequest, loaded: Promise<unknown>): void {
  const input: EarlyInput = (attribute) => element.getAttribute(attribute) ?? undefined;
  const token = input('token');
  const controller = new AbortController();
  try {
    // Without a token or base-url the element stays idle: it would send nothing.
    const url = token && input('base-url') && request(input);
    if (url) {
      // Kept for the cache's time: the answer may be in before the element's chunk, whose reader then reads it.
      getAnswer(
        url,
        {
          token: token!,
          signal: controller.signal,
          // As the element reads them (Lit's Number converter): the first asker's timeout and cache time apply.
          timeout: Number(input('timeout') ?? DEFAULT_TIMEOUT_MS),
          cacheTtl: Number(input('cache-ttl') ?? DEFAULT_CACHE_TTL_MS),
        },
        true,
      ).catch(() => undefined);
    }
  } catch {
    // An input that cannot be sent: the element refuses it with its own error.
  }
  void loaded.then(() => (element as ReactiveElement).updateComplete).finally(() => controller.abort());
}
