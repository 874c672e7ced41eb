/**
 * React 19 TSX with the bare tags (iam-elements/types/react): properties,
 * attributes, `oniam-*` listeners typed by the element's items. The same
 * check reads react/jsx-runtime here and react/jsx-dev-runtime in
 * react-dev.tsx, the two runtimes TSX compiles to.
 */
import type {} from 'iam-elements/types/react';
import type { Organization, Passkey, SsoUser } from 'iam-elements';
import type { UserOrgs } from 'iam-elements/user-orgs';
import { useRef } from 'react';

export function Page({ token }: { token: string }) {
  const orgs = useRef<UserOrgs>(null);
  return (
    <>
      <user-orgs
        ref={orgs}
        className="card"
        user-id="u"
        client-id="c"
        base-url="/iam-proxy"
        token={token}
        timeout={5000}
        cache-ttl="0"
        oniam-load={(event) => {
          const items: readonly Organization[] = event.detail.items;
          void items;
        }}
        oniam-select={(event) => void event.detail.item.roles}
        oniam-error={(event) => void event.detail.error.kind}
      />
      <sso-user-list orgId="o" user-name="n" oniam-select={(event) => void (event.detail.item satisfies SsoUser)} />
      <user-list pageSize={25} page-size="25" oniam-select={(event) => void event.detail.item.email} />
      <role-list account-id="a" envId="e" permissions-path="/p" oniam-select={(event) => void event.detail.item.permissions} />
      <org-list path="/api/v1/organizations" label="Organizations" oniam-select={(event) => void event.detail.item.workspace} />
      <user-login-logs userId="u" search="off" oniam-select={(event) => void event.detail.item.ipAddress} />
      <passkey-list tokenProvider={async () => token} oniam-load={(event) => void (event.detail.items satisfies readonly Passkey[])} />
      {/* @ts-expect-error a passkey has no email */}
      <passkey-list oniam-select={(event) => void event.detail.item.email} />
      {/* @ts-expect-error an SsoUser has no roles */}
      <sso-user-list oniam-select={(event) => void event.detail.item.roles} />
      {/* @ts-expect-error timeout is a number of milliseconds */}
      <user-orgs timeout={true} />
      {/* @ts-expect-error no such property (misspelt) */}
      <user-orgs userID="u" />
      {/* @ts-expect-error search is auto, on or off */}
      <user-list search="yes" />
      {/* @ts-expect-error <user-orgs> has no page size */}
      <user-orgs pageSize={2} />
    </>
  );
}
