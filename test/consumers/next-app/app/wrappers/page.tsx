// A Server Component page: it imports the wrappers (iam-elements/react is 'use client') and passes only what
// may be in the server HTML. The token is set in the browser (./orgs.tsx), never from here.
import { UserOrgs } from 'iam-elements/react';
import { Orgs } from './orgs';

export default async function Page({ searchParams }: { searchParams: Promise<{ api?: string }> }) {
  // The consumer matrix (test/consumers/run.mjs) passes the reference API's origin.
  const { api = '' } = await searchParams;
  return (
    <main>
      <h1>Wrappers</h1>
      <Orgs api={api} />
      {/* A wrapper rendered by the Server Component itself (it used to throw `a.useRef is not a function`,
          issue 15); with no token or user id it stays idle. */}
      <UserOrgs baseUrl={api} id="from-server" />
    </main>
  );
}
