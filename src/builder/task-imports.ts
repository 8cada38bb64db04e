/**
 * The importers inside the task pages: "Import events from an .ics file or address" in the calendar
 * task, "Import places from a spreadsheet (CSV)" (with the directory template to download) in the
 * directory task. `<sebaya-import>` is rendered by tag and upgrades whenever its chunk arrives. A
 * confirmed import goes into the config through `applyImport`; what went in and what was left out
 * (and why) stay listed under the importer, with "Undo this import", which takes out only what the
 * import added (the owner's edits since stay).
 */
import { html, nothing } from 'lit';
import { downloadFile } from '../core/download.js';
import { applyImport } from './import/apply.js';
import type { ImportResult, Skipped } from './import/types.js';
import { DIRECTORY_TEMPLATE } from './directory-template.js';
import type { Config } from './model.js';
import type { TaskId } from './tasks.js';

/** What the task importers need of <sebaya-builder>. */
export interface TaskImportHost {
  readonly config: Config;
  readonly uiLang: 'id' | 'en';
  readonly renderRoot: HTMLElement | DocumentFragment;
  readonly updateComplete: Promise<boolean>;
  notice: { readonly text: string; readonly undo?: () => void } | undefined;
  edit(path: string, value: unknown): void;
  requestUpdate(): void;
}

const words = {
  id: {
    template: 'Unduh templat direktori (CSV)',
    templateHint:
      'Belum punya spreadsheet? Isi templat direktori di Google Sheets atau Excel, simpan sebagai CSV, lalu impor di sini.',
    lastTitle: 'Impor terakhir',
    added: {
      calendar: { one: '1 acara dimasukkan ke kalender.', other: '{count} acara dimasukkan ke kalender.' },
      directory: { one: '1 tempat dimasukkan ke direktori.', other: '{count} tempat dimasukkan ke direktori.' },
      feed: { one: 'Alamat kalender dimasukkan sebagai sumber.', other: '{count} alamat kalender dimasukkan.' },
    },
    skipped: { one: '1 dilewati:', other: '{count} dilewati:' },
    undo: 'Urungkan impor ini',
    undone: 'Impor dibatalkan; yang dimasukkan sudah dikeluarkan lagi.',
  },
  en: {
    template: 'Download the directory template (CSV)',
    templateHint:
      'No spreadsheet yet? Fill in the directory template in Google Sheets or Excel, save it as CSV, then import it here.',
    lastTitle: 'Last import',
    added: {
      calendar: { one: '1 event added to the calendar.', other: '{count} events added to the calendar.' },
      directory: { one: '1 place added to the directory.', other: '{count} places added to the directory.' },
      feed: { one: 'The calendar address was added as a source.', other: '{count} calendar addresses added.' },
    },
    skipped: { one: '1 left out:', other: '{count} left out:' },
    undo: 'Undo this import',
    undone: 'Import undone; what it added is taken out again.',
  },
} as const;

type Plural = { readonly one: string; readonly other: string };
const plural = (p: Plural, count: number) => (count === 1 ? p.one : p.other).replace('{count}', String(count));

/** The section each importer fills. */
const SECTION: Partial<Record<TaskId, 'calendar' | 'directory'>> = { calendar: 'calendar', directory: 'directory' };

interface Done {
  readonly section: 'calendar' | 'directory';
  readonly target: string;
  readonly items: readonly unknown[];
  readonly skipped: readonly Skipped[];
  /** The section before the import, for an undo when nothing changed since. */
  readonly before: unknown;
  readonly after: unknown;
}

/** The last import of each task, per builder (as views.ts keeps its panels' state). */
const last = new WeakMap<TaskImportHost, Partial<Record<TaskId, Done>>>();

type Json = Record<string, unknown>;
const isObject = (x: unknown): x is Json => x !== null && typeof x === 'object' && !Array.isArray(x);
const idOf = (x: unknown): string | undefined => (isObject(x) && typeof x.id === 'string' ? x.id : undefined);

/** The section with what `done` added taken out again, keeping everything else the owner did since. */
export function withoutImport(section: unknown, done: Pick<Done, 'target' | 'items' | 'before'>): unknown {
  if (!isObject(section) || !Array.isArray(section.sources)) return section;
  const beforeSources = isObject(done.before) && Array.isArray(done.before.sources) ? done.before.sources : [];
  if (done.target === 'calendar.sources') {
    const added = new Set(done.items.map((x) => JSON.stringify(x)));
    const sources = section.sources.filter((s) => beforeSources.includes(s) || !added.has(JSON.stringify(s)));
    return sources.length ? { ...section, sources } : tidy({ ...section, sources: undefined });
  }
  const key = done.target === 'calendar.events' ? 'events' : 'resources';
  const ids = new Set(done.items.map(idOf).filter((x): x is string => x !== undefined));
  const sources = section.sources.flatMap((s) => {
    if (!isObject(s) || !Array.isArray(s[key])) return [s];
    const kept = (s[key] as unknown[]).filter((x) => !ids.has(idOf(x) ?? ''));
    // A source the import made and that is empty again goes with it.
    if (!kept.length && !beforeSources.some((b) => isObject(b) && Array.isArray(b[key]) && b[key].length))
      return Object.keys(s).length === 1 ? [] : [{ ...s, [key]: kept }];
    return [{ ...s, [key]: kept }];
  });
  return tidy({ ...section, sources: sources.length ? sources : undefined });
}

/** Whether anything the import added is still in the section (not after "start again" or a new config). */
export function stillThere(section: unknown, done: Pick<Done, 'target' | 'items'>): boolean {
  if (!isObject(section) || !Array.isArray(section.sources)) return false;
  if (done.target === 'calendar.sources') {
    const added = new Set(done.items.map((x) => JSON.stringify(x)));
    return section.sources.some((s) => added.has(JSON.stringify(s)));
  }
  const key = done.target === 'calendar.events' ? 'events' : 'resources';
  const ids = new Set(done.items.map(idOf).filter((x) => x !== undefined));
  return section.sources.some(
    (s) => isObject(s) && Array.isArray(s[key]) && s[key].some((x) => ids.has(idOf(x) ?? '\u0000')),
  );
}

function tidy(section: Json): Json | undefined {
  const out = Object.fromEntries(Object.entries(section).filter(([, v]) => v !== undefined));
  return Object.keys(out).length ? out : undefined;
}

async function focusIn(host: TaskImportHost, selector: string): Promise<void> {
  // After <sebaya-import> went back to its first step and focused it: the result is where the owner is.
  await new Promise((r) => setTimeout(r));
  await host.updateComplete;
  host.renderRoot.querySelector<HTMLElement>(selector)?.focus();
}

function take(host: TaskImportHost, id: TaskId, result: ImportResult): void {
  const section = SECTION[id];
  if (!section || !result.items.length) return;
  const w = words[host.uiLang];
  const before = host.config[section];
  const next = applyImport(host.config, result) as Config;
  const after = next[section];
  host.edit(section, after);
  const done: Done = { section, target: result.target, items: result.items, skipped: result.skipped, before, after };
  last.set(host, { ...last.get(host), [id]: done });
  const undo = () => undoImport(host, id);
  host.notice = { text: addedText(done, w), undo };
  void focusIn(host, '.task-import-result');
}

function undoImport(host: TaskImportHost, id: TaskId): void {
  const done = last.get(host)?.[id];
  if (!done) return;
  const now = host.config[done.section];
  host.edit(done.section, now === done.after ? done.before : withoutImport(now, done));
  last.set(host, { ...last.get(host), [id]: undefined });
  host.notice = { text: words[host.uiLang].undone };
  void focusIn(host, 'sebaya-import');
}

const addedText = (done: Done, w: (typeof words)[keyof typeof words]) =>
  plural(
    done.target === 'calendar.sources'
      ? w.added.feed
      : done.section === 'calendar'
        ? w.added.calendar
        : w.added.directory,
    done.items.length,
  );

/** The importer of the task `id` (calendar, directory), or nothing for the other tasks. */
export function taskImports(host: TaskImportHost, id: TaskId) {
  const section = SECTION[id];
  if (!section) return nothing;
  const w = words[host.uiLang];
  // The last import is offered for undo only while something it added is still there.
  const kept = last.get(host)?.[id];
  const done =
    kept && (host.config[section] === kept.after || stillThere(host.config[section], kept)) ? kept : undefined;
  const timeZone = typeof host.config.timeZone === 'string' ? host.config.timeZone : 'Asia/Jakarta';
  return html`<section class="panel task-import">
    <sebaya-import
      kind=${section === 'calendar' ? 'ics' : 'csv'}
      lang=${host.uiLang}
      time-zone=${timeZone}
      @sebaya-import=${(e: CustomEvent<ImportResult>) => {
        e.stopPropagation();
        take(host, id, e.detail);
      }}
    ></sebaya-import>
    ${
      section === 'directory'
        ? html`<p class="hint" id="template-hint">${w.templateHint}</p>
          <div class="buttons">
            <button
              type="button"
              class="template"
              aria-describedby="template-hint"
              @click=${() => downloadFile(host.renderRoot, 'sebaya-direktori-templat.csv', 'text/csv', DIRECTORY_TEMPLATE)}
            >
              ${w.template}
            </button>
          </div>`
        : nothing
    }
    ${
      done
        ? html`<div class="panel task-import-result" tabindex="-1" aria-labelledby=${`last-${id}`}>
          <h3 id=${`last-${id}`}>${w.lastTitle}</h3>
          <p>${addedText(done, w)}</p>
          ${
            done.skipped.length
              ? html`<p>${plural(w.skipped, done.skipped.length)}</p>
                <ul>
                  ${done.skipped.map(
                    (s) =>
                      html`<li><span class="where">${s.where}</span>: ${host.uiLang === 'en' ? s.why.en : s.why.id}</li>`,
                  )}
                </ul>`
              : nothing
          }
          <button type="button" class="undo-task-import" @click=${() => undoImport(host, id)}>${w.undo}</button>
        </div>`
        : nothing
    }
  </section>`;
}
