// @ts-check
/**
 * The reference server's writes (issue 18), as ../../../shared/api/ssojet.md and enos.md list them:
 *
 *   SSOJet  POST   /api/v1/users                     {email, first_name, last_name, role_id?}  201 user
 *           PUT    /api/v1/users/{id}/roles          {role_id: [...]}                          200 user
 *           POST   /api/v1/users/{id}/verify         (no body)                                 200 user
 *           DELETE /api/v1/users/{id}                                                          204
 *           DELETE /api/v1/auth/passwordless/passkey/credentials/{id}                          204
 *   Members POST   /api/v1/tenants/{t}/users              {user_ids: [...]}                        200 {user_ids}
 *   (also  DELETE /api/v1/tenants/{t}/users              {user_ids: [...]}                        204
 *   under  POST   /api/v1/tenants/{t}/users/{id}/roles   {role_ids: [...]}                        200 member
 *   /auth) POST   /api/v1/tenants/{t}/invitations        {invitee: {email}, inviter?, role_ids?,  201 invitation
 *                                                         send_invitation_email?, expire_in_minutes?}
 *           DELETE /api/v1/tenants/{t}/invitations?invitation_id=…                               204
 *           POST   /api/v1/tenants/{t}/invitations/{id}/resend                                   200 invitation
 *   EnOS    POST   /enos-iam-service/v2.3/user/sso/create?orgId=  {domain, userName, email, phone?, phoneArea?}
 *           POST   /enos-iam-service/v2.3/user/sso/update?orgId=  {userId, userName?, email?, phone?, phoneArea?}
 *           POST   /enos-iam-service/v2.3/user/sso/delete?orgId=  {userId}
 *
 * Where the documents are silent this server chooses, and says so:
 * - SSOJet's create body is not quoted; its fields are named as the List All Users entry's
 *   (`email`, `first_name`, `last_name`) and the roles as the roles write's `role_id`.
 * - `/users/{id}/verify` is our reading of "Verify User Status By User Id" (a POST; no path found);
 *   the passkey DELETE is by analogy with the documented rename PATCH. Both may differ on SSOJet.
 * - No answer body is documented for the deletes: 204. Any 2xx is success to a client.
 * - No answer body is documented for any member write: this server's are readings (docs/writes.md). A
 *   duplicate invitation (an e-mail with a pending invitation or already a member) or member is 409;
 *   `missing…` tenants are 404 everywhere; unknown user, member, role or invitation ids are 404/400.
 * - EnOS reports request errors in a 200 envelope (as its list does): 30400 invalid, 30404 unknown
 *   user; a duplicate e-mail answers 30409, which no EnOS page lists (the 30000 + HTTP status
 *   pattern of the documented codes).
 *
 * State: each tenant's list (SSOJet: the data set; EnOS: the orgId) is copied on its first write
 * and kept for the life of the server, so reads reflect writes (a removed user stays removed
 * until restart). At most MAX_TENANTS are kept, the oldest forgotten first.
 */
import { randomBytes } from 'node:crypto';

const MAX_TENANTS = 200;
const MAX_NAME = 64;
/** The e-mail syntax the server checks: something@something.tld, no spaces (what a form checks too). */
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** @typedef {Record<string, unknown>} Entry */
/** @typedef {{ status: number, body?: unknown }} Answer */
/**
 * @typedef {{ provider: 'ssojet-users' | 'ssojet-passkeys' | 'ssojet-members' | 'enos',
 *   action: 'create' | 'roles' | 'verify' | 'remove' | 'update' | 'add' | 'invite' | 'revoke' | 'resend', id?: string, tenant?: string }} Write
 */

const USERS = '/api/v1/users';
const USER = /^\/api\/v1\/users\/([^/]+)$/;
const USER_ROLES = /^\/api\/v1\/users\/([^/]+)\/roles$/;
const USER_VERIFY = /^\/api\/v1\/users\/([^/]+)\/verify$/;
const PASSKEY = /^\/api\/v1\/auth\/passwordless\/passkey\/credentials\/([^/]+)$/;
const TENANT_USERS = /^\/api\/v1(?:\/auth)?\/tenants\/([^/]+)\/users$/;
const TENANT_USER_ROLES = /^\/api\/v1(?:\/auth)?\/tenants\/([^/]+)\/users\/([^/]+)\/roles$/;
const TENANT_INVITATIONS = /^\/api\/v1(?:\/auth)?\/tenants\/([^/]+)\/invitations$/;
const TENANT_RESEND = /^\/api\/v1(?:\/auth)?\/tenants\/([^/]+)\/invitations\/([^/]+)\/resend$/;
const ENOS_WRITE = /^\/enos-iam-service\/v2\.3\/user\/sso\/(create|update|delete)$/;

/**
 * Which write a request is, if any.
 * @param {string} method @param {string} path @returns {Write | undefined}
 */
export function matchWrite(method, path) {
  const id = (/** @type {RegExpExecArray | null} */ match) => decode(/** @type {string} */ (match?.[1]));
  let match;
  if (method === 'POST' && path === USERS) return { provider: 'ssojet-users', action: 'create' };
  if (method === 'PUT' && (match = USER_ROLES.exec(path))) return { provider: 'ssojet-users', action: 'roles', id: id(match) };
  if (method === 'POST' && (match = USER_VERIFY.exec(path))) return { provider: 'ssojet-users', action: 'verify', id: id(match) };
  if (method === 'DELETE' && (match = USER.exec(path))) return { provider: 'ssojet-users', action: 'remove', id: id(match) };
  if (method === 'DELETE' && (match = PASSKEY.exec(path))) return { provider: 'ssojet-passkeys', action: 'remove', id: id(match) };
  const member = (/** @type {Write['action']} */ action, /** @type {RegExpExecArray} */ found) => ({
    provider: /** @type {const} */ ('ssojet-members'),
    action,
    tenant: decode(/** @type {string} */ (found[1])),
    ...(found[2] === undefined ? {} : { id: decode(found[2]) }),
  });
  if ((method === 'POST' || method === 'DELETE') && (match = TENANT_USERS.exec(path))) return member(method === 'POST' ? 'add' : 'remove', match);
  if (method === 'POST' && (match = TENANT_USER_ROLES.exec(path))) return member('roles', match);
  if ((method === 'POST' || method === 'DELETE') && (match = TENANT_INVITATIONS.exec(path))) return member(method === 'POST' ? 'invite' : 'revoke', match);
  if (method === 'POST' && (match = TENANT_RESEND.exec(path))) return member('resend', match);
  if (method === 'POST' && (match = ENOS_WRITE.exec(path))) {
    const verb = /** @type {'create' | 'update' | 'delete'} */ (match[1]);
    return { provider: 'enos', action: verb === 'delete' ? 'remove' : verb };
  }
  return undefined;
}

/** The write routes' paths, to tell a write route called with the wrong method. @param {string} path */
export function isWritePath(path) {
  // The member and invitation lists are read with GET at the same paths as their writes: not listed here.
  return USER.test(path) || USER_ROLES.test(path) || USER_VERIFY.test(path) || ENOS_WRITE.test(path) || TENANT_USER_ROLES.test(path) || TENANT_RESEND.test(path);
}

/** @param {string} text */
function decode(text) {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/** @param {string} description */
const ssojetInvalid = (description) => ({ status: 400, body: { error: 'malformed_request', error_code: 800, error_description: description } });
const ssojetNotFound = (/** @type {string} */ what) => ({ status: 404, body: { error: 'resource_not_found', error_code: 801, error_description: `${what} not found` } });

/** 409 in SSOJet's error shape (its documents list no code for a conflict: 800, as for the users' 409). @param {string} description */
const ssojetDuplicate = (description) => ({ status: 409, body: { error: 'conflict', error_code: 800, error_description: description } });

/** @param {number} status @param {string} message */
const enosFailure = (status, message) => ({ status: 200, body: { fail: true, success: false, failed: true, message, status, successful: false } });
/** @param {Record<string, unknown>} [extra] */
const enosSuccess = (extra = {}) => ({ status: 200, body: { fail: false, success: true, failed: false, message: '', status: 0, successful: true, ...extra } });

/** `undefined` when `value` is a usable name (1–64 characters, not only spaces), else why not. @param {unknown} value @param {string} field */
function nameProblem(value, field) {
  if (typeof value !== 'string' || value.trim() === '') return `${field} is required.`;
  if ([...value].length > MAX_NAME) return `${field} must be at most ${MAX_NAME} characters.`;
  return undefined;
}

/** @param {unknown} value */
function emailProblem(value) {
  if (typeof value !== 'string' || value.trim() === '') return 'email is required.';
  if (!EMAIL.test(value)) return 'email is not a valid email address.';
  return undefined;
}

/** @param {string} text @returns {Entry | undefined} */
function parseObject(text) {
  try {
    const value = JSON.parse(text);
    return value !== null && typeof value === 'object' && !Array.isArray(value) ? value : undefined;
  } catch {
    return undefined;
  }
}

const sameEmail = (/** @type {unknown} */ a, /** @type {unknown} */ b) =>
  typeof a === 'string' && typeof b === 'string' && a.toLowerCase() === b.toLowerCase();

export function createWrites() {
  /** Each written tenant's current list, by `scope:key`. @type {Map<string, Entry[]>} */
  const tenants = new Map();

  /**
   * The tenant's list as written, or `base()` when nothing was written (the store holds what `base()` gave, so its type).
   * @template T @param {string} scope @param {string} key @param {() => T[]} base @returns {T[]}
   */
  function current(scope, key, base) {
    return /** @type {T[] | undefined} */ (tenants.get(`${scope}:${key}`)) ?? base();
  }

  /** The tenant's list, copied from `base()` on its first write. @param {string} scope @param {string} key @param {() => Entry[]} base */
  function writable(scope, key, base) {
    const name = `${scope}:${key}`;
    let list = tenants.get(name);
    if (list === undefined) {
      list = base().map((entry) => ({ ...entry }));
      tenants.set(name, list);
      if (tenants.size > MAX_TENANTS) tenants.delete(/** @type {string} */ (tenants.keys().next().value));
    }
    return list;
  }

  return {
    /** Whether a tenant has been written to (its reads must then come from the store, not a cached body). @param {string} scope @param {string} key */
    written: (scope, key) => tenants.has(`${scope}:${key}`),
    current,

    /**
     * Answers one SSOJet user or passkey write on data set `dataset`.
     * @param {Write} write @param {string} text the request body @param {string} dataset
     * @param {{ users: () => Entry[], roles: () => Entry[], passkeys: () => Entry[] }} base
     * @returns {Answer}
     */
    ssojet(write, text, dataset, base) {
      if (write.provider === 'ssojet-passkeys') {
        const passkeys = writable('ssojet-passkeys', dataset, base.passkeys);
        const at = passkeys.findIndex((passkey) => passkey.id === write.id);
        if (at < 0 || String(write.id).startsWith('missing')) return ssojetNotFound('Passkey');
        passkeys.splice(at, 1);
        return { status: 204 };
      }
      const idOf = (/** @type {Entry} */ user) => user._id ?? user.id;
      if (write.action === 'create') {
        const body = parseObject(text);
        if (body === undefined) return ssojetInvalid('The body must be a JSON object.');
        const problem = emailProblem(body.email) ?? nameProblem(body.first_name, 'first_name') ?? nameProblem(body.last_name, 'last_name');
        if (problem) return ssojetInvalid(problem);
        const roles = rolesOf(body.role_id ?? [], base.roles());
        if (typeof roles === 'string') return ssojetInvalid(roles);
        const users = writable('ssojet-users', dataset, base.users);
        if (users.some((user) => sameEmail(user.email, body.email))) return ssojetDuplicate('A user with this email already exists.');
        const at = new Date().toISOString();
        const newer = dataset.startsWith('new');
        const user = {
          [newer ? 'id' : '_id']: randomBytes(12).toString('hex'),
          email: body.email,
          first_name: body.first_name,
          last_name: body.last_name,
          roles,
          email_verified: false,
          is_active: true,
          created_at: at,
          modified_at: at,
          [newer ? 'last_login_at' : 'LastLoginAt']: null,
        };
        users.push(user);
        return { status: 201, body: user };
      }
      if (String(write.id).startsWith('missing')) return ssojetNotFound('User');
      const users = writable('ssojet-users', dataset, base.users);
      const at = users.findIndex((user) => idOf(user) === write.id);
      if (at < 0) return ssojetNotFound('User');
      const user = /** @type {Entry} */ (users[at]);
      if (write.action === 'remove') {
        users.splice(at, 1);
        return { status: 204 };
      }
      if (write.action === 'verify') {
        users[at] = { ...user, email_verified: true, modified_at: new Date().toISOString() };
        return { status: 200, body: users[at] };
      }
      const body = parseObject(text);
      if (body === undefined || !Array.isArray(body.role_id)) return ssojetInvalid('role_id is required and must be an array.');
      const roles = rolesOf(body.role_id, base.roles());
      if (typeof roles === 'string') return ssojetInvalid(roles);
      users[at] = { ...user, roles, modified_at: new Date().toISOString() };
      return { status: 200, body: users[at] };
    },

    /**
     * Answers one write of tenant `write.tenant`'s members or invitations on data set `dataset`.
     * @param {Write} write @param {string} text @param {URLSearchParams} query @param {string} dataset
     * @param {{ members: (tenant: string) => Entry[], invitations: (tenant: string) => Entry[], users: () => Entry[], roles: () => Entry[] }} base
     * @returns {Answer}
     */
    members(write, text, query, dataset, base) {
      const tenant = String(write.tenant);
      if (tenant.startsWith('missing')) return ssojetNotFound('Tenant');
      const key = `${dataset}:${tenant}`;
      const members = () => writable('ssojet-members', key, () => base.members(tenant));
      const invitations = () => writable('ssojet-invitations', key, () => base.invitations(tenant));
      const now = new Date();
      if (write.action === 'revoke') {
        const id = query.get('invitation_id');
        if (!id) return ssojetInvalid('invitation_id is required.');
        const list = invitations();
        const at = list.findIndex((invitation) => invitation.id === id);
        if (at < 0) return ssojetNotFound('Invitation');
        list.splice(at, 1);
        return { status: 204 };
      }
      if (write.action === 'resend') {
        const list = invitations();
        const at = list.findIndex((invitation) => invitation.id === write.id);
        if (at < 0) return ssojetNotFound('Invitation');
        const minutes = Number(/** @type {Entry} */ (list[at]).expire_in_minutes) || 7 * 24 * 60;
        list[at] = { ...list[at], status: 'pending', expires_at: new Date(now.getTime() + minutes * 60_000).toISOString() };
        return { status: 200, body: list[at] };
      }
      const body = parseObject(text);
      if (body === undefined) return ssojetInvalid('The body must be a JSON object.');
      if (write.action === 'invite') {
        const invitee = body.invitee !== null && typeof body.invitee === 'object' ? /** @type {Entry} */ (body.invitee) : {};
        const problem = emailProblem(invitee.email);
        if (problem) return ssojetInvalid(problem.replace('email', 'invitee.email'));
        const minutes = body.expire_in_minutes ?? 7 * 24 * 60;
        if (!Number.isInteger(minutes) || /** @type {number} */ (minutes) < 1) return ssojetInvalid('expire_in_minutes must be a whole number of minutes.');
        const roles = roleIdsOf(body.role_ids ?? [], base.roles());
        if (typeof roles === 'string') return ssojetInvalid(roles);
        const list = invitations();
        const pending = list.some((invitation) => invitation.status === 'pending' && sameEmail(/** @type {Entry} */ (invitation.invitee)?.email, invitee.email));
        if (pending) return ssojetDuplicate('An invitation for this email is already pending.');
        if (members().some((entry) => sameEmail(entry.email, invitee.email))) return ssojetDuplicate('A member with this email already exists.');
        const invitation = {
          id: randomBytes(12).toString('hex'),
          invitee: { email: invitee.email },
          inviter: body.inviter ?? null,
          role_ids: roles,
          status: 'pending',
          send_invitation_email: body.send_invitation_email !== false,
          expire_in_minutes: minutes,
          created_at: now.toISOString(),
          expires_at: new Date(now.getTime() + /** @type {number} */ (minutes) * 60_000).toISOString(),
        };
        list.push(invitation);
        return { status: 201, body: invitation };
      }
      if (write.action === 'roles') {
        const roles = roleIdsOf(body.role_ids, base.roles());
        if (typeof roles === 'string') return ssojetInvalid(roles);
        const list = members();
        const at = list.findIndex((entry) => entry.id === write.id);
        if (at < 0) return ssojetNotFound('Member');
        const named = roles.map((id) => ({ role_id: id, role_name: base.roles().find((role) => role.id === id)?.name }));
        list[at] = { ...list[at], roles: named };
        return { status: 200, body: list[at] };
      }
      const ids = body.user_ids;
      if (!Array.isArray(ids) || ids.length === 0 || !ids.every((id) => typeof id === 'string' && id !== '')) {
        return ssojetInvalid('user_ids is required and must be a non-empty array of user ids.');
      }
      const list = members();
      if (write.action === 'remove') {
        const unknown = ids.find((id) => !list.some((entry) => entry.id === id));
        if (unknown !== undefined) return ssojetNotFound(`Member ${unknown}`);
        for (const id of ids) list.splice(list.findIndex((entry) => entry.id === id), 1);
        return { status: 204 };
      }
      const users = base.users();
      const found = ids.map((id) => users.find((user) => (user._id ?? user.id) === id));
      const unknown = ids.find((_, i) => found[i] === undefined);
      if (unknown !== undefined) return ssojetNotFound(`User ${unknown}`);
      if (ids.some((id) => list.some((entry) => entry.id === id))) return ssojetDuplicate('The user is already a member.');
      for (const user of found) {
        const entry = /** @type {Entry} */ (user);
        list.push({ id: entry._id ?? entry.id, email: entry.email, first_name: entry.first_name, last_name: entry.last_name, is_active: entry.is_active, roles: [], joined_at: now.toISOString() });
      }
      return { status: 200, body: { user_ids: ids } };
    },

    /**
     * Answers one EnOS SSO user write on organization `orgId`.
     * @param {Write} write @param {string} text @param {string | null} orgId @param {(orgId: string) => Entry[]} base
     * @returns {Answer}
     */
    enos(write, text, orgId, base) {
      if (!orgId) return enosFailure(30400, 'orgId is required.');
      if (orgId.startsWith('missing')) return enosFailure(30404, 'The organization does not exist.');
      const body = parseObject(text);
      if (body === undefined) return enosFailure(30400, 'The body must be a JSON object.');
      const users = () => writable('enos', orgId, () => base(orgId));
      const phoneProblem = ['phone', 'phoneArea'].map((field) =>
        body[field] === undefined || (typeof body[field] === 'string' && /^\+?\d{0,20}$/.test(/** @type {string} */ (body[field]))) ? undefined : `${field} must be digits.`,
      ).find(Boolean);
      if (write.action === 'create') {
        const problem = nameProblem(body.domain, 'domain') ?? nameProblem(body.userName, 'userName') ?? emailProblem(body.email) ?? phoneProblem;
        if (problem) return enosFailure(30400, problem);
        const list = users();
        if (list.some((user) => sameEmail(user.email, body.email))) return enosFailure(30409, 'A user with this email already exists.');
        const userId = `u${randomBytes(6).toString('hex')}`;
        list.push(newSsoUser(userId, orgId, body));
        return enosSuccess({ userId });
      }
      if (typeof body.userId !== 'string' || body.userId === '') return enosFailure(30400, 'userId is required.');
      const list = users();
      const at = list.findIndex((user) => user.id === body.userId);
      if (at < 0) return enosFailure(30404, 'The user does not exist.');
      if (write.action === 'remove') {
        list.splice(at, 1);
        return enosSuccess();
      }
      const problem =
        (body.userName === undefined ? undefined : nameProblem(body.userName, 'userName')) ??
        (body.email === undefined ? undefined : emailProblem(body.email)) ??
        phoneProblem;
      if (problem) return enosFailure(30400, problem);
      if (list.some((user, i) => i !== at && sameEmail(user.email, body.email))) return enosFailure(30409, 'A user with this email already exists.');
      const user = /** @type {Entry} */ (list[at]);
      list[at] = {
        ...user,
        ...(body.userName === undefined ? {} : { name: body.userName }),
        ...(body.email === undefined ? {} : { email: body.email }),
        ...(body.phone === undefined ? {} : { phone: body.phone }),
        ...(body.phoneArea === undefined ? {} : { phoneArea: body.phoneArea }),
      };
      return enosSuccess({ userId: body.userId });
    },
  };
}

/**
 * The embedded role shape (`{role_id, role_name, permissions}`) for role ids, or why they are refused.
 * @param {unknown} ids @param {Entry[]} roles @returns {Entry[] | string}
 */
function rolesOf(ids, roles) {
  if (!Array.isArray(ids) || !ids.every((id) => typeof id === 'string')) return 'role_id must be an array of role ids.';
  const found = ids.map((id) => roles.find((role) => role.id === id));
  const unknown = ids.find((_, i) => found[i] === undefined);
  if (unknown !== undefined) return `Unknown role id: ${unknown}.`;
  return found.map((role) => ({ role_id: role?.id, role_name: role?.name, permissions: role?.permission_ids ?? [] }));
}

/**
 * Role ids that all name a role of `roles`, or why they are refused.
 * @param {unknown} ids @param {Entry[]} roles @returns {string[] | string}
 */
function roleIdsOf(ids, roles) {
  if (!Array.isArray(ids) || !ids.every((id) => typeof id === 'string')) return 'role_ids is required and must be an array of role ids.';
  const unknown = ids.find((id) => !roles.some((role) => role.id === id));
  return unknown === undefined ? ids : `Unknown role id: ${unknown}.`;
}

/** An SSO user as the list answers it, for a create. @param {string} id @param {string} orgId @param {Entry} body */
function newSsoUser(id, orgId, body) {
  const created = new Date().toISOString().replace('T', ' ').replace(/\.\d+Z$/, '.0');
  return {
    id,
    name: body.userName,
    type: 1,
    email: body.email,
    extra: {},
    phone: body.phone ?? '',
    state: 0,
    domain: body.domain,
    authType: 2,
    phoneArea: body.phoneArea ?? '',
    createTime: created,
    resourceId: '',
    description: '',
    emailVerified: false,
    passwordState: 0,
    phoneVerified: false,
    organizationId: orgId,
    createdByUserId: '0',
    emailVerifiedAt: '1970-01-01 00:00:00.0',
    phoneVerifiedAt: '1970-01-01 00:00:00.0',
    passwordExpireTime: 0,
  };
}
