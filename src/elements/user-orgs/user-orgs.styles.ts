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

  .role > .placeholder {
    display: block;
  }
`;
