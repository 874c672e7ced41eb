import { css, html, nothing, type ReactiveElement, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { toIamError } from '../api/errors.js';
import { MAX_NAME_LENGTH, type FieldErrors, type FieldProblem } from '../api/write-input.js';
import type { IamEventDetails } from './events.js';
import type { ItemPresenter } from './data-list-element.js';
import type { LocaleController } from './localize.js';
import type { ListMessagePrefix } from './strings.js';
import { actionMessages } from './row-actions.strings.js';

/**
 * The admin actions of a list (issue 18): the engine every element's
 * `actions` attribute opts into. An element describes its actions
 * (`<tag>.actions.ts`: what to ask, what to send, how the row changes); this
 * draws and runs them alike for all:
 *
 * - a row's actions behind an APG menu button ("Actions for Ada Lovelace"),
 *   a list's (create, invite) as buttons above it; an action that would lock
 *   the signed-in user out (`current-user-id`) is not offered on their row,
 *   which says "You";
 * - a native modal `<dialog>` naming the item: a confirmation, or a form whose
 *   fields are validated again before sending, errors tied to their fields;
 *   Escape cancels, and focus returns to the control that opened it;
 * - `iam-before-action` (cancelable: a veto sends nothing), then one request,
 *   never retried, then `iam-action` or `iam-action-error`;
 * - a choice-only action (remove, roles, verify, revoke) changes the row at
 *   once and rolls it back on failure; a form with typed text (create, edit,
 *   invite) stays open until the answer, so a refusal ("e-mail taken") loses
 *   nothing; an unanswered write says its outcome is unknown and reloads;
 * - outcomes in a polite status and failures in an alert, regions that exist
 *   before their text changes.
 *
 * It is a chunk of its own with its sentences and styles, fetched only by an
 * element whose `actions` (or `current-user-id`) is set.
 */

/** A form's values by field name: text, or the ids chosen (roles). They are also the event's `input`. */
export type ActionValues = Record<string, string | string[]>;

export interface ActionChoice {
  value: string;
  label: string;
}

export interface ActionField {
  name: string;
  label: string;
  /** `choices`: checkboxes, from `choices()` (fetched as the dialog opens). */
  type: 'text' | 'email' | 'choices';
  value: string | string[];
  autocomplete?: string;
  choices?: () => Promise<ActionChoice[]>;
}

/** One action, as an element's actions module describes it. */
export interface ActionSpec<TItem> {
  /** The word in the `actions` attribute, and `detail.action` of the events. */
  id: string;
  /** A list action (create, invite) has no item: a button above the list. */
  list?: boolean;
  /** The menu item's or button's text. */
  label: string;
  /** Whether the item offers it (default: every item with a key). */
  offered?(item: TItem): boolean;
  /** Not offered on the signed-in user's own row (`current-user-id`): it would lock them out. */
  locksOut?: boolean;
  destructive?: boolean;
  /** The dialog's heading, which names the item (`name`: as the list shows it; empty for a list action). */
  title(name: string): string;
  text?: string;
  fields?(item: TItem | undefined): ActionField[];
  /** The values' problems, checked again before sending (the API functions check once more). */
  validate?(values: ActionValues): FieldErrors<string>;
  /** The dialog's confirm button. */
  confirm: string;
  /** The row at once (null: it leaves the list), rolled back on failure; without it the dialog waits for the answer. */
  optimistic?(item: TItem, values: ActionValues): TItem | null;
  send(item: TItem | undefined, values: ActionValues): Promise<unknown>;
  /** The row after success (a list action's new item; null: gone); undefined keeps what `optimistic` showed. */
  settled?(item: TItem | undefined, result: unknown, values: ActionValues): TItem | null | undefined;
  /** Announced after success. */
  done(name: string, values: ActionValues): string;
  /** The alert's first sentence after a failure. */
  failed(name: string, values: ActionValues): string;
}

/** What an element's actions module gives the engine. */
export interface ActionSet<TItem> {
  /** Identifies an item across answers; an item without one offers no row action. Compared with `current-user-id`. */
  key(item: TItem): string | undefined;
  actions: ActionSpec<TItem>[];
}

/** The element the engine serves (DataListElement): its public inputs. */
export type ActionHost = ReactiveElement & { actions: string | undefined; currentUserId: string | undefined; refresh(): Promise<void> };

/** What the engine knows of its list: the element, its language, and how it names an item (`users.unnamed` when nameless). */
export interface ActionContext<TItem> {
  host: ActionHost;
  l10n: LocaleController;
  presenter: Pick<ItemPresenter<TItem>, 'name'>;
  prefix: ListMessagePrefix;
}

interface OpenDialog<TItem> {
  spec: ActionSpec<TItem>;
  item: TItem | undefined;
  fields: ActionField[];
  values: ActionValues;
  errors: FieldErrors<string>;
  choices: Map<string, ActionChoice[] | 'loading' | 'failed'>;
  /** The control to give focus back to, and the row it sat in. */
  origin: HTMLElement | null;
  row: number;
  busy: boolean;
  /** A refusal shown in the dialog (the form stays open with what was typed). */
  error: string;
}

const PROBLEMS: Record<FieldProblem, (l10n: LocaleController) => string> = {
  required: (l10n) => say(l10n, 'actions.required'),
  email: (l10n) => say(l10n, 'actions.invalidEmail'),
  'too-long': (l10n) => say(l10n, 'actions.tooLong', l10n.number(MAX_NAME_LENGTH)),
};

type ActionMessageId = keyof typeof actionMessages;

/** A sentence of this chunk's table in the element's language (as table-layout.ts's `t`). */
export function say(l10n: LocaleController, id: ActionMessageId, ...args: string[]): string {
  return l10n.say(id, actionMessages[id], args);
}

/**
 * Remove, as every element words it: a confirmation naming the item, the row gone at once (back on
 * failure), never offered on the signed-in user's own row.
 */
export function removeAction<TItem>(l10n: LocaleController, text: string, send: (item: TItem) => Promise<unknown>): ActionSpec<TItem> {
  return {
    id: 'remove',
    label: say(l10n, 'actions.remove'),
    locksOut: true,
    destructive: true,
    title: (name) => say(l10n, 'actions.removeTitle', name),
    text,
    confirm: say(l10n, 'actions.remove'),
    optimistic: () => null,
    send: (item) => send(item!),
    done: (name) => say(l10n, 'actions.removed', name),
    failed: (name) => say(l10n, 'actions.removeFailed', name),
  };
}

/** An item that holds roles (a user, a member). */
export interface WithRoles {
  roleIds: string[];
  roleNames: string[];
}

/**
 * Change roles: the roles offered (`choices`, fetched as the dialog opens) as checkboxes, the item's own
 * checked; the row shows the new roles at once (back on failure), then as the server answered.
 */
export function rolesAction<TItem extends WithRoles>(
  l10n: LocaleController,
  choices: () => Promise<ActionChoice[]>,
  send: (item: TItem, roleIds: string[]) => Promise<TItem | undefined>,
): ActionSpec<TItem> {
  let offered: ActionChoice[] = [];
  return {
    id: 'roles',
    label: say(l10n, 'actions.roles'),
    title: (name) => say(l10n, 'actions.rolesTitle', name),
    fields: (item) => [
      {
        name: 'roleIds',
        label: say(l10n, 'actions.field.roles'),
        type: 'choices',
        value: item?.roleIds ?? [],
        choices: async () => (offered = await choices()),
      },
    ],
    confirm: say(l10n, 'actions.save'),
    optimistic: (item, values) => {
      const roleIds = values['roleIds'] as string[];
      const roleNames = roleIds.map((id) => offered.find((choice) => choice.value === id)?.label ?? id);
      return { ...item, roleIds, roleNames };
    },
    send: (item, values) => send(item!, values['roleIds'] as string[]),
    // The server's roles where its answer names some (or none were chosen); an answer without roles keeps the choice.
    settled: (item, result, values) => {
      const answer = result as TItem | undefined;
      const named = answer && (answer.roleIds.length > 0 || answer.roleNames.length > 0 || (values['roleIds'] as string[]).length === 0);
      return named ? { ...item!, roleIds: answer.roleIds, roleNames: answer.roleNames } : undefined;
    },
    done: (name) => say(l10n, 'actions.rolesSaved', name),
    failed: (name) => say(l10n, 'actions.rolesFailed', name),
  };
}

export const actionStyles = css`
  .action-toolbar {
    display: flex;
    flex-wrap: wrap;
    justify-content: flex-end;
    gap: 0.5rem;
    margin-block-end: var(--_gap);
  }
  .action-button,
  .dialog-buttons button {
    font: inherit;
    padding: 0.375rem 0.875rem;
    border-radius: var(--_radius);
    border: 1px solid var(--_border);
    background: var(--iam-color-surface, Canvas);
    color: inherit;
    cursor: pointer;
  }
  /* Filled with the accent: in a dark scheme the accents are light (data-list.styles.ts), so the text is dark. */
  .action-button.primary,
  .dialog-buttons .primary {
    background: var(--_accent);
    border-color: var(--_accent);
    color: light-dark(#fff, #1b1b1f);
  }
  .dialog-buttons .danger {
    background: var(--_danger);
    border-color: var(--_danger);
    color: light-dark(#fff, #1b1b1f);
  }
  .menu-button {
    font: inherit;
    line-height: 1;
    inline-size: 2rem;
    block-size: 2rem;
    border-radius: var(--_radius);
    border: 1px solid transparent;
    background: none;
    color: inherit;
    cursor: pointer;
  }
  /* In a card the menu button sits at the header's end, where the table layout has its actions column. */
  .item-header .menu-button {
    margin-inline-start: auto;
  }
  .menu-button:hover,
  .menu-button[aria-expanded='true'] {
    border-color: var(--_border);
  }
  .menu-button[aria-disabled='true'] {
    opacity: 0.5;
    cursor: progress;
  }
  .action-menu {
    position: fixed;
    inset: auto;
    margin: 0;
    padding: 0.25rem;
    min-inline-size: 11rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--iam-color-surface, Canvas);
    /* A surface of its own in the top layer: the system's text colour goes with the system's canvas. */
    color: var(--iam-color-text, CanvasText);
    box-shadow: 0 4px 16px rgb(0 0 0 / 0.18);
  }
  .action-menu [role='menuitem'] {
    display: block;
    inline-size: 100%;
    text-align: start;
    font: inherit;
    padding: 0.5rem 0.75rem;
    border: 0;
    border-radius: calc(var(--_radius) / 2);
    background: none;
    color: inherit;
    cursor: pointer;
  }
  .action-menu [role='menuitem']:hover,
  .action-menu [role='menuitem']:focus {
    background: color-mix(in srgb, var(--_accent) 14%, transparent);
  }
  .action-menu .danger {
    color: var(--_danger);
  }
  .action-dialog {
    inline-size: min(28rem, calc(100vw - 2rem));
    padding: 1.25rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--iam-color-surface, Canvas);
    color: var(--iam-color-text, CanvasText);
  }
  .action-dialog::backdrop {
    background: rgb(0 0 0 / 0.4);
  }
  .action-dialog h2 {
    margin: 0 0 0.75rem;
    font-size: 1.125em;
    overflow-wrap: anywhere;
  }
  .field {
    display: grid;
    gap: 0.25rem;
    margin-block: 0 0.75rem;
  }
  .field input[type='text'],
  .field input[type='email'] {
    font: inherit;
    padding: 0.375rem 0.5rem;
    border: 1px solid var(--_border);
    border-radius: calc(var(--_radius) / 2);
    background: transparent;
    color: inherit;
  }
  /* As specific as the rule above, and after it: with only [aria-invalid] it lost, and refused fields kept a grey border. */
  .field input[aria-invalid='true'] {
    border-color: var(--_danger);
  }
  fieldset.field {
    border: 0;
    padding: 0;
    max-block-size: 14rem;
    overflow: auto;
  }
  .field-error,
  .dialog-error {
    color: var(--_danger);
    margin: 0;
  }
  .dialog-buttons {
    display: flex;
    justify-content: flex-end;
    gap: 0.5rem;
    margin-block-start: 1rem;
  }
  [aria-disabled='true'] {
    cursor: progress;
  }
  .action-outcome:empty,
  .action-alert:empty {
    display: contents;
  }
  .action-outcome {
    margin: 0 0 var(--_gap);
  }
  .you {
    margin-inline-start: 0.375rem;
  }
`;

export class RowActions<TItem> {
  /** Rows changed or removed (null) since the answer shown, by key; and items a list action added. */
  #changed = new Map<string, TItem | null>();
  #added: TItem[] = [];
  /** The keys whose write is on its way. */
  #pending = new Set<string>();
  #applied: { from: TItem[]; version: number; result: TItem[] } | undefined;
  #version = 0;
  #menu: { item: TItem; button: HTMLElement } | undefined;
  #dialog: OpenDialog<TItem> | undefined;
  #outcome = '';
  #alert = '';

  private readonly host: ActionHost;
  private readonly l10n: LocaleController;
  /** The element's actions in the element's language: built again each render, so a change of `lang` relabels them. */
  #set: ActionSet<TItem>;

  constructor(
    private readonly context: ActionContext<TItem>,
    private readonly build: () => ActionSet<TItem>,
  ) {
    this.host = context.host;
    this.l10n = context.l10n;
    this.#set = build();
    const root = context.host.renderRoot;
    // The styles travel with this chunk, as table-layout.ts's do.
    if (root instanceof ShadowRoot && actionStyles.styleSheet) root.adoptedStyleSheets = [...root.adoptedStyleSheets, actionStyles.styleSheet];
  }

  /** The library's events, as IamElement's `emit` sends them; only `iam-before-action` can be cancelled. */
  #emit<K extends 'iam-before-action' | 'iam-action' | 'iam-action-error'>(name: K, detail: IamEventDetails<TItem>[K]): boolean {
    const cancelable = name === 'iam-before-action';
    return this.host.dispatchEvent(new CustomEvent(name, { bubbles: true, composed: true, cancelable, detail }));
  }

  #t(id: ActionMessageId, ...args: string[]): string {
    return say(this.l10n, id, ...args);
  }

  /** The host's actions that exist, in the order the element lists them. */
  #enabled(list: boolean): ActionSpec<TItem>[] {
    const words = (this.host.actions ?? '').split(/\s+/);
    return this.#set.actions.filter((spec) => !!spec.list === list && words.includes(spec.id));
  }

  #nameOf(item: TItem | undefined): string {
    return item === undefined ? '' : (this.context.presenter.name(item) ?? this.l10n.t(`${this.context.prefix}.unnamed`));
  }

  #isYou(item: TItem): boolean {
    const you = this.host.currentUserId;
    return you !== undefined && you !== '' && this.#set.key(item) === you;
  }

  #offered(item: TItem): ActionSpec<TItem>[] {
    if (this.#set.key(item) === undefined) return [];
    const you = this.#isYou(item);
    return this.#enabled(false).filter((spec) => !(you && spec.locksOut) && (spec.offered?.(item) ?? true));
  }

  /** The answer's items with this page's changes applied (the same array while there are none). */
  items(from: TItem[]): TItem[] {
    if (this.#changed.size === 0 && this.#added.length === 0) return from;
    const applied = this.#applied;
    if (applied?.from === from && applied.version === this.#version) return applied.result;
    const result: TItem[] = [...this.#added];
    for (const item of from) {
      const key = this.#set.key(item);
      const change = key === undefined ? undefined : this.#changed.get(key);
      if (change === undefined) result.push(item);
      else if (change !== null) result.push(change);
    }
    this.#applied = { from, version: this.#version, result };
    return result;
  }

  /** A new answer from the server: it holds every change that was answered, so only those still on their way stay. */
  reset(): void {
    for (const key of this.#changed.keys()) if (!this.#pending.has(key)) this.#changed.delete(key);
    this.#added = [];
    this.#version += 1;
  }

  #change(key: string, item: TItem | null | undefined): void {
    if (item === undefined) this.#changed.delete(key);
    else this.#changed.set(key, item);
    this.#version += 1;
  }

  /** "You" after the signed-in user's name. */
  you(item: TItem): TemplateResult | typeof nothing {
    return this.#isYou(item) ? html`<span part="badge badge-neutral you" class="badge badge--neutral you">${this.#t('actions.you')}</span>` : nothing;
  }

  /** The row's menu button, or nothing when the row offers no action. */
  cell(item: TItem, row: number): TemplateResult | typeof nothing {
    if (this.#offered(item).length === 0) return nothing;
    const key = this.#set.key(item)!;
    const open = this.#menu?.item === item;
    return html`<button
      part="actions-button"
      class="menu-button"
      type="button"
      data-action-key=${key}
      data-action-row=${row + 1}
      aria-haspopup="menu"
      aria-expanded=${open ? 'true' : 'false'}
      aria-disabled=${this.#pending.has(key) ? 'true' : nothing}
      aria-label=${this.#t('actions.menu', this.#nameOf(item))}
      @click=${(event: Event) => this.#openMenu(item, event.currentTarget as HTMLElement, 0)}
      @keydown=${(event: KeyboardEvent) => this.#menuButtonKey(event, item)}
    >
      <span aria-hidden="true">⋯</span>
    </button>`;
  }

  /** The list's own actions (create, invite). */
  #toolbar(): TemplateResult | typeof nothing {
    const specs = this.#enabled(true);
    if (specs.length === 0) return nothing;
    return html`<div part="action-toolbar" class="action-toolbar">
      ${specs.map(
        (spec) =>
          html`<button part="action-button" class="action-button primary" type="button" @click=${(event: Event) => this.#start(spec, undefined, event.currentTarget as HTMLElement, 0)}>
            ${spec.label}
          </button>`,
      )}
    </div>`;
  }

  /**
   * Above the list: its own actions (once it is loaded), the live regions, the menu and the dialog (both in
   * the top layer when open). Rendered from the moment the chunk is in, so the regions exist before they speak.
   */
  render(loaded: boolean): TemplateResult {
    this.#set = this.build();
    return html`
      ${loaded ? this.#toolbar() : nothing}
      <p part="action-status" class="action-outcome" role="status">${this.#outcome}</p>
      <div part="action-alert" class="action-alert error" role="alert">${this.#alert}</div>
      ${this.#renderMenu()} ${this.#renderDialog()}
    `;
  }

  // The menu (APG menu button): Enter, Space and Down open it on its first item, Up on its last; in it Up and
  // Down move (wrapping), Home and End jump, Escape and Tab close it and focus goes back to the button.

  #menuButtonKey(event: KeyboardEvent, item: TItem): void {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    event.preventDefault();
    // Arrow keys belong to the menu here, not to the list's roving focus.
    event.stopPropagation();
    void this.#openMenu(item, event.currentTarget as HTMLElement, event.key === 'ArrowUp' ? -1 : 0);
  }

  async #openMenu(item: TItem, button: HTMLElement, focus: number): Promise<void> {
    if (button.getAttribute('aria-disabled') === 'true') return;
    if (this.#menu?.item === item) return this.#closeMenu(true);
    this.#menu = { item, button };
    this.host.requestUpdate();
    await this.host.updateComplete;
    const menu = this.#menuElement();
    if (!menu) return;
    menu.showPopover();
    document.addEventListener('pointerdown', this.#pressedOutside, true);
    this.#place(menu, button);
    this.#menuItems().at(focus)?.focus();
  }

  #menuElement(): HTMLElement | null {
    return this.host.renderRoot.querySelector<HTMLElement>('[part="action-menu"]');
  }

  #menuItems(): HTMLElement[] {
    return [...(this.#menuElement()?.querySelectorAll<HTMLElement>('[role="menuitem"]') ?? [])];
  }

  /** Below the button (above when there is no room), its inline end lined up with the button's. */
  #place(menu: HTMLElement, button: HTMLElement): void {
    const at = button.getBoundingClientRect();
    const size = menu.getBoundingClientRect();
    const rtl = this.l10n.dir === 'rtl';
    const left = rtl ? at.left : at.right - size.width;
    const below = at.bottom + 4 + size.height <= window.innerHeight;
    menu.style.left = `${Math.max(4, Math.min(left, window.innerWidth - size.width - 4))}px`;
    menu.style.top = `${below ? at.bottom + 4 : Math.max(4, at.top - 4 - size.height)}px`;
  }

  #closeMenu(refocus: boolean): void {
    const menu = this.#menu;
    if (!menu) return;
    this.#menu = undefined;
    document.removeEventListener('pointerdown', this.#pressedOutside, true);
    const element = this.#menuElement();
    if (element?.matches(':popover-open')) element.hidePopover();
    if (refocus) menu.button.focus();
    this.host.requestUpdate();
  }

  #menuKey = (event: KeyboardEvent): void => {
    const items = this.#menuItems();
    const at = items.indexOf(event.target as HTMLElement);
    const to: Record<string, number> = { ArrowDown: (at + 1) % items.length, ArrowUp: (at - 1 + items.length) % items.length, Home: 0, End: items.length - 1 };
    if (event.key in to) {
      event.preventDefault();
      items[to[event.key]!]?.focus();
    } else if (event.key === 'Escape' || event.key === 'Tab') {
      event.preventDefault();
      this.#closeMenu(true);
    }
  };

  /** A press anywhere but the menu and its button closes the menu (the light dismiss of an APG menu). */
  #pressedOutside = (event: PointerEvent): void => {
    const path = event.composedPath();
    const menu = this.#menu;
    if (menu && !path.includes(menu.button) && !path.includes(this.#menuElement()!)) this.#closeMenu(false);
  };

  #renderMenu() {
    const menu = this.#menu;
    const specs = menu ? this.#offered(menu.item) : [];
    return html`<div
      part="action-menu"
      class="action-menu"
      role="menu"
      popover="manual"
      aria-label=${menu ? this.#t('actions.menu', this.#nameOf(menu.item)) : nothing}
      @keydown=${this.#menuKey}
      @focusout=${(event: FocusEvent) => {
        // Focus that leaves the menu for anything but one of its items (a click elsewhere) closes it.
        const to = event.relatedTarget as Node | null;
        if (to && !this.#menuElement()?.contains(to)) this.#closeMenu(false);
      }}
    >
      ${specs.map(
        (spec) =>
          html`<button
            part="action-menuitem"
            role="menuitem"
            tabindex="-1"
            type="button"
            class=${spec.destructive ? 'danger' : ''}
            @click=${() => this.#start(spec, menu!.item, menu!.button, Number(menu!.button.dataset['actionRow']) - 1)}
          >
            ${spec.label}
          </button>`,
      )}
    </div>`;
  }

  // The dialog.

  async #start(spec: ActionSpec<TItem>, item: TItem | undefined, origin: HTMLElement, row: number): Promise<void> {
    this.#closeMenu(false);
    const fields = spec.fields?.(item) ?? [];
    this.#dialog = {
      spec,
      item,
      fields,
      values: Object.fromEntries(fields.map((field) => [field.name, field.value])),
      errors: {},
      choices: new Map(),
      origin,
      row,
      busy: false,
      error: '',
    };
    this.#alert = '';
    this.#outcome = '';
    for (const field of fields) if (field.choices) void this.#loadChoices(this.#dialog, field);
    this.host.requestUpdate();
    await this.host.updateComplete;
    this.#dialogElement()?.showModal();
  }

  async #loadChoices(dialog: OpenDialog<TItem>, field: ActionField): Promise<void> {
    dialog.choices.set(field.name, 'loading');
    try {
      dialog.choices.set(field.name, await field.choices!());
    } catch {
      dialog.choices.set(field.name, 'failed');
    }
    this.host.requestUpdate();
  }

  #dialogElement(): HTMLDialogElement | null {
    return this.host.renderRoot.querySelector<HTMLDialogElement>('[part="action-dialog"]');
  }

  /** Closes the dialog; focus goes back to what opened it, or to the row now in the removed row's place. */
  async #closeDialog(): Promise<void> {
    const dialog = this.#dialog;
    if (!dialog) return;
    this.#dialog = undefined;
    const element = this.#dialogElement();
    if (element?.open) element.close();
    this.host.requestUpdate();
    await this.host.updateComplete;
    if (dialog.origin?.isConnected) return dialog.origin.focus();
    const root = this.host.renderRoot;
    const row = (n: number) => root.querySelector<HTMLElement>(`[data-row="${n}"] .item-name`);
    (row(dialog.row + 1) ?? row(dialog.row))?.focus();
  }

  #renderDialog() {
    const dialog = this.#dialog;
    const { l10n } = this;
    const title = dialog ? dialog.spec.title(this.#nameOf(dialog.item)) : '';
    const cancel = () => void this.#closeDialog();
    return html`<dialog
      part="action-dialog"
      class="action-dialog"
      aria-labelledby="action-title"
      aria-describedby=${dialog?.spec.text ? 'action-text' : nothing}
      dir=${l10n.dir}
      @cancel=${(event: Event) => {
        event.preventDefault();
        // Escape while the request is on its way leaves the dialog to its answer.
        if (!dialog?.busy) cancel();
      }}
    >
      ${dialog
        ? html`<form novalidate @submit=${(event: Event) => this.#submit(event, dialog)}>
            <h2 id="action-title">${title}</h2>
            ${dialog.spec.text ? html`<p id="action-text">${dialog.spec.text}</p>` : nothing}
            ${dialog.fields.map((field) => this.#renderField(dialog, field))}
            <p part="action-dialog-error" class="dialog-error" role="alert">${dialog.error}</p>
            <div class="dialog-buttons">
              <button type="button" ?autofocus=${dialog.fields.length === 0} aria-disabled=${dialog.busy ? 'true' : nothing} @click=${() => !dialog.busy && cancel()}>
                ${this.#t('actions.cancel')}
              </button>
              <button type="submit" class=${dialog.spec.destructive ? 'danger' : 'primary'} aria-disabled=${dialog.busy ? 'true' : nothing}>
                ${dialog.busy ? this.#t('actions.sending') : dialog.spec.confirm}
              </button>
            </div>
          </form>`
        : nothing}
    </dialog>`;
  }

  #renderField(dialog: OpenDialog<TItem>, field: ActionField) {
    const id = `field-${field.name}`;
    const problem = dialog.errors[field.name];
    const error = problem ? html`<p id="${id}-error" part="field-error" class="field-error">${PROBLEMS[problem](this.l10n)}</p>` : nothing;
    const invalid = problem ? 'true' : 'false';
    const described = problem ? `${id}-error` : nothing;
    if (field.type !== 'choices') {
      return html`<div class="field">
        <label for=${id}>${field.label}</label>
        <input
          id=${id}
          name=${field.name}
          type=${field.type}
          dir="auto"
          autocomplete=${field.autocomplete ?? 'off'}
          ?autofocus=${dialog.fields[0] === field}
          aria-invalid=${invalid}
          aria-describedby=${described}
          .value=${live(String(dialog.values[field.name] ?? ''))}
          @input=${(event: Event) => (dialog.values[field.name] = (event.target as HTMLInputElement).value)}
        />
        ${error}
      </div>`;
    }
    const choices = dialog.choices.get(field.name);
    const chosen = (dialog.values[field.name] as string[] | undefined) ?? [];
    // Read at the event, not at the render: two quick clicks come before the render between them.
    const toggle = (value: string, on: boolean) => {
      const now = ((dialog.values[field.name] as string[] | undefined) ?? []).filter((v) => v !== value);
      dialog.values[field.name] = on ? [...now, value] : now;
      this.host.requestUpdate();
    };
    let body: unknown;
    if (choices === 'loading' || choices === undefined) body = html`<p role="status">${this.#t('actions.choicesLoading')}</p>`;
    else if (choices === 'failed') body = html`<p class="field-error" role="alert">${this.#t('actions.choicesFailed')}</p>`;
    else if (choices.length === 0) body = html`<p>${this.#t('actions.choicesNone')}</p>`;
    else
      body = choices.map(
        (choice, index) => html`<label
          ><input
            type="checkbox"
            ?autofocus=${dialog.fields[0] === field && index === 0}
            .checked=${live(chosen.includes(choice.value))}
            @change=${(event: Event) => toggle(choice.value, (event.target as HTMLInputElement).checked)}
          />
          <bdi>${choice.label}</bdi></label
        >`,
      );
    return html`<fieldset class="field" aria-describedby=${described}><legend>${field.label}</legend>${body}${error}</fieldset>`;
  }

  async #submit(event: Event, dialog: OpenDialog<TItem>): Promise<void> {
    event.preventDefault();
    if (dialog.busy) return;
    const { spec, item } = dialog;
    const values = { ...dialog.values };
    dialog.errors = spec.validate?.(values) ?? {};
    const invalid = Object.keys(dialog.errors);
    dialog.error = invalid.length > 0 ? this.#t('actions.checkFields') : '';
    this.host.requestUpdate();
    if (invalid.length > 0) {
      await this.host.updateComplete;
      this.host.renderRoot.querySelector<HTMLElement>(`#field-${invalid[0]}`)?.focus();
      return;
    }
    // The host's veto sends nothing: a confirmation closes (the host shows its own), a form keeps what was typed.
    if (!this.#emit('iam-before-action', { action: spec.id, item, input: values })) {
      if (dialog.fields.length === 0) await this.#closeDialog();
      return;
    }
    const key = item === undefined ? undefined : this.#set.key(item);
    const optimistic = item !== undefined && key !== undefined && spec.optimistic ? spec.optimistic(item, values) : undefined;
    if (key !== undefined) this.#pending.add(key);
    if (optimistic !== undefined) {
      this.#change(key!, optimistic);
      await this.#closeDialog();
    } else {
      dialog.busy = true;
      this.host.requestUpdate();
    }
    try {
      const result = await spec.send(item, values);
      const settled = spec.settled?.(item, result, values);
      if (settled !== undefined && key !== undefined) this.#change(key, settled);
      else if (settled && key === undefined) {
        this.#added = [settled, ...this.#added];
        this.#version += 1;
      }
      this.#outcome = spec.done(this.#nameOf(item), values);
      this.#emit('iam-action', { action: spec.id, item, result });
      if (this.#dialog === dialog) await this.#closeDialog();
    } catch (thrown) {
      const error = toIamError(thrown);
      if (optimistic !== undefined) this.#change(key!, undefined);
      // The words of a failure are a chunk the list shares (fetched by the list's first failure, or here).
      const reason = error.outcomeUnknown ? this.#t('actions.unknown') : (await import('./error-alert.js')).describeError(error, this.l10n);
      const sentence = `${spec.failed(this.#nameOf(item), values)} ${reason}`;
      const server = error.kind === 'http' && error.status !== undefined && error.status < 500 ? error.serverMessage : undefined;
      const text = server ? `${sentence} (${server})` : sentence;
      if (this.#dialog === dialog) dialog.error = text;
      else this.#alert = text;
      this.#emit('iam-action-error', { action: spec.id, item, error });
      if (error.outcomeUnknown) {
        this.#alert = text;
        if (this.#dialog === dialog) await this.#closeDialog();
        void this.host.refresh();
      }
    } finally {
      if (key !== undefined) this.#pending.delete(key);
      dialog.busy = false;
      this.host.requestUpdate();
    }
  }
}
