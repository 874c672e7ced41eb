'use client';
import { useState } from 'react';
import { UserOrgs } from 'iam-elements/react';

export function Orgs({ api }: { api: string }) {
  const [loaded, setLoaded] = useState('');
  return (
    <>
      <UserOrgs
        userId="6694c133565dfee5166d1cbb"
        clientId="demo-client"
        baseUrl={api}
        // A wrapper sets it as a property in the browser; on the server it renders the bare tag only.
        tokenProvider={() => 'demo-token'}
        onIamLoad={(e) => setLoaded(`iam-load ${e.detail.items.length}`)}
      />
      <output id="event">{loaded}</output>
    </>
  );
}
