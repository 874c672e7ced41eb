import { css } from 'lit';

export const userOrgsStyles = css`
  .roles {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: 0.4em;
  }

  .role-name {
    font-weight: 600;
  }

  .disclosure {
    cursor: pointer;
    border: 0;
    background: none;
    padding: 0;
    margin-block-start: 0.2em;
    color: var(--_accent);
    text-decoration: underline;
    font-size: 0.9em;
  }

  @media (forced-colors: active) {
    .disclosure {
      color: LinkText;
    }
  }

  .role > .placeholder {
    display: block;
  }
`;
