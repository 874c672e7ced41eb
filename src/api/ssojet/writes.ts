import { emailProblem, fieldErrors, nameProblem, refuseInvalid, type FieldErrors } from '../write-input.js';
import { send, type SsojetWriteRequest } from './request.js';
import { parseUser, USERS_PATH, type SsojetUser } from './users.js';

/**
 * SSOJet's user-management writes (issue 18; ../../../docs/writes.md lists them with their sources).
 * Each sends once: never retried automatically; an unanswered one throws an IamError with
 * `outcomeUnknown` (see http.ts's sendJson).
 */


export interface NewUserInput {
  email: string;
  firstName: string;
  lastName: string;
  /** Role ids, sent as `role_id` (the documents quote no create body; see docs/writes.md). */
  roleIds?: string[];
}

/** The documents give no path for "Verify User Status By User Id" (a POST): this reading, configurable. */
export const VERIFY_USER_PATH = '/api/v1/users/{user-id}/verify';

/** The problems of a new user's fields (e-mail syntax, 1–64 character names); empty when it can be sent. */
export function validateNewUser(input: Partial<NewUserInput>): FieldErrors<'email' | 'firstName' | 'lastName'> {
  return fieldErrors({ email: emailProblem(input.email), firstName: nameProblem(input.firstName), lastName: nameProblem(input.lastName) });
}

/** `POST {base}/api/v1/users` with `{email, first_name, last_name, role_id}`: 201 with the user. */
export async function createUser(request: SsojetWriteRequest, input: NewUserInput): Promise<SsojetUser> {
  refuseInvalid(validateNewUser(input));
  const body = { email: input.email.trim(), first_name: input.firstName.trim(), last_name: input.lastName.trim(), role_id: input.roleIds ?? [] };
  return parseUser(await send(request, USERS_PATH, {}, 'POST', body));
}

/** `PUT {base}/api/v1/users/{id}/roles` with `{"role_id": [...]}` (the whole set): the user object. */
export async function setUserRoles(request: SsojetWriteRequest, userId: string, roleIds: string[]): Promise<SsojetUser> {
  return parseUser(await send(request, `${USERS_PATH}/{user-id}/roles`, { 'user-id': userId }, 'PUT', { role_id: roleIds }));
}

/** `DELETE {base}/api/v1/users/{id}`. */
export async function removeUser(request: SsojetWriteRequest, userId: string): Promise<void> {
  await send(request, `${USERS_PATH}/{user-id}`, { 'user-id': userId }, 'DELETE');
}

/**
 * `POST {base}{verifyPath}` (default VERIFY_USER_PATH, `{user-id}` filled): the user when the answer holds
 * one, else `undefined` (the answer is not documented).
 */
export async function verifyUser(request: SsojetWriteRequest & { verifyPath?: string }, userId: string): Promise<SsojetUser | undefined> {
  const answer = await send({ ...request, path: undefined }, request.verifyPath ?? VERIFY_USER_PATH, { 'user-id': userId }, 'POST');
  return answer === undefined ? undefined : parseUser(answer);
}
