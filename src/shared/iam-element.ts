import { LitElement } from 'lit';
import type { IamEventDetails, IamEventName } from './events.js';

/** The base class of every element in the library. */
export class IamElement<TItem = unknown> extends LitElement {
  /** Dispatches one of the library's events: bubbling, composed, with a typed `detail`. */
  protected emit<K extends IamEventName>(name: K, detail: IamEventDetails<TItem>[K]): boolean {
    return this.dispatchEvent(new CustomEvent(name, { bubbles: true, composed: true, cancelable: false, detail }));
  }
}
