import type { OrgMember } from '../../api/ssojet/members.js';
import {
  inviteMember,
  removeMembers,
  resendInvitation,
  revokeInvitation,
  setMemberRoles,
  validateInvite,
  type OrgMembersWriteRequest,
} from '../../api/ssojet/member-writes.js';
import { removeAction, rolesAction, RowActions, say, type ActionSpec } from '../../shared/row-actions.js';
import { roleChoices, ssojetRequests, type SsojetActionParts } from '../../shared/ssojet-actions.js';

const isMember = (row: OrgMember) => row.kind === 'member';
const isInvitation = (row: OrgMember) => row.kind === 'invitation';

/**
 * `<org-members actions="invite resend revoke remove roles">` (issue 18; docs/writes.md has the endpoints):
 * invitations are invited, resent and revoked; members removed from the organization (their account
 * stays) and given roles. A member's key is their user id, so `current-user-id` marks them and offers
 * them no remove; an invitation's key is its own id, apart.
 */
export function orgMembersActions({ context, base }: SsojetActionParts<OrgMember>, tenantId: string, tenantPath: string | undefined): RowActions<OrgMember> {
  const { l10n, host } = context;
  const t = (id: Parameters<typeof say>[1], ...args: string[]) => say(l10n, id, ...args);
  const requests = ssojetRequests(base);
  const write = (): OrgMembersWriteRequest => ({ ...requests.write(), tenantPath });
  const only = (offered: (row: OrgMember) => boolean, spec: ActionSpec<OrgMember>): ActionSpec<OrgMember> => ({ ...spec, offered });
  return new RowActions(context, () => ({
    key: (row) => (row.id === undefined ? undefined : isMember(row) ? row.id : `invitation:${row.id}`),
    actions: [
      {
        id: 'invite',
        list: true,
        label: t('actions.invite'),
        title: () => t('actions.inviteTitle'),
        fields: () => [
          { name: 'email', label: t('actions.field.email'), type: 'email', value: '', autocomplete: 'off' },
          { name: 'roleIds', label: t('actions.field.roles'), type: 'choices', value: [], choices: () => roleChoices(requests) },
        ],
        validate: (values) => validateInvite({ email: values['email'] as string }),
        confirm: t('actions.inviteSend'),
        send: (_row, values) =>
          inviteMember(write(), tenantId, {
            email: values['email'] as string,
            roleIds: values['roleIds'] as string[],
            // The signed-in admin, where the host says who that is.
            ...(host.currentUserId ? { inviter: { userId: host.currentUserId } } : {}),
          }),
        // The invitation as the server answered it; an answer without one shows what was sent.
        settled: (_row, result, values) =>
          (result as OrgMember | undefined) ?? {
            kind: 'invitation',
            id: undefined,
            email: (values['email'] as string).trim(),
            firstName: undefined,
            lastName: undefined,
            roleIds: values['roleIds'] as string[],
            roleNames: [],
            active: undefined,
            status: 'pending',
            expiresAt: undefined,
            createdAt: new Date(),
          },
        done: (_name, values) => t('actions.invited', (values['email'] as string).trim()),
        failed: () => t('actions.inviteFailed'),
      },
      {
        id: 'resend',
        label: t('actions.resend'),
        offered: isInvitation,
        title: (email) => t('actions.resendTitle', email),
        confirm: t('actions.resend'),
        send: (row) => resendInvitation(write(), tenantId, row!.id!),
        done: (email) => t('actions.resent', email),
        failed: (email) => t('actions.resendFailed', email),
      },
      {
        id: 'revoke',
        label: t('actions.revoke'),
        offered: isInvitation,
        destructive: true,
        title: (email) => t('actions.revokeTitle', email),
        text: t('actions.revokeText'),
        confirm: t('actions.revoke'),
        optimistic: () => null,
        send: (row) => revokeInvitation(write(), tenantId, row!.id!),
        done: (email) => t('actions.revoked', email),
        failed: (email) => t('actions.revokeFailed', email),
      },
      only(
        isMember,
        rolesAction<OrgMember>(
          l10n,
          () => roleChoices(requests),
          (member, roleIds) => setMemberRoles(write(), tenantId, member.id!, roleIds),
        ),
      ),
      only(
        isMember,
        removeAction<OrgMember>(l10n, t('actions.removeMemberText'), (member) => removeMembers(write(), tenantId, [member.id!])),
      ),
    ],
  }));
}
