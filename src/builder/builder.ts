import { html, LitElement, nothing, type PropertyValues } from 'lit';
import { SiteConfig } from '../site-schema.js';
import { labelOf, type UiLang } from './docs.js';
import { jsonDraft, type FormContext } from './fields.js';
import { BuilderParts } from './lazy.js';
import { builderT } from './messages.js';
import {
  clearDraft,
  fromFragment,
  getAt,
  insertItem,
  itemName,
  loadDraft,
  moveItem,
  parsePath,
  reindexOpen,
  removeItem,
  saveDraft,
  setAt,
  type Config,
} from './model.js';
import { builderStyles } from './styles.js';
import { taskImports } from './task-imports.js';
import { atField, problemsOf, statusOf, taskOf, TASKS, type Problem, type TaskId } from './tasks.js';
import { previewView } from './preview.js';
import { exportView, importView, embedView, summaryView, againView } from './views.js';
import { walk, type GroupNode, type ListNode } from './walk.js';

const tree = walk(SiteConfig) as GroupNode;
/** How long the checks (error summary, task status) wait for typing to pause; the preview does not (preview.ts). */
export const PREVIEW_DELAY = 30;

interface Notice {
  readonly text: string;
  readonly undo?: () => void;
}

/**
 * `<sebaya-builder>`: a page of forms that writes the site config (`sebaya.json`) for someone who
 * has never seen JSON. A task list, one page per task, lists with keyboard reordering and undo, the
 * elements' own validation, autosave in this browser, export and import, a live preview, and the
 * snippets to put it on a site. Nothing leaves the browser.
 *
 * @attr lang - The builder's language: `id` (default) or `en`.
 * @fires sebaya-builder-change - The config changed (detail: { config }). Bubbles, composed.
 */
export class SebayaBuilder extends LitElement {
  static override styles = builderStyles;
  static override properties = {
    lang: { reflect: true },
    view: { state: true },
    config: { state: true },
    previewConfig: { state: true },
    problems: { state: true },
    done: { state: true },
    notice: { state: true },
    alertSummary: { state: true },
    confirming: { state: true },
    open: { state: true },
    drafts: { state: true },
    shapes: { state: true },
    previous: { state: true },
    preview: { state: true },
    embedUrl: { state: true },
    saveFailed: { state: true },
  };

  declare lang: string;
  declare view: 'tasks' | TaskId;
  declare config: Config;
  /** The config the preview shows: follows `config` at every edit (and `setConfig` after the pause). */
  declare previewConfig: Config;
  declare problems: readonly Problem[];
  declare done: readonly string[];
  declare notice: Notice | undefined;
  /** The summary is an alert right after "Check", a plain region while typing. */
  declare alertSummary: boolean;
  declare confirming: boolean;
  declare open: ReadonlySet<string>;
  declare drafts: ReadonlyMap<string, string>;
  declare shapes: ReadonlyMap<string, number>;
  /** The config before the last import, for "Undo import". */
  declare previous: Config | undefined;
  declare preview: { lang: UiLang; theme: 'light' | 'dark'; width: 360 | 1280 };
  declare embedUrl: string;
  declare saveFailed: boolean;

  #timer: ReturnType<typeof setTimeout> | undefined;
  #parts = new BuilderParts(this, () => this.view !== 'tasks');

  constructor() {
    super();
    this.lang = 'id';
    this.view = 'tasks';
    this.config = {};
    this.previewConfig = {};
    this.problems = [];
    this.done = [];
    this.notice = undefined;
    this.alertSummary = false;
    this.confirming = false;
    this.open = new Set();
    this.drafts = new Map();
    this.shapes = new Map();
    this.previous = undefined;
    this.preview = { lang: 'id', theme: 'light', width: 1280 };
    this.embedUrl = '';
    this.saveFailed = false;
  }

  get uiLang(): UiLang {
    return this.lang === 'en' ? 'en' : 'id';
  }

  override connectedCallback(): void {
    super.connectedCallback();
    const draft = loadDraft();
    const shared = fromFragment(globalThis.location?.hash ?? '');
    const t = builderT(this.uiLang);
    if (shared) {
      // A shared link opens its config; the owner's own draft stays one click away.
      this.previous = draft?.config;
      this.setConfig(shared);
      this.notice = { text: t('fromLink') };
    } else if (draft) {
      this.done = draft.done;
      this.previous = draft.previous;
      this.setConfig(draft.config);
      this.notice = { text: t('restoredDraft') };
    }
    this.flush();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.#timer);
  }

  /** Replaces the whole config (import, start again, undo). */
  setConfig(config: Config): void {
    this.config = config;
    this.drafts = new Map();
    this.shapes = new Map();
    this.schedule();
  }

  /** Runs the pending checks and preview at once (tests, and before export). */
  flush(): void {
    clearTimeout(this.#timer);
    this.#timer = undefined;
    this.problems = problemsOf(this.config, this.uiLang);
    this.previewConfig = this.config;
  }

  private schedule(): void {
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => this.flush(), PREVIEW_DELAY);
  }

  /** Autosaves: the config, the tasks marked done, and what "Undo import" would bring back. */
  private save(): boolean {
    return saveDraft({ config: this.config, done: this.done, ...(this.previous ? { previous: this.previous } : {}) });
  }

  private change(config: unknown): void {
    this.config = this.previewConfig = (config ?? {}) as Config;
    this.saveFailed = !this.save();
    this.dispatchEvent(
      new CustomEvent('sebaya-builder-change', { bubbles: true, composed: true, detail: { config: this.config } }),
    );
    this.schedule();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('lang') && this.hasUpdated) this.flush();
  }

  private announce(text: string, undo?: () => void): void {
    this.notice = { text, undo };
  }

  private get ctx(): FormContext {
    const t = builderT(this.uiLang);
    return {
      lang: this.uiLang,
      t,
      config: this.config,
      errors: new Map(this.problems.filter((p) => p.severity === 'error').map((p) => [p.path, atField(p)])),
      open: this.open,
      drafts: this.drafts,
      shapes: this.shapes,
      edit: (path, value) => this.edit(path, value),
      editJson: (path, text) => {
        const next = jsonDraft(this.drafts, path, text);
        this.drafts = next.drafts;
        if ('value' in next) this.edit(path, next.value);
      },
      pickShape: (path, index) => {
        this.shapes = new Map(this.shapes).set(path, index);
        this.edit(path, undefined);
      },
      add: (path, node) => this.addItem(path, node),
      move: (path, from, to) => this.moveItem(path, from, to),
      remove: (path, index) => this.removeItem(path, index),
      toggle: (path) => {
        const open = new Set(this.open);
        if (open.has(path)) open.delete(path);
        else open.add(path);
        this.open = open;
      },
    };
  }

  edit(path: string, value: unknown): void {
    this.change(setAt(this.config, parsePath(path), value));
  }

  private onEditEvent = (e: Event): void => {
    const { path, value } = (e as CustomEvent<{ path: string; value: unknown }>).detail;
    if (typeof path === 'string') this.edit(path, value);
  };

  private async focusIn(selector: string, fallback?: string): Promise<void> {
    await this.updateComplete;
    const target =
      this.renderRoot.querySelector<HTMLElement>(selector) ??
      (fallback ? this.renderRoot.querySelector<HTMLElement>(fallback) : null);
    target?.focus();
  }

  private addItem(path: string, node: ListNode): void {
    const blank = node.item.type === 'field' ? '' : {};
    const index = ((getAt(this.config, parsePath(path)) as unknown[] | undefined) ?? []).length;
    this.change(insertItem(this.config, parsePath(path), blank));
    const itemPath = `${path}[${index}]`;
    this.open = new Set(this.open).add(itemPath);
    const t = builderT(this.uiLang);
    this.announce(t('added', { name: t('item', { what: labelOf(`${path}[]`, this.uiLang), n: index + 1 }) }));
    void this.focusIn(
      `li[data-item="${CSS.escape(itemPath)}"] :is(input, select, textarea, [data-path^="sebaya"], button.item-edit)`,
    );
  }

  private titleOf(path: string, index: number): string {
    const t = builderT(this.uiLang);
    const item = getAt(this.config, [...parsePath(path), index]);
    const name = itemName(item, this.uiLang);
    return name || t('item', { what: labelOf(`${path}[]`, this.uiLang), n: index + 1 });
  }

  private moveItem(path: string, from: number, to: number): void {
    const name = this.titleOf(path, from);
    const count = ((getAt(this.config, parsePath(path)) as unknown[] | undefined) ?? []).length;
    this.change(moveItem(this.config, parsePath(path), from, to));
    this.open = reindexOpen(this.open, path, (i) => (i === from ? to : i === to ? from : i));
    this.announce(builderT(this.uiLang)('moved', { name, n: to + 1, count }));
    // Focus follows the item: the same button, or the other one when it reached an end.
    const li = `li[data-item="${CSS.escape(`${path}[${to}]`)}"]`;
    const same = to < from ? 'move-up' : 'move-down';
    const other = to < from ? 'move-down' : 'move-up';
    void this.focusIn(`${li} button.${same}:not([disabled])`, `${li} button.${other}`);
  }

  private removeItem(path: string, index: number): void {
    const name = this.titleOf(path, index);
    const { root, item } = removeItem(this.config, parsePath(path), index);
    const wasOpen = this.open.has(`${path}[${index}]`);
    this.change(root);
    this.open = reindexOpen(this.open, path, (i) => (i === index ? -1 : i > index ? i - 1 : i));
    const t = builderT(this.uiLang);
    this.announce(t('removed', { name }), () => {
      this.change(insertItem(this.config, parsePath(path), item, index));
      this.open = reindexOpen(this.open, path, (i) => (i >= index ? i + 1 : i));
      if (wasOpen) this.open = new Set(this.open).add(`${path}[${index}]`);
      this.announce(t('restored', { name }));
      void this.focusIn(`li[data-item="${CSS.escape(`${path}[${index}]`)}"] button`);
    });
    void this.focusIn('.notice button.undo');
  }

  /** Opens the task and the list items around `path`, then focuses its editor (error summary links). */
  async focusPath(path: string): Promise<void> {
    const task = taskOf(path);
    if (task) this.view = task;
    const open = new Set(this.open);
    for (const m of path.matchAll(/\[\d+\]/g)) open.add(path.slice(0, (m.index ?? 0) + m[0].length));
    this.open = open;
    await this.#parts.load();
    await this.updateComplete;
    let segments = parsePath(path);
    let target: HTMLElement | null = null;
    for (let p = path; !target && segments.length; segments = segments.slice(0, -1)) {
      target = this.renderRoot.querySelector<HTMLElement>(`[data-path="${CSS.escape(p)}"]`);
      p = p.replace(/(\.[^.[\]]+|\[\d+\]|\["(?:[^"\\]|\\.)*"\])$/, '');
    }
    (target ?? this.renderRoot.querySelector<HTMLElement>('h2'))?.focus();
  }

  private check(): void {
    this.flush();
    this.alertSummary = true;
    const t = builderT(this.uiLang);
    if (!this.problems.some((p) => p.severity === 'error')) this.announce(t('allGood'));
    void this.focusIn('.summary');
  }

  startAgain(): void {
    const before = this.config;
    const done = this.done;
    this.done = [];
    this.confirming = false;
    this.change({});
    this.setConfig({});
    this.view = 'tasks';
    const t = builderT(this.uiLang);
    this.announce(t('started'), () => {
      this.done = done;
      this.change(before);
      this.setConfig(before);
      this.announce(t('importUndone'));
    });
    if (!Object.keys(before).length) clearDraft();
  }

  /** Takes an imported config; the one before stays restorable. */
  importConfig(config: Config): void {
    this.previous = this.config;
    this.change(config);
    this.setConfig(config);
    this.announce(builderT(this.uiLang)('imported'));
  }

  undoImport(): void {
    if (!this.previous) return;
    const back = this.previous;
    this.previous = undefined;
    this.change(back);
    this.setConfig(back);
    this.announce(builderT(this.uiLang)('importUndone'));
  }

  override render() {
    const t = builderT(this.uiLang);
    const errors = this.problems.filter((p) => p.severity === 'error');
    return html`<div class="layout" @sebaya-edit=${this.onEditEvent}>
      <div class="form">
        <header>
          <h1>${t('title')}</h1>
          <p>${t('lead')}</p>
          <label class="inline"
            >${t('uiLanguage')}
            <select
              @change=${(e: Event) => (this.lang = (e.target as HTMLSelectElement).value)}
              .value=${this.uiLang}
            >
              <option value="id" ?selected=${this.uiLang === 'id'}>Bahasa Indonesia</option>
              <option value="en" ?selected=${this.uiLang === 'en'}>English</option>
            </select></label
          >
        </header>
        <div class=${this.notice ? 'notice' : 'notice quiet'} role="status" aria-live="polite">
          ${
            this.notice
              ? html`<p>${this.notice.text}</p>
                ${
                  this.notice.undo
                    ? html`<button type="button" class="undo" @click=${this.notice.undo}>${t('undo')}</button>`
                    : nothing
                }`
              : nothing
          }
        </div>
        ${this.saveFailed ? html`<p class="error">${t('notSaved')}</p>` : nothing}
        ${summaryView(errors, this.alertSummary, t, (path) => void this.focusPath(path))}
        ${this.view === 'tasks' ? this.renderTasks() : this.renderTask(this.view)}
      </div>
      ${previewView(this, t)}
    </div>`;
  }

  private renderTasks() {
    const t = builderT(this.uiLang);
    return html`<h2 tabindex="-1">${t('tasks')}</h2>
      <ol class="tasks">
        ${TASKS.map((task) => {
          const status = statusOf(task, this.config, this.problems, this.done);
          return html`<li>
            <a
              href=${`#task-${task.id}`}
              aria-describedby=${`status-${task.id}`}
              @click=${(e: Event) => {
                e.preventDefault();
                this.view = task.id;
                void this.focusIn('h2');
              }}
              >${t(`task.${task.id}`)}</a
            >
            <span class="status ${status}" id=${`status-${task.id}`}>${t(`status.${status}`)}</span>
          </li>`;
        })}
      </ol>
      <button type="button" class="check" @click=${() => this.check()}>${t('check')}</button>
      ${exportView(this, t)} ${importView(this, t)} ${embedView(this, t)}
      ${againView(this.confirming, t, {
        ask: () => {
          this.confirming = true;
          void this.focusIn('button.danger');
        },
        cancel: () => (this.confirming = false),
        confirm: () => this.startAgain(),
      })}`;
  }

  private renderTask(id: TaskId) {
    const t = builderT(this.uiLang);
    const task = TASKS.find((x) => x.id === id);
    const ctx = this.ctx;
    const back = html`<a
      href="#tasks"
      class="back"
      @click=${(e: Event) => {
        e.preventDefault();
        this.view = 'tasks';
        void this.focusIn(`a[href="#task-${id}"]`);
      }}
      >${t('back')}</a
    >`;
    return html`${back}
      <h2 tabindex="-1">${t(`task.${id}`)}</h2>${taskImports(this, id)}
      ${this.#parts.fields(tree, task?.keys ?? [], ctx, t('loadingFields'))}
      <label class="inline done"
        ><input
          type="checkbox"
          .checked=${this.done.includes(id)}
          @change=${(e: Event) => {
            const on = (e.target as HTMLInputElement).checked;
            this.done = on ? [...this.done, id] : this.done.filter((d) => d !== id);
            this.save();
          }}
        />
        ${t('markDone')}</label
      >
      ${back}`;
  }
}
