import { expect } from '@open-wc/testing';
import { mayHoldToken, parseRedacted as parseRedactedLater } from '../../src/api/redact.js';
import { holdsToken, parseRedactedNow as parseRedacted } from '../../src/api/token-forms.js';

/** Writes `text` as a JSON string the way Go's encoder does by default: `<`, `>` and `&` as `\u003c`, `\u003e`, `\u0026`. */
const goJson = (value: unknown) => JSON.stringify(value).replace(/[<>&]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);

describe('redact: the token in what a server sends back (issue 19)', () => {
  const token = 'tok<en>&abc/123"x\\y';

  it('catches the token JSON-escaped as Go writes it', () => {
    const text = goJson({ message: `invalid token ${token}` });
    expect(text).to.contain('\\u003c').and.not.contain('<');
    expect(holdsToken(text, token)).to.equal(true);
    expect(parseRedacted(text, token)).to.deep.equal({ message: 'invalid token [token]' });
  });

  it('catches any \\uXXXX escape of any character, in either case, and \\/', () => {
    const plain = 'abcdefgh-1234';
    const everyOther = [...plain].map((char, i) => (i % 2 ? `\\u${char.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}` : char)).join('');
    const text = `{"m":"x ${everyOther} y","u":"https:\\/\\/h\\/?t=${'a/b/c/d/e'.replace(/\//g, '\\/')}"}`;
    expect(parseRedacted(text, plain)).to.deep.equal({ m: 'x [token] y', u: 'https://h/?t=a/b/c/d/e' });
    expect((parseRedacted(text, 'a/b/c/d/e') as { u: string }).u).to.equal('https://h/?t=[token]');
  });

  it('catches the token percent-encoded, upper or lower case, wholly or in part', () => {
    const encoded = encodeURIComponent(token);
    for (const form of [encoded, encoded.replace(/%[0-9A-F]{2}/g, (hex) => hex.toLowerCase()), `tok%3Cen%3e&abc/123"x\\y`, '%74ok<en>&abc/123"x\\y']) {
      const text = JSON.stringify({ next: `https://api.example.com/p?token=${form}&x=1` });
      expect(holdsToken(text, token), form).to.equal(true);
      expect(parseRedacted(text, token), form).to.deep.equal({ next: 'https://api.example.com/p?token=[token]&x=1' });
    }
  });

  it('catches percent-encoding inside Go-escaped JSON, and a token in any string of any depth', () => {
    const text = goJson({ users: [{ name: 'a', links: [`/u?t=${encodeURIComponent(token)}&k=1`] }] });
    expect(parseRedacted(text, token)).to.deep.equal({ users: [{ name: 'a', links: ['/u?t=[token]&k=1'] }] });
  });

  it('leaves other text alone: a differing letter case, a near miss, a short token', () => {
    const text = JSON.stringify({ a: 'ABCDEFGH-1234', b: 'abcdefgh-123', c: 'abcdefgh%2D123' });
    expect(holdsToken(text, 'abcdefgh-1234')).to.equal(false);
    expect(parseRedacted(text, 'abcdefgh-1234')).to.deep.equal(JSON.parse(text));
    expect(parseRedacted('{"a":"abc abc"}', 'abc')).to.deep.equal({ a: 'abc abc' });
  });

  it('finds a token of symbols only, which has no run of letters to look for first', () => {
    const symbols = '<<>>&&!!';
    expect(parseRedacted(goJson({ m: `x${symbols}y` }), symbols)).to.deep.equal({ m: 'x[token]y' });
  });

  it('is what every answer goes through: the forms are fetched when the text could hold one', async () => {
    expect(await parseRedactedLater(goJson({ m: `x ${token}` }), token)).to.deep.equal({ m: 'x [token]' });
    expect(await parseRedactedLater('{"m":"nothing here"}', token)).to.deep.equal({ m: 'nothing here' });
    // The cheap test never says no to a text that holds the token in any form.
    for (const text of [goJson(token), JSON.stringify(encodeURIComponent(token)), '"\\u0074ok<en>&abc/123\\"x\\\\y"']) {
      expect(holdsToken(text, token), text).to.equal(true);
      expect(mayHoldToken(text, token), text).to.equal(true);
    }
    expect(mayHoldToken('{"m":"plain text, nothing escaped"}', token)).to.equal(false);
  });
});
