import { envelopeFailure } from './enos.js';
import { buildUrl, refuseUnsendable, sendJson, type RequestOptions } from './http.js';
import { Fields } from './json.js';
import { emailProblem, fieldErrors, nameProblem, refuseInvalid, type FieldErrors } from './write-input.js';

/**
 * EnOS IAM's SSO user writes (issue 18): `POST /enos-iam-service/v2.3/user/sso/create|update|delete?orgId=`
 * with the documented bodies. The envelope decides: HTTP 200 with `success:false` or a non-zero `status`
 * is an `envelope` error. Each sends once; an unanswered one throws with `outcomeUnknown` (http.ts).
 */

export interface EnosWriteRequest {
  baseUrl: string;
  token: RequestOptions['token'];
  orgId: string;
  signal?: AbortSignal | undefined;
  timeout?: number | undefined;
  headers?: Record<string, string>;
}

export interface NewSsoUserInput {
  /** The SSO identity provider's name. */
  domain: string;
  userName: string;
  email: string;
  phone?: string | undefined;
  phoneArea?: string | undefined;
}

export interface SsoUserChange {
  userId: string;
  userName?: string | undefined;
  email?: string | undefined;
  phone?: string | undefined;
  phoneArea?: string | undefined;
}

/** The problems of a new SSO user's fields; empty when it can be sent. */
export function validateNewSsoUser(input: Partial<NewSsoUserInput>): FieldErrors<'domain' | 'userName' | 'email'> {
  return fieldErrors({ domain: nameProblem(input.domain), userName: nameProblem(input.userName), email: emailProblem(input.email) });
}

/** The problems of a change: only the fields it changes are checked. */
export function validateSsoUserChange(change: Partial<SsoUserChange>): FieldErrors<'userName' | 'email'> {
  return fieldErrors({
    userName: change.userName === undefined ? undefined : nameProblem(change.userName),
    email: change.email === undefined ? undefined : emailProblem(change.email),
  });
}

/** `create`: `{domain, userName, email, phone?, phoneArea?}`; resolves with the new `userId` (undefined if the answer has none). */
export async function createSsoUser(request: EnosWriteRequest, input: NewSsoUserInput): Promise<string | undefined> {
  refuseInvalid(validateNewSsoUser(input));
  return send(request, 'create', { domain: input.domain, userName: input.userName, email: input.email, phone: input.phone, phoneArea: input.phoneArea });
}

/** `update`: `{userId, userName?, email?, phone?, phoneArea?}`, only the fields given. */
export async function updateSsoUser(request: EnosWriteRequest, change: SsoUserChange): Promise<void> {
  refuseInvalid(validateSsoUserChange(change));
  await send(request, 'update', change);
}

/** `delete`: `{userId}`. */
export async function deleteSsoUser(request: EnosWriteRequest, userId: string): Promise<void> {
  await send(request, 'delete', { userId });
}

/** One write; `undefined` fields are left out of the JSON body (JSON.stringify drops them). */
async function send(request: EnosWriteRequest, verb: 'create' | 'update' | 'delete', body: object): Promise<string | undefined> {
  refuseUnsendable({ 'base-url': request.baseUrl }, 'text');
  refuseUnsendable({ 'org-id': request.orgId }, 'url');
  const url = buildUrl(request.baseUrl, ['enos-iam-service', 'v2.3', 'user', 'sso', verb], { orgId: request.orgId });
  const fields = new Fields(await sendJson(url, { ...request, method: 'POST', body }));
  const failure = envelopeFailure(fields);
  if (failure) throw failure;
  return fields.string('userId');
}
