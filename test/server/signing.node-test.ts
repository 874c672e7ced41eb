/**
 * Signature test vectors. Expected values are computed here with node:crypto
 * from the documents' formulas, apart from the proxy's code, and the first one
 * is EnOS's own worked example ("Invoking API with Access Token", zh_CN 3.0.0).
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { enosEncryption, enosSignature } from '../../src/server/index.js';
import { sha256 } from './gateway-fixture.js';


describe('EnOS signing', () => {
  it('matches the documents’ worked example: sorted k1v1k2v2k3v3, then the exact body', () => {
    // The page's request: /m/v1/b?k3=v3&k1=v1&k2=v2 with this body, two-space indented.
    const body = '{\n  "count": 20,\n  "page": 1,\n  "desc": "描述"\n}';
    const signature = enosSignature({
      accessToken: 'xxxxaaaxxxx',
      query: [['k3', 'v3'], ['k1', 'v1'], ['k2', 'v2']],
      body,
      timestamp: 1572574909697,
      appSecret: 'xxxappSecretxxx',
    });
    assert.equal(signature, sha256(`xxxxaaaxxxxk1v1k2v2k3v3${body}1572574909697xxxappSecretxxx`));
    // The digest the page prints begins so.
    assert.ok(signature.startsWith('59828328f6c1f9771015dc74e4929ae30f518a35'), signature);
  });

  it('signs a GET with no body as token + params + timestamp + secret', () => {
    const signature = enosSignature({
      accessToken: 'token',
      query: [['orgId', 'o1'], ['email', 'a@b.c'], ['userName', 'Ann Lee']],
      timestamp: 1700000000000,
      appSecret: 'secret',
    });
    assert.equal(signature, sha256('tokenemaila@b.corgIdo1userNameAnn Lee1700000000000secret'));
  });

  it('orders names by ASCII code, upper case before lower case', () => {
    const signature = enosSignature({
      accessToken: 't',
      query: [['b', '2'], ['B', '1'], ['a', '3']],
      timestamp: 1,
      appSecret: 's',
    });
    assert.equal(signature, sha256('tB1a3b21s'));
  });

  it('signs values decoded, as the document’s example shows them', () => {
    const signature = enosSignature({ accessToken: 't', query: [['q', 'a b&c=d']], timestamp: 2, appSecret: 's' });
    assert.equal(signature, sha256('tqa b&c=d2s'));
  });

  it('computes the token `encryption` as sha256(appKey + timestamp + appSecret), lower-case hex', () => {
    const encryption = enosEncryption('5acb82e7-a11e-4300-9164-c8b20b638e8b', 1572574909697, 'the-secret');
    assert.equal(encryption, sha256('5acb82e7-a11e-4300-9164-c8b20b638e8b1572574909697the-secret'));
    assert.match(encryption, /^[0-9a-f]{64}$/);
  });
});
