import { expect } from '@open-wc/testing';
import { parseSsoUsers } from '../../src/api/enos.js';
import { capKept, Fields, MAX_KEPT_STRING_LENGTH } from '../../src/api/json.js';
import { parseOrganization, parseRoles, parseUsers } from '../../src/api/ssojet.js';

describe('json: each kept string is capped (issue 19)', () => {
  const huge = 'n'.repeat(100_000);
  const capped = `${'n'.repeat(MAX_KEPT_STRING_LENGTH - 1)}…`;

  it('keeps MAX_KEPT_STRING_LENGTH characters, the cut marked with …', () => {
    expect(MAX_KEPT_STRING_LENGTH).to.equal(10_000);
    expect(capKept(huge)).to.equal(capped);
    expect(capped).to.have.length(MAX_KEPT_STRING_LENGTH);
    const exact = 'x'.repeat(MAX_KEPT_STRING_LENGTH);
    expect(capKept(exact)).to.equal(exact);
  });

  it('never cuts a character in half', () => {
    // A surrogate pair straddling the cut: the whole pair goes.
    const text = `${'x'.repeat(MAX_KEPT_STRING_LENGTH - 2)}\u{1F600}tail`;
    const kept = capKept(text);
    expect(kept).to.equal(`${'x'.repeat(MAX_KEPT_STRING_LENGTH - 2)}…`);
    expect(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/.test(kept)).to.equal(false);
  });

  it('applies to Fields.string and to each of Fields.strings', () => {
    const fields = new Fields({ name: huge, domains: [huge, 'a.example'] });
    expect(fields.string('name')).to.equal(capped);
    expect(fields.strings('domains')).to.deep.equal([capped, 'a.example']);
  });

  it('reaches every parser: a 100,000-character name is not kept whole', () => {
    const [enos] = parseSsoUsers({ success: true, status: 0, users: [{ id: 'u1', name: huge, description: huge }] });
    expect([enos!.name, enos!.description]).to.deep.equal([capped, capped]);
    const [ssojet] = parseUsers([{ id: 'u1', email: huge, first_name: huge }]).items;
    expect([ssojet!.email, ssojet!.firstName]).to.deep.equal([capped, capped]);
    const organization = parseOrganization({ Name: huge, WhiteListDomains: [huge], roles: [{ role_name: 'r', permissions: [huge] }] });
    expect([organization.name, organization.whitelistedDomains[0], organization.roles[0]!.permissions[0]]).to.deep.equal([capped, capped, capped]);
    expect(parseRoles([{ id: 'r1', name: huge }]).items[0]!.name).to.equal(capped);
  });
});
