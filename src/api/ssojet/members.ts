import { IamError } from '../errors.js';
import { Fields } from '../json.js';
import { parseTime, readPage, type Page } from '../page.js';
import { fetchSsojet, type SsojetListRequest } from './request.js';
import { readRoleRefs } from './users.js';

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
  // Not `data`: an envelope `{status, success: false, data}` (EnOS's) would read as an empty organization.
  return readPage(body, ['users', 'members', 'tenant_users'], parseOrgMember, 'members');
}

/** `{invitations, next_cursor}` or a bare array of invitations (undocumented). */
export function parseInvitations(body: unknown): Page<OrgMember> {
  return readPage(body, ['invitations'], parseInvitation, 'invitations');
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
