import { str, type MsgFn } from '@lit/localize';

/** The words around a role's permissions (permissions.ts), in the form of strings.ts. */
export const permissionMessages = {
  'orgs.permissionsOf': (msg: MsgFn, role: string) => msg(str`Permissions of ${role}`, { id: 'orgs.permissionsOf' }),
  'orgs.noPermissions': (msg: MsgFn) => msg('No permissions', { id: 'orgs.noPermissions' }),
};
