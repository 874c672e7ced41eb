// The elements, the server and the data types, type-checked in strict mode under `bundler` and `node16`.
import 'iam-elements/user-orgs';
import { UserOrgs } from 'iam-elements/user-orgs';
import { IamError, type IamLoadDetail, type Organization, type SsoUser } from 'iam-elements';
import { ssojetProxy, toNodeHandler, type SsojetGrant } from 'iam-elements/server';

const list: UserOrgs | null = document.querySelector('user-orgs');
list?.addEventListener('iam-load', (event) => {
  const organizations: readonly Organization[] = event.detail.items;
  console.log(organizations.map((org) => org.name));
});
const onLoad = (detail: IamLoadDetail<SsoUser>): number => detail.items.length;
const isIamError = (error: unknown): error is IamError => error instanceof IamError;

export { onLoad, isIamError, ssojetProxy, toNodeHandler };
export type { SsojetGrant };
