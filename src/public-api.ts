/**
 * What both entries export besides the elements: `index.ts` (for bundlers)
 * and `iam-elements.ts` (the script-tag bundle), which scripts/registry.mjs
 * generates from the folders in src/elements/.
 */
export { IamError, type IamErrorKind } from './api/errors.js';
export type { LoginLog, Organization, OrganizationRole, Passkey, SsojetRole, SsojetUser, UserOrganizations } from './api/ssojet.js';
export type { Page } from './api/page.js';
export type { SsoUser, SsoUserState, WallClockTime } from './api/enos.js';
export type {
  IamActionDetail,
  IamActionErrorDetail,
  IamAuthRequiredDetail,
  IamBeforeActionDetail,
  IamErrorDetail,
  IamLoadDetail,
  IamSelectDetail,
} from './shared/events.js';
export { registerLocale, type StringOverrides } from './shared/localize.js';
export type { MessageId } from './shared/strings.js';
