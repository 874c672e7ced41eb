import { LitElement } from 'lit';
import type { IamElementEventMap, IamEventDetails, IamEventName } from './events.js';

/** The base class of every element in the library. */
export class IamElement<TItem = unknown> extends LitElement {
  /** Dispatches one of the library's events: bubbling, composed, with a typed `detail`. */
  protected emit<K extends IamEventName>(name: K, detail: IamEventDetails<TItem>[K]): boolean {
    return this.dispatchEvent(new CustomEvent(name, { bubbles: true, composed: true, cancelable: false, detail }));
  }
}

/** Type-only: no value exists at run time (see `IamElement[itemType]`). */
declare const itemType: unique symbol;

/**
 * Typed listeners: on a `<user-orgs>`, `addEventListener('iam-load', e => …)`
 * gets `e.detail.items` as `readonly Organization[]` (the way lib.dom types
 * `HTMLElementEventMap`). Any other event name falls back to the DOM's own
 * signature.
 */
export interface IamElement<TItem> {
  /**
   * Never set: names the type of the items this element lists, so that the
   * framework typings (src/types/) can read it from the class
   * (`UserOrgs` → `Organization`); nothing else public carries it.
   */
  readonly [itemType]?: TItem;
  addEventListener<K extends keyof IamElementEventMap<TItem>>(
    type: K,
    listener: (this: this, event: IamElementEventMap<TItem>[K]) => unknown,
    options?: boolean | AddEventListenerOptions,
  ): void;
  addEventListener(type: string, listener: EventListenerOrEventListenerObject, options?: boolean | AddEventListenerOptions): void;
  removeEventListener<K extends keyof IamElementEventMap<TItem>>(
    type: K,
    listener: (this: this, event: IamElementEventMap<TItem>[K]) => unknown,
    options?: boolean | EventListenerOptions,
  ): void;
  removeEventListener(type: string, listener: EventListenerOrEventListenerObject, options?: boolean | EventListenerOptions): void;
}
