import type { IamError } from '../api/errors.js';

/**
 * The library's events, one naming scheme for every element: `iam-` and a
 * verb, lower case (`iam-load`, `iam-error`, `iam-select`). They are
 * `CustomEvent`s that bubble and are composed, so a host can listen on the
 * element or on any ancestor, even across shadow roots.
 */
export interface IamLoadDetail<TItem = unknown> {
  /** The items now shown. */
  items: readonly TItem[];
}

export interface IamErrorDetail {
  error: IamError;
}

/** A 401 or 403: the host may sign the user in again (or ask for rights), then set a new token or call `refresh()`. */
export interface IamAuthRequiredDetail {
  error: IamError;
}

export interface IamSelectDetail<TItem = unknown> {
  /** The item the user activated (click, Enter or Space on its name). */
  item: TItem;
  /** Its position in `items`. */
  index: number;
}

/**
 * An admin action (issue 18) is about to send its request, after the element's own confirmation or form:
 * cancelable, `preventDefault()` sends nothing (a confirmation closes, a form keeps what was typed).
 */
export interface IamBeforeActionDetail<TItem = unknown> {
  /** The action's word in the `actions` attribute: `remove`, `roles`, `create`, … */
  action: string;
  /** The row's item; undefined for a list action (create, invite). */
  item: TItem | undefined;
  /** What the form holds, by field (`{email, firstName, lastName, roleIds}`); empty for a confirmation. */
  input: Record<string, string | string[]>;
}

export interface IamActionDetail<TItem = unknown> {
  action: string;
  item: TItem | undefined;
  /** What the API function answered: the changed or new item where the server sends one. */
  result: unknown;
}

export interface IamActionErrorDetail<TItem = unknown> {
  action: string;
  item: TItem | undefined;
  /** `error.outcomeUnknown`: no answer came, the change may have been made (the list is loaded again). */
  error: IamError;
}

export interface IamEventDetails<TItem = unknown> {
  'iam-load': IamLoadDetail<TItem>;
  'iam-error': IamErrorDetail;
  'iam-select': IamSelectDetail<TItem>;
  'iam-auth-required': IamAuthRequiredDetail;
  'iam-before-action': IamBeforeActionDetail<TItem>;
  'iam-action': IamActionDetail<TItem>;
  'iam-action-error': IamActionErrorDetail<TItem>;
}

export type IamEventName = keyof IamEventDetails;

/** Each event as a listener receives it, typed by the items of the element that sent it. */
export type IamEventMap<TItem = unknown> = {
  [K in IamEventName]: CustomEvent<IamEventDetails<TItem>[K]>;
};

/**
 * An element's whole event map: the DOM's own events plus its `iam-*` events,
 * typed by its items (`UserOrgs` → `Organization`), in place of the global
 * entries below whose items are `unknown`.
 */
export type IamElementEventMap<TItem = unknown> = Omit<HTMLElementEventMap, IamEventName> & IamEventMap<TItem>;

// A listener on `document` or any ancestor does not know which element sent
// the event, so there the items are `unknown`.
declare global {
  interface GlobalEventHandlersEventMap extends IamEventMap {}
}
