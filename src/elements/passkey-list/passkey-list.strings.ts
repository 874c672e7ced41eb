import { str, type MsgFn } from '@lit/localize';
import { dateMessages } from '../../shared/dates.strings.js';

/**
 * `<passkey-list>`'s own sentences (with the shared ones it shows), in the form of
 * src/shared/strings.ts. They travel in the element's chunk: a page without
 * the element never downloads them.
 */
export const passkeyListMessages = {
  'passkeys.label': (msg: MsgFn) => msg('Passkeys', { id: 'passkeys.label' }),
  'passkeys.loading': (msg: MsgFn) => msg('Loading passkeys…', { id: 'passkeys.loading' }),
  'passkeys.loadFailed': (msg: MsgFn) => msg('Could not load passkeys.', { id: 'passkeys.loadFailed' }),
  'passkeys.empty': (msg: MsgFn) => msg('No passkeys yet.', { id: 'passkeys.empty' }),
  'passkeys.count.one': (msg: MsgFn, n: string) => msg(str`${n} passkey`, { id: 'passkeys.count.one' }),
  'passkeys.count.other': (msg: MsgFn, n: string) => msg(str`${n} passkeys`, { id: 'passkeys.count.other' }),
  'passkeys.unnamed': (msg: MsgFn) => msg('Unnamed passkey', { id: 'passkeys.unnamed' }),
  'passkeys.search': (msg: MsgFn) => msg('Search passkeys', { id: 'passkeys.search' }),
  'passkeys.lastUsed': (msg: MsgFn) => msg('Last used', { id: 'passkeys.lastUsed' }),
  'passkeys.transports': (msg: MsgFn) => msg('Transports', { id: 'passkeys.transports' }),
  // WebAuthn's transport tokens (AuthenticatorTransport) in words; USB and NFC need none (issue 17: "usb, nfc", "hybrid").
  'passkeys.transport.ble': (msg: MsgFn) => msg('Bluetooth', { id: 'passkeys.transport.ble' }),
  'passkeys.transport.internal': (msg: MsgFn) => msg('This device', { id: 'passkeys.transport.internal' }),
  'passkeys.transport.hybrid': (msg: MsgFn) => msg('Phone', { id: 'passkeys.transport.hybrid' }),
  'passkeys.transport.smart-card': (msg: MsgFn) => msg('Smart card', { id: 'passkeys.transport.smart-card' }),
  'passkeys.backedUp': (msg: MsgFn) => msg('Backed up', { id: 'passkeys.backedUp' }),
  'passkeys.notBackedUp': (msg: MsgFn) => msg('Not backed up', { id: 'passkeys.notBackedUp' }),
  'passkeys.rename': (msg: MsgFn) => msg('Rename', { id: 'passkeys.rename' }),
  'passkeys.renameLabel': (msg: MsgFn, name: string) => msg(str`Rename ${name}`, { id: 'passkeys.renameLabel' }),
  'passkeys.newName': (msg: MsgFn) => msg('Passkey name', { id: 'passkeys.newName' }),
  'passkeys.save': (msg: MsgFn) => msg('Save', { id: 'passkeys.save' }),
  'passkeys.renameFailed': (msg: MsgFn, name: string) => msg(str`Could not rename the passkey; it is still called ${name}.`, { id: 'passkeys.renameFailed' }),
  'passkeys.renamed': (msg: MsgFn, name: string) => msg(str`Renamed to ${name}.`, { id: 'passkeys.renamed' }),
  ...dateMessages,
};
