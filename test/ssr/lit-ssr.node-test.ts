/**
 * Lit server rendering (`@lit-labs/ssr` in plain Node): each element renders
 * its loading state into declarative shadow DOM, the same template its first
 * client render produces (test/ssr/hydration.test.ts hydrates it): the
 * status region with the loading sentence, and the space the list will take.
 * Before issue 15 it rendered an empty status region. A token bound as a
 * property stays out of the HTML; one written as an attribute is in it, as
 * any attribute is (the reason docs/frameworks.md says to set it on the
 * client).
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { renderElement, TAGS } from './render.js';

const TOKEN = 'secret-token-value';
const INPUTS = 'client-id="c" user-id="u" org-id="o" base-url="https://api.example"';

/** The HTML without Lit's hydration markers (`<!--lit-part …-->`, `<?>`), which sit between a tag and its text. */
const withoutMarkers = (html: string) => html.replace(/<!--[^]*?-->|<\?>/g, '');

describe('Lit server rendering', () => {
  for (const tag of TAGS) {
    it(`<${tag}>: declarative shadow DOM with the loading status and the reserved height, no token`, async () => {
      const html = await renderElement({ tag, attributes: INPUTS, token: TOKEN });
      const shown = withoutMarkers(html);
      assert.match(shown, new RegExp(`^<${tag}\\s[^>]*><template shadowroot="open" shadowrootmode="open"><style>`), html);
      const statuses = shown.match(/role="status"/g) ?? [];
      assert.equal(statuses.length, 1, html);
      // The element's own "Loading …" sentence (each element's test checks its words).
      assert.match(shown, /<div part="status" class="status" role="status"><span class="spinner" aria-hidden="true"><\/span>Loading [^<]+…<\/div>/, html);
      assert.match(shown, /<div part="base" class="base loading" dir="ltr">/);
      assert.match(shown, /\.loading \{\s*min-block-size: var\(--iam-loading-block-size, 5rem\);\s*\}/);
      assert.ok(!html.includes(TOKEN), 'the token bound as a property is not in the HTML');
      assert.ok(!/\stoken=/.test(html), 'no token attribute');
    });
  }

  it('writes a token given as an attribute into the HTML (so a host sets it as a property on the client)', async () => {
    const html = await renderElement({ tag: 'user-orgs', attributes: `token="${TOKEN}" ${INPUTS}` });
    assert.ok(html.includes(`token="${TOKEN}"`), html);
  });
});
