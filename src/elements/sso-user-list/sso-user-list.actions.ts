import type { SsoUser } from '../../api/enos.js';
import { createSsoUser, deleteSsoUser, updateSsoUser, validateNewSsoUser, validateSsoUserChange, type EnosWriteRequest } from '../../api/enos-writes.js';
import { removeAction, RowActions, say, type ActionContext, type ActionValues } from '../../shared/row-actions.js';

const text = (values: ActionValues, name: string) => (values[name] as string).trim();

/**
 * `<sso-user-list actions="edit remove create">` on EnOS IAM (issue 18; docs/writes.md has the endpoints):
 * `POST /enos-iam-service/v2.3/user/sso/update|delete|create?orgId=`, the envelope's `success:false`
 * a failure. The forms ask for what the documented bodies need (user name, e-mail; the identity
 * provider for a new user); the phone, which the bodies also take, is left as it is.
 */
export function ssoUserListActions(context: ActionContext<SsoUser>, write: () => EnosWriteRequest): RowActions<SsoUser> {
  const { l10n } = context;
  const t = (id: Parameters<typeof say>[1], ...args: string[]) => say(l10n, id, ...args);
  return new RowActions(context, () => ({
    key: (user) => user.id,
    actions: [
      {
        id: 'edit',
        label: t('actions.edit'),
        title: (name) => t('actions.editTitle', name),
        fields: (user) => [
          { name: 'userName', label: t('actions.field.userName'), type: 'text', value: user?.name ?? '', autocomplete: 'off' },
          { name: 'email', label: t('actions.field.email'), type: 'email', value: user?.email ?? '', autocomplete: 'off' },
        ],
        validate: (values) => validateSsoUserChange({ userName: values['userName'] as string, email: values['email'] as string }),
        confirm: t('actions.save'),
        // Only what changed is sent ("only the fields given", as the update body allows).
        send: (user, values) => {
          const userName = text(values, 'userName');
          const email = text(values, 'email');
          return updateSsoUser(write(), {
            userId: user!.id!,
            userName: userName === user!.name ? undefined : userName,
            email: email === user!.email ? undefined : email,
          });
        },
        settled: (user, _result, values) => {
          const email = text(values, 'email');
          // A changed address is not known to be verified.
          return { ...user!, name: text(values, 'userName'), email, emailVerified: email === user!.email ? user!.emailVerified : undefined };
        },
        done: (_name, values) => t('actions.saved', text(values, 'userName')),
        failed: (name) => t('actions.editFailed', name),
      },
      removeAction<SsoUser>(l10n, t('actions.removeUserText'), (user) => deleteSsoUser(write(), user.id!)),
      {
        id: 'create',
        list: true,
        label: t('actions.createUser'),
        title: () => t('actions.createTitle'),
        fields: () => [
          { name: 'domain', label: t('actions.field.domain'), type: 'text', value: '', autocomplete: 'off' },
          { name: 'userName', label: t('actions.field.userName'), type: 'text', value: '', autocomplete: 'off' },
          { name: 'email', label: t('actions.field.email'), type: 'email', value: '', autocomplete: 'off' },
        ],
        validate: (values) => validateNewSsoUser(values as Record<string, string>),
        confirm: t('actions.create'),
        send: (_user, values) =>
          createSsoUser(write(), { domain: text(values, 'domain'), userName: text(values, 'userName'), email: text(values, 'email') }),
        // EnOS answers the new user's id only: the row shows what was sent, until the list is loaded again.
        settled: (_user, userId, values): SsoUser => ({
          id: userId as string | undefined,
          name: text(values, 'userName'),
          email: text(values, 'email'),
          emailVerified: undefined,
          phone: undefined,
          phoneArea: undefined,
          phoneVerified: undefined,
          domain: text(values, 'domain'),
          state: 'unknown',
          createdAt: undefined,
          description: undefined,
        }),
        done: (_name, values) => t('actions.created', text(values, 'email')),
        failed: () => t('actions.createFailed'),
      },
    ],
  }));
}
