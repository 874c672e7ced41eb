import { emailProblem, fieldErrors, refuseInvalid, requiredProblem, type FieldErrors } from '../write-input.js';
import { parseInvitation, parseOrgMember, TENANT_PATH, type OrgMember } from './members.js';
import { send, type SsojetWriteRequest } from './request.js';

/**
 * The member and invitation writes of one SSOJet tenant (issue 18; ../../../docs/writes.md lists them with
 * their endpoints), apart from the reads (members.ts) so that a list of members fetches none of them.
 */

// Each sends once (never retried; an unanswered one throws an IamError with `outcomeUnknown`).

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
