import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseSsoUsers } from '../../src/api/enos.js';
import { capKept, Fields, MAX_KEPT_STRING_LENGTH } from '../../src/api/json.js';
import { parseOrganization, parseRoles, parseUsers } from '../../src/api/ssojet.js';

describe('json: each kept string is capped (issue 19)', () => {
  const huge = 'n'.repeat(100_000);
  const capped = `${'n'.repeat(MAX_KEPT_STRING_LENGTH - 1)}…`;

  it('keeps MAX_KEPT_STRING_LENGTH characters, the cut marked with …', () => {
    assert.equal(MAX_KEPT_STRING_LENGTH, 10_000);
    assert.equal(capKept(huge), capped);
    assert.equal(capped.length, MAX_KEPT_STRING_LENGTH);
    const exact = 'x'.repeat(MAX_KEPT_STRING_LENGTH);
    assert.equal(capKept(exact), exact);
  });

  it('never cuts a character in half', () => {
    // A surrogate pair straddling the cut: the whole pair goes.
    const text = `${'x'.repeat(MAX_KEPT_STRING_LENGTH - 2)}\u{1F600}tail`;
    const kept = capKept(text);
    assert.equal(kept, `${'x'.repeat(MAX_KEPT_STRING_LENGTH - 2)}…`);
    assert.equal(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/.test(kept), false);
  });

  it('applies to Fields.string and to each of Fields.strings', () => {
    const fields = new Fields({ name: huge, domains: [huge, 'a.example'] });
    assert.equal(fields.string('name'), capped);
    assert.deepEqual(fields.strings('domains'), [capped, 'a.example']);
  });

  it('reaches every parser: a 100,000-character name is not kept whole', () => {
    const [enos] = parseSsoUsers({ success: true, status: 0, users: [{ id: 'u1', name: huge, description: huge }] });
    assert.deepEqual([enos!.name, enos!.description], [capped, capped]);
    const [ssojet] = parseUsers([{ id: 'u1', email: huge, first_name: huge }]).items;
    assert.deepEqual([ssojet!.email, ssojet!.firstName], [capped, capped]);
    const organization = parseOrganization({ Name: huge, WhiteListDomains: [huge], roles: [{ role_name: 'r', permissions: [huge] }] });
    assert.deepEqual([organization.name, organization.whitelistedDomains[0], organization.roles[0]!.permissions[0]], [capped, capped, capped]);
    assert.equal(parseRoles([{ id: 'r1', name: huge }]).items[0]!.name, capped);
  });
});
