/**
 * The directory's templates and the words they show, as functions of plain data (a place, the
 * chosen filters, the listing) and of the element's words (`t`, `text`, the Intl locale). The
 * element keeps its state and wires these to it. They come with the engine chunk (see
 * `model/engine.ts`): nothing here is drawn before the list is loaded.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Params } from '../core/i18n/catalog.js';
import { formatDate } from '../core/i18n/format.js';
import type { LocalizedText } from '../core/i18n/localize.js';
import type { CoreKey } from '../core/i18n/messages.js';
import { BUILT_IN_CATEGORIES, type DirectoryKey } from './messages.js';
import type { AreaTree } from './model/areas.js';
import type { Filters } from './model/hash.js';
import { localTime, openStatus, type LocalTime, type OpenStatus } from './model/hours.js';
import { filtersInUse, hasChoices, withCurrent, type FilterLists, type Result } from './model/listing.js';
import { phoneLines, type PhoneLine } from './model/phone.js';
import type { SourceFailure, SourceSaved, SourceSkip } from './model/sources.js';
import type { DirectoryConfig } from './schema.js';

/** The element's words, as the views use them. */
export interface Words {
  readonly t: (key: DirectoryKey | CoreKey, params?: Params) => string;
  readonly text: (value: LocalizedText | undefined) => string;
  readonly intlLocale: string;
}

// ---- words -----------------------------------------------------------------------------------

/** `14.00`: a wall-clock `HH:MM` in the page's language (24-hour). */
export function time(w: Words, hhmm: string): string {
  const [h, m] = hhmm.split(':').map(Number);
  return formatDate(new Date(Date.UTC(2024, 0, 1, (h ?? 0) % 24, m ?? 0)), w.intlLocale, 'UTC', { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
}

/** The name of weekday `index` (0 = Monday; 1 January 2024 was a Monday). */
export function weekday(w: Words, index: number): string {
  return formatDate(new Date(Date.UTC(2024, 0, 1 + index, 12)), w.intlLocale, 'UTC', { weekday: 'long' });
}

/** `850 m`, `2,4 km`, `12 km`. */
function distance(w: Words, km: number): string {
  const unit = km < 1 ? 'meter' : 'kilometer';
  const value = km < 1 ? Math.round(km * 100) * 10 : km;
  return new Intl.NumberFormat(w.intlLocale, { style: 'unit', unit, unitDisplay: 'short', maximumFractionDigits: km < 10 ? 1 : 0 }).format(value);
}

let languageNames: { locale: string; names?: Intl.DisplayNames } | undefined;

/** A language code's name in the page's language (the code itself when Intl has none). */
function languageName(w: Words, code: string): string {
  const locale = w.intlLocale;
  if (languageNames?.locale !== locale) {
    let names: Intl.DisplayNames | undefined;
    try {
      names = new Intl.DisplayNames([locale], { type: 'language' });
    } catch {
      names = undefined;
    }
    languageNames = { locale, names };
  }
  try {
    return languageNames.names?.of(code) ?? code;
  } catch {
    return code;
  }
}

/** How the directory names its categories, areas and languages in the page's language. */
export interface Names {
  readonly category: (id: string) => string;
  readonly area: (id: string) => string;
  /** `Ngunut, Playen, Kabupaten Gunungkidul` (the province is left out). */
  readonly areaPath: (id: string) => string;
  readonly language: (code: string) => string;
}

export function names(w: Words, options: DirectoryConfig | undefined, tree: AreaTree): Names {
  const area = (id: string): string => {
    const a = tree.get(id);
    return a ? w.text(a.name) : id;
  };
  return {
    category: (id) => {
      const own = options?.categories?.find((c) => c.id === id);
      if (own) return w.text(own.label);
      return (BUILT_IN_CATEGORIES as readonly string[]).includes(id) ? w.t(`directory.category.${id}` as DirectoryKey) : id;
    },
    area,
    areaPath: (id) => {
      if (!tree.get(id)) return id;
      const chain = tree.ancestors(id).filter((a) => tree.get(a)?.level !== 'province');
      return (chain.length ? chain : [id]).map(area).join(', ');
    },
    language: (code) => languageName(w, code),
  };
}

/** "Open until 14.00", "Opens at 07.30", "Closed today, opens Tuesday at 07.30"…; `today` is the place's local time. */
function statusText(w: Words, status: OpenStatus, today: LocalTime): string {
  const { t } = w;
  switch (status.state) {
    case 'open':
      if (status.always) return t('directory.open.always');
      if (status.closesInDays && status.closes !== '00:00') {
        const day = status.closesInDays === 1 ? t('directory.tomorrow') : weekday(w, (today.weekday + status.closesInDays) % 7);
        return t('directory.open.untilDay', { day, time: time(w, status.closes ?? '00:00') });
      }
      return t('directory.open.until', { time: time(w, status.closes ?? '00:00') });
    case 'opens-later':
      return t('directory.closed.opensAt', { time: time(w, status.opens) });
    case 'closed-today': {
      if (!status.next) return t('directory.closed.today');
      const { inDays } = status.next;
      let day = inDays === 1 ? t('directory.tomorrow') : weekday(w, status.next.weekday);
      if (inDays > 6) {
        // A monthly group or a quarterly clinic: the weekday alone would point at the wrong week.
        day = formatDate(new Date(Date.UTC(today.y, today.m - 1, today.d + inDays, 12)), w.intlLocale, 'UTC', { weekday: 'long', day: 'numeric', month: 'long' });
      }
      return t('directory.closed.next', { day, time: time(w, status.next.opens) });
    }
    default:
      return t('directory.hours.unknown');
  }
}

// ---- the search form ---------------------------------------------------------------------------

type FilterKey = 'category' | 'area' | 'language';

const ALL = { category: 'directory.filter.allCategories', area: 'directory.filter.allAreas', language: 'directory.filter.allLanguages' } as const;

/** What the search form shows, and what it does. */
export interface SearchForm {
  readonly filters: Filters;
  readonly lists: FilterLists;
  /** Measured as a phone: the filters fold behind one button that counts the ones in use. */
  readonly narrow: boolean;
  readonly unfolded: boolean;
  /** Whether the list is sorted by distance, and how asking for the position went. */
  readonly located: boolean;
  readonly locating: 'idle' | 'pending' | 'failed';
  readonly filtered: boolean;
  readonly set: (patch: Partial<Filters>) => void;
  readonly unfold: (open: boolean) => void;
  readonly nearMe: () => void;
  readonly clear: () => void;
}

/** One filter's <select>: "all" first, then each choice (areas indented by depth); shown when there is a choice to make. */
function filterSelect(w: Words, n: Names, form: SearchForm, key: FilterKey): TemplateResult | typeof nothing {
  const current = form.filters[key];
  if (form.lists[key].length < 2 && !current) return nothing;
  return html`<div class="field">
    <label for=${key}>${w.t(`directory.filter.${key}`)}</label>
    <select id=${key} @change=${(e: Event) => form.set({ [key]: (e.target as HTMLSelectElement).value })}>
      <option value="" ?selected=${!current}>${w.t(ALL[key])}</option>
      ${withCurrent(form.lists[key], current).map((o) => html`<option value=${o.id} ?selected=${current === o.id}>${'\u2002'.repeat(o.depth * 2)}${n[key](o.id)}</option>`)}
    </select>
  </div>`;
}

/** The "open now" and "free" checkboxes: shown when some place has hours (is free), or when chosen. */
function filterCheck(w: Words, form: SearchForm, key: 'openNow' | 'free', shown: boolean): TemplateResult | typeof nothing {
  const checked = form.filters[key];
  return shown || checked
    ? html`<label class="check"
        ><input type="checkbox" .checked=${checked} @change=${(e: Event) => form.set({ [key]: (e.target as HTMLInputElement).checked })} />
        ${w.t(`directory.filter.${key}`)}</label
      >`
    : nothing;
}

export function renderSearch(w: Words, n: Names, form: SearchForm): TemplateResult {
  const { t } = w;
  const { filters: f, lists } = form;
  // On a phone the filters fold behind one button (the words typed stay in view).
  const fold = form.narrow && (hasChoices(lists) || form.filtered);
  const folded = fold && !form.unfolded;
  return html`<form role="search" part="search" aria-label=${t('directory.search.label')} @submit=${(e: Event) => e.preventDefault()}>
    <div class="field">
      <label for="q">${t('directory.search.label')}</label>
      <input
        id="q"
        type="search"
        autocomplete="off"
        spellcheck="false"
        enterkeyhint="search"
        placeholder=${t('directory.search.placeholder')}
        .value=${f.query}
        @input=${(e: Event) => form.set({ query: (e.target as HTMLInputElement).value })}
      />
    </div>
    ${fold
      ? html`<button type="button" class="fold" aria-expanded=${folded ? 'false' : 'true'} aria-controls="filters" @click=${() => form.unfold(folded)}>
          <span class="chevron" aria-hidden="true">▸</span> ${t('directory.filters.button', { count: filtersInUse(f, form.located) })}
        </button>`
      : nothing}
    <fieldset class="filters" id="filters" ?hidden=${folded}>
      <legend class="visually-hidden">${t('directory.filters')}</legend>
      ${filterSelect(w, n, form, 'category')} ${filterSelect(w, n, form, 'area')} ${filterSelect(w, n, form, 'language')}
      ${filterCheck(w, form, 'openNow', lists.hasHours)} ${filterCheck(w, form, 'free', lists.hasFree)}
      ${lists.hasGeo
        ? html`<button type="button" aria-pressed=${form.located ? 'true' : 'false'} aria-describedby="near-note" @click=${form.nearMe}>
            <span aria-hidden="true">⌖</span> ${t('directory.near.button')}
          </button>`
        : nothing}
      ${form.filtered ? html`<button type="button" class="clear" @click=${form.clear}>${t('directory.filter.clear')}</button>` : nothing}
    </fieldset>
    ${lists.hasGeo
      ? html`<p class="near-note muted" id="near-note" ?hidden=${folded}>
          ${form.locating === 'pending' ? t('directory.near.pending') : form.locating === 'failed' ? t('directory.near.failed') : form.located ? t('directory.near.sorted') : ''}
          ${t('directory.near.note')}
        </p>`
      : nothing}
  </form>`;
}

// ---- the list ----------------------------------------------------------------------------------

/** One place of the list, and what its view needs to know beside it. */
export interface PlaceView {
  readonly result: Result;
  /** Its position in the list (the ids of its name button and its details). */
  readonly index: number;
  readonly open: boolean;
  readonly now: Date;
  /** The site's time zone (a place may name its own). */
  readonly timeZone: string;
  /** It is one of the site's crisis lines (see `model/crisis.ts`). */
  readonly crisis: boolean;
  readonly details: (name: string) => TemplateResult;
  readonly toggle: () => void;
}

/** A place folded to its name, tags, status, distance and phones, with its details region below. */
export function renderPlace(w: Words, n: Names, p: PlaceView): TemplateResult {
  const { t } = w;
  const { resource: r, distanceKm } = p.result;
  const { index: i, open } = p;
  const name = w.text(r.name);
  const today = r.hours.length ? localTime(p.now, r.timeZone ?? p.timeZone) : undefined;
  let status = today && openStatus(r.hours, today);
  // A crisis line is not one to "call first" about (see model/crisis.ts).
  if (status?.state === 'unknown' && p.crisis) status = undefined;
  const statusClass = !status || status.state === 'unknown' ? 'unknown' : status.state === 'open' ? 'open' : 'closed';
  return html`<li class="resource ${open ? 'expanded' : 'collapsed'}" part="resource" data-id=${r.id}>
    <h3>
      <button type="button" class="name" id=${`name-${i}`} aria-expanded=${open ? 'true' : 'false'} aria-controls=${`details-${i}`} @click=${p.toggle}>
        <span class="chevron" aria-hidden="true">▸</span><span class="label">${name}</span>
      </button>
    </h3>
    ${r.categories.length || r.free || r.area
      ? html`<ul class="tags" aria-label=${t('directory.categories')}>
          ${r.categories.map((c) => html`<li class="tag">${n.category(c)}</li>`)} ${r.free ? html`<li class="tag free">${t('directory.free')}</li>` : nothing}
          ${r.area ? html`<li class="tag area"><span class="visually-hidden">${t('directory.area')}: </span>${n.areaPath(r.area)}</li>` : nothing}
        </ul>`
      : nothing}
    ${status && today ? html`<p class="status ${statusClass}">${statusText(w, status, today)}</p>` : nothing}
    ${distanceKm !== undefined ? html`<p class="distance muted">${t('directory.distance', { distance: distance(w, distanceKm) })}</p>` : nothing}
    ${renderPhones(w, phoneLines(r.phones), name)} ${r.description ? html`<p class="description">${w.text(r.description)}</p>` : nothing}
    <div class="details" id=${`details-${i}`} role="region" aria-label=${t('directory.details', { name })} ?hidden=${!open}>${open ? p.details(name) : nothing}</div>
  </li>`;
}

/** A place's numbers, each with its call, WhatsApp and SMS links (named with the place for screen readers). */
function renderPhones(w: Words, lines: readonly PhoneLine[], name: string): TemplateResult | typeof nothing {
  if (!lines.length) return nothing;
  const { t } = w;
  return html`<ul class="phones" aria-label=${t('directory.phones')}>
    ${lines.map((line) => {
      const number = `${line.number.display}${line.number.extension ? ` ${t('directory.extension', { extension: line.number.extension })}` : ''}`;
      const label = line.label !== undefined ? w.text(line.label) : '';
      return html`<li class="phone">
        <span class="number">${label ? `${label}: ` : ''}${number}</span>
        ${line.actions.map((a) =>
          a.kind === 'call'
            ? html`<a class="button call" part="call" href=${a.href} aria-label=${t('directory.callLabel', { name, number })}><span aria-hidden="true">☎</span> ${t('directory.call')}</a>`
            : a.kind === 'whatsapp'
              ? html`<a class="button" part="whatsapp" href=${a.href} rel="noopener noreferrer" target="_blank" aria-label=${t('directory.whatsappLabel', { name, number })}>${t('directory.whatsapp')}</a>`
              : html`<a class="button" part="sms" href=${a.href} aria-label=${t('directory.smsLabel', { name, number })}>${t('directory.sms')}</a>`,
        )}
      </li>`;
    })}
  </ul>`;
}

/** A place list with nothing that matches: a way back, and the crisis lines (`lines`, one <li> each). */
export function renderNoResults(w: Words, lines: readonly TemplateResult[], clear: () => void): TemplateResult {
  return html`<div class="empty" part="no-results">
    <p><strong>${w.t('directory.empty.title')}</strong></p>
    <p>${w.t('directory.empty.hint')}</p>
    <p><button type="button" class="clear" @click=${clear}>${w.t('directory.filter.clear')}</button></p>
    <p>${w.t('directory.empty.crisis')}</p>
    <ul class="crisis-lines">
      ${lines}
    </ul>
  </div>`;
}

// ---- the sources -------------------------------------------------------------------------------

/** How the sources went: those read from a saved copy, those that failed, those with entries left out. */
export interface SourcesReport {
  readonly saved: readonly SourceSaved[];
  readonly failures: readonly SourceFailure[];
  readonly skipped: readonly SourceSkip[];
}

/** "Saved copy of …": when a feed shown was saved, in the site's time zone. */
function savedText(w: Words, asOf: number, timeZone: string): string {
  return w.t('directory.source.saved', { date: formatDate(new Date(asOf), w.intlLocale, timeZone, { dateStyle: 'medium', timeStyle: 'short' }) });
}

/** Each source's problem with its path, name, address and reason, for the owner box. */
export function sourceLines(w: Words, timeZone: string, report: SourcesReport, sourceName: (s: SourceSkip | SourceSaved) => string, failureText: (f: SourceFailure) => string): string[] {
  const at = (s: { index: number }): string => `directory.sources[${s.index}]: `;
  return [
    ...report.saved.map((s) => `${at(s)}${sourceName(s)}: ${savedText(w, s.asOf, timeZone)}`),
    ...report.failures.map((f) => at(f) + failureText(f)),
    ...report.skipped.map((s) => `${at(s)}${w.t('directory.skipped', { count: s.count, source: sourceName(s) })} (${s.reasons.slice(0, 3).join('; ')}${s.reasons.length > 3 ? '; …' : ''})`),
  ];
}

/** What visitors see: one calm line, and the date of the oldest saved copy shown (the detail is in the owner box). */
export function renderNotices(w: Words, timeZone: string, report: SourcesReport, retry: () => void): TemplateResult | typeof nothing {
  const { saved, failures, skipped } = report;
  if (!failures.length && !skipped.length && !saved.length) return nothing;
  return html`<div class="notice" part="notice" role="status">
    ${saved.length ? html`<p>${savedText(w, Math.min(...saved.map((s) => s.asOf)), timeZone)}</p>` : nothing}
    ${failures.length || skipped.length ? html`<p>${w.t('directory.source.some')}</p>` : nothing}
    ${failures.length
      ? html`<p>
          ${w.t('directory.source.others')}
          <button type="button" @click=${retry}>${w.t('core.error.retry')}</button>
        </p>`
      : nothing}
  </div>`;
}
