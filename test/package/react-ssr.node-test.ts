/**
 * React server rendering (react-dom/server in plain Node, as a Server
 * Components page or any SSR framework does): the wrappers of
 * `iam-elements/react` write the bare tag and set every prop as a property
 * on the client, so a token never reaches the server's HTML. A plain tag
 * under React 19 writes its props as attributes, token included: the reason
 * docs/frameworks.md says to render plain tags on the client only.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, it } from 'node:test';
import { createElement } from 'react';
import { renderToString } from 'react-dom/server';
import * as wrappers from 'iam-elements/react';
import { elements } from '../../scripts/registry.mjs';

const TOKEN = 'secret-token-value';
const components = elements().map(({ className }) => [className, (wrappers as unknown as Record<string, typeof wrappers.UserOrgs>)[className]!] as const);

describe('React server rendering', () => {
  it('renders each wrapper as its bare tag: no token, no attribute', () => {
    for (const [name, Component] of components) {
      assert.equal(typeof Component, 'object', `${name} is no wrapper`);
      const html = renderToString(
        createElement(Component, { token: TOKEN, clientId: 'c', baseUrl: '/iam-proxy', tokenProvider: async () => TOKEN, onIamLoad: () => undefined }),
      );
      assert.match(html, /^<([a-z]+(?:-[a-z]+)+)><\/\1>$/, `${name}: ${html}`);
    }
  });

  it("is a client module for React Server Components: the built file starts with 'use client'", () => {
    const file = createRequire(import.meta.url).resolve('iam-elements/react');
    assert.match(readFileSync(file, 'utf8'), /^["']use client["'];/);
  });

  it('writes a plain tag’s token into the HTML (so plain tags are for the client only)', () => {
    const html = renderToString(createElement('user-orgs', { token: TOKEN, 'user-id': 'u' }));
    assert.ok(html.includes(TOKEN), html);
  });
});
