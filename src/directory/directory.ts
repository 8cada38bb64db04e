import { html, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import type { ConfigOf } from '../core/element.js';
import { chunk } from '../core/lazy.js';
import { ProblemError } from '../core/problem.js';
import { SebayaWidget } from '../core/widget.js';
export type { ResourceSelectDetail } from './events.js';
import type { Catalogs } from '../core/i18n/catalog.js';
import { directoryId, type DirectoryKey } from './messages.js';
import type { AreaTree } from './model/areas.js';
import type * as Engine from './model/engine.js';
import { isFiltered, NO_FILTERS, type Filters } from './model/hash.js';
import type { FilterLists, Result } from './model/listing.js';
import type { Geo, Resource } from './model/resource.js';
import type { SearchIndex } from './model/search.js';
import type { DirectoryConfig } from './schema.js';
import { HashSync } from './hash-sync.js';
import type { SourcesReport } from './notices.js';
import { directoryStyles } from './styles.js';
import type { Actions, Names } from './views.js';

interface Loaded extends SourcesReport {
  /** The working parts and the list's views (a lazy chunk, loaded beside the config). */
  readonly engine: typeof Engine;
  readonly resources: readonly Resource[];
  readonly index: SearchIndex;
  readonly areas: AreaTree;
  /** What the filters offer (see `model/listing.ts`). */
  readonly lists: FilterLists;
  /** The places that are the site's crisis lines (see `model/crisis.ts`). */
  readonly crisis: ReadonlySet<string>;
}

const ANNOUNCE_DELAY_MS = 700;
const CLOCK_MS = 60_000;
/** Below this measured width (px) the filters fold behind one button. */
const NARROW_WIDTH = 560;

/** The directory's working parts and its search index: lazy chunks, fetched beside the site config. */
const loadEngine = chunk(() => import('./model/engine.js'));
const loadSearch = chunk(() => import('./model/search.js'));
/** English is a lazy chunk, loaded when the page asks for it (and for the search index). */
const loadDirectoryEn = chunk(() => import('./messages-en.js').then((m) => m.directoryEn));
/** A place's details, fetched while the page is idle (see `detail.ts`), and the CSV download. */
const loadDetail = chunk(() => import('./detail.js'));
const loadCsv = chunk(() => import('./download.js'));

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
    detailFailed: { state: true, attribute: false },
    narrow: { state: true, attribute: false },
    filtersOpen: { state: true, attribute: false },
  };

  /** Name of the filter state in the URL hash; empty turns it off. */
  hashKey = 'directory';

  /** The time used for "open now" (default: now, refreshed every minute). */
  declare now?: Date;

  // Reactive state (listed in `properties`, so named, not `#private`):
  private filters: Filters = NO_FILTERS;
  declare private data?: Loaded;
  private pages = 1;
  private expanded: ReadonlySet<string> = new Set();
  declare private position?: Geo;
  private locating: 'idle' | 'pending' | 'failed' = 'idle';
  private announcement = '';
  private clock = Date.now();
  /** The search index that has finished (a long list is indexed in slices after it is shown). */
  declare private indexed?: SearchIndex;
  /** Measured narrower than NARROW_WIDTH (a phone): the filters fold behind a button. */
  private narrow = false;
  /** The visitor unfolded the filters (narrow only). */
  private filtersOpen = false;
  /** The details chunk did not load: an opened place says so, with Retry. */
  private detailFailed = false;

  protected readonly section = 'directory';
  /** The schema (and valibot) load as a lazy chunk beside the config. */
  protected readonly schema = () => import('./schema.js').then((m) => m.schema);
  protected readonly catalogs = { id: directoryId, en: loadDirectoryEn } as Catalogs<DirectoryKey>;

  #results: Result[] = [];
  #announceTimer?: ReturnType<typeof setTimeout>;
  #clockTimer?: ReturnType<typeof setInterval>;
  #focusIndex?: number;
  readonly #hash = new HashSync(
    this,
    () => this.hashKey,
    (f) => this.#on.set(f),
  );
  /** A load failure in words: the base element's (the config-reading chunk words a `LoadError`). */
  readonly #reason = (err: unknown): string => this.problemFrom(err).message;

  /** What the views' fields and buttons do. */
  readonly #on: Actions = {
    set: (patch) => (this.filters = { ...this.filters, ...patch }),
    unfold: (open) => (this.filtersOpen = open),
    nearMe: () => this.#nearMe(),
    clear: () => this.#clear(),
    toggle: (r) => this.#toggle(r),
    more: () => this.#showMore(),
    save: () => void this.#download(),
    details: (n, r, name) => this.#details(n, r, name),
  };

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
    this.#clockTimer = setInterval(() => {
      if (this.data?.lists.hasHours && !this.now) this.clock = Date.now();
    }, CLOCK_MS);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearInterval(this.#clockTimer);
    clearTimeout(this.#announceTimer);
  }

  // ---- data ----------------------------------------------------------------------------------

  protected override preload(): void {
    for (const c of [loadEngine, loadSearch]) c().catch(() => undefined);
  }

  protected override async prepare(
    config: ConfigOf<{ directory?: DirectoryConfig }>,
    signal: AbortSignal,
  ): Promise<void> {
    this.data = undefined;
    const section = config.directory;
    if (!section) return;
    // The search index is a chunk of its own, fetched while the sources load. Category names are
    // searchable in both languages, whatever the page's: English comes along.
    const more = Promise.all([loadSearch(), loadDirectoryEn()]);
    const engine = await loadEngine();
    const loaded = await engine.loadSources(section.sources, { signal, locale: config.locale ?? 'id' });
    const [{ SearchIndex, indexLabels }, directoryEn] = await more;
    if (signal.aborted) return;
    const { failures } = loaded;
    if (failures.length && failures.length === section.sources.length)
      throw new ProblemError(() => engine.sourcesProblem(this.i18n, failures, this.#reason));
    for (const line of engine.consoleLines(this.i18n, loaded, this.#reason)) console.warn(`[sebaya-directory] ${line}`);

    const areas = new engine.AreaTree(section.areas ?? []);
    const resources = engine.withAreas(loaded.resources, areas);
    const categories = section.categories ?? [];
    const index = new SearchIndex(resources, indexLabels(areas, categories, [directoryEn, directoryId]));
    void index.ready.then(() => {
      if (this.data?.index === index) this.indexed = index;
    });
    // The details chunk comes while the page is idle, so opening a place is instant even on 2G
    // (if it fails, opening a place tries again).
    const fetchDetail = (): void => void loadDetail().catch(() => undefined);
    if ('requestIdleCallback' in globalThis) requestIdleCallback(fetchDetail, { timeout: 5_000 });
    else setTimeout(fetchDetail, 1_000);
    const lists = engine.filterLists(
      resources,
      areas,
      categories.map((c) => c.id),
    );
    this.data = {
      ...loaded,
      engine,
      resources,
      index,
      areas,
      lists,
      crisis: engine.crisisLineIds(resources, this.crisisLines),
    };
  }

  /** A feed shown from its saved copy, or one that failed, counts too: back online reads them again. */
  protected override showsStaleData(): boolean {
    return super.showsStaleData() || !!this.data?.saved.length || !!this.data?.engine.retryable(this.data.failures);
  }

  protected override isEmpty(): boolean {
    return !!this.data && this.data.resources.length === 0;
  }

  /** Each source's problem with its path, name, address and reason, for the owner box. */
  protected override ownerLines(): readonly string[] {
    return this.data?.engine.sourceLines(this.i18n, this.data, this.#reason) ?? [];
  }

  // ---- state -----------------------------------------------------------------------------------

  get #options(): DirectoryConfig | undefined {
    return this.siteConfig?.directory;
  }

  get #pageSize(): number {
    return this.#options?.pageSize ?? 20;
  }

  get #currentTime(): Date {
    return this.now ?? new Date(this.clock);
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    const data = this.data;
    if (data && ['data', 'filters', 'position', 'now', 'clock', 'indexed'].some((k) => changed.has(k))) {
      const { index, areas } = data;
      const { position, timeZone } = this;
      this.#results = data.engine.applyFilters(this.filters, {
        index,
        areas,
        now: this.#currentTime,
        timeZone,
        ...(position ? { position } : {}),
      });
    }
    if (changed.has('filters') && changed.get('filters') !== undefined) {
      this.pages = 1;
      this.#hash.write(this.filters);
      this.#scheduleAnnouncement();
    }
  }

  protected override updated(): void {
    super.updated();
    if (this.#focusIndex !== undefined) {
      const target = this.renderRoot.querySelector<HTMLElement>(`#name-${this.#focusIndex}`);
      this.#focusIndex = undefined;
      target?.focus();
    }
  }

  #scheduleAnnouncement(): void {
    clearTimeout(this.#announceTimer);
    this.#announceTimer = setTimeout(() => {
      this.announcement = this.t('directory.count', { count: this.#results.length });
    }, ANNOUNCE_DELAY_MS);
  }

  #clear(): void {
    this.filters = NO_FILTERS;
    this.renderRoot.querySelector<HTMLInputElement>('#q')?.focus();
  }

  #toggle(resource: Resource): void {
    const next = new Set(this.expanded);
    if (next.has(resource.id)) next.delete(resource.id);
    else {
      next.add(resource.id);
      this.emit('sebaya-resource-select', { id: resource.id });
    }
    this.expanded = next;
  }

  #showMore(): void {
    this.#focusIndex = this.pages * this.#pageSize;
    this.pages += 1;
  }

  /** Saves the places that match (all pages) as a CSV file, in the site's language. */
  async #download(): Promise<void> {
    const places = this.#results.map((r) => r.resource);
    try {
      (await loadCsv()).downloadCsv(
        this.renderRoot,
        places,
        this.siteConfig?.locale ?? 'id',
        this.t('directory.download.file'),
      );
      this.announcement = this.t('directory.download.done', { count: places.length });
    } catch {
      this.announcement = this.t('core.load.chunk');
    }
  }

  #nearMe(): void {
    if (this.position || !('geolocation' in navigator)) {
      // Pressed again: back to the list's own order. Without geolocation there is nothing to ask.
      this.locating = this.position ? 'idle' : 'failed';
      this.position = undefined;
      return;
    }
    this.locating = 'pending';
    navigator.geolocation.getCurrentPosition(
      (p) => {
        this.position = { lat: p.coords.latitude, lon: p.coords.longitude };
        this.locating = 'idle';
        this.#scheduleAnnouncement();
      },
      () => (this.locating = 'failed'),
      { enableHighAccuracy: false, maximumAge: 600_000, timeout: 20_000 },
    );
  }

  // ---- rendering -------------------------------------------------------------------------------

  protected renderContent(): TemplateResult {
    const { data, i18n: i } = this;
    const notices = data?.engine.renderNotices(i, data, () => this.reload());
    if (!data?.resources.length)
      return html`<div class="directory">${notices}<p class="state empty" part="empty">${i.t('directory.none')}</p></div>`;
    const { engine, lists } = data;
    const n = engine.names(i, this.#options, data.areas);
    const { filters, narrow, filtersOpen: unfolded, locating, expanded, announcement, crisisLines } = this;
    const form = {
      filters,
      lists,
      narrow,
      unfolded,
      located: !!this.position,
      locating,
      filtered: isFiltered(filters),
    };
    const results = this.#results;
    const pages = engine.paging(results.length, this.pages, this.#pageSize);
    const list = {
      total: results.length,
      ...pages,
      expanded,
      now: this.#currentTime,
      crisis: data.crisis,
      crisisLines,
      announcement,
      download: !!this.#options?.download,
    };
    // Keyed here: lit's `repeat` stays in sebaya.js (its helpers are shared with the support form's views).
    const places = repeat(
      results.slice(0, pages.shown),
      (r) => r.resource.id,
      (r, index) => engine.renderPlace(i, n, list, this.#on, r, index),
    );
    return html`<div class="directory">${engine.renderSearch(i, n, form, this.#on)} ${notices} ${engine.renderList(i, list, this.#on, places)}</div>`;
  }

  /** A place's details, once their chunk is in; while it loads, "Loading…"; if it failed, a calm line with Retry. */
  #details(n: Names, r: Resource, name: string): TemplateResult {
    const detail = !this.detailFailed && this.need(loadDetail);
    if (detail)
      return detail.renderDetails(
        this.i18n,
        { now: this.#currentTime, options: this.#options, crisis: !!this.data?.crisis.has(r.id), names: n },
        r,
        name,
      );
    if (this.detailFailed)
      return html`<p role="alert">${this.t('core.load.chunk')} <button type="button" @click=${() => (this.detailFailed = false)}>${this.t('core.error.retry')}</button></p>`;
    loadDetail().catch(() => (this.detailFailed = true));
    return html`<p class="muted">${this.t('core.loading')}</p>`;
  }
}
