import { removePasskey, renamePasskey } from '../../api/ssojet/passkey-writes.js';
import type { Passkey } from '../../api/ssojet/passkeys.js';
import { fieldErrors, nameProblem } from '../../api/write-input.js';
import { removeAction, RowActions, say } from '../../shared/row-actions.js';
import type { SsojetActionParts } from '../../shared/ssojet-actions.js';

/**
 * `<passkey-list actions="rename remove">` (issue 18; docs/writes.md has the endpoints). Both go to
 * `{path}/{id}`, the list's own path: the documents give the rename's (`PATCH`), and SSOJet's
 * "Delete Associated Passkey" is sent there too, as no document gives its path.
 */
export function passkeyListActions({ context, base }: SsojetActionParts<Passkey>): RowActions<Passkey> {
  const { l10n } = context;
  return new RowActions(context, () => ({
    key: (passkey) => passkey.id,
    actions: [
      {
        id: 'rename',
        label: l10n.t('passkeys.rename'),
        title: (name) => l10n.t('passkeys.renameLabel', name),
        fields: (passkey) => [{ name: 'name', label: l10n.t('passkeys.newName'), type: 'text', value: passkey?.name ?? '', autocomplete: 'off' }],
        validate: (values) => fieldErrors({ name: nameProblem(values['name'] as string) }),
        confirm: l10n.t('passkeys.save'),
        // Typed text: the dialog waits for the answer, so a refusal keeps what was typed.
        send: (passkey, values) => renamePasskey(base(), passkey!.id!, (values['name'] as string).trim()),
        settled: (passkey, _result, values) => ({ ...passkey!, name: (values['name'] as string).trim() }),
        done: (_name, values) => l10n.t('passkeys.renamed', (values['name'] as string).trim()),
        failed: (name) => l10n.t('passkeys.renameFailed', name),
      },
      removeAction<Passkey>(l10n, say(l10n, 'actions.removePasskeyText'), (passkey) => removePasskey(base(), passkey.id!)),
    ],
  }));
}
