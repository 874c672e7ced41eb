/**
 * SSOJet's API as one module, for code that wants all of it (the package's
 * types, the tests). Each endpoint lives in its own module under ssojet/, which
 * is what the elements import: an element's chunk of the script-tag bundle
 * then carries its own endpoint's parser only.
 */
export * from './ssojet/request.js';
export * from './ssojet/organization.js';
export * from './ssojet/user-organizations.js';
export * from './ssojet/organizations.js';
export * from './ssojet/users.js';
export * from './ssojet/roles.js';
export * from './ssojet/login-logs.js';
export * from './ssojet/passkeys.js';
export * from './ssojet/passkey-writes.js';
export * from './ssojet/writes.js';
export * from './ssojet/members.js';
export * from './ssojet/member-writes.js';
