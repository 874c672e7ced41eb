import { css, html, type TemplateResult } from 'lit';
import { dataText } from './templates.js';

/**
 * Permission names as a labelled list of chips, as `<user-orgs>` and
 * `<role-list>` show them, with `permissionStyles` and the words of
 * permissions.strings.ts.
 */
export function permissionList(permissions: readonly string[], label: string): TemplateResult {
  return html`<ul part="permissions" class="permissions" role="list" aria-label=${label}>
    ${permissions.map((permission) => html`<li part="permission" class="permission">${dataText(permission)}</li>`)}
  </ul>`;
}

export const permissionStyles = css`
  .permissions {
    list-style: none;
    margin: 0.2em 0 0;
    padding: 0;
    display: flex;
    flex-wrap: wrap;
    gap: 0.3em;
  }

  .permission {
    border: 1px solid var(--_border);
    border-radius: 0.3em;
    padding: 0 0.4em;
    font-size: 0.9em;
  }

  @media (forced-colors: active) {
    .permission {
      border-color: CanvasText;
    }
  }
`;
