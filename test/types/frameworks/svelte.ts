/**
 * Svelte 5 (iam-elements/types/svelte): svelte-check turns
 * `<user-orgs user-id="u" oniam-load={…}>` into
 * `svelteHTML.createElement('user-orgs', { … })`; this makes the same calls,
 * against the `svelteHTML` namespace Svelte ships for its language tools
 * (not in svelte's exports, so named by path).
 */
/// <reference path="../../../node_modules/svelte/svelte-html.d.ts" />
import type {} from 'iam-elements/types/svelte';
import type { Organization } from 'iam-elements';

export const orgs: HTMLElementTagNameMap['user-orgs'] = svelteHTML.createElement('user-orgs', {
  class: 'card',
  'user-id': 'u',
  token: 't',
  'oniam-load': (event) => void (event.detail.items satisfies readonly Organization[]),
  'oniam-select': (event) => void event.detail.item.roles,
});
svelteHTML.createElement('sso-user-list', { orgId: 'o', 'oniam-select': (event) => void event.detail.item.domain });
svelteHTML.createElement('user-list', { pageSize: 25, 'page-size': '25' });
svelteHTML.createElement('role-list', { 'account-id': 'a' });
svelteHTML.createElement('org-list', { label: 'Organizations', search: 'off', timeout: 5000 });
svelteHTML.createElement('user-login-logs', { userId: 'u' });
svelteHTML.createElement('passkey-list', { 'oniam-select': (event) => void event.detail.item.transports });
// @ts-expect-error a passkey has no email
svelteHTML.createElement('passkey-list', { 'oniam-select': (event) => void event.detail.item.email });
// @ts-expect-error timeout is a number of milliseconds
svelteHTML.createElement('user-orgs', { timeout: true });
// @ts-expect-error no such property (misspelt)
svelteHTML.createElement('user-orgs', { userID: 'u' });
