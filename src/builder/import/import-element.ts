import { html, LitElement, nothing, type PropertyDeclarations, type TemplateResult } from 'lit';
import { base, tokens } from '../../core/theme/tokens.js';
import { controls } from '../../core/theme/controls.js';
import { importConfig, type ConfigImport } from './config.js';
import { importCsv, matchColumns, placesFrom, PLACE_FIELDS, type ColumnMapping, type CsvTable } from './csv.js';
import { loadPapa } from '../../directory/model/csv.js';
import { importWords, type ImportKey } from './messages.js';
import { styles } from './styles.js';

/** The .ics reader (ical.js) is a chunk of its own: fetched when the page is idle, or on first use. */
const icsReader = () => import('./ics.js');
import type {} from './events.js';
import { IMPORT_KINDS, type ImportKind, type ImportResult, type Words } from './types.js';

/** Larger files are refused before reading: a browser tab should not hang on a wrong file. */
const MAX_BYTES = 10 * 1024 * 1024;

type Step =
  | { readonly name: 'input' }
  | { readonly name: 'match'; readonly table: CsvTable; readonly mapping: ColumnMapping }
  | { readonly name: 'report'; readonly result: ImportResult; readonly config?: ConfigImport };

/** Outside the class: the manifest analyzer would list every `new CustomEvent(x)` inside it. */
const dispatch = (el: HTMLElement, detail: ImportResult): boolean =>
  el.dispatchEvent(new CustomEvent('sebaya-import', { detail, bubbles: true, composed: true }));

/**
 * One importer of the config builder: an .ics calendar (file, pasted text or published address)
 * into calendar events or a feed, a CSV spreadsheet into directory places (with a column-matching
 * step), or an existing sebaya.json (migrated if older). It reports what it left out and why, and
 * hands the result over only when the owner confirms. Nothing read is rendered as HTML.
 *
 * @summary Imports an .ics, a CSV or a sebaya.json into the builder, with a report of what was left out.
 * @tag sebaya-import
 *
 * @attr kind - `ics`, `csv` or `config`.
 * @attr lang - The builder's language: `id` (default) or `en`.
 * @attr time-zone - The site's time zone, for the times of imported events (default `Asia/Jakarta`).
 * @fires sebaya-import - The owner confirmed an import; `detail: { items, target, skipped, notes? }` (for a config: `{ target: '', items: [config], skipped: [], notes }`). Bubbles, composed.
 */
export class SebayaImport extends LitElement {
  static override styles = [tokens, base, controls, styles];

  static override properties: PropertyDeclarations = {
    kind: { reflect: true },
    lang: {},
    timeZone: { attribute: 'time-zone' },
    step: { state: true },
    busy: { state: true },
    message: { state: true },
    announcement: { state: true },
  };

  override connectedCallback(): void {
    super.connectedCallback();
    // Fetch the readers while the page is idle, so an import works offline once the builder loaded.
    const idle = window.requestIdleCallback ?? ((f: () => void) => setTimeout(f, 1000));
    idle(() => {
      void icsReader().catch(() => undefined);
      void loadPapa().catch(() => undefined);
    });
  }

  /** Which importer: `ics`, `csv` or `config`. */
  declare kind: ImportKind;
  /** The builder's language (`id`, `en`). */
  declare lang: string;
  /** The site's time zone, for imported event times. */
  declare timeZone: string;
  declare protected step: Step;
  declare protected busy: boolean;
  /** A problem with what was given (no text, a file too large), shown by the form. */
  declare protected message: string;
  /** What the live region says after each step. */
  declare protected announcement: string;

  constructor() {
    super();
    this.kind = 'config';
    this.lang = 'id';
    this.timeZone = 'Asia/Jakarta';
    this.step = { name: 'input' };
    this.busy = false;
    this.message = '';
    this.announcement = '';
  }

  get #t() {
    return importWords(this.lang);
  }

  #words = (w: Words): string => (this.lang === 'en' ? w.en : w.id);

  get #kind(): ImportKind {
    return (IMPORT_KINDS as readonly string[]).includes(this.kind) ? this.kind : 'config';
  }

  /** Focuses the first control (as the field editors do). */
  override focus(options?: FocusOptions): void {
    this.renderRoot.querySelector<HTMLElement>('input, select, textarea, button')?.focus(options);
  }

  protected override render(): TemplateResult {
    const t = this.#t;
    const step = this.step;
    return html`
      <section aria-labelledby="title">
        <h3 id="title">${t(`title.${this.#kind}`)}</h3>
        ${step.name === 'input' ? this.#input() : step.name === 'match' ? this.#match(step) : this.#report(step)}
        <p role="status" aria-live="polite" class="visually-hidden">${this.announcement}</p>
      </section>
    `;
  }

  #input(): TemplateResult {
    const t = this.#t;
    const accept = { ics: '.ics,text/calendar', csv: '.csv,text/csv', config: '.json,application/json' }[this.#kind];
    return html`
      <form class="step" @submit=${this.#onRead} novalidate>
        <label for="file">${t('file')}<span class="hint" id="file-hint">${t(`file.hint.${this.#kind}`)}</span></label>
        <input id="file" type="file" accept=${accept} aria-describedby="file-hint" />
        <label for="paste">${t('paste')}</label>
        <textarea id="paste" spellcheck="false" aria-describedby=${this.message ? 'message' : nothing}></textarea>
        ${this.message ? html`<p id="message" class="error">${this.message}</p>` : nothing}
        <div class="actions">
          <button class="primary" type="submit" ?disabled=${this.busy}>${this.busy ? t('reading') : t('read')}</button>
        </div>
      </form>
      ${
        this.#kind === 'ics'
          ? html`<form class="step" @submit=${this.#onUrl} novalidate>
            <label for="url">${t('url')}<span class="hint" id="url-hint">${t('url.hint')}</span></label>
            <input id="url" type="url" inputmode="url" autocomplete="url" aria-describedby="url-hint" />
            <div class="actions"><button type="submit">${t('url.use')}</button></div>
          </form>`
          : nothing
      }
    `;
  }

  #fieldLabel(field: string): string {
    const t = this.#t;
    const english = field.endsWith('_en');
    const label = t(`field.${english ? field.slice(0, -3) : field}` as ImportKey);
    return english ? t('field.en', { field: label }) : label;
  }

  #match(step: Extract<Step, { name: 'match' }>): TemplateResult {
    const t = this.#t;
    const { table, mapping } = step;
    const preview = table.rows.slice(0, 3);
    return html`
      <form class="step" @submit=${this.#onPlaces} novalidate>
        <h4 tabindex="-1">${t('match.title')}</h4>
        <p>${t('match.lead')}</p>
        <div class="fields">
          ${PLACE_FIELDS.map(
            (field) => html`<div>
              <label for=${`col-${field}`}>${this.#fieldLabel(field)}</label>
              <select id=${`col-${field}`} data-field=${field} @change=${this.#onColumn}>
                <option value="" ?selected=${mapping[field] === undefined}>${t('match.none')}</option>
                ${table.columns.map(
                  (c, i) =>
                    html`<option value=${String(i)} ?selected=${mapping[field] === i}>${c || `#${i + 1}`}</option>`,
                )}
              </select>
            </div>`,
          )}
        </div>
        <div class="scroll" role="region" aria-labelledby="preview-caption" tabindex="0">
          <table>
            <caption id="preview-caption">${t('match.preview')}</caption>
            <thead><tr>${table.columns.map((c) => html`<th scope="col">${c}</th>`)}</tr></thead>
            <tbody>${preview.map((row) => html`<tr>${table.columns.map((_, i) => html`<td>${row[i] ?? ''}</td>`)}</tr>`)}</tbody>
          </table>
        </div>
        <div class="actions">
          <button class="primary" type="submit" ?disabled=${this.busy}>${t('match.go')}</button>
          <button type="button" @click=${this.#again}>${t('report.again')}</button>
        </div>
      </form>
    `;
  }

  #report(step: Extract<Step, { name: 'report' }>): TemplateResult {
    const t = this.#t;
    const { result, config } = step;
    const problems = config?.problems ?? [];
    const errors = problems.filter((p) => p.severity === 'error');
    const canAdd = config
      ? config.config !== null && typeof config.config === 'object' && !Array.isArray(config.config)
      : result.items.length > 0;
    const list = (title: string, entries: { where?: string; why: Words }[]) =>
      entries.length
        ? html`<h4>${title}</h4>
            <ul>
              ${entries.map(
                (e) =>
                  html`<li>${e.where ? html`<span class="where">${e.where}</span>: ` : nothing}${this.#words(e.why)}</li>`,
              )}
            </ul>`
        : nothing;
    return html`
      <div class="step">
        <h4 tabindex="-1">${t('report.title')}</h4>
        <p>
          ${
            config
              ? canAdd
                ? errors.length
                  ? t('report.config.errors', { count: errors.length })
                  : t('report.config.ok')
                : t('report.items', { count: 0 })
              : t('report.items', { count: result.items.length })
          }
        </p>
        ${list(
          t('report.problems'),
          problems.map((p) => ({ why: p.why })),
        )}
        ${list(t('report.skipped'), result.skipped)}
        ${list(
          t('report.notes'),
          (result.notes ?? []).map((why) => ({ why })),
        )}
        <div class="actions">
          ${canAdd ? html`<button class="primary" type="button" @click=${this.#confirm}>${t('report.add')}</button>` : nothing}
          <button type="button" @click=${this.#again}>${t('report.again')}</button>
        </div>
      </div>
    `;
  }

  async #text(): Promise<string | undefined> {
    const file = this.renderRoot.querySelector<HTMLInputElement>('#file')?.files?.[0];
    if (file) {
      if (file.size > MAX_BYTES) {
        this.message = this.#t('tooBig');
        return undefined;
      }
      return file.text();
    }
    const pasted = this.renderRoot.querySelector<HTMLTextAreaElement>('#paste')?.value ?? '';
    if (!pasted.trim()) {
      this.message = this.#t('nothing');
      return undefined;
    }
    return pasted;
  }

  #onRead = async (e: Event): Promise<void> => {
    e.preventDefault();
    this.message = '';
    const text = await this.#text();
    if (text === undefined) {
      this.announcement = this.message;
      return;
    }
    this.busy = true;
    try {
      if (this.#kind === 'ics')
        this.#show({ name: 'report', result: (await icsReader()).importIcs(text, { timeZone: this.timeZone }) });
      else if (this.#kind === 'csv') {
        const table = await importCsv(text);
        this.#show({ name: 'match', table, mapping: matchColumns(table.columns) }, this.#t('match.title'));
      } else {
        const config = importConfig(text);
        this.#show({
          name: 'report',
          config,
          result: {
            target: '',
            items: config.config === undefined ? [] : [config.config],
            skipped: [],
            notes: config.notes,
          },
        });
      }
    } finally {
      this.busy = false;
    }
  };

  #onUrl = async (e: Event): Promise<void> => {
    e.preventDefault();
    const url = this.renderRoot.querySelector<HTMLInputElement>('#url')?.value ?? '';
    this.#show({ name: 'report', result: (await icsReader()).icsSource(url) });
  };

  #onColumn = (e: Event): void => {
    const select = e.target as HTMLSelectElement;
    if (this.step.name !== 'match') return;
    const mapping = { ...this.step.mapping };
    const field = select.dataset.field ?? '';
    if (select.value === '') delete mapping[field];
    else mapping[field] = Number(select.value);
    this.step = { ...this.step, mapping };
  };

  #onPlaces = async (e: Event): Promise<void> => {
    e.preventDefault();
    if (this.step.name !== 'match') return;
    this.busy = true;
    try {
      this.#show({
        name: 'report',
        result: await placesFrom(this.step.table.rows, this.step.mapping, { locale: 'id' }),
      });
    } finally {
      this.busy = false;
    }
  };

  #show(step: Step, announce?: string): void {
    this.step = step;
    if (step.name === 'report') {
      const count = step.config
        ? step.config.problems.length
          ? step.config.problems.length
          : 0
        : step.result.items.length;
      this.announcement = step.config
        ? step.config.config === undefined
          ? this.#words(step.config.problems[0]!.why)
          : count
            ? this.#t('report.config.errors', { count })
            : this.#t('report.config.ok')
        : `${this.#t('report.items', { count })} ${step.result.skipped.length ? `${this.#t('report.skipped')}: ${step.result.skipped.length}.` : ''}`.trim();
    } else if (announce) this.announcement = announce;
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('h4')?.focus());
  }

  #confirm = (): void => {
    if (this.step.name !== 'report') return;
    dispatch(this, this.step.result);
    this.announcement = this.#t('done');
    this.#again();
  };

  /** Back to the first step, focus on its first control (the pressed button is gone). */
  #again = (): void => {
    this.step = { name: 'input' };
    this.message = '';
    void this.updateComplete.then(() => this.focus());
  };
}
