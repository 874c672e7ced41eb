import { str, type MsgFn } from '@lit/localize';

/**
 * The sentences of the admin actions (issue 18), in the form of strings.ts:
 * the engine's (row-actions.ts) and every element's actions, one table that
 * travels in the actions chunk, fetched only by an element with `actions`.
 */
export const actionMessages = {
  'actions.menu': (msg: MsgFn, name: string) => msg(str`Actions for ${name}`, { id: 'actions.menu' }),
  'actions.cancel': (msg: MsgFn) => msg('Cancel', { id: 'actions.cancel' }),
  'actions.you': (msg: MsgFn) => msg('You', { id: 'actions.you' }),
  'actions.sending': (msg: MsgFn) => msg('Sending…', { id: 'actions.sending' }),
  'actions.unknown': (msg: MsgFn) =>
    msg('No answer came in time, so it is not known whether it was done; the list was loaded again.', { id: 'actions.unknown' }),
  'actions.checkFields': (msg: MsgFn) => msg('Check the marked fields.', { id: 'actions.checkFields' }),
  'actions.required': (msg: MsgFn) => msg('This field is required.', { id: 'actions.required' }),
  'actions.invalidEmail': (msg: MsgFn) => msg('Enter an e-mail address such as name@example.com.', { id: 'actions.invalidEmail' }),
  'actions.tooLong': (msg: MsgFn, max: string) => msg(str`Use at most ${max} characters.`, { id: 'actions.tooLong' }),
  'actions.choicesLoading': (msg: MsgFn) => msg('Loading roles…', { id: 'actions.choicesLoading' }),
  'actions.choicesFailed': (msg: MsgFn) => msg('Could not load the roles.', { id: 'actions.choicesFailed' }),
  'actions.choicesNone': (msg: MsgFn) => msg('No roles to choose from.', { id: 'actions.choicesNone' }),
  // Fields
  'actions.field.email': (msg: MsgFn) => msg('E-mail address', { id: 'actions.field.email' }),
  'actions.field.firstName': (msg: MsgFn) => msg('First name', { id: 'actions.field.firstName' }),
  'actions.field.lastName': (msg: MsgFn) => msg('Last name', { id: 'actions.field.lastName' }),
  'actions.field.userName': (msg: MsgFn) => msg('User name', { id: 'actions.field.userName' }),
  'actions.field.domain': (msg: MsgFn) => msg('Identity provider', { id: 'actions.field.domain' }),
  'actions.field.roles': (msg: MsgFn) => msg('Roles', { id: 'actions.field.roles' }),
  // Remove (a user, an SSO user, a member, a passkey)
  'actions.remove': (msg: MsgFn) => msg('Remove', { id: 'actions.remove' }),
  'actions.removeTitle': (msg: MsgFn, name: string) => msg(str`Remove ${name}?`, { id: 'actions.removeTitle' }),
  'actions.removeUserText': (msg: MsgFn) => msg('They lose access to the application. This cannot be undone.', { id: 'actions.removeUserText' }),
  'actions.removeMemberText': (msg: MsgFn) => msg('They leave the organization; their account stays.', { id: 'actions.removeMemberText' }),
  'actions.removePasskeyText': (msg: MsgFn) => msg('It can no longer be used to sign in. This cannot be undone.', { id: 'actions.removePasskeyText' }),
  'actions.removed': (msg: MsgFn, name: string) => msg(str`${name} was removed.`, { id: 'actions.removed' }),
  'actions.removeFailed': (msg: MsgFn, name: string) => msg(str`Could not remove ${name}.`, { id: 'actions.removeFailed' }),
  // Roles
  'actions.roles': (msg: MsgFn) => msg('Change roles', { id: 'actions.roles' }),
  'actions.rolesTitle': (msg: MsgFn, name: string) => msg(str`Roles of ${name}`, { id: 'actions.rolesTitle' }),
  'actions.save': (msg: MsgFn) => msg('Save', { id: 'actions.save' }),
  'actions.rolesSaved': (msg: MsgFn, name: string) => msg(str`Roles of ${name} saved.`, { id: 'actions.rolesSaved' }),
  'actions.rolesFailed': (msg: MsgFn, name: string) => msg(str`Could not change the roles of ${name}.`, { id: 'actions.rolesFailed' }),
  // Create
  'actions.createUser': (msg: MsgFn) => msg('Create user', { id: 'actions.createUser' }),
  'actions.createTitle': (msg: MsgFn) => msg('Create a user', { id: 'actions.createTitle' }),
  'actions.create': (msg: MsgFn) => msg('Create', { id: 'actions.create' }),
  'actions.created': (msg: MsgFn, name: string) => msg(str`${name} was created.`, { id: 'actions.created' }),
  'actions.createFailed': (msg: MsgFn) => msg('Could not create the user.', { id: 'actions.createFailed' }),
  // Verify
  'actions.verify': (msg: MsgFn) => msg('Mark as verified', { id: 'actions.verify' }),
  'actions.verifyTitle': (msg: MsgFn, name: string) => msg(str`Mark ${name} as verified?`, { id: 'actions.verifyTitle' }),
  'actions.verifyText': (msg: MsgFn) => msg('Their e-mail address counts as confirmed from now on.', { id: 'actions.verifyText' }),
  'actions.verified': (msg: MsgFn, name: string) => msg(str`${name} is marked as verified.`, { id: 'actions.verified' }),
  'actions.verifyFailed': (msg: MsgFn, name: string) => msg(str`Could not mark ${name} as verified.`, { id: 'actions.verifyFailed' }),
  // Edit
  'actions.edit': (msg: MsgFn) => msg('Edit', { id: 'actions.edit' }),
  'actions.editTitle': (msg: MsgFn, name: string) => msg(str`Edit ${name}`, { id: 'actions.editTitle' }),
  'actions.saved': (msg: MsgFn, name: string) => msg(str`${name} was saved.`, { id: 'actions.saved' }),
  'actions.editFailed': (msg: MsgFn, name: string) => msg(str`Could not save ${name}.`, { id: 'actions.editFailed' }),
  // Invitations
  'actions.invite': (msg: MsgFn) => msg('Invite member', { id: 'actions.invite' }),
  'actions.inviteTitle': (msg: MsgFn) => msg('Invite a member', { id: 'actions.inviteTitle' }),
  'actions.inviteSend': (msg: MsgFn) => msg('Send invitation', { id: 'actions.inviteSend' }),
  'actions.invited': (msg: MsgFn, email: string) => msg(str`${email} was invited.`, { id: 'actions.invited' }),
  'actions.inviteFailed': (msg: MsgFn) => msg('Could not send the invitation.', { id: 'actions.inviteFailed' }),
  'actions.resend': (msg: MsgFn) => msg('Resend invitation', { id: 'actions.resend' }),
  'actions.resendTitle': (msg: MsgFn, email: string) => msg(str`Send the invitation to ${email} again?`, { id: 'actions.resendTitle' }),
  'actions.resent': (msg: MsgFn, email: string) => msg(str`The invitation to ${email} was sent again.`, { id: 'actions.resent' }),
  'actions.resendFailed': (msg: MsgFn, email: string) => msg(str`Could not resend the invitation to ${email}.`, { id: 'actions.resendFailed' }),
  'actions.revoke': (msg: MsgFn) => msg('Revoke invitation', { id: 'actions.revoke' }),
  'actions.revokeTitle': (msg: MsgFn, email: string) => msg(str`Revoke the invitation to ${email}?`, { id: 'actions.revokeTitle' }),
  'actions.revokeText': (msg: MsgFn) => msg('The link in the e-mail stops working.', { id: 'actions.revokeText' }),
  'actions.revoked': (msg: MsgFn, email: string) => msg(str`The invitation to ${email} was revoked.`, { id: 'actions.revoked' }),
  'actions.revokeFailed': (msg: MsgFn, email: string) => msg(str`Could not revoke the invitation to ${email}.`, { id: 'actions.revokeFailed' }),
};
