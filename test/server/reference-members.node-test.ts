/**
 * The reference server's tenant members and invitations (<org-members>, issue 18; demo/server/writes.mjs):
 * reads in a reading of the undocumented shapes, each write, its validation errors in SSOJet's shape,
 * state per data set and tenant for the life of the server, and the `/_faults/` prefix on writes.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { startReferenceApi } from '../../demo/server/reference-api.mjs';

type Json = Record<string, unknown>;

describe('reference server: tenant members and invitations', () => {
  let api: { origin: string; close(): Promise<unknown> };
  before(async () => {
    api = await startReferenceApi();
  });
  after(() => api.close());

  const ssojet = (path: string, init: RequestInit & { json?: unknown } = {}) =>
    fetch(`${api.origin}${path}${path.includes('?') ? '&' : '?'}client_id=demo-client`, {
      ...init,
      ...(init.json === undefined ? {} : { body: JSON.stringify(init.json) }),
      headers: { Authorization: 'Bearer demo-token', 'Content-Type': 'application/json' },
    });
  const tenant = (dataset: string, id: string) => `/_data/${dataset}/api/v1/tenants/${id}`;
  const members = async (base: string) => ((await (await ssojet(`${base}/users?limit=50`)).json()) as { users: Json[] }).users;
  const invitations = async (base: string) =>
    ((await (await ssojet(`${base}/invitations?status=pending&limit=50`)).json()) as { invitations: Json[] }).invitations;
  const roleIds = async (dataset: string) =>
    ((await (await ssojet(`/_data/${dataset}/api/v1/roles`)).json()) as { roles: Json[] }).roles.map((role) => String(role.id));

  it('reads a tenant’s members and pending invitations, deterministic per id; `missing…` is 404; `old…` a bare array', async () => {
    const base = tenant('m-read', 'acme');
    const first = await members(base);
    assert.ok(first.length >= 3);
    assert.deepEqual(await members(base), first);
    assert.ok(typeof first[0]?.email === 'string' && Array.isArray(first[0]?.roles));
    const pending = await invitations(base);
    assert.ok(pending.length >= 1 && pending.every((invitation) => invitation.status === 'pending'));
    assert.equal((await members(tenant('m-read', 'team-4'))).length, 4);
    assert.ok(Array.isArray(await (await ssojet(`${tenant('m-read', 'old-2')}/users`)).json()));
    const missing = await ssojet(`${tenant('m-read', 'missing-1')}/users`);
    assert.equal(missing.status, 404);
    assert.equal(((await missing.json()) as Json).error_code, 801);
  });

  it('invites, refuses a duplicate (409) and a bad e-mail (400), resends and revokes', async () => {
    const base = tenant('m-invite', 'acme');
    const [role] = await roleIds('m-invite');
    const body = { invitee: { email: 'new.person@example.com' }, inviter: { user_id: 'u1', email: 'admin@example.com' }, role_ids: [role], send_invitation_email: false, expire_in_minutes: 60 };
    const created = await ssojet(`${base}/invitations`, { method: 'POST', json: body });
    assert.equal(created.status, 201);
    const invitation = (await created.json()) as Json;
    assert.deepEqual([invitation.status, invitation.role_ids, (invitation.invitee as Json).email], ['pending', [role], 'new.person@example.com']);
    assert.ok((await invitations(base)).some((entry) => entry.id === invitation.id));
    const duplicate = await ssojet(`${base}/invitations`, { method: 'POST', json: { ...body, invitee: { email: 'NEW.person@example.com' } } });
    assert.equal(duplicate.status, 409);
    const memberEmail = String((await members(base))[0]?.email);
    assert.equal((await ssojet(`${base}/invitations`, { method: 'POST', json: { invitee: { email: memberEmail } } })).status, 409);
    const invalid = await ssojet(`${base}/invitations`, { method: 'POST', json: { invitee: { email: 'nope' } } });
    assert.deepEqual([invalid.status, ((await invalid.json()) as Json).error], [400, 'malformed_request']);
    assert.equal((await ssojet(`${base}/invitations`, { method: 'POST', json: { invitee: { email: 'x@y.io' }, role_ids: ['nope'] } })).status, 400);
    const resent = await ssojet(`${base}/invitations/${String(invitation.id)}/resend`, { method: 'POST' });
    assert.equal(resent.status, 200);
    assert.equal((await ssojet(`${base}/invitations/unknown/resend`, { method: 'POST' })).status, 404);
    assert.equal((await ssojet(`${base}/invitations`, { method: 'DELETE' })).status, 400);
    assert.equal((await ssojet(`${base}/invitations?invitation_id=${String(invitation.id)}`, { method: 'DELETE' })).status, 204);
    assert.ok(!(await invitations(base)).some((entry) => entry.id === invitation.id));
    assert.equal((await ssojet(`${base}/invitations?invitation_id=${String(invitation.id)}`, { method: 'DELETE' })).status, 404);
    // Another tenant of the same data set is untouched.
    assert.ok(!(await invitations(tenant('m-invite', 'other'))).some((entry) => (entry.invitee as Json).email === 'new.person@example.com'));
  });

  it('sets a member’s roles, removes members (a DELETE with a body), adds a user back; 404s and 409s', async () => {
    const base = tenant('m-members', 'acme');
    const [first, second] = await members(base);
    const roles = await roleIds('m-members');
    const set = await ssojet(`${base}/users/${String(first?.id)}/roles`, { method: 'POST', json: { role_ids: roles.slice(0, 2) } });
    assert.equal(set.status, 200);
    assert.deepEqual(((await set.json()) as { roles: Json[] }).roles.map((role) => role.role_id), roles.slice(0, 2));
    assert.equal((await ssojet(`${base}/users/unknown/roles`, { method: 'POST', json: { role_ids: [] } })).status, 404);
    assert.equal((await ssojet(`${base}/users/${String(first?.id)}/roles`, { method: 'POST', json: { role_ids: 'x' } })).status, 400);
    assert.equal((await ssojet(`${base}/users`, { method: 'DELETE', json: { user_ids: [] } })).status, 400);
    assert.equal((await ssojet(`${base}/users`, { method: 'DELETE', json: { user_ids: ['unknown'] } })).status, 404);
    assert.equal((await ssojet(`${base}/users`, { method: 'DELETE', json: { user_ids: [first?.id, second?.id] } })).status, 204);
    const left = await members(base);
    assert.ok(!left.some((entry) => entry.id === first?.id || entry.id === second?.id));
    const [user] = (await (await ssojet('/_data/m-members/api/v1/users')).json()) as Json[];
    const userId = String(user?._id);
    assert.equal((await ssojet(`${base}/users`, { method: 'POST', json: { user_ids: [userId] } })).status, 200);
    assert.ok((await members(base)).some((entry) => entry.id === userId && entry.email === user?.email));
    assert.equal((await ssojet(`${base}/users`, { method: 'POST', json: { user_ids: [userId] } })).status, 409);
    assert.equal((await ssojet(`${base}/users`, { method: 'POST', json: { user_ids: ['nobody'] } })).status, 404);
    assert.equal((await ssojet(`${tenant('m-members', 'missing-x')}/users`, { method: 'DELETE', json: { user_ids: ['a'] } })).status, 404);
  });

  it('answers a wrong method with 405, and applies /_faults/ to member writes', async () => {
    const wrong = await ssojet(`${tenant('m-faults', 'acme')}/users/u/roles`, { method: 'PUT', json: {} });
    assert.equal(wrong.status, 405);
    assert.equal(wrong.headers.get('allow'), 'POST, OPTIONS');
    const fault = await ssojet(`/_faults/status=503/_data/m-faults/api/v1/tenants/acme/invitations`, { method: 'POST', json: { invitee: { email: 'a@b.co' } } });
    assert.equal(fault.status, 503);
    // The write was not made.
    assert.ok(!(await invitations(tenant('m-faults', 'acme'))).some((entry) => (entry.invitee as Json).email === 'a@b.co'));
  });
});
