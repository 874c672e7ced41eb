import { useState } from 'react';
// README: react-plain-import
// One element's module: registers <user-orgs> only.
import 'iam-elements/user-orgs';
// README: end
import './jsx.js';

/** React 19 passes properties and `on<event>` listeners to custom elements itself. */
export function PlainReact19() {
  const [count, setCount] = useState<number>();
  return (
    <>
      {/* README: react-plain */}
      <user-orgs
        token="demo-token"
        client-id="demo-client"
        user-id="6694c133565dfee5166d1cbb"
        base-url="/iam-proxy"
        oniam-load={(e) => setCount(e.detail.items.length)}
      />
      {/* README: end */}
      <p id="plain-loaded">Plain element loaded: {count ?? '…'}</p>
    </>
  );
}
