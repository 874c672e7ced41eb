import { Fields, isObject } from '../json.js';
import { readPage, type Page } from '../page.js';

export interface OrganizationRole {
  id: string | undefined;
  name: string | undefined;
  permissions: string[];
}

/** One organization (SSOJet's older word) or tenant (its newer word) of a user. */
export interface Organization {
  id: string | undefined;
  name: string | undefined;
  /** `undefined` when the server said neither `is_active` nor `status`. */
  active: boolean | undefined;
  domain: string | undefined;
  workspace: string | undefined;
  /** Email domains allowed to join; empty when the server sent `null` (no restriction listed). */
  whitelistedDomains: string[];
  /** Whether users whose profiles live outside the organization may join it. */
  allowsOutsideProfiles: boolean | undefined;
  roles: OrganizationRole[];
}

export function parseOrganization(value: unknown): Organization {
  const fields = new Fields(value);
  const status = fields.string('status');
  return {
    id: fields.string('id', 'tenant_id'),
    // `display_name` is the newer tenants' label; SSOJet's own widget reads `tenant_name`.
    name: fields.string('Name', 'display_name', 'tenant_name'),
    active: fields.boolean('is_active') ?? (status === undefined ? undefined : status.toLowerCase() === 'active'),
    domain: fields.string('domain'),
    workspace: fields.string('WorkspaceName'),
    // The older schema says `WhiteListDomain`, its example `WhiteListDomains`, the newer API `domains`.
    whitelistedDomains: fields.strings('WhiteListDomains', 'WhiteListDomain', 'domains'),
    allowsOutsideProfiles:
      fields.boolean('AllowProfilesOutsideOrganization') ??
      fields.object('rules').boolean('allow_profiles_outside_organization'),
    roles: (fields.list('roles') ?? []).filter(isObject).map(parseRole),
  };
}

/**
 * Roles come as `{role_id, role_name, permissions}` embedded here, and as
 * `{id, name, permission_ids}` or `{id, name}` elsewhere in SSOJet's API.
 */
function parseRole(value: unknown): OrganizationRole {
  const fields = new Fields(value);
  return {
    id: fields.string('role_id', 'id'),
    name: fields.string('role_name', 'name'),
    permissions: fields.strings('permissions', 'permission_names'),
  };
}

/** A page of organizations: the older bare array or the newer `{limit, next_cursor, tenants}`. */
export function parseOrganizations(body: unknown): Page<Organization> {
  return readPage(body, ['organizations', 'tenants'], parseOrganization, 'organizations');
}
