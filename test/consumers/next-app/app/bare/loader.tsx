'use client';
import dynamic from 'next/dynamic';

// docs/frameworks.md: plain tags only on the client (React drops a server-rendered custom element's listeners
// on hydration, and would write its props into the HTML).
export const Loader = dynamic(() => import('./orgs').then((m) => m.Orgs), { ssr: false });
