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
    .permission {
      border-color: CanvasText;
    }
    .disclosure {
      color: LinkText;
    }
  }

  .role > .placeholder {
    display: block;
  }
`;
