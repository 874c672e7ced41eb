/** @jsxImportSource solid-js */
/**
 * Solid TSX with the bare tags (iam-elements/types/solid): properties,
 * attributes, `on:iam-*` listeners typed by the element's items.
 */
import type {} from 'iam-elements/types/solid';
import type { Organization } from 'iam-elements';

export const page = (
  <>
    <user-orgs
      class="card"
      user-id="u"
      token="t"
      on:iam-load={(event) => void (event.detail.items satisfies readonly Organization[])}
      on:iam-select={(event) => void event.detail.item.roles}
    />
    <sso-user-list orgId="o" on:iam-select={(event) => void event.detail.item.domain} />
    <user-list pageSize={25} />
    <role-list accountId="a" />
    <org-list label="Organizations" search="off" timeout={5000} />
    <user-login-logs user-id="u" />
    <passkey-list on:iam-select={(event) => void event.detail.item.transports} />
    {/* @ts-expect-error a passkey has no email */}
    <passkey-list on:iam-select={(event) => void event.detail.item.email} />
    {/* @ts-expect-error timeout is a number of milliseconds */}
    <user-orgs timeout={true} />
    {/* @ts-expect-error no such property (misspelt) */}
    <user-orgs userID="u" />
  </>
);
