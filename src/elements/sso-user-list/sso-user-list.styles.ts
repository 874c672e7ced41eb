import { css } from 'lit';

export const ssoUserListStyles = css`
  .verified {
    color: var(--_success);
  }

  .unverified {
    color: var(--_muted);
  }
`;
