/**
 * The package's tags with their properties, attributes and events, derived
 * from what each element module declares (its `HTMLElementTagNameMap` entry
 * and its class), for the framework typings beside this file
 * (`iam-elements/types/react` and the others). Types only: these modules
 * have no JavaScript build and no package export runs them.
 */
import type { LitElement } from 'lit';
import type { IamElement } from '../shared/iam-element.js';
import type { IamEventMap, IamEventName } from '../shared/events.js';
// For the `HTMLElementTagNameMap` entry each element module declares: the
// package's main entry imports every one. (`import type {}` would do for the
// type check here but is dropped from the emitted .d.ts.)
import '../index.js';

/**
 * Every tag the package registers, with its element class: the entries of
 * `HTMLElementTagNameMap` whose element is one of ours. (`IamElement` has a
 * protected member, so only its subclasses match, whatever their shape.)
 */
export type IamElementTagNameMap = {
  [Tag in keyof HTMLElementTagNameMap as HTMLElementTagNameMap[Tag] extends IamElement<unknown> ? Tag : never]: HTMLElementTagNameMap[Tag];
};

/** The items an element lists (`UserOrgs` → `Organization`). */
export type IamItemOf<E> = E extends IamElement<infer TItem> ? TItem : never;

/**
 * The properties a host may set: the element's own public fields (not
 * LitElement's or HTMLElement's, no methods, no symbol-named type-only
 * member), each optional.
 */
export type IamElementProperties<E> = {
  [K in Exclude<keyof E, keyof LitElement> as K extends string ? (E[K] extends (...args: never[]) => unknown ? never : K) : never]?: E[K];
};

/** `userId` → `user-id`. */
type KebabCase<S extends string> = S extends `${infer Head}${infer Tail}`
  ? `${Head extends Lowercase<Head> ? Head : `-${Lowercase<Head>}`}${KebabCase<Tail>}`
  : S;

/**
 * The attributes: each property that holds text or a number, under its
 * kebab-case name (`userId` → `user-id`, `token` → `token`), which is how
 * every element names them (checked against the elements' observed
 * attributes in test/types/elements.ts). A number may be written as text.
 */
export type IamElementAttributes<E, P = IamElementProperties<E>> = {
  [K in keyof P as NonNullable<P[K]> extends string | number ? KebabCase<K & string> : never]?: NonNullable<P[K]> extends number
    ? number | string
    : P[K];
};

/** Each `iam-*` event as a listener on the element receives it, typed by its items. */
export type IamElementEvents<E> = IamEventMap<IamItemOf<E>>;

/** A handler prop per event, named `${Prefix}${event}`: `oniam-load` (React 19, Preact, Svelte 5), `on:iam-load` (Solid). */
export type IamEventHandlers<E, Prefix extends string> = {
  [K in IamEventName as `${Prefix}${K}`]?: (event: IamElementEvents<E>[K]) => void;
};

/** The properties and attributes of each tag. */
export type IamTagInputs = {
  [Tag in keyof IamElementTagNameMap]: IamElementProperties<IamElementTagNameMap[Tag]> & IamElementAttributes<IamElementTagNameMap[Tag]>;
};

/** The properties, attributes and `${Prefix}iam-*` handlers of each tag, beside a framework's own props for an element. */
export type IamTagProps<Prefix extends string> = {
  [Tag in keyof IamElementTagNameMap]: IamTagInputs[Tag] & IamEventHandlers<IamElementTagNameMap[Tag], Prefix>;
};
