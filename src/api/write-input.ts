import { IamError } from './errors.js';

/**
 * Re-validating a write's input before it is sent (issue 18): the element's form checks it too, but a host
 * calling the API functions, or a form whose constraints were bypassed, must not send what the server
 * would refuse. Problems are codes, not text, so the element words them in its own language.
 */
export type FieldProblem = 'required' | 'email' | 'too-long';
/** The problems of an input, by its field name; empty when the input can be sent. */
export type FieldErrors<TField extends string> = Partial<Record<TField, FieldProblem>>;

/** The longest name a write accepts, in characters (code points). */
export const MAX_NAME_LENGTH = 64;
/** Something@something.tld without spaces: what the reference server and a browser's `type=email` accept, roughly. */
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** A required name: 1–64 characters, not only spaces. */
export function nameProblem(value: string | undefined): FieldProblem | undefined {
  if (value === undefined || value.trim() === '') return 'required';
  return [...value].length > MAX_NAME_LENGTH ? 'too-long' : undefined;
}

/** A required value such as an id: not empty, not only spaces. */
export function requiredProblem(value: string | undefined): FieldProblem | undefined {
  return value === undefined || value.trim() === '' ? 'required' : undefined;
}

/** A required e-mail address. */
export function emailProblem(value: string | undefined): FieldProblem | undefined {
  if (value === undefined || requiredProblem(value)) return 'required';
  return EMAIL.test(value) ? undefined : 'email';
}

/** The errors of `checks` whose value is a problem. */
export function fieldErrors<TField extends string>(checks: Record<TField, FieldProblem | undefined>): FieldErrors<TField> {
  return Object.fromEntries(Object.entries(checks).filter(([, problem]) => problem !== undefined)) as FieldErrors<TField>;
}

/** Throws a `config` error naming the invalid fields, so nothing is sent; returns when there are none. */
export function refuseInvalid(errors: FieldErrors<string>): void {
  const fields = Object.entries(errors).map(([field, problem]) => `${field} (${problem})`);
  if (fields.length > 0) throw new IamError('config', `Not sent: invalid ${fields.join(', ')}`);
}
