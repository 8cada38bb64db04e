import { html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import type { ConfigOf, Problem } from '../core/element.js';
import { lineActions } from '../core/crisis-lines.js';
import { SebayaWidget } from '../core/widget.js';
export type { ResourceSelectDetail } from './events.js';
import type { Catalogs } from '../core/i18n/catalog.js';
import type { LocalizedText } from '../core/i18n/localize.js';
import { directoryId, type DirectoryKey } from './messages.js';
import type { AreaTree } from './model/areas.js';
import type * as Engine from './model/engine.js';
import { isFiltered, NO_FILTERS, type Filters } from './model/hash.js';
import type { FilterLists, Result } from './model/listing.js';
import type { Geo, Resource } from './model/resource.js';
import type { SearchIndex } from './model/search.js';
import type { SourceFailure } from './model/sources.js';
import type { renderDetails } from './detail.js';
import type { DirectoryConfig } from './schema.js';
import { HashSync } from './hash-sync.js';
import { directoryStyles } from './styles.js';
import type { Names, SourcesReport, Words } from './views.js';

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

/** Every source failed: the error state names each one. */
class AllSourcesFailed extends Error {
  constructor(readonly failures: readonly SourceFailure[]) {
    super('every directory source failed');
    this.name = 'AllSourcesFailed';
  }
}

const ANNOUNCE_DELAY_MS = 700;
const CLOCK_MS = 60_000;
/** Below this measured width (px) the filters fold behind one button. */
const NARROW_WIDTH = 560;

/** The directory's working parts and its search index: lazy chunks, fetched beside the site config. */
const loadEngine = () => import('./model/engine.js');
const loadSearch = () => import('./model/search.js');

/** English is a lazy chunk, loaded when the page asks for it (and for the search index). */
const loadDirectoryEn = () => import('./messages-en.js').then((m) => m.directoryEn);

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

  // Reactive state (listed in `properties`, so named, not `#private`):
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
  /** The details chunk, once loaded (see `detail.ts`). */
  private declare detail?: { renderDetails: typeof renderDetails } | 'failed';

  protected readonly section = 'directory';
  /** The schema (and valibot) load as a lazy chunk beside the config. */
  protected readonly schema = () => import('./schema.js').then((m) => m.schema);
  protected readonly catalogs = { id: directoryId, en: loadDirectoryEn } as Catalogs<DirectoryKey>;

  #results: Result[] = [];
  #announceTimer?: ReturnType<typeof setTimeout>;
  #clockTimer?: ReturnType<typeof setInterval>;
  #focusIndex?: number;
  #detailLoading?: Promise<void>;
  readonly #hash = new HashSync(this, () => this.hashKey, (f) => (this.filters = { ...this.filters, ...f }));

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
    const [{ SearchIndex, indexLabels }, directoryEn] = await Promise.all([search, english]);
    if (signal.aborted) return;
    if (loaded.failures.length && loaded.failures.length === section.sources.length) throw new AllSourcesFailed(loaded.failures);
    for (const f of loaded.failures) console.warn(`[sebaya-directory] directory.sources[${f.index}]: ${this.#failureText(f)}`);
    for (const s of loaded.skipped) console.warn(`[sebaya-directory] directory.sources[${s.index}]: left out ${s.count}:\n${s.reasons.join('\n')}`);
    if (loaded.dropped.length) console.warn(`[sebaya-directory] values left out:\n${loaded.dropped.join('\n')}`);

    const areas = new engine.AreaTree(section.areas ?? []);
    const resources = engine.withAreas(loaded.resources, areas);
    const categories = section.categories ?? [];
    const index = new SearchIndex(resources, indexLabels(areas, categories, [directoryEn, directoryId]));

    void index.ready.then(() => {
      if (this.data?.index === index) this.indexed = index;
    });
    // The details chunk comes while the page is idle, so opening a place is instant even on 2G.
    const idle = (globalThis as { requestIdleCallback?: (fn: () => void, options?: { timeout: number }) => number }).requestIdleCallback;
    if (idle) idle(() => this.#loadDetail(), { timeout: 5_000 });
    else setTimeout(() => this.#loadDetail(), 1_000);
    const lists = engine.filterLists(resources, areas, categories.map((c) => c.id));
    this.data = { ...loaded, engine, resources, index, areas, lists, crisis: engine.crisisLineIds(resources, this.crisisLines) };
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
      const details = err.failures.map((f) => this.#failureText(f));
      const retryable = err.failures.some((f) => f.problem.kind === 'load' && f.problem.error.retryable);
      // One message naming every source (the error view would otherwise add "and N more problems").
      const message = details.join('\n');
      return { code: 'sources-failed', message, path: `directory.sources[${err.failures[0]?.index ?? 0}]`, details: [message], retryable };
    }
    return super.problemFrom(err);
  }

  #sourceName(f: { index: number; label?: LocalizedText; url?: string }): string {
    const name = f.label !== undefined ? this.text(f.label) : this.t('directory.source.name', { number: f.index + 1 });
    return f.url ? `${name} (${f.url})` : name;
  }

  #failureText(f: SourceFailure): string {
    const source = this.#sourceName(f);
    if (f.problem.kind === 'malformed') return this.t(`directory.malformed.${f.problem.detail}`, { source });
    return this.t('directory.source.failed', { source, reason: super.problemFrom(f.problem.error).message });
  }

  /** Each source's problem with its path, name, address and reason, for the owner box. */
  protected override ownerLines(): readonly string[] {
    return this.data ? this.data.engine.sourceLines(this.#words, this.timeZone, this.data, (s) => this.#sourceName(s), (f) => this.#failureText(f)) : [];
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
    const refilter = changed.has('data') || changed.has('filters') || changed.has('position') || changed.has('now') || changed.has('clock') || changed.has('indexed');
    if (refilter && this.data) {
      this.#results = this.data.engine.applyFilters(this.filters, { index: this.data.index, areas: this.data.areas, now: this.#currentTime, timeZone: this.timeZone, ...(this.position ? { position: this.position } : {}) });
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
      const { downloadCsv } = await import('./download.js');
      downloadCsv(this.renderRoot, places, this.siteConfig?.locale ?? 'id', this.t('directory.download.file'));
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

  /** The element's words, for the views. */
  get #words(): Words {
    return { t: (key, params) => this.t(key, params), text: (value) => this.text(value), intlLocale: this.intlLocale };
  }

  protected renderContent(): TemplateResult {
    const data = this.data;
    if (!data) return html`<div class="directory"><p class="state empty" part="empty">${this.t('directory.none')}</p></div>`;
    const { engine } = data;
    const w = this.#words;
    const notices = engine.renderNotices(w, this.timeZone, data, () => this.reload());
    if (!data.resources.length) return html`<div class="directory">${notices}<p class="state empty" part="empty">${this.t('directory.none')}</p></div>`;
    const n = engine.names(w, this.#options, data.areas);
    const total = this.#results.length;
    const { shown, more } = engine.paging(total, this.pages, this.#pageSize);
    const form = engine.renderSearch(w, n, {
      filters: this.filters,
      lists: data.lists,
      narrow: this.narrow,
      unfolded: this.filtersOpen,
      located: !!this.position,
      locating: this.locating,
      filtered: isFiltered(this.filters),
      set: (patch) => (this.filters = { ...this.filters, ...patch }),
      unfold: (open) => (this.filtersOpen = open),
      nearMe: () => this.#nearMe(),
      clear: () => this.#clear(),
    });
    return html`<div class="directory">
      ${form} ${notices}
      <p class="count" id="count" part="count">${shown < total ? this.t('directory.showing', { shown, count: total }) : this.t('directory.count', { count: total })}</p>
      <div class="visually-hidden" role="status" aria-live="polite" aria-atomic="true">${this.announcement}</div>
      ${total
        ? html`<ul class="results" part="results" aria-labelledby="count">
              ${repeat(
                this.#results.slice(0, shown),
                (r) => r.resource.id,
                (result, index) => {
                  const r = result.resource;
                  const open = total === 1 || this.expanded.has(r.id);
                  const details = (name: string) => this.#renderDetails(w, n, r, name);
                  return engine.renderPlace(w, n, { result, index, open, now: this.#currentTime, timeZone: this.timeZone, crisis: data.crisis.has(r.id), details, toggle: () => this.#toggle(r) });
                },
              )}
            </ul>
            ${more ? html`<p><button type="button" part="more" @click=${this.#showMore}>${this.t('directory.more', { count: more })}</button></p>` : nothing}
            ${this.#options?.download ? html`<p><button type="button" class="download" part="download" @click=${this.#download}>${this.t('directory.download')}</button></p>` : nothing}`
        : engine.renderNoResults(
            w,
            this.crisisLines.map((line) => html`<li><strong>${this.text(line.name)}</strong> <span class="actions">${lineActions(this.i18n, line)}</span></li>`),
            () => this.#clear(),
          )}
    </div>`;
  }

  #loadDetail(): void {
    this.#detailLoading ??= import('./detail.js').then(
      (m) => {
        this.detail = m;
      },
      () => {
        this.detail = 'failed';
        this.#detailLoading = undefined;
      },
    );
  }

  /** While an opened place waits for the details chunk, `updateComplete` waits for it too. */
  protected override async getUpdateComplete(): Promise<boolean> {
    const done = await super.getUpdateComplete();
    if (this.detail || !this.#detailLoading || !this.renderRoot.querySelector('.resource.expanded')) return done;
    await this.#detailLoading;
    return super.getUpdateComplete();
  }

  #renderDetails(w: Words, n: Names, r: Resource, name: string): TemplateResult {
    const detail = this.detail;
    if (detail === 'failed') {
      return html`<p role="alert">${this.t('core.load.chunk')} <button type="button" @click=${() => { this.detail = undefined; this.#loadDetail(); }}>${this.t('core.error.retry')}</button></p>`;
    }
    if (!detail) {
      this.#loadDetail();
      return html`<p class="muted">${this.t('core.loading')}</p>`;
    }
    const { engine, crisis } = this.data as Loaded;
    return detail.renderDetails(
      {
        ...w,
        timeZone: this.timeZone,
        now: this.#currentTime,
        options: this.#options,
        crisis: crisis.has(r.id),
        areaPath: n.areaPath,
        languageName: n.language,
        weekday: (i) => engine.weekday(w, i),
        time: (hhmm) => engine.time(w, hhmm),
      },
      r,
      name,
    );
  }
}
