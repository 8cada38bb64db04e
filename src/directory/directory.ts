import { html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import type { ConfigOf, Problem } from '../core/element.js';
import { lineActions } from '../core/crisis-lines.js';
import { SebayaWidget } from '../core/widget.js';
export type { ResourceSelectDetail } from './events.js';
import type { Catalogs } from '../core/i18n/catalog.js';
import { formatDate } from '../core/i18n/format.js';
import type { LocalizedText } from '../core/i18n/localize.js';
import { BUILT_IN_CATEGORIES, directoryId, type DirectoryKey } from './messages.js';
import type { AreaTree } from './model/areas.js';
import type * as Engine from './model/engine.js';
import type { Result } from './model/filters.js';
import { fromHash, isFiltered, NO_FILTERS, toHash, type Filters } from './model/hash.js';
import type { OpenStatus } from './model/hours.js';
import type { PhoneLine } from './model/phone.js';
import type { Geo, Resource } from './model/resource.js';
import type { SearchIndex } from './model/search.js';
import type { SourceFailure, SourceSaved, SourceSkip } from './model/sources.js';
import type { renderDetails } from './detail.js';
import type { DirectoryConfig } from './schema.js';
import { directoryStyles } from './styles.js';

interface Loaded {
  /** The working parts (a lazy chunk, loaded beside the config). */
  readonly engine: typeof Engine;
  readonly resources: readonly Resource[];
  readonly index: SearchIndex;
  readonly areas: AreaTree;
  readonly failures: readonly SourceFailure[];
  readonly skipped: readonly SourceSkip[];
  readonly saved: readonly SourceSaved[];
  /** Category ids used by some place, the configured ones first. */
  readonly categories: readonly string[];
  /** Areas used by some place (and their parents), in tree order. */
  readonly areaOptions: readonly { id: string; depth: number }[];
  readonly languages: readonly string[];
  readonly hasHours: boolean;
  readonly hasFree: boolean;
  readonly hasGeo: boolean;
  /** The places that are the site's crisis lines (see `model/crisis.ts`). */
  readonly crisis: ReadonlySet<string>;
}

/** Every source failed: the error state names each one. */
class AllSourcesFailed extends Error {
  constructor(readonly failures: readonly SourceFailure[]) {
    super('every directory source failed');
    this.name = 'AllSourcesFailed';
  }
}

const ANNOUNCE_DELAY_MS = 700;

/** The options plus the chosen value when a shared link names one the list does not have. */
const withCurrent = (options: readonly string[], current: string): readonly string[] => (current && !options.includes(current) ? [...options, current] : options);
const CLOCK_MS = 60_000;
/** Below this measured width (px) the filters fold behind one button. */
const NARROW_WIDTH = 560;

/** The directory's working parts and its search index: lazy chunks, fetched beside the site config. */
const loadEngine = () => import('./model/engine.js');
const loadSearch = () => import('./model/search.js');

/** English is a lazy chunk, loaded when the page asks for it (and for the search index). */
const loadDirectoryEn = () => import('./messages-en.js').then((m) => m.directoryEn);

/** A built-in category's names in both languages, for the search index. */
function builtInLabels(id: string, en: typeof directoryId): string {
  const key = `directory.category.${id}` as keyof typeof directoryId;
  return (BUILT_IN_CATEGORIES as readonly string[]).includes(id) ? `${en[key] as string} ${directoryId[key] as string}` : '';
}

/**
 * Where to get help: a searchable, filterable list of services (hotlines, Puskesmas, hospitals,
 * peer groups, psychologists) from inline config, JSON, a published spreadsheet (CSV) or Open
 * Referral HSDS, with "open now", tap to call, WhatsApp and SMS.
 *
 * @summary Searchable directory of mental-health services.
 * @tag sebaya-directory
 *
 * @attr src - URL of the site config (JSON); reads `directory` and the shared keys.
 * @attr lang - Language (`id`, `en`, or a locale the config adds).
 * @attr theme - `light`, `dark` or `auto`.
 * @attr hash-key - Name of the filter state in the URL hash (`#directory?category=…`); empty turns the shareable hash off. Default `directory`.
 *
 * @prop {Date | undefined} now - The time used for "open now" (default: the current time, refreshed every minute). For previews and tests.
 *
 * @fires sebaya-ready - The list is shown.
 * @fires sebaya-error - The config is broken or every source failed; `detail: { code, message, path? }`.
 * @fires sebaya-resource-select - The visitor opened a place's details; `detail: { id }`.
 *
 * @csspart base - The root box.
 * @csspart empty - "Nothing matches": no place fits the search and filters.
 * @csspart search - The search and filter form.
 * @csspart notice - One calm line when a source could not be shown, or the date of a saved copy shown (the detail is in the owner box).
 * @csspart count - The visible number of results.
 * @csspart results - The list of places.
 * @csspart resource - One place.
 * @csspart call - A tap-to-call link.
 * @csspart whatsapp - A WhatsApp link.
 * @csspart sms - An SMS link.
 * @csspart website - A crisis line's website link (in the no-results state, for a line without a phone number).
 * @csspart more - The "show more" button.
 * @csspart download - The "download this list" button (with `directory.download: true`).
 * @csspart no-results - What is shown when nothing matches (with the crisis lines).
 * @csspart error - The error state.
 *
 * @cssprop --sebaya-directory-accent - Accent of buttons and checkboxes (falls back to --sebaya-color-accent).
 * @cssprop --sebaya-directory-card-surface - Background of a place (falls back to --sebaya-color-surface).
 * @cssprop --sebaya-directory-open-color - Colour of "open now" (falls back to --sebaya-color-success).
 * @cssprop --sebaya-directory-closed-color - Colour of "closed" (falls back to --sebaya-color-danger).
 */
export class SebayaDirectory extends SebayaWidget<DirectoryConfig, DirectoryKey> {
  static override styles = [...SebayaWidget.styles, directoryStyles];

  // Reactive properties (no decorators: see `SebayaElement.properties`).
  static override properties: PropertyDeclarations = {
    hashKey: { attribute: 'hash-key' },
    now: { attribute: false },
    filters: { state: true, attribute: false },
    data: { state: true, attribute: false },
    pages: { state: true, attribute: false },
    expanded: { state: true, attribute: false },
    position: { state: true, attribute: false },
    locating: { state: true, attribute: false },
    announcement: { state: true, attribute: false },
    clock: { state: true, attribute: false },
    indexed: { state: true, attribute: false },
    detail: { state: true, attribute: false },
    narrow: { state: true, attribute: false },
    filtersOpen: { state: true, attribute: false },
  };

  /** Name of the filter state in the URL hash; empty turns it off. */
  hashKey = 'directory';

  /** The time used for "open now" (default: now, refreshed every minute). */
  declare now?: Date;

  // Reactive state (listed in `properties`):
  private filters: Filters = NO_FILTERS;
  private declare data?: Loaded;
  private pages = 1;
  private expanded: ReadonlySet<string> = new Set();
  private declare position?: Geo;
  private locating: 'idle' | 'pending' | 'failed' = 'idle';
  private announcement = '';
  private clock = Date.now();
  /** The search index that has finished (a long list is indexed in slices after it is shown). */
  private declare indexed?: SearchIndex;
  /** Measured narrower than NARROW_WIDTH (a phone): the filters fold behind a button. */
  private narrow = false;
  /** The visitor unfolded the filters (narrow only). */
  private filtersOpen = false;

  protected readonly section = 'directory';
  /** The schema (and valibot) load as a lazy chunk beside the config. */
  protected readonly schema = () => import('./schema.js').then((m) => m.schema);
  protected readonly catalogs = { id: directoryId, en: loadDirectoryEn } as Catalogs<DirectoryKey>;

  private results: Result[] = [];
  private announceTimer?: ReturnType<typeof setTimeout>;
  private clockTimer?: ReturnType<typeof setInterval>;
  private focusIndex?: number;
  private readonly onHashChange = () => this.readHash();

  constructor() {
    super();
    // The element's own width, not the window's (a sidebar on a laptop is narrow too). Observed
    // once for the element's life: it reports only while the element is on the page.
    new ResizeObserver(([entry]) => {
      const width = entry?.contentRect.width ?? 0;
      // Next frame: re-rendering inside the observer would resize within the same frame.
      requestAnimationFrame(() => (this.narrow = width > 0 && width < NARROW_WIDTH));
    }).observe(this);
  }


  override connectedCallback(): void {
    super.connectedCallback();
    this.readHash();
    window.addEventListener('hashchange', this.onHashChange);
    this.clockTimer = setInterval(() => {
      if (this.data?.hasHours && !this.now) this.clock = Date.now();
    }, CLOCK_MS);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('hashchange', this.onHashChange);
    clearInterval(this.clockTimer);
    clearTimeout(this.announceTimer);
  }

  // ---- data ----------------------------------------------------------------------------------

  protected override preload(): void {
    for (const chunk of [loadEngine(), loadSearch()]) chunk.catch(() => undefined);
  }

  protected override async prepare(config: ConfigOf<{ directory?: DirectoryConfig }>, signal: AbortSignal): Promise<void> {
    this.data = undefined;
    const section = config.directory;
    if (!section) return;
    // The search index is a chunk of its own, fetched while the sources load.
    const search = loadSearch();
    // Category names are searchable in both languages, whatever the page's: English comes along.
    const english = loadDirectoryEn();
    const engine = await loadEngine();
    const loaded = await engine.loadSources(section.sources, { signal, locale: config.locale ?? 'id' });
    const [{ SearchIndex }, directoryEn] = await Promise.all([search, english]);
    if (signal.aborted) return;
    if (loaded.failures.length && loaded.failures.length === section.sources.length) throw new AllSourcesFailed(loaded.failures);
    for (const f of loaded.failures) console.warn(`[sebaya-directory] directory.sources[${f.index}]: ${this.failureText(f)}`);
    for (const s of loaded.skipped) console.warn(`[sebaya-directory] directory.sources[${s.index}]: left out ${s.count}:\n${s.reasons.join('\n')}`);
    if (loaded.dropped.length) console.warn(`[sebaya-directory] values left out:\n${loaded.dropped.join('\n')}`);

    const areas = new engine.AreaTree(section.areas ?? []);
    const resources = loaded.resources.map((r) => {
      const area = areas.resolve(r.area);
      return area === r.area ? r : { ...r, area };
    });
    const labelsOf = (value: LocalizedText | undefined): string => (value === undefined ? '' : typeof value === 'string' ? value : Object.values(value).join(' '));
    const configured = new Map((section.categories ?? []).map((c) => [c.id, c]));
    const index = new SearchIndex(resources, {
      category: (id) => `${id.replace(/-/g, ' ')} ${labelsOf(configured.get(id)?.label)} ${builtInLabels(id, directoryEn)}`,
      area: (id) =>
        areas
          .ancestors(id)
          .map((a) => labelsOf(areas.get(a)?.name) || a)
          .join(' '),
    });

    const used = new Set(resources.flatMap((r) => r.categories));
    const categoryIds = [...(section.categories ?? []).map((c) => c.id).filter((id) => used.has(id)), ...[...used].filter((id) => !configured.has(id)).sort()];
    const usedAreas = new Set<string>();
    for (const r of resources) if (r.area) for (const a of areas.get(r.area) ? areas.ancestors(r.area) : [r.area]) usedAreas.add(a);
    for (const r of resources) if (r.area && !areas.get(r.area)) for (const a of areas.ancestors(r.area).slice(1)) usedAreas.add(a);
    const listed = areas.ordered().filter((a) => usedAreas.has(a.id));
    const unlisted = [...usedAreas].filter((a) => !areas.get(a) && !/^\d{2}(\.\d+)*$/.test(a)).sort((a, b) => a.localeCompare(b));

    void index.ready.then(() => {
      if (this.data?.index === index) this.indexed = index;
    });
    // The details chunk comes while the page is idle, so opening a place is instant even on 2G.
    const idle = (globalThis as { requestIdleCallback?: (fn: () => void, options?: { timeout: number }) => number }).requestIdleCallback;
    if (idle) idle(() => this.loadDetail(), { timeout: 5_000 });
    else setTimeout(() => this.loadDetail(), 1_000);
    this.data = {
      engine,
      resources,
      index,
      areas,
      failures: loaded.failures,
      skipped: loaded.skipped,
      saved: loaded.saved,
      categories: categoryIds,
      areaOptions: [...listed, ...unlisted.map((id) => ({ id, depth: 0 }))],
      languages: [...new Set(resources.flatMap((r) => r.languages))].sort(),
      hasHours: resources.some((r) => r.hours.length),
      hasFree: resources.some((r) => r.free),
      hasGeo: resources.some((r) => r.geo),
      crisis: engine.crisisLineIds(resources, this.crisisLines),
    };
  }

  /** A feed shown from its saved copy, or one that failed, counts too: back online reads them again. */
  protected override showsStaleData(): boolean {
    return super.showsStaleData() || !!this.data?.saved.length || !!this.data?.failures.some((f) => f.problem.kind === 'load' && f.problem.error.retryable);
  }

  protected override isEmpty(): boolean {
    return !!this.data && this.data.resources.length === 0;
  }

  protected override problemFrom(err: unknown): Problem {
    if (err instanceof AllSourcesFailed) {
      const details = err.failures.map((f) => this.failureText(f));
      const retryable = err.failures.some((f) => f.problem.kind === 'load' && f.problem.error.retryable);
      // One message naming every source (the error view would otherwise add "and N more problems").
      const message = details.join('\n');
      return { code: 'sources-failed', message, path: `directory.sources[${err.failures[0]?.index ?? 0}]`, details: [message], retryable };
    }
    return super.problemFrom(err);
  }

  private sourceName(f: { index: number; label?: LocalizedText; url?: string }): string {
    const name = f.label !== undefined ? this.text(f.label) : this.t('directory.source.name', { number: f.index + 1 });
    return f.url ? `${name} (${f.url})` : name;
  }

  private failureText(f: SourceFailure): string {
    const source = this.sourceName(f);
    if (f.problem.kind === 'malformed') return this.t(`directory.malformed.${f.problem.detail}`, { source });
    return this.t('directory.source.failed', { source, reason: super.problemFrom(f.problem.error).message });
  }

  // ---- state -----------------------------------------------------------------------------------

  private get options(): DirectoryConfig | undefined {
    return this.siteConfig?.directory;
  }

  /** The working parts; only read while rendering a loaded list. */
  private get engine(): typeof Engine {
    if (!this.data) throw new Error('the directory is not loaded');
    return this.data.engine;
  }

  private get pageSize(): number {
    return this.options?.pageSize ?? 20;
  }

  private get currentTime(): Date {
    return this.now ?? new Date(this.clock);
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    const refilter = changed.has('data') || changed.has('filters') || changed.has('position') || changed.has('now') || changed.has('clock') || changed.has('indexed');
    if (refilter && this.data) {
      this.results = this.data.engine.applyFilters(this.filters, { index: this.data.index, areas: this.data.areas, now: this.currentTime, timeZone: this.timeZone, ...(this.position ? { position: this.position } : {}) });
    }
    if (changed.has('filters') && changed.get('filters') !== undefined) {
      this.pages = 1;
      this.writeHash();
      this.scheduleAnnouncement();
    }
  }

  protected override updated(): void {
    super.updated();
    if (this.focusIndex !== undefined) {
      const target = this.renderRoot.querySelector<HTMLElement>(`#name-${this.focusIndex}`);
      this.focusIndex = undefined;
      target?.focus();
    }
  }

  private setFilters(patch: Partial<Filters>): void {
    this.filters = { ...this.filters, ...patch };
  }

  private scheduleAnnouncement(): void {
    clearTimeout(this.announceTimer);
    this.announceTimer = setTimeout(() => {
      this.announcement = this.t('directory.count', { count: this.results.length });
    }, ANNOUNCE_DELAY_MS);
  }

  private readHash(): void {
    if (!this.hashKey) return;
    const fromUrl = fromHash(this.hashKey, window.location.hash);
    if (fromUrl) this.filters = { ...this.filters, ...fromUrl };
  }

  private writeHash(): void {
    if (!this.hashKey) return;
    const current = window.location.hash;
    const mine = fromHash(this.hashKey, current) !== undefined;
    const next = toHash(this.hashKey, this.filters);
    if (next === current || (!next && !mine)) return;
    const url = `${window.location.pathname}${window.location.search}${next}`;
    try {
      history.replaceState(history.state, '', url);
    } catch {
      // A sandboxed frame may refuse; the filters still work.
    }
  }

  private clear(): void {
    this.filters = NO_FILTERS;
    this.renderRoot.querySelector<HTMLInputElement>('#q')?.focus();
  }

  private toggle(resource: Resource): void {
    const next = new Set(this.expanded);
    if (next.has(resource.id)) next.delete(resource.id);
    else {
      next.add(resource.id);
      this.emit('sebaya-resource-select', { id: resource.id });
    }
    this.expanded = next;
  }

  private showMore(): void {
    this.focusIndex = this.pages * this.pageSize;
    this.pages += 1;
  }

  /** Saves the places that match (all pages) as a CSV file, in the site's language. */
  private async download(): Promise<void> {
    const places = this.results.map((r) => r.resource);
    try {
      const { downloadCsv } = await import('./download.js');
      downloadCsv(this.renderRoot, places, this.siteConfig?.locale ?? 'id', this.t('directory.download.file'));
      this.announcement = this.t('directory.download.done', { count: places.length });
    } catch {
      this.announcement = this.t('core.load.chunk');
    }
  }

  private nearMe(): void {
    if (this.position) {
      this.position = undefined;
      this.locating = 'idle';
      return;
    }
    if (!('geolocation' in navigator)) {
      this.locating = 'failed';
      return;
    }
    this.locating = 'pending';
    navigator.geolocation.getCurrentPosition(
      (p) => {
        this.position = { lat: p.coords.latitude, lon: p.coords.longitude };
        this.locating = 'idle';
        this.scheduleAnnouncement();
      },
      () => {
        this.locating = 'failed';
      },
      { enableHighAccuracy: false, maximumAge: 600_000, timeout: 20_000 },
    );
  }

  // ---- labels ----------------------------------------------------------------------------------

  private categoryLabel(id: string): string {
    const own = this.options?.categories?.find((c) => c.id === id);
    if (own) return this.text(own.label);
    return (BUILT_IN_CATEGORIES as readonly string[]).includes(id) ? this.t(`directory.category.${id}` as DirectoryKey) : id;
  }

  private areaName(id: string): string {
    const a = this.data?.areas.get(id);
    return a ? this.text(a.name) : id;
  }

  /** `Ngunut, Playen, Kabupaten Gunungkidul` (the province is left out). */
  private areaPath(id: string): string {
    const tree = this.data?.areas;
    if (!tree?.get(id)) return id;
    const chain = tree.ancestors(id).filter((a) => tree.get(a)?.level !== 'province');
    return (chain.length ? chain : [id]).map((a) => this.areaName(a)).join(', ');
  }

  private languageNames?: { locale: string; names?: Intl.DisplayNames };

  private languageName(code: string): string {
    const locale = this.intlLocale;
    if (this.languageNames?.locale !== locale) {
      let names: Intl.DisplayNames | undefined;
      try {
        names = new Intl.DisplayNames([locale], { type: 'language' });
      } catch {
        names = undefined;
      }
      this.languageNames = { locale, names };
    }
    try {
      return this.languageNames.names?.of(code) ?? code;
    } catch {
      return code;
    }
  }

  private time(hhmm: string): string {
    const [h, m] = hhmm.split(':').map(Number);
    return formatDate(new Date(Date.UTC(2024, 0, 1, (h ?? 0) % 24, m ?? 0)), this.intlLocale, 'UTC', { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
  }

  private weekday(index: number): string {
    // 1 January 2024 was a Monday.
    return formatDate(new Date(Date.UTC(2024, 0, 1 + index, 12)), this.intlLocale, 'UTC', { weekday: 'long' });
  }

  private statusText(status: OpenStatus, zone: string): string {
    switch (status.state) {
      case 'open':
        if (status.always) return this.t('directory.open.always');
        if (status.closesInDays && status.closes !== '00:00') {
          const day = status.closesInDays === 1 ? this.t('directory.tomorrow') : this.weekday((this.engine.localTime(this.currentTime, zone).weekday + status.closesInDays) % 7);
          return this.t('directory.open.untilDay', { day, time: this.time(status.closes ?? '00:00') });
        }
        return this.t('directory.open.until', { time: this.time(status.closes ?? '00:00') });
      case 'opens-later':
        return this.t('directory.closed.opensAt', { time: this.time(status.opens) });
      case 'closed-today': {
        if (!status.next) return this.t('directory.closed.today');
        const { inDays } = status.next;
        let day = inDays === 1 ? this.t('directory.tomorrow') : this.weekday(status.next.weekday);
        if (inDays > 6) {
          // A monthly group or a quarterly clinic: the weekday alone would point at the wrong week.
          const today = this.engine.localTime(this.currentTime, zone);
          day = formatDate(new Date(Date.UTC(today.y, today.m - 1, today.d + inDays, 12)), this.intlLocale, 'UTC', { weekday: 'long', day: 'numeric', month: 'long' });
        }
        return this.t('directory.closed.next', { day, time: this.time(status.next.opens) });
      }
      default:
        return this.t('directory.hours.unknown');
    }
  }

  private distance(km: number): string {
    const unit = km < 1 ? 'meter' : 'kilometer';
    const value = km < 1 ? Math.round(km * 100) * 10 : km;
    return new Intl.NumberFormat(this.intlLocale, { style: 'unit', unit, unitDisplay: 'short', maximumFractionDigits: km < 10 ? 1 : 0 }).format(value);
  }

  // ---- rendering -------------------------------------------------------------------------------

  protected renderContent(): TemplateResult {
    const data = this.data;
    if (!data || !data.resources.length) {
      return html`<div class="directory">${this.renderNotices()}<p class="state empty" part="empty">${this.t('directory.none')}</p></div>`;
    }
    const total = this.results.length;
    const shown = Math.min(total, this.pages * this.pageSize);
    return html`<div class="directory">
      ${this.renderForm(data)} ${this.renderNotices()}
      <p class="count" id="count" part="count">${shown < total ? this.t('directory.showing', { shown, count: total }) : this.t('directory.count', { count: total })}</p>
      <div class="visually-hidden" role="status" aria-live="polite" aria-atomic="true">${this.announcement}</div>
      ${total
        ? html`<ul class="results" part="results" aria-labelledby="count">
              ${repeat(
                this.results.slice(0, shown),
                (r) => r.resource.id,
                (r, i) => this.renderResource(r, i, total === 1),
              )}
            </ul>
            ${shown < total
              ? html`<p><button type="button" part="more" @click=${this.showMore}>${this.t('directory.more', { count: Math.min(this.pageSize, total - shown) })}</button></p>`
              : nothing}
            ${this.options?.download ? html`<p><button type="button" class="download" part="download" @click=${this.download}>${this.t('directory.download')}</button></p>` : nothing}`
        : this.renderNoResults()}
    </div>`;
  }

  private renderForm(data: Loaded): TemplateResult {
    const f = this.filters;
    const onSelect = (key: 'category' | 'area' | 'language') => (e: Event) => this.setFilters({ [key]: (e.target as HTMLSelectElement).value });
    // On a phone the filters fold behind one button that counts the ones in use (the words typed stay in view).
    const fold = this.narrow && (data.categories.length > 1 || data.areaOptions.length > 1 || data.languages.length > 1 || data.hasHours || data.hasFree || data.hasGeo || isFiltered(f));
    const folded = fold && !this.filtersOpen;
    return html`<form role="search" part="search" aria-label=${this.t('directory.search.label')} @submit=${(e: Event) => e.preventDefault()}>
      <div class="field">
        <label for="q">${this.t('directory.search.label')}</label>
        <input
          id="q"
          type="search"
          autocomplete="off"
          spellcheck="false"
          enterkeyhint="search"
          placeholder=${this.t('directory.search.placeholder')}
          .value=${f.query}
          @input=${(e: Event) => this.setFilters({ query: (e.target as HTMLInputElement).value })}
        />
      </div>
      ${fold
        ? html`<button type="button" class="fold" aria-expanded=${folded ? 'false' : 'true'} aria-controls="filters" @click=${() => (this.filtersOpen = folded)}>
            <span class="chevron" aria-hidden="true">▸</span> ${this.t('directory.filters.button', { count: [f.category, f.area, f.language, f.openNow, f.free, this.position].filter(Boolean).length })}
          </button>`
        : nothing}
      <fieldset class="filters" id="filters" ?hidden=${folded}>
        <legend class="visually-hidden">${this.t('directory.filters')}</legend>
        ${data.categories.length > 1 || f.category
          ? html`<div class="field">
              <label for="category">${this.t('directory.filter.category')}</label>
              <select id="category" @change=${onSelect('category')}>
                <option value="" ?selected=${!f.category}>${this.t('directory.filter.allCategories')}</option>
                ${withCurrent(data.categories, f.category).map((id) => html`<option value=${id} ?selected=${f.category === id}>${this.categoryLabel(id)}</option>`)}
              </select>
            </div>`
          : nothing}
        ${data.areaOptions.length > 1 || f.area
          ? html`<div class="field">
              <label for="area">${this.t('directory.filter.area')}</label>
              <select id="area" @change=${onSelect('area')}>
                <option value="" ?selected=${!f.area}>${this.t('directory.filter.allAreas')}</option>
                ${(f.area && !data.areaOptions.some((a) => a.id === f.area) ? [...data.areaOptions, { id: f.area, depth: 0 }] : data.areaOptions).map(
                  (a) => html`<option value=${a.id} ?selected=${f.area === a.id}>${'\u2002'.repeat(a.depth * 2)}${this.areaName(a.id)}</option>`,
                )}
              </select>
            </div>`
          : nothing}
        ${data.languages.length > 1 || f.language
          ? html`<div class="field">
              <label for="language">${this.t('directory.filter.language')}</label>
              <select id="language" @change=${onSelect('language')}>
                <option value="" ?selected=${!f.language}>${this.t('directory.filter.allLanguages')}</option>
                ${withCurrent(data.languages, f.language).map((l) => html`<option value=${l} ?selected=${f.language === l}>${this.languageName(l)}</option>`)}
              </select>
            </div>`
          : nothing}
        ${data.hasHours || f.openNow
          ? html`<label class="check"
              ><input type="checkbox" .checked=${f.openNow} @change=${(e: Event) => this.setFilters({ openNow: (e.target as HTMLInputElement).checked })} />
              ${this.t('directory.filter.openNow')}</label
            >`
          : nothing}
        ${data.hasFree || f.free
          ? html`<label class="check"
              ><input type="checkbox" .checked=${f.free} @change=${(e: Event) => this.setFilters({ free: (e.target as HTMLInputElement).checked })} />
              ${this.t('directory.filter.free')}</label
            >`
          : nothing}
        ${data.hasGeo
          ? html`<button type="button" aria-pressed=${this.position ? 'true' : 'false'} aria-describedby="near-note" @click=${this.nearMe}>
              <span aria-hidden="true">⌖</span> ${this.t('directory.near.button')}
            </button>`
          : nothing}
        ${isFiltered(f) ? html`<button type="button" class="clear" @click=${this.clear}>${this.t('directory.filter.clear')}</button>` : nothing}
      </fieldset>
      ${data.hasGeo
        ? html`<p class="near-note muted" id="near-note" ?hidden=${folded}>
            ${this.locating === 'pending' ? this.t('directory.near.pending') : this.locating === 'failed' ? this.t('directory.near.failed') : this.position ? this.t('directory.near.sorted') : ''}
            ${this.t('directory.near.note')}
          </p>`
        : nothing}
    </form>`;
  }

  /** What visitors see: one calm line, and the date of the oldest saved copy shown (the detail is in the owner box). */
  private renderNotices(): TemplateResult | typeof nothing {
    const data = this.data;
    if (!data || (!data.failures.length && !data.skipped.length && !data.saved.length)) return nothing;
    return html`<div class="notice" part="notice" role="status">
      ${data.saved.length ? html`<p>${this.savedText(Math.min(...data.saved.map((s) => s.asOf)))}</p>` : nothing}
      ${data.failures.length || data.skipped.length ? html`<p>${this.t('directory.source.some')}</p>` : nothing}
      ${data.failures.length
        ? html`<p>
            ${this.t('directory.source.others')}
            <button type="button" @click=${() => this.reload()}>${this.t('core.error.retry')}</button>
          </p>`
        : nothing}
    </div>`;
  }

  private savedText(asOf: number): string {
    return this.t('directory.source.saved', { date: formatDate(new Date(asOf), this.intlLocale, this.timeZone, { dateStyle: 'medium', timeStyle: 'short' }) });
  }

  /** Each source's problem with its path, name, address and reason, for the owner box. */
  protected override ownerLines(): readonly string[] {
    const data = this.data;
    if (!data) return [];
    const at = (s: { index: number }): string => `directory.sources[${s.index}]: `;
    return [
      ...data.saved.map((s) => `${at(s)}${this.sourceName(s)}: ${this.savedText(s.asOf)}`),
      ...data.failures.map((f) => at(f) + this.failureText(f)),
      ...data.skipped.map((s) => `${at(s)}${this.t('directory.skipped', { count: s.count, source: this.sourceName(s) })} (${s.reasons.slice(0, 3).join('; ')}${s.reasons.length > 3 ? '; …' : ''})`),
    ];
  }

  private renderNoResults(): TemplateResult {
    return html`<div class="empty" part="no-results">
      <p><strong>${this.t('directory.empty.title')}</strong></p>
      <p>${this.t('directory.empty.hint')}</p>
      <p><button type="button" class="clear" @click=${this.clear}>${this.t('directory.filter.clear')}</button></p>
      <p>${this.t('directory.empty.crisis')}</p>
      <ul class="crisis-lines">
        ${this.crisisLines.map((line) => html`<li><strong>${this.text(line.name)}</strong> <span class="actions">${lineActions(this.i18n, line)}</span></li>`)}
      </ul>
    </div>`;
  }

  private renderResource(result: Result, i: number, only: boolean): TemplateResult {
    const r = result.resource;
    const name = this.text(r.name);
    const open = only || this.expanded.has(r.id);
    const zone = r.timeZone ?? this.timeZone;
    const { openStatus, localTime, phoneLines } = this.engine;
    let status = r.hours.length ? openStatus(r.hours, localTime(this.currentTime, zone)) : undefined;
    // A crisis line is not one to "call first" about (see model/crisis.ts).
    if (status?.state === 'unknown' && this.data?.crisis.has(r.id)) status = undefined;
    const statusClass = !status || status.state === 'unknown' ? 'unknown' : status.state === 'open' ? 'open' : 'closed';
    return html`<li class="resource ${open ? 'expanded' : 'collapsed'}" part="resource" data-id=${r.id}>
      <h3>
        <button type="button" class="name" id=${`name-${i}`} aria-expanded=${open ? 'true' : 'false'} aria-controls=${`details-${i}`} @click=${() => this.toggle(r)}>
          <span class="chevron" aria-hidden="true">▸</span><span class="label">${name}</span>
        </button>
      </h3>
      ${r.categories.length || r.free || r.area
        ? html`<ul class="tags" aria-label=${this.t('directory.categories')}>
            ${r.categories.map((c) => html`<li class="tag">${this.categoryLabel(c)}</li>`)}
            ${r.free ? html`<li class="tag free">${this.t('directory.free')}</li>` : nothing}
            ${r.area ? html`<li class="tag area"><span class="visually-hidden">${this.t('directory.area')}: </span>${this.areaPath(r.area)}</li>` : nothing}
          </ul>`
        : nothing}
      ${status ? html`<p class="status ${statusClass}">${this.statusText(status, zone)}</p>` : nothing}
      ${result.distanceKm !== undefined ? html`<p class="distance muted">${this.t('directory.distance', { distance: this.distance(result.distanceKm) })}</p>` : nothing}
      ${this.renderPhones(phoneLines(r.phones), name)}
      ${r.description ? html`<p class="description">${this.text(r.description)}</p>` : nothing}
      <div class="details" id=${`details-${i}`} role="region" aria-label=${this.t('directory.details', { name })} ?hidden=${!open}>${open ? this.renderDetails(r, name) : nothing}</div>
    </li>`;
  }

  private renderPhones(lines: PhoneLine[], name: string): TemplateResult | typeof nothing {
    if (!lines.length) return nothing;
    return html`<ul class="phones" aria-label=${this.t('directory.phones')}>
      ${lines.map((line) => {
        const number = `${line.number.display}${line.number.extension ? ` ${this.t('directory.extension', { extension: line.number.extension })}` : ''}`;
        const label = line.label !== undefined ? this.text(line.label) : '';
        return html`<li class="phone">
          <span class="number">${label ? `${label}: ` : ''}${number}</span>
          ${line.actions.map((a) =>
            a.kind === 'call'
              ? html`<a class="button call" part="call" href=${a.href} aria-label=${this.t('directory.callLabel', { name, number })}><span aria-hidden="true">☎</span> ${this.t('directory.call')}</a>`
              : a.kind === 'whatsapp'
                ? html`<a class="button" part="whatsapp" href=${a.href} rel="noopener noreferrer" target="_blank" aria-label=${this.t('directory.whatsappLabel', { name, number })}>${this.t('directory.whatsapp')}</a>`
                : html`<a class="button" part="sms" href=${a.href} aria-label=${this.t('directory.smsLabel', { name, number })}>${this.t('directory.sms')}</a>`,
          )}
        </li>`;
      })}
    </ul>`;
  }

  /** The details chunk, once loaded (see `detail.ts`). Reactive (listed in `properties`). */
  private declare detail?: { renderDetails: typeof renderDetails } | 'failed';
  private detailLoading?: Promise<void>;

  private loadDetail(): void {
    this.detailLoading ??= import('./detail.js').then(
      (m) => {
        this.detail = m;
      },
      () => {
        this.detail = 'failed';
        this.detailLoading = undefined;
      },
    );
  }

  /** While an opened place waits for the details chunk, `updateComplete` waits for it too. */
  protected override async getUpdateComplete(): Promise<boolean> {
    const done = await super.getUpdateComplete();
    if (this.detail || !this.detailLoading || !this.renderRoot.querySelector('.resource.expanded')) return done;
    await this.detailLoading;
    return super.getUpdateComplete();
  }

  private renderDetails(r: Resource, name: string): TemplateResult {
    const detail = this.detail;
    if (detail === 'failed') {
      return html`<p role="alert">${this.t('core.load.chunk')} <button type="button" @click=${() => { this.detail = undefined; this.loadDetail(); }}>${this.t('core.error.retry')}</button></p>`;
    }
    if (!detail) {
      this.loadDetail();
      return html`<p class="muted">${this.t('core.loading')}</p>`;
    }
    return detail.renderDetails(
      {
        t: (key, params) => this.t(key, params),
        text: (value) => this.text(value),
        intlLocale: this.intlLocale,
        timeZone: this.timeZone,
        now: this.currentTime,
        options: this.options,
        crisis: !!this.data?.crisis.has(r.id),
        areaPath: (id) => this.areaPath(id),
        languageName: (code) => this.languageName(code),
        weekday: (i) => this.weekday(i),
        time: (hhmm) => this.time(hhmm),
      },
      r,
      name,
    );
  }
}
