/**
 * iam-elements/server: signing proxies that let the elements reach real EnOS
 * and SSOJet deployments with no secret in the browser. Node 20+, no
 * dependencies beyond Node's own `crypto`, `http` and `https`. Not part of the browser
 * bundle.
 */
export { enosProxy, enosEncryption, enosSignature, ENOS_DEFAULT_ROUTES, ENOS_WRITE_ROUTES } from './enos.js';
export type { EnosGrant, EnosProxyOptions } from './enos.js';
export { ssojetProxy, SSOJET_DEFAULT_ROUTES, SSOJET_WRITE_ROUTES } from './ssojet.js';
export { WRITE_HEADER } from './proxy.js';
export type { SsojetGrant, SsojetProxyOptions } from './ssojet.js';
export { toNodeHandler } from './node.js';
export type { Authorize, CommonProxyOptions, ProxyHandler, ProxyLogEntry, ProxyMethod, ProxyRoute } from './proxy.js';
