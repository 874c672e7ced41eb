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

export interface IamSelectDetail<TItem = unknown> {
  /** The item the user activated (click, Enter or Space on its name). */
  item: TItem;
  /** Its position in `items`. */
  index: number;
}

export interface IamEventDetails<TItem = unknown> {
  'iam-load': IamLoadDetail<TItem>;
  'iam-error': IamErrorDetail;
  'iam-select': IamSelectDetail<TItem>;
}

export type IamEventName = keyof IamEventDetails;

declare global {
  interface GlobalEventHandlersEventMap {
    'iam-load': CustomEvent<IamLoadDetail>;
    'iam-error': CustomEvent<IamErrorDetail>;
    'iam-select': CustomEvent<IamSelectDetail>;
  }
}
