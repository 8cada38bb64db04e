/**
 * The directory's templates and the words they show, as functions of plain data (a place, the
 * chosen filters, the listing), of the element's `Localize` controller (words, Intl locale, time
 * zone) and of one object of actions. The element keeps its state and wires these to it. They
 * come with the engine chunk (see `model/engine.ts`): nothing here is drawn before the list is loaded.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { CrisisLine } from '../core/config/schema.js';
import { lineActions } from '../core/crisis-lines.js';
import type { Localize } from '../core/i18n/controller.js';
import { formatDate } from '../core/i18n/format.js';
import { BUILT_IN_CATEGORIES, type DirectoryKey } from './messages.js';
import type { AreaTree } from './model/areas.js';
import type { Filters } from './model/hash.js';
import { localTime, openStatus, type LocalTime, type OpenStatus } from './model/hours.js';
import { filtersInUse, hasChoices, withCurrent, type FilterLists, type Result } from './model/listing.js';
import { phoneLines, type PhoneLine } from './model/phone.js';
import type { Resource } from './model/resource.js';
import type { DirectoryConfig } from './schema.js';

/** The element's words, language and time zone: its `Localize` controller (`this.i18n`). */
export type I18n = Localize<DirectoryKey>;

// ---- words -----------------------------------------------------------------------------------

/** `14.00`: a wall-clock `HH:MM` in the page's language (24-hour). */
function time(i: I18n, hhmm: string): string {
  const [h, m] = hhmm.split(':').map(Number);
  return formatDate(new Date(Date.UTC(2024, 0, 1, (h ?? 0) % 24, m ?? 0)), i.intlLocale, 'UTC', {
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  });
}

/** The name of weekday `index` (0 = Monday; 1 January 2024 was a Monday). */
function weekday(i: I18n, index: number): string {
  return formatDate(new Date(Date.UTC(2024, 0, 1 + index, 12)), i.intlLocale, 'UTC', { weekday: 'long' });
}

/** `850 m`, `2,4 km`, `12 km`. */
function distance(i: I18n, km: number): string {
  const unit = km < 1 ? 'meter' : 'kilometer';
  const value = km < 1 ? Math.round(km * 100) * 10 : km;
  return new Intl.NumberFormat(i.intlLocale, {
    style: 'unit',
    unit,
    unitDisplay: 'short',
    maximumFractionDigits: km < 10 ? 1 : 0,
  }).format(value);
}

let languageNames: { locale: string; names?: Intl.DisplayNames } | undefined;

/** A language code's name in the page's language (the code itself when Intl has none). */
function languageName(i: I18n, code: string): string {
  const locale = i.intlLocale;
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

/** How the directory names its categories, areas, languages, days and times in the page's language. */
export interface Names {
  readonly category: (id: string) => string;
  readonly area: (id: string) => string;
  /** `Ngunut, Playen, Kabupaten Gunungkidul` (the province is left out). */
  readonly areaPath: (id: string) => string;
  readonly language: (code: string) => string;
  /** A weekday's name (0 = Monday) and a wall-clock `HH:MM`, for the details' week (a chunk of its own). */
  readonly weekday: (index: number) => string;
  readonly time: (hhmm: string) => string;
}

export function names(i: I18n, options: DirectoryConfig | undefined, tree: AreaTree): Names {
  const area = (id: string): string => {
    const a = tree.get(id);
    return a ? i.text(a.name) : id;
  };
  return {
    category: (id) => {
      const own = options?.categories?.find((c) => c.id === id);
      if (own) return i.text(own.label);
      return (BUILT_IN_CATEGORIES as readonly string[]).includes(id)
        ? i.t(`directory.category.${id}` as DirectoryKey)
        : id;
    },
    area,
    areaPath: (id) => {
      if (!tree.get(id)) return id;
      const chain = tree.ancestors(id).filter((a) => tree.get(a)?.level !== 'province');
      return (chain.length ? chain : [id]).map(area).join(', ');
    },
    language: (code) => languageName(i, code),
    weekday: (index) => weekday(i, index),
    time: (hhmm) => time(i, hhmm),
  };
}

/** "Open until 14.00", "Opens at 07.30", "Closed today, opens Tuesday at 07.30"…; `today` is the place's local time. */
function statusText(i: I18n, status: OpenStatus, today: LocalTime): string {
  switch (status.state) {
    case 'open':
      if (status.always) return i.t('directory.open.always');
      if (status.closesInDays && status.closes !== '00:00') {
        const day =
          status.closesInDays === 1 ? i.t('directory.tomorrow') : weekday(i, (today.weekday + status.closesInDays) % 7);
        return i.t('directory.open.untilDay', { day, time: time(i, status.closes ?? '00:00') });
      }
      return i.t('directory.open.until', { time: time(i, status.closes ?? '00:00') });
    case 'opens-later':
      return i.t('directory.closed.opensAt', { time: time(i, status.opens) });
    case 'closed-today': {
      if (!status.next) return i.t('directory.closed.today');
      const { inDays } = status.next;
      let day = inDays === 1 ? i.t('directory.tomorrow') : weekday(i, status.next.weekday);
      if (inDays > 6) {
        // A monthly group or a quarterly clinic: the weekday alone would point at the wrong week.
        day = formatDate(new Date(Date.UTC(today.y, today.m - 1, today.d + inDays, 12)), i.intlLocale, 'UTC', {
          weekday: 'long',
          day: 'numeric',
          month: 'long',
        });
      }
      return i.t('directory.closed.next', { day, time: time(i, status.next.opens) });
    }
    default:
      return i.t('directory.hours.unknown');
  }
}

// ---- the search form ---------------------------------------------------------------------------

type FilterKey = 'category' | 'area' | 'language';

const ALL = {
  category: 'directory.filter.allCategories',
  area: 'directory.filter.allAreas',
  language: 'directory.filter.allLanguages',
} as const;

/** What the search form shows. */
export interface SearchState {
  readonly filters: Filters;
  readonly lists: FilterLists;
  /** Measured as a phone: the filters fold behind one button that counts the ones in use. */
  readonly narrow: boolean;
  readonly unfolded: boolean;
  /** Whether the list is sorted by distance, and how asking for the position went. */
  readonly located: boolean;
  readonly locating: 'idle' | 'pending' | 'failed';
  readonly filtered: boolean;
}

/** What the form's fields and the list's buttons do (one object for the element's life). */
export interface Actions {
  readonly set: (patch: Partial<Filters>) => void;
  readonly unfold: (open: boolean) => void;
  readonly nearMe: () => void;
  readonly clear: () => void;
  readonly toggle: (r: Resource) => void;
  readonly more: () => void;
  readonly save: () => void;
  /** A place's details (a lazy chunk, see `detail.ts`). */
  readonly details: (n: Names, r: Resource, name: string) => TemplateResult;
}

/** One filter's <select>: "all" first, then each choice (areas indented by depth); shown when there is a choice to make. */
function filterSelect(
  i: I18n,
  n: Names,
  form: SearchState,
  on: Actions,
  key: FilterKey,
): TemplateResult | typeof nothing {
  const current = form.filters[key];
  if (form.lists[key].length < 2 && !current) return nothing;
  return html`<div class="field">
    <label for=${key}>${i.t(`directory.filter.${key}`)}</label>
    <select id=${key} @change=${(e: Event) => on.set({ [key]: (e.target as HTMLSelectElement).value })}>
      <option value="" ?selected=${!current}>${i.t(ALL[key])}</option>
      ${withCurrent(form.lists[key], current).map((o) => html`<option value=${o.id} ?selected=${current === o.id}>${'\u2002'.repeat(o.depth * 2)}${n[key](o.id)}</option>`)}
    </select>
  </div>`;
}

/** The "open now" and "free" checkboxes: shown when some place has hours (is free), or when chosen. */
function filterCheck(
  i: I18n,
  form: SearchState,
  on: Actions,
  key: 'openNow' | 'free',
  shown: boolean,
): TemplateResult | typeof nothing {
  const checked = form.filters[key];
  return shown || checked
    ? html`<label class="check"
        ><input type="checkbox" .checked=${checked} @change=${(e: Event) => on.set({ [key]: (e.target as HTMLInputElement).checked })} />
        ${i.t(`directory.filter.${key}`)}</label
      >`
    : nothing;
}

export function renderSearch(i: I18n, n: Names, form: SearchState, on: Actions): TemplateResult {
  const { filters: f, lists } = form;
  // On a phone the filters fold behind one button (the words typed stay in view).
  const fold = form.narrow && (hasChoices(lists) || form.filtered);
  const folded = fold && !form.unfolded;
  return html`<form role="search" part="search" aria-label=${i.t('directory.search.label')} @submit=${(e: Event) => e.preventDefault()}>
    <div class="field">
      <label for="q">${i.t('directory.search.label')}</label>
      <input
        id="q"
        type="search"
        autocomplete="off"
        spellcheck="false"
        enterkeyhint="search"
        placeholder=${i.t('directory.search.placeholder')}
        .value=${f.query}
        @input=${(e: Event) => on.set({ query: (e.target as HTMLInputElement).value })}
      />
    </div>
    ${
      fold
        ? html`<button type="button" class="fold" aria-expanded=${folded ? 'false' : 'true'} aria-controls="filters" @click=${() => on.unfold(folded)}>
          <span class="chevron" aria-hidden="true">▸</span> ${i.t('directory.filters.button', { count: filtersInUse(f, form.located) })}
        </button>`
        : nothing
    }
    <fieldset class="filters" id="filters" ?hidden=${folded}>
      <legend class="visually-hidden">${i.t('directory.filters')}</legend>
      ${filterSelect(i, n, form, on, 'category')} ${filterSelect(i, n, form, on, 'area')} ${filterSelect(i, n, form, on, 'language')}
      ${filterCheck(i, form, on, 'openNow', lists.hasHours)} ${filterCheck(i, form, on, 'free', lists.hasFree)}
      ${
        lists.hasGeo
          ? html`<button type="button" aria-pressed=${form.located ? 'true' : 'false'} aria-describedby="near-note" @click=${on.nearMe}>
            <span aria-hidden="true">⌖</span> ${i.t('directory.near.button')}
          </button>`
          : nothing
      }
      ${form.filtered ? html`<button type="button" class="clear" @click=${on.clear}>${i.t('directory.filter.clear')}</button>` : nothing}
    </fieldset>
    ${
      lists.hasGeo
        ? html`<p class="near-note muted" id="near-note" ?hidden=${folded}>
          ${form.locating === 'pending' ? i.t('directory.near.pending') : form.locating === 'failed' ? i.t('directory.near.failed') : form.located ? i.t('directory.near.sorted') : ''}
          ${i.t('directory.near.note')}
        </p>`
        : nothing
    }
  </form>`;
}

// ---- the list ----------------------------------------------------------------------------------

/** What the list below the search form shows. */
export interface ListState {
  /** How many places match (see `model/listing.ts`), how many the pages so far show, how many "show more" adds. */
  readonly total: number;
  readonly shown: number;
  readonly more: number;
  /** The places opened (a result alone is always open). */
  readonly expanded: ReadonlySet<string>;
  readonly now: Date;
  /** The places that are the site's crisis lines (see `model/crisis.ts`), and the lines offered when nothing matches. */
  readonly crisis: ReadonlySet<string>;
  readonly crisisLines: readonly CrisisLine[];
  /** What the polite live region says (the count after a change, a download done). */
  readonly announcement: string;
  /** With `directory.download: true`: the "download this list" button. */
  readonly download: boolean;
}

/**
 * The count, the places shown (`places`: each a `renderPlace`, keyed by the element with lit's `repeat`, which stays in
 * sebaya.js), "show more" and "download"; or, when nothing matches, a way back and the crisis lines.
 */
export function renderList(i: I18n, l: ListState, on: Actions, places: unknown): TemplateResult {
  const { total, shown, more } = l;
  const count =
    shown < total ? i.t('directory.showing', { shown, count: total }) : i.t('directory.count', { count: total });
  return html`<p class="count" id="count" part="count">${count}</p>
    <div class="visually-hidden" role="status" aria-live="polite" aria-atomic="true">${l.announcement}</div>
    ${
      total
        ? html`<ul class="results" part="results" aria-labelledby="count">
            ${places}
          </ul>
          ${more ? html`<p><button type="button" part="more" @click=${on.more}>${i.t('directory.more', { count: more })}</button></p>` : nothing}
          ${l.download ? html`<p><button type="button" class="download" part="download" @click=${on.save}>${i.t('directory.download')}</button></p>` : nothing}`
        : renderNoResults(i, l, on)
    }`;
}

/** A place folded to its name, tags, status, distance and phones, with its details region below (`index`: the ids of its name button and details). */
export function renderPlace(
  i: I18n,
  n: Names,
  l: ListState,
  on: Actions,
  { resource: r, distanceKm }: Result,
  index: number,
): TemplateResult {
  const open = l.total === 1 || l.expanded.has(r.id);
  const name = i.text(r.name);
  const today = r.hours.length ? localTime(l.now, r.timeZone ?? i.timeZone) : undefined;
  let status = today && openStatus(r.hours, today);
  // A crisis line is not one to "call first" about (see model/crisis.ts).
  if (status?.state === 'unknown' && l.crisis.has(r.id)) status = undefined;
  const statusClass = !status || status.state === 'unknown' ? 'unknown' : status.state === 'open' ? 'open' : 'closed';
  return html`<li class="resource ${open ? 'expanded' : 'collapsed'}" part="resource" data-id=${r.id}>
    <h3>
      <button type="button" class="name" id=${`name-${index}`} aria-expanded=${open ? 'true' : 'false'} aria-controls=${`details-${index}`} @click=${() => on.toggle(r)}>
        <span class="chevron" aria-hidden="true">▸</span><span class="label">${name}</span>
      </button>
    </h3>
    ${
      r.categories.length || r.free || r.area
        ? html`<ul class="tags" aria-label=${i.t('directory.categories')}>
          ${r.categories.map((c) => html`<li class="tag">${n.category(c)}</li>`)} ${r.free ? html`<li class="tag free">${i.t('directory.free')}</li>` : nothing}
          ${r.area ? html`<li class="tag area"><span class="visually-hidden">${i.t('directory.area')}: </span>${n.areaPath(r.area)}</li>` : nothing}
        </ul>`
        : nothing
    }
    ${status && today ? html`<p class="status ${statusClass}">${statusText(i, status, today)}</p>` : nothing}
    ${distanceKm !== undefined ? html`<p class="distance muted">${i.t('directory.distance', { distance: distance(i, distanceKm) })}</p>` : nothing}
    ${renderPhones(i, phoneLines(r.phones), name)} ${r.description ? html`<p class="description">${i.text(r.description)}</p>` : nothing}
    <div class="details" id=${`details-${index}`} role="region" aria-label=${i.t('directory.details', { name })} ?hidden=${!open}>${open ? on.details(n, r, name) : nothing}</div>
  </li>`;
}

/** A place's numbers, each with its call, WhatsApp and SMS links (named with the place for screen readers). */
function renderPhones(i: I18n, lines: readonly PhoneLine[], name: string): TemplateResult | typeof nothing {
  if (!lines.length) return nothing;
  return html`<ul class="phones" aria-label=${i.t('directory.phones')}>
    ${lines.map((line) => {
      const number = `${line.number.display}${line.number.extension ? ` ${i.t('directory.extension', { extension: line.number.extension })}` : ''}`;
      const label = line.label !== undefined ? i.text(line.label) : '';
      return html`<li class="phone">
        <span class="number">${label ? `${label}: ` : ''}${number}</span>
        ${line.actions.map((a) =>
          a.kind === 'call'
            ? html`<a class="button call" part="call" href=${a.href} aria-label=${i.t('directory.callLabel', { name, number })}><span aria-hidden="true">☎</span> ${i.t('directory.call')}</a>`
            : a.kind === 'whatsapp'
              ? html`<a class="button" part="whatsapp" href=${a.href} rel="noopener noreferrer" target="_blank" aria-label=${i.t('directory.whatsappLabel', { name, number })}>${i.t('directory.whatsapp')}</a>`
              : html`<a class="button" part="sms" href=${a.href} aria-label=${i.t('directory.smsLabel', { name, number })}>${i.t('directory.sms')}</a>`,
        )}
      </li>`;
    })}
  </ul>`;
}

/** A place list with nothing that matches: a way back, and the crisis lines. */
function renderNoResults(i: I18n, l: ListState, on: Actions): TemplateResult {
  return html`<div class="empty" part="no-results">
    <p><strong>${i.t('directory.empty.title')}</strong></p>
    <p>${i.t('directory.empty.hint')}</p>
    <p><button type="button" class="clear" @click=${on.clear}>${i.t('directory.filter.clear')}</button></p>
    <p>${i.t('directory.empty.crisis')}</p>
    <ul class="crisis-lines">
      ${l.crisisLines.map((line) => html`<li><strong>${i.text(line.name)}</strong> <span class="actions">${lineActions(i, line)}</span></li>`)}
    </ul>
  </div>`;
}
