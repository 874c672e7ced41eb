import { html, nothing, type TemplateResult } from 'lit';
import { isAuthError, type IamError } from '../api/errors.js';
import { errorMessages, type ErrorMessageId } from './error.strings.js';
import type { LocaleController } from './localize.js';

/**
 * The error alert, in a chunk of its own with its sentences: fetched on the
 * first failure of any list on the page (DataListElement waits for it before
 * the alert renders), so pages whose lists load never pay for it.
 */

function say(l10n: LocaleController, id: ErrorMessageId, ...args: string[]): string {
  return l10n.say(id, errorMessages[id], args);
}

/** Says why a request failed, chosen by kind and status class; never quotes the body. */
export function describeError(error: IamError, l10n: LocaleController): string {
  if (error.kind === 'config') return say(l10n, 'error.config', error.message);
  if (error.kind !== 'http') return say(l10n, `error.${error.kind}`);
  const status = error.status ?? 0;
  if (status === 400 || status === 401 || status === 403 || status === 404 || status === 429) return say(l10n, `error.${status}`);
  return say(l10n, status >= 500 ? 'error.5xx' : 'error.http', String(status));
}

export interface ErrorAlertParts {
  l10n: LocaleController;
  /** The element's "Could not load …". */
  title: string;
  /** Why, in words for end users (the element's `describeError`). */
  reason: string;
  /** The list's name, which the retry button says ("Try again loading Roles"). */
  list: string;
  retry(): void;
}

export function renderErrorAlert(error: IamError, { l10n, title, reason, list, retry }: ErrorAlertParts): TemplateResult {
  return html`
    <div part="error" class="error" role="alert">
      <p part="error-message"><span class="error-title">${title}</span> ${reason}</p>
      ${error.serverMessage
        ? // The server's words are for admins, behind a disclosure; end users read the sentence above.
          // Isolated (FSI … PDI, what <bdi> does): a right-to-left message, or one with a stray direction override, must not reorder the words around it.
          html`<details part="error-details">
            <summary>${say(l10n, 'errorDetails')}</summary>
            <p part="error-detail">${say(l10n, 'serverSaid', `\u2068${error.serverMessage}\u2069`)}</p>
          </details>`
        : nothing}
      ${isAuthError(error)
        ? // Retrying cannot mend a missing session or permission: the host hears `iam-auth-required` instead.
          nothing
        : html`<button part="retry-button" class="retry" type="button" aria-label=${say(l10n, 'retryList', list)} @click=${retry}>
            ${say(l10n, 'retry')}
          </button>`}
    </div>
  `;
}
