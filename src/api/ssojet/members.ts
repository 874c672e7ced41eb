import { IamError } from '../errors.js';
import { Fields } from '../json.js';
import { parseTime, readPage, type Page } from '../page.js';
import { emailProblem, fieldErrors, refuseInvalid, requiredProblem, type FieldErrors } from '../write-input.js';
import { fetchSsojet, type SsojetListRequest } from './request.js';
import { readRoleRefs } from './users.js';
import { send, type SsojetWriteRequest } from './writes.js';

/**
 * The members and pending invitations of one SSOJet tenant (organization), for `<org-members>`, and the
 * member writes of issue 18 (../../../docs/writes.md lists them with their endpoints).
 *
 * SSOJet documents the paths and request bodies (`../shared/api/ssojet.md`, "Tenants (organizations) and
 * members") but NOT the answers' shapes. Every reader here is defensive: a page may be
 * `{users|members|tenant_users, next_cursor}` or a bare array; a member may carry its user under `user`;
 * roles may be `role_ids`, `[{role_id, role_name}]`, `[{id, name}]` or plain strings; an invitation's
 * e-mail may be `email` or `invitee.email`. test/api/ssojet.node-test.ts pins each reading.
 */

/** One row of `<org-members>`: a member of the tenant, or an invitation not yet accepted. */
export interface OrgMember {
  kind: 'member' | 'invitation';
  /** The member's user id, or the invitation's id (what the writes take). */
  id: string | undefined;
  email: string | undefined;
  firstName: string | undefined;
  lastName: string | undefined;
  /** Role ids, as the writes send them. */
  roleIds: string[];
  /** Role names where the answer names them (not always: `role_ids` alone names none). */
  roleNames: string[];
  /** A member's `is_active` (or its `status`); `undefined` when not said, and for invitations. */
  active: boolean | undefined;
  /** The status as sent, lower case (`pending`, `expired`, `accepted`, `active`, …); `undefined` when not said. */
  status: string | undefined;
  /** An invitation's `expires_at`; `undefined` for members and when not said. */
  expiresAt: Date | null | undefined;
  /** A member's `joined_at` (else `created_at`); an invitation's `created_at`. */
  createdAt: Date | null | undefined;
}

/** The members of a tenant. SSOJet's widget calls `/api/v1/auth/tenants/{id}/users` with the user's token. */
export const MEMBERS_PATH = '/api/v1/tenants/{tenant-id}/users';
/** A tenant's invitations, asked for with `status=pending`. */
export const INVITATIONS_PATH = '/api/v1/tenants/{tenant-id}/invitations';
/** The tenant every member write is under; a host's `/api/v1/auth/tenants/{tenant-id}` works the same. */
export const TENANT_PATH = '/api/v1/tenants/{tenant-id}';

/** Invitation pages followed at most (SSOJet pages at 50 at most: 500 invitations). */
const MAX_INVITATION_PAGES = 10;

export interface OrgMembersRequest extends SsojetListRequest {
  /** The invitations' path (default INVITATIONS_PATH; its `{tenant-id}` filled like `path`'s); `''` asks for none. */
  invitationsPath?: string | undefined;
}

/**
 * A page of members, with the tenant's pending invitations ahead of them on the first page.
 * `invitationsError` says the invitations could not be read: the members are not lost for it
 * (a proxy that does not route invitations, a token allowed to read members only).
 */
export interface OrgMembersPage extends Page<OrgMember> {
  invitationsError?: IamError | undefined;
}

/**
 * `GET {base}{path}?client_id=…[&cursor]` (members) and, for the first page only and at the same time,
 * `GET {base}{invitationsPath}?client_id=…&status=pending` (its pages followed, at most 10). The members'
 * failure fails the whole; the invitations' failure (not an abort) leaves the members, with `invitationsError`.
 */
export async function fetchOrgMembers(request: OrgMembersRequest): Promise<OrgMembersPage> {
  const invitationsPath = request.invitationsPath ?? INVITATIONS_PATH;
  const invitations = request.cursor === undefined && invitationsPath !== '' ? fetchInvitations({ ...request, path: invitationsPath }) : undefined;
  // Read before awaiting the members, so an invitations failure is never an unhandled rejection.
  const settled = invitations?.then(
    (items) => ({ items, error: undefined }),
    (error: unknown) => ({ items: [] as OrgMember[], error }),
  );
  const members = await fetchSsojet(request, {}, parseOrgMembers);
  const result = await settled;
  if (result === undefined) return members;
  if (result.error !== undefined) {
    request.signal?.throwIfAborted();
    const error = result.error instanceof IamError ? result.error : new IamError('shape', String(result.error));
    return { ...members, invitationsError: error };
  }
  return { ...members, items: [...result.items, ...members.items] };
}

async function fetchInvitations(request: SsojetListRequest): Promise<OrgMember[]> {
  const items: OrgMember[] = [];
  let cursor: string | undefined;
  for (let pages = 0; pages < MAX_INVITATION_PAGES; pages++) {
    const page = await fetchSsojet({ ...request, cursor }, { status: 'pending' }, parseInvitations);
    items.push(...page.items);
    cursor = page.nextCursor;
    if (!cursor) break;
  }
  return items;
}

/** `{users|members|tenant_users, next_cursor}` or a bare array of members (undocumented: see the module's comment). */
export function parseOrgMembers(body: unknown): Page<OrgMember> {
  return readPage(body, ['users', 'members', 'tenant_users', 'data'], parseOrgMember, 'members');
}

/** `{invitations, next_cursor}` or a bare array of invitations (undocumented). */
export function parseInvitations(body: unknown): Page<OrgMember> {
  return readPage(body, ['invitations', 'data'], parseInvitation, 'invitations');
}

/** A member; its user's fields may sit in a nested `user` (as a membership record would carry them). */
export function parseOrgMember(value: unknown): OrgMember {
  const own = new Fields(value);
  const user = own.object('user');
  const either = (read: (fields: Fields) => string | undefined) => read(own) ?? read(user);
  const status = either((fields) => fields.string('status'))?.toLowerCase();
  const active = own.boolean('is_active') ?? user.boolean('is_active');
  return {
    kind: 'member',
    id: either((fields) => fields.string('user_id', 'id', '_id')),
    email: either((fields) => fields.string('email', 'email_id')),
    firstName: either((fields) => fields.string('first_name', 'given_name')),
    lastName: either((fields) => fields.string('last_name', 'family_name')),
    ...readRoleRefs(own),
    active: active ?? (status === 'active' ? true : status === 'inactive' || status === 'disabled' ? false : undefined),
    status,
    expiresAt: undefined,
    createdAt: parseTime(either((fields) => fields.string('joined_at', 'created_at'))),
  };
}

/** An invitation: `{id, email | invitee.email, role_ids | roles, status, expires_at, created_at}`. */
export function parseInvitation(value: unknown): OrgMember {
  const fields = new Fields(value);
  return {
    kind: 'invitation',
    id: fields.string('id', 'invitation_id', '_id'),
    email: fields.string('email') ?? fields.object('invitee').string('email'),
    firstName: undefined,
    lastName: undefined,
    ...readRoleRefs(fields),
    active: undefined,
    status: fields.string('status')?.toLowerCase(),
    expiresAt: parseTime(fields.string('expires_at', 'expire_at', 'expiry')),
    createdAt: parseTime(fields.string('created_at', 'invited_at')),
  };
}

// The writes. Each sends once (never retried; an unanswered one throws an IamError with `outcomeUnknown`).

/** What every member write carries: `tenantPath` (default TENANT_PATH) is the tenant's path, the writes' paths below it. */
export type OrgMembersWriteRequest = Omit<SsojetWriteRequest, 'path'> & { tenantPath?: string };

export interface InviteInput {
  email: string;
  /** Sent as `role_ids`. */
  roleIds?: string[];
  /** Sent as `inviter: {user_id, email}` when given (the signed-in admin). */
  inviter?: { userId?: string; email?: string };
  /** Sent as `send_invitation_email` (default true). */
  sendEmail?: boolean;
  /** Sent as `expire_in_minutes` when given: a whole number of minutes, at least 1. */
  expireInMinutes?: number;
}

/** The problems of an invitation's fields (the invitee's e-mail); empty when it can be sent. */
export function validateInvite(input: Partial<InviteInput>): FieldErrors<'email' | 'expireInMinutes'> {
  const minutes = input.expireInMinutes;
  const badMinutes = minutes !== undefined && !(Number.isInteger(minutes) && minutes >= 1);
  return fieldErrors({ email: emailProblem(input.email), expireInMinutes: badMinutes ? 'required' : undefined });
}

/**
 * `POST {tenant}/invitations` with `{invitee: {email}, inviter?, role_ids, send_invitation_email, expire_in_minutes?}`:
 * the invitation when the (undocumented) answer holds one, else `undefined`.
 */
export async function inviteMember(request: OrgMembersWriteRequest, tenantId: string, input: InviteInput): Promise<OrgMember | undefined> {
  refuseInvalid({ ...tenantProblem(tenantId), ...validateInvite(input) });
  const inviter = input.inviter && { user_id: input.inviter.userId, email: input.inviter.email };
  const body = {
    invitee: { email: input.email.trim() },
    ...(inviter ? { inviter } : {}),
    role_ids: input.roleIds ?? [],
    send_invitation_email: input.sendEmail ?? true,
    ...(input.expireInMinutes === undefined ? {} : { expire_in_minutes: input.expireInMinutes }),
  };
  return answered(await memberWrite(request, tenantId, '/invitations', {}, 'POST', body), parseInvitation);
}

/** `POST {tenant}/invitations/{id}/resend` (no body). */
export async function resendInvitation(request: OrgMembersWriteRequest, tenantId: string, invitationId: string): Promise<void> {
  refuseInvalid({ ...tenantProblem(tenantId), ...fieldErrors({ invitationId: requiredProblem(invitationId) }) });
  await memberWrite(request, tenantId, '/invitations/{invitation-id}/resend', { 'invitation-id': invitationId }, 'POST');
}

/** `DELETE {tenant}/invitations?invitation_id=…` (the id in the query, as documented). */
export async function revokeInvitation(request: OrgMembersWriteRequest, tenantId: string, invitationId: string): Promise<void> {
  refuseInvalid({ ...tenantProblem(tenantId), ...fieldErrors({ invitationId: requiredProblem(invitationId) }) });
  await memberWrite(request, tenantId, '/invitations', {}, 'DELETE', undefined, { invitation_id: invitationId });
}

/** `POST {tenant}/users` with `{user_ids: [...]}`: adds existing users to the tenant. */
export async function addMembers(request: OrgMembersWriteRequest, tenantId: string, userIds: string[]): Promise<void> {
  refuseInvalid({ ...tenantProblem(tenantId), ...userIdsProblem(userIds) });
  await memberWrite(request, tenantId, '/users', {}, 'POST', { user_ids: userIds });
}

/** `DELETE {tenant}/users` with `{user_ids: [...]}` (a DELETE with a body, as documented). */
export async function removeMembers(request: OrgMembersWriteRequest, tenantId: string, userIds: string[]): Promise<void> {
  refuseInvalid({ ...tenantProblem(tenantId), ...userIdsProblem(userIds) });
  await memberWrite(request, tenantId, '/users', {}, 'DELETE', { user_ids: userIds });
}

/**
 * `POST {tenant}/users/{userId}/roles` with `{role_ids: [...]}` (the whole set): the member when the
 * (undocumented) answer holds one, else `undefined`.
 */
export async function setMemberRoles(request: OrgMembersWriteRequest, tenantId: string, userId: string, roleIds: string[]): Promise<OrgMember | undefined> {
  refuseInvalid({ ...tenantProblem(tenantId), ...fieldErrors({ userId: requiredProblem(userId) }) });
  const answer = await memberWrite(request, tenantId, '/users/{user-id}/roles', { 'user-id': userId }, 'POST', { role_ids: roleIds });
  return answered(answer, parseOrgMember);
}

const tenantProblem = (tenantId: string) => fieldErrors({ tenantId: requiredProblem(tenantId) });
const userIdsProblem = (userIds: string[]) =>
  fieldErrors({ userIds: userIds.length === 0 || userIds.some((id) => requiredProblem(id)) ? 'required' : undefined });

/** An object answer read by `parse`; an empty answer (204) or anything else is `undefined`. */
function answered(answer: unknown, parse: (value: unknown) => OrgMember): OrgMember | undefined {
  return typeof answer === 'object' && answer !== null && !Array.isArray(answer) ? parse(answer) : undefined;
}

function memberWrite(
  request: OrgMembersWriteRequest,
  tenantId: string,
  below: string,
  values: Record<string, string>,
  method: 'POST' | 'DELETE',
  body?: unknown,
  query?: Record<string, string>,
): Promise<unknown> {
  const { tenantPath, ...rest } = request;
  return send(rest, `${tenantPath ?? TENANT_PATH}${below}`, { 'tenant-id': tenantId, ...values }, method, body, query);
}
