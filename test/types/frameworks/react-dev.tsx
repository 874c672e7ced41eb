/**
 * The tags through react/jsx-dev-runtime (`jsx: react-jsxdev`, what dev
 * builds compile to): the same `JSX` namespace, so the same entries.
 */
import type {} from 'iam-elements/types/react';
import type { JSX } from 'react/jsx-dev-runtime';

type Tags = 'user-orgs' | 'sso-user-list' | 'user-list' | 'role-list' | 'org-list' | 'user-login-logs' | 'passkey-list';
export const props: JSX.IntrinsicElements[Tags] = { token: 't', 'base-url': '/iam-proxy' };
export const userOrgs: JSX.IntrinsicElements['user-orgs'] = { userId: 'u', 'oniam-load': (event) => void event.detail.items[0]?.roles };
// @ts-expect-error <user-orgs> has no org id
export const wrong: JSX.IntrinsicElements['user-orgs'] = { orgId: 'o' };
