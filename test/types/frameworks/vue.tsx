/** @jsxImportSource vue */
/**
 * Vue (iam-elements/types/vue): the `GlobalComponents` entries Vue's guide
 * describes for custom elements. vue-tsc checks a template's props against
 * each entry's `$props` and its events against `$emit`; without vue-tsc here
 * (it needs .vue files and its own toolchain), this reads both the way Vue's
 * own TSX does (`$props`) and calls `$emit`'s type.
 */
import type {} from 'iam-elements/types/vue';
import type { GlobalComponents } from 'vue';
import type { IamErrorDetail, IamLoadDetail, IamSelectDetail, Organization, Passkey } from 'iam-elements';

type Tags = 'user-orgs' | 'sso-user-list' | 'user-list' | 'role-list' | 'org-list' | 'user-login-logs' | 'passkey-list';
type Instance<Tag extends Tags> = InstanceType<GlobalComponents[Tag]>;

declare const UserOrgs: GlobalComponents['user-orgs'];
declare const UserList: GlobalComponents['user-list'];
export const page = (
  <>
    <UserOrgs userId="u" user-id="u" token="t" class="card" key="k" />
    <UserList pageSize={25} page-size="25" label="Users" search="off" />
    {/* @ts-expect-error timeout is a number of milliseconds */}
    <UserOrgs timeout={true} />
    {/* @ts-expect-error <user-orgs> has no page size */}
    <UserOrgs pageSize={2} />
  </>
);

declare const orgs: Instance<'user-orgs'>;
orgs.$emit('iam-load', new CustomEvent<IamLoadDetail<Organization>>('iam-load', { detail: { items: [] } }));
orgs.$emit('iam-error', {} as CustomEvent<IamErrorDetail>);
declare const passkeys: Instance<'passkey-list'>;
passkeys.$emit('iam-select', {} as CustomEvent<IamSelectDetail<Passkey>>);
// @ts-expect-error a <passkey-list>'s iam-load carries passkeys
passkeys.$emit('iam-load', {} as CustomEvent<IamLoadDetail<Organization>>);
// @ts-expect-error no such event
passkeys.$emit('iam-loaded', {} as CustomEvent<IamLoadDetail<Passkey>>);
// Each entry is the element too (a template ref's type).
export const element: HTMLElementTagNameMap['role-list'] = {} as Instance<'role-list'>;
