import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ssoUsersUrl } from '../../src/api/enos-request.js';
import { parseEnosTime, parseSsoUser, parseSsoUsers, PREVIEW_USERS, previewSsoUsers, type WallClockTime } from '../../src/api/enos.js';
import { IamError } from '../../src/api/errors.js';
import { seedBody } from './seeds.js';

describe('EnOS: parseSsoUsers', () => {
  it('reads the seed document’s example body', () => {
    const [john, jane] = parseSsoUsers(seedBody('enos-list-sso-users'));
    assert.deepEqual(john, {
      id: 'userId',
      name: 'john',
      email: 'john@doe.com',
      emailVerified: true,
      phone: undefined,
      phoneArea: '86',
      phoneVerified: false,
      domain: 'ssodemo',
      state: 'enabled',
      createdAt: { iso: '2021-10-20T10:36:04', asUtc: new Date(Date.UTC(2021, 9, 20, 10, 36, 4)) },
      description: 'SSO USER',
    });
    assert.equal(jane!.phone, '1888888888');
  });

  it('reads state 1 as disabled and anything else as unknown', () => {
    assert.equal(parseSsoUser({ state: 1 }).state, 'disabled');
    assert.equal(parseSsoUser({ state: '0' }).state, 'enabled');
    assert.equal(parseSsoUser({ state: 7 }).state, 'unknown');
    assert.equal(parseSsoUser({}).state, 'unknown');
  });

  it('reads an area code written with a plus', () => {
    assert.equal(parseSsoUser({ phoneArea: '+49' }).phoneArea, '49');
  });

  const failures: Array<[string, unknown, string | undefined]> = [
    ['success: false', { success: false, status: 30401, message: 'Token is not valid.' }, 'Token is not valid.'],
    ['a non-zero status with success: true', { success: true, status: 30500, message: 'Boom', users: [] }, 'Boom'],
    ['a numeric-string status', { status: '30404', msg: 'Not found' }, 'Not found'],
    ['failed: true', { failed: true, users: [] }, undefined],
  ];
  for (const [name, body, message] of failures) {
    it(`treats ${name} as an envelope error carrying its message`, () => {
      const error = (() => {
        try {
          parseSsoUsers(body);
        } catch (e) {
          return e;
        }
        return undefined;
      })();
      assert.ok(error instanceof IamError);
      assert.equal((error as IamError).kind, 'envelope');
      assert.equal((error as IamError).serverMessage, message);
    });
  }

  for (const body of [null, [], 'users', { success: true, status: 0 }, { users: {} }]) {
    it(`rejects ${JSON.stringify(body)} as a shape error`, () => {
      assert.throws(() => parseSsoUsers(body), (error) => error instanceof IamError && error['kind'] === 'shape');
    });
  }

  it('turns holes and wrong types into placeholders', () => {
    const user = parseSsoUser({ name: null, email: ['x'], emailVerified: 'true', createTime: 'soon', extra: null });
    assert.deepEqual([user.name, user.email, user.emailVerified], [undefined, undefined, true]);
    // "soon" was sent but is no time: unreadable ("Unknown date"), not missing.
    assert.ok(unreadable(user.createdAt));
  });
});

describe('EnOS: previewSsoUsers', () => {
  const user = (id: string) => ({ id, name: `user ${id}`, state: 0, createTime: '2021-10-20 10:36:04.0' });
  const body = (envelope: Record<string, unknown>, count: number) => JSON.stringify({ ...envelope, users: Array.from({ length: count }, (_, i) => user(`u${i}`)) });

  it('reads the users complete in the start of an answer', () => {
    const text = body({ success: true, status: 0, message: '' }, 5);
    const cut = text.indexOf('"u3"');
    assert.deepEqual(previewSsoUsers(text.slice(0, cut)).map((u) => u.id), ['u0', 'u1', 'u2']);
    assert.deepEqual(previewSsoUsers(text).map((u) => u.id), ['u0', 'u1', 'u2', 'u3', 'u4']);
  });

  it('converts only the users drawn early, however many the start holds', () => {
    assert.equal(previewSsoUsers(body({ success: true }, PREVIEW_USERS + 30)).length, PREVIEW_USERS);
  });

  it('reads none before the list begins, nor when the envelope before it reports a failure', () => {
    const text = body({ success: true }, 3);
    assert.deepEqual(previewSsoUsers(text.slice(0, text.indexOf('['))), []);
    assert.deepEqual(previewSsoUsers(body({ success: false, status: 30500 }, 3)), []);
    assert.deepEqual(previewSsoUsers(body({ status: 30401 }, 3)), []);
    assert.deepEqual(previewSsoUsers('<!doctype html><p>Bad gateway'), []);
    assert.deepEqual(previewSsoUsers('[{"id":"u1"},'), []);
  });

  it('finds the list under any spelling of its name, past lists and strings that look like it', () => {
    const text = '{"note":"\\"users\\":[{","tags":["users"],"extra":{"users":[1,2]},"Users":[{"id":"a"},{"id":"b"},{"id":"c"';
    assert.deepEqual(previewSsoUsers(text).map((u) => u.id), ['a', 'b']);
  });
});

/** A time sent but unreadable: an Invalid Date with no `iso`. */
const unreadable = (time: WallClockTime | undefined) => time !== undefined && time.iso === '' && Number.isNaN(time.asUtc.getTime());

describe('EnOS: parseEnosTime', () => {
  it('reads both documented forms', () => {
    assert.equal(parseEnosTime('2021-10-20 10:36:04.0')?.iso, '2021-10-20T10:36:04');
    assert.equal(parseEnosTime('2021-10-20 10:36:04')?.iso, '2021-10-20T10:36:04');
  });

  it('reads a T for the space and spaces around, and nothing else of another shape', () => {
    assert.equal(parseEnosTime('2021-10-20T10:36:04.123')?.iso, '2021-10-20T10:36:04');
    assert.equal(parseEnosTime(' 2021-10-20 10:36:04\n')?.iso, '2021-10-20T10:36:04');
    for (const text of ['2021-10-20 10:36:04.', '2021-10-20 10:36:04.0Z', '2021-10-20 10:36:04Z', '2021-10-20  10:36:04', '2021/10/20 10:36:04', '2021-10-2010:36:04', '2021-1a-20 10:36:04', '\uff12021-10-20 10:36:04', '2021-10-20 10:36:0']) {
      assert.ok(unreadable(parseEnosTime(text)), text);
    }
  });

  it('reads the epoch ("never") and no text as no time, and an impossible date as unreadable (issue 17: "Unknown date")', () => {
    assert.equal(parseEnosTime('1970-01-01 00:00:00.0'), undefined);
    assert.equal(parseEnosTime(undefined), undefined);
    assert.equal(parseEnosTime(' '), undefined);
    assert.ok(unreadable(parseEnosTime('2024-13-45 99:99:99.0')));
    assert.ok(unreadable(parseEnosTime('yesterday')));
  });

  // The range checks replaced a toISOString() round trip (for speed at 10,000 users); same answers.
  it('rejects each part out of range, and knows leap years', () => {
    for (const text of ['2021-02-29 00:00:00', '2100-02-29 00:00:00', '2021-04-31 00:00:00', '2021-10-20 24:00:00', '2021-10-20 10:60:00', '2021-10-20 10:00:60', '2021-00-10 10:00:00', '2021-10-00 10:00:00', '0099-01-01 00:00:00']) {
      assert.ok(unreadable(parseEnosTime(text)), text);
    }
    assert.equal(parseEnosTime('2020-02-29 23:59:59.0')?.asUtc.toISOString(), '2020-02-29T23:59:59.000Z');
    assert.equal(parseEnosTime('2000-02-29 00:00:00')?.iso, '2000-02-29T00:00:00');
    assert.equal(parseEnosTime('2021-12-31 23:59:59')?.asUtc.getTime(), Date.UTC(2021, 11, 31, 23, 59, 59));
  });
});

describe('EnOS: ssoUsersUrl', () => {
  it('builds the documented URL and leaves unset filters out', () => {
    assert.equal(ssoUsersUrl('https://gw.example/', { orgId: 'o 1', userName: 'a&b', email: '', phone: undefined }).href, 'https://gw.example/enos-iam-service/v2.3/user/sso/list?orgId=o+1&userName=a%26b',);
  });
});
