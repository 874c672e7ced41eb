'use client';
import { useState } from 'react';
import 'iam-elements/user-orgs';

export function Orgs({ api }: { api: string }) {
  const [loaded, setLoaded] = useState('');
  return (
    <>
      <user-orgs
        token="demo-token"
        client-id="demo-client"
        user-id="6694c133565dfee5166d1cbb"
        base-url={api}
        oniam-load={(e) => setLoaded(`iam-load ${e.detail.items.length}`)}
      />
      <output id="event">{loaded}</output>
    </>
  );
}
