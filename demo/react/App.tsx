import { useState } from 'react';
// README: react-wrappers
import { OrgList, OrgMembers, PasskeyList, RoleList, SsoUserList, UserList, UserLoginLogs, UserOrgs } from 'iam-elements/react';
// README: end
import type { IamErrorDetail } from 'iam-elements/react';
import { PlainReact19 } from './PlainReact19.js';

/**
 * The README's React snippets, running, with every element's wrapper.
 * `/iam-proxy` is the host's own proxy to the identity provider
 * (demo/server/static-site.mjs).
 */
export function App() {
  const [selected, setSelected] = useState('nothing yet');
  const [loaded, setLoaded] = useState<string[]>([]);
  const [passkey, setPasskey] = useState('none yet');
  const [action, setAction] = useState('none yet');
  const logError = (e: CustomEvent<IamErrorDetail>) => console.error(e.detail.error.message);
  return (
    <main>
      <h1>iam-elements in React</h1>
      <section aria-labelledby="wrappers-title">
        <h2 id="wrappers-title">With the wrappers from iam-elements/react</h2>
        {/* README: react-wrappers-jsx */}
        <UserOrgs
          token="demo-token"
          clientId="demo-client"
          userId="6694c133565dfee5166d1cbb"
          baseUrl="/iam-proxy"
          onIamLoad={(e) => setLoaded((l) => [...l, `${e.detail.items.length} organizations`])}
          onIamSelect={(e) => setSelected(e.detail.item.name ?? 'an unnamed organization')}
        />
        <SsoUserList
          token="demo-token"
          orgId="orgId"
          baseUrl="/iam-proxy"
          onIamError={(e) => console.error(e.detail.error.message)}
        />
        {/* README: end */}
        <p id="selected" role="status">Selected: {selected}</p>
        <p id="loaded">Loaded: {loaded.join(', ')}</p>
      </section>
      <section aria-labelledby="ssojet-title">
        <h2 id="ssojet-title">SSOJet's user management</h2>
        <UserList token="demo-token" clientId="demo-client" baseUrl="/iam-proxy" onIamError={logError} />
        <RoleList token="demo-token" clientId="demo-client" baseUrl="/iam-proxy" onIamError={logError} />
        <OrgList token="demo-token" clientId="demo-client" baseUrl="/iam-proxy" onIamError={logError} />
        <UserLoginLogs token="demo-token" clientId="demo-client" userId="user-3" baseUrl="/iam-proxy" onIamError={logError} />
        <PasskeyList
          token="demo-token"
          clientId="demo-client"
          baseUrl="/iam-proxy"
          onIamSelect={(e) => setPasskey(e.detail.item.name ?? 'an unnamed passkey')}
          onIamError={logError}
        />
        <OrgMembers token="demo-token" clientId="demo-client" tenantId="acme" baseUrl="/iam-proxy" onIamError={logError} />
        <p id="passkey" role="status">Passkey: {passkey}</p>
      </section>
      <section aria-labelledby="manage-title">
        <h2 id="manage-title">Managing: the actions attribute, and the hooks around each action</h2>
        {/* A data set of its own on the reference server (behind /iam-proxy); a real app goes through iam-elements/server. */}
        <UserList
          token="demo-token"
          clientId="demo-client"
          baseUrl="/iam-proxy/_data/react-admin"
          actions="roles remove create verify"
          onIamAction={(e) => setAction(`${e.detail.action} done`)}
          onIamActionError={(e) => setAction(`${e.detail.action} failed: ${e.detail.error.message}`)}
        />
        <SsoUserList token="demo-token" orgId="react-admin" baseUrl="/iam-proxy" actions="edit remove create" onIamError={logError} />
        <PasskeyList token="demo-token" clientId="demo-client" baseUrl="/iam-proxy/_data/react-admin" actions="rename remove" />
        <OrgMembers
          token="demo-token"
          clientId="demo-client"
          tenantId="acme"
          baseUrl="/iam-proxy/_data/react-admin"
          actions="invite resend revoke remove roles"
        />
        <p id="action" role="status">Last action: {action}</p>
      </section>
      <section aria-labelledby="plain-title">
        <h2 id="plain-title">React 19 without wrappers</h2>
        <PlainReact19 />
      </section>
    </main>
  );
}
