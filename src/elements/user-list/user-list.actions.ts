import type { SsojetUser } from '../../api/ssojet/users.js';
import { createUser, removeUser, setUserRoles, validateNewUser, verifyUser } from '../../api/ssojet/writes.js';
import { removeAction, rolesAction, RowActions, say } from '../../shared/row-actions.js';
import { roleChoices, ssojetRequests, type SsojetActionParts } from '../../shared/ssojet-actions.js';

/**
 * `<user-list actions="roles remove create verify">` (issue 18; docs/writes.md has the endpoints).
 * Not offered: deactivation, for SSOJet documents no `is_active` in its Update User body.
 */
export function userListActions({ context, base }: SsojetActionParts<SsojetUser>): RowActions<SsojetUser> {
  const { l10n } = context;
  const requests = ssojetRequests(base);
  const text = (id: Parameters<typeof say>[1]) => say(l10n, id);
  return new RowActions(context, () => ({
    key: (user) => user.id,
    actions: [
      rolesAction<SsojetUser>(
        l10n,
        () => roleChoices(requests),
        (user, roleIds) => setUserRoles(requests.write(), user.id!, roleIds),
      ),
      {
        id: 'verify',
        label: text('actions.verify'),
        // Offered while the address is not known to be verified.
        offered: (user) => user.emailVerified !== true,
        title: (name) => say(l10n, 'actions.verifyTitle', name),
        text: text('actions.verifyText'),
        confirm: text('actions.verify'),
        optimistic: (user) => ({ ...user, emailVerified: true }),
        send: (user) => verifyUser(requests.write(), user!.id!),
        // The answer is not documented: a user in it is the truth, else the change as shown.
        settled: (_user, result) => (result as SsojetUser | undefined)?.id ? (result as SsojetUser) : undefined,
        done: (name) => say(l10n, 'actions.verified', name),
        failed: (name) => say(l10n, 'actions.verifyFailed', name),
      },
      removeAction<SsojetUser>(l10n, text('actions.removeUserText'), (user) => removeUser(requests.write(), user.id!)),
      {
        id: 'create',
        list: true,
        label: text('actions.createUser'),
        title: () => text('actions.createTitle'),
        fields: () => [
          { name: 'email', label: text('actions.field.email'), type: 'email', value: '', autocomplete: 'off' },
          { name: 'firstName', label: text('actions.field.firstName'), type: 'text', value: '' },
          { name: 'lastName', label: text('actions.field.lastName'), type: 'text', value: '' },
          { name: 'roleIds', label: text('actions.field.roles'), type: 'choices', value: [], choices: () => roleChoices(requests) },
        ],
        validate: (values) => validateNewUser(values as Record<string, string>),
        confirm: text('actions.create'),
        send: (_user, values) =>
          createUser(requests.write(), {
            email: values['email'] as string,
            firstName: values['firstName'] as string,
            lastName: values['lastName'] as string,
            roleIds: values['roleIds'] as string[],
          }),
        settled: (_user, result) => result as SsojetUser,
        done: (_name, values) => say(l10n, 'actions.created', values['email'] as string),
        failed: () => text('actions.createFailed'),
      },
    ],
  }));
}
