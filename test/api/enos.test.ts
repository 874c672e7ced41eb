import { expect } from '@open-wc/testing';
import { parseEnosTime, parseSsoUser, parseSsoUsers, previewSsoUsers, ssoUsersUrl } from '../../src/api/enos.js';
import { IamError } from '../../src/api/errors.js';
import { seedBody } from '../helpers/reference-api.js';

describe('EnOS: parseSsoUsers', () => {
  it('reads the seed document’s example body', async () => {
    const [john, jane] = parseSsoUsers(await seedBody('enos-list-sso-users'));
    expect(john).to.deep.equal({
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
    expect(jane!.phone).to.equal('1888888888');
  });

  it('reads state 1 as disabled and anything else as unknown', () => {
    expect(parseSsoUser({ state: 1 }).state).to.equal('disabled');
    expect(parseSsoUser({ state: '0' }).state).to.equal('enabled');
    expect(parseSsoUser({ state: 7 }).state).to.equal('unknown');
    expect(parseSsoUser({}).state).to.equal('unknown');
  });

  it('reads an area code written with a plus', () => {
    expect(parseSsoUser({ phoneArea: '+49' }).phoneArea).to.equal('49');
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
      expect(error).to.be.instanceOf(IamError);
      expect((error as IamError).kind).to.equal('envelope');
      expect((error as IamError).serverMessage).to.equal(message);
    });
  }

  for (const body of [null, [], 'users', { success: true, status: 0 }, { users: {} }]) {
    it(`rejects ${JSON.stringify(body)} as a shape error`, () => {
      expect(() => parseSsoUsers(body)).to.throw(IamError).with.property('kind', 'shape');
    });
  }

  it('turns holes and wrong types into placeholders', () => {
    const user = parseSsoUser({ name: null, email: ['x'], emailVerified: 'true', createTime: 'soon', extra: null });
    expect([user.name, user.email, user.emailVerified, user.createdAt]).to.deep.equal([undefined, undefined, true, undefined]);
  });
});

describe('EnOS: previewSsoUsers', () => {
  const user = (id: string) => ({ id, name: `user ${id}`, state: 0, createTime: '2021-10-20 10:36:04.0' });
  const body = (envelope: Record<string, unknown>, count: number) => JSON.stringify({ ...envelope, users: Array.from({ length: count }, (_, i) => user(`u${i}`)) });

  it('reads the users complete in the start of an answer', () => {
    const text = body({ success: true, status: 0, message: '' }, 5);
    const cut = text.indexOf('"u3"');
    expect(previewSsoUsers(text.slice(0, cut)).map((u) => u.id)).to.deep.equal(['u0', 'u1', 'u2']);
    expect(previewSsoUsers(text).map((u) => u.id)).to.deep.equal(['u0', 'u1', 'u2', 'u3', 'u4']);
  });

  it('reads none before the list begins, nor when the envelope before it reports a failure', () => {
    const text = body({ success: true }, 3);
    expect(previewSsoUsers(text.slice(0, text.indexOf('[')))).to.deep.equal([]);
    expect(previewSsoUsers(body({ success: false, status: 30500 }, 3))).to.deep.equal([]);
    expect(previewSsoUsers(body({ status: 30401 }, 3))).to.deep.equal([]);
    expect(previewSsoUsers('<!doctype html><p>Bad gateway')).to.deep.equal([]);
    expect(previewSsoUsers('[{"id":"u1"},')).to.deep.equal([]);
  });

  it('finds the list under any spelling of its name, past lists and strings that look like it', () => {
    const text = '{"note":"\\"users\\":[{","tags":["users"],"extra":{"users":[1,2]},"Users":[{"id":"a"},{"id":"b"},{"id":"c"';
    expect(previewSsoUsers(text).map((u) => u.id)).to.deep.equal(['a', 'b']);
  });
});

describe('EnOS: parseEnosTime', () => {
  it('reads both documented forms', () => {
    expect(parseEnosTime('2021-10-20 10:36:04.0')?.iso).to.equal('2021-10-20T10:36:04');
    expect(parseEnosTime('2021-10-20 10:36:04')?.iso).to.equal('2021-10-20T10:36:04');
  });

  it('reads the epoch as "never" and rejects impossible dates', () => {
    expect(parseEnosTime('1970-01-01 00:00:00.0')).to.equal(undefined);
    expect(parseEnosTime('2024-13-45 99:99:99.0')).to.equal(undefined);
    expect(parseEnosTime('yesterday')).to.equal(undefined);
    expect(parseEnosTime(undefined)).to.equal(undefined);
  });

  // The range checks replaced a toISOString() round trip (for speed at 10,000 users); same answers.
  it('rejects each part out of range, and knows leap years', () => {
    for (const text of ['2021-02-29 00:00:00', '2100-02-29 00:00:00', '2021-04-31 00:00:00', '2021-10-20 24:00:00', '2021-10-20 10:60:00', '2021-10-20 10:00:60', '2021-00-10 10:00:00', '2021-10-00 10:00:00', '0099-01-01 00:00:00']) {
      expect(parseEnosTime(text), text).to.equal(undefined);
    }
    expect(parseEnosTime('2020-02-29 23:59:59.0')?.asUtc.toISOString()).to.equal('2020-02-29T23:59:59.000Z');
    expect(parseEnosTime('2000-02-29 00:00:00')?.iso).to.equal('2000-02-29T00:00:00');
    expect(parseEnosTime('2021-12-31 23:59:59')?.asUtc.getTime()).to.equal(Date.UTC(2021, 11, 31, 23, 59, 59));
  });
});

describe('EnOS: ssoUsersUrl', () => {
  it('builds the documented URL and leaves unset filters out', () => {
    expect(ssoUsersUrl('https://gw.example/', { orgId: 'o 1', userName: 'a&b', email: '', phone: undefined }).href).to.equal(
      'https://gw.example/enos-iam-service/v2.3/user/sso/list?orgId=o+1&userName=a%26b',
    );
  });
});
