import { css, html, type TemplateResult } from 'lit';
import type { LocaleController } from './localize.js';

/**
 * " (verified)" or " (not verified)" after an email or phone number; nothing
 * when the provider did not say. `<sso-user-list>` and `<user-list>` show it,
 * with `verificationStyles` and the words of verification.strings.ts.
 */
export function verification(verified: boolean | undefined, l10n: LocaleController): TemplateResult | '' {
  if (verified === undefined) return '';
  const text = l10n.t(verified ? 'verified' : 'notVerified');
  return html` <span part="verification" class=${verified ? 'verified' : 'unverified'}>(${text})</span>`;
}

export const verificationStyles = css`
  .verified {
    color: var(--_success);
  }

  .unverified {
    color: var(--_muted);
  }
`;
