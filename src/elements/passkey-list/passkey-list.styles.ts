import { css } from 'lit';

/** The rename form; its buttons borrow the retry button's look. */
export const passkeyListStyles = css`
  .rename-form {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.4em 0.6em;
  }

  input {
    font: inherit;
    color: inherit;
    background: none;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: 0.2em 0.5em;
    min-width: 0;
    flex: 1 1 12em;
  }

  input:focus-visible {
    outline: var(--iam-focus-ring, 2px solid var(--_accent));
    outline-offset: 2px;
  }

  [aria-invalid='true'],
  .hint {
    border-color: var(--_danger);
    color: var(--_danger);
    flex-basis: 100%;
  }
`;
