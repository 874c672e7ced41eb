import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { mayHoldToken, parseRedacted as parseRedactedLater } from '../../src/api/redact.js';
import { holdsToken, parseRedactedNow as parseRedacted } from '../../src/api/token-forms.js';

/** Writes `text` as a JSON string the way Go's encoder does by default: `<`, `>` and `&` as `\u003c`, `\u003e`, `\u0026`. */
const goJson = (value: unknown) => JSON.stringify(value).replace(/[<>&]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);

describe('redact: the token in what a server sends back (issue 19)', () => {
  const token = 'tok<en>&abc/123"x\\y';

  it('catches the token JSON-escaped as Go writes it', () => {
    const text = goJson({ message: `invalid token ${token}` });
    assert.ok(text.includes('\\u003c') && !text.includes('<'));
    assert.ok(holdsToken(text, token));
    assert.deepEqual(parseRedacted(text, token), { message: 'invalid token [token]' });
  });

  it('catches any \\uXXXX escape of any character, in either case, and \\/', () => {
    const plain = 'abcdefgh-1234';
    const everyOther = [...plain].map((char, i) => (i % 2 ? `\\u${char.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}` : char)).join('');
    const text = `{"m":"x ${everyOther} y","u":"https:\\/\\/h\\/?t=${'a/b/c/d/e'.replace(/\//g, '\\/')}"}`;
    assert.deepEqual(parseRedacted(text, plain), { m: 'x [token] y', u: 'https://h/?t=a/b/c/d/e' });
    assert.equal((parseRedacted(text, 'a/b/c/d/e') as { u: string }).u, 'https://h/?t=[token]');
  });

  it('catches the token percent-encoded, upper or lower case, wholly or in part', () => {
    const encoded = encodeURIComponent(token);
    for (const form of [encoded, encoded.replace(/%[0-9A-F]{2}/g, (hex) => hex.toLowerCase()), `tok%3Cen%3e&abc/123"x\\y`, '%74ok<en>&abc/123"x\\y']) {
      const text = JSON.stringify({ next: `https://api.example.com/p?token=${form}&x=1` });
      assert.ok(holdsToken(text, token), form);
      assert.deepEqual(parseRedacted(text, token), { next: 'https://api.example.com/p?token=[token]&x=1' }, form);
    }
  });

  it('catches percent-encoding inside Go-escaped JSON, and a token in any string of any depth', () => {
    const text = goJson({ users: [{ name: 'a', links: [`/u?t=${encodeURIComponent(token)}&k=1`] }] });
    assert.deepEqual(parseRedacted(text, token), { users: [{ name: 'a', links: ['/u?t=[token]&k=1'] }] });
  });

  it('leaves other text alone: a differing letter case, a near miss, a short token', () => {
    const text = JSON.stringify({ a: 'ABCDEFGH-1234', b: 'abcdefgh-123', c: 'abcdefgh%2D123' });
    assert.equal(holdsToken(text, 'abcdefgh-1234'), false);
    assert.deepEqual(parseRedacted(text, 'abcdefgh-1234'), JSON.parse(text));
    assert.deepEqual(parseRedacted('{"a":"abc abc"}', 'abc'), { a: 'abc abc' });
  });

  it('finds a token of symbols only, which has no run of letters to look for first', () => {
    const symbols = '<<>>&&!!';
    assert.deepEqual(parseRedacted(goJson({ m: `x${symbols}y` }), symbols), { m: 'x[token]y' });
  });

  it('is what every answer goes through: the forms are fetched when the text could hold one', async () => {
    assert.deepEqual(await parseRedactedLater(goJson({ m: `x ${token}` }), token), { m: 'x [token]' });
    assert.deepEqual(await parseRedactedLater('{"m":"nothing here"}', token), { m: 'nothing here' });
    // The cheap test never says no to a text that holds the token in any form.
    for (const text of [goJson(token), JSON.stringify(encodeURIComponent(token)), '"\\u0074ok<en>&abc/123\\"x\\\\y"']) {
      assert.ok(holdsToken(text, token), text);
      assert.ok(mayHoldToken(text, token), text);
    }
    assert.equal(mayHoldToken('{"m":"plain text, nothing escaped"}', token), false);
  });
});
