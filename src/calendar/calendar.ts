import { html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { chunk } from '../core/lazy.js';
import { ProblemError } from '../core/problem.js';
import { SebayaWidget } from '../core/widget.js';
import type { Catalogs } from '../core/i18n/catalog.js';
import type { LocalizedText } from '../core/i18n/localize.js';
import { calendarId, type CalendarKey } from './messages.js';
import { shownBetween, toggleCategory } from './model/filter.js';
import { zoneAbbreviation } from './model/labels.js';
import { occurrenceDays } from './model/occurrences.js';
import { dayKeyOf, type DayKey } from './model/time.js';
import type { CalendarEvent, Occurrence } from './model/types.js';
import {
  gridMove,
  isDayKey,
  linkedOccurrence,
  resolveView,
  stepMonths,
  visibleRange,
  WEEK_START_DAY,
} from './model/view.js';
import type { CalendarView } from './constants.js';
import type { CalendarSection } from './schema.js';
import { loadSources, type SourceNotice } from './sources.js';
import { calendarStyles } from './styles.js';
import {
  dialogView,
  emptyView,
  filtersView,
  listView,
  monthView,
  toolbarView,
  type CalendarActions,
  type CalendarState,
  type Dialog,
} from './views.js';

/** English is a lazy chunk, loaded when the page asks for it. */
const loadCalendarEn = chunk(() => import('./messages-en.js').then((m) => m.calendarEn));
/** The event detail (a lazy chunk, preloaded while feeds load). */
const detail = chunk(() => import('./detail.js'));
/** Notices about sources (a lazy chunk, loaded when a source has something to say). */
const notices = chunk(() => import('./notices.js'));

/** Below this width (px) the list view is the default. */
export const NARROW_WIDTH = 560;

export type { EventSelectDetail } from './events.js';

/**
 * Community activities: a month grid and a list, recurring events, ICS and JSON feeds, and
 * "add to my calendar".
 *
 * @summary Calendar of community activities.
 * @tag sebaya-calendar
 *
 * @attr src - URL of the site config (JSON); reads `calendar`, `timeZone`, `locale`, `messages`.
 * @attr lang - Language (`id`, `en`, or a locale the config adds).
 * @attr theme - `light`, `dark` or `auto`.
 * @attr view - `month` or `list`; without it the config's `view`, and the list on narrow screens.
 * @attr date - A day (`YYYY-MM-DD`) whose month is shown first; default today in the site's zone.
 *
 * @fires sebaya-ready - The calendar is shown.
 * @fires sebaya-error - The config is broken or a source failed; `detail: { code, message, path? }`.
 * @fires sebaya-event-select - An event was opened; `detail: { id, start }`.
 *
 * @csspart base - The root box.
 * @csspart toolbar - Month title, previous/next/today and the view switch.
 * @csspart filters - The category filter.
 * @csspart notices - One calm line when a source failed, and the date of a saved copy shown (the detail is in the owner box).
 * @csspart grid - The month grid (a table).
 * @csspart day - One day cell.
 * @csspart chip - An event in a day cell.
 * @csspart list - The list view.
 * @csspart item - An event in the list.
 * @csspart dialog - The day / event detail dialog.
 * @csspart empty - The empty state.
 * @csspart error - The error state.
 *
 * @cssprop --sebaya-calendar-accent - Accent (falls back to --sebaya-color-accent).
 * @cssprop --sebaya-calendar-today - Marker of today (falls back to the accent).
 * @cssprop --sebaya-calendar-cell-height - Height of a day cell (default 6.5em).
 */
export class SebayaCalendar extends SebayaWidget<CalendarSection, CalendarKey> {
  static override styles = [...SebayaWidget.styles, calendarStyles];

  // Reactive properties (no decorators: see `SebayaElement.properties`).
  static override properties: PropertyDeclarations = {
    view: { reflect: true },
    date: {},
    events: { state: true, attribute: false },
    notices: { state: true, attribute: false },
    cursor: { state: true, attribute: false },
    hiddenCategories: { state: true, attribute: false },
    dialog: { state: true, attribute: false },
    narrow: { state: true, attribute: false },
    printing: { state: true, attribute: false },
  };

  /** `month` or `list` (the visitor's choice replaces it). */
  declare view?: CalendarView;

  /** A day (`YYYY-MM-DD`) whose month is shown first. */
  declare date?: string;

  protected readonly section = 'calendar' as const;
  protected readonly schema = () => import('./schema.js').then((m) => m.schema);
  // The lazy keys (messages-lazy.ts) arrive with the chunks that use them.
  protected readonly catalogs = { id: calendarId, en: loadCalendarEn } as Catalogs<CalendarKey>;

  // Reactive state (listed in `properties`):
  private events: CalendarEvent[] = [];
  private notices: SourceNotice[] = [];
  private cursor: DayKey = '';
  private hiddenCategories = new Set<string>();
  declare private dialog?: Dialog;
  private narrow = false;
  /** While printing, every chip of a day is rendered (the month prints as a list). */
  private printing = false;

  #today: DayKey = '';
  #byDay = new Map<DayKey, Occurrence[]>();
  #rangeKey = '';
  #focusCell = false;
  #returnFocus?: HTMLElement;
  /** Aborts the window listeners when the element leaves the page. */
  #listening?: AbortController;

  /** What the visitor does in the views. */
  readonly #on: CalendarActions = {
    move: (months) => this.goTo(stepMonths(this.cursor, months, this.#today)),
    view: (view) => (this.view = view),
    toggle: (id, shown) => (this.hiddenCategories = toggleCategory(this.hiddenCategories, id, shown)),
    showAll: () => {
      this.hiddenCategories = new Set();
      // The button goes with the empty state: keep the keyboard in the filters it reset.
      void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('.filters input')?.focus());
    },
    pick: (day) => this.goTo(day),
    openDay: (day, from) => {
      this.#returnFocus = from ?? this.#cell(day) ?? undefined;
      this.cursor = day;
      this.dialog = { kind: 'day', day };
    },
    open: (o, from, day) => this.openEvent(o, from, day),
    key: (e) => {
      const target = e.target as HTMLElement;
      if ((e.key === 'Enter' || e.key === ' ') && target.localName === 'td') {
        e.preventDefault();
        this.#on.openDay(this.cursor, target);
        return;
      }
      const day = gridMove(e.key, e.shiftKey, this.cursor, this.#weekStart);
      if (!day) return;
      e.preventDefault();
      this.goTo(day, true);
    },
    // ✕ closes the view on top: an event opened from a day's list goes back to that list (focus on the event).
    close: () => {
      const d = this.dialog;
      if (d?.kind === 'event' && d.day) {
        const i = this.#byDay.get(d.day)?.indexOf(d.occurrence) ?? 0;
        this.dialog = { kind: 'day', day: d.day };
        void this.updateComplete.then(() => this.renderRoot.querySelectorAll<HTMLElement>('dialog .item')[i]?.focus());
        return;
      }
      const dialog = this.renderRoot.querySelector('dialog');
      if (dialog?.open) dialog.close();
      else this.#on.closed();
    },
    closed: () => {
      this.dialog = undefined;
      const back = this.#returnFocus;
      this.#returnFocus = undefined;
      void this.updateComplete.then(() => (back?.isConnected ? back : this.#cell(this.cursor))?.focus());
    },
  };

  constructor() {
    super();
    // The element's own width, observed once for its life (it reports only while on the page).
    new ResizeObserver(([entry]) => {
      const width = entry?.contentRect.width ?? 0;
      const narrow = width > 0 && width < NARROW_WIDTH;
      // Next frame: changing the view inside the observer would resize within the same frame.
      if (narrow !== this.narrow) requestAnimationFrame(() => (this.narrow = narrow));
    }).observe(this);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    const signal = (this.#listening = new AbortController()).signal;
    addEventListener('hashchange', () => this.#openFromHash(), { signal });
    addEventListener(
      'beforeprint',
      () => {
        this.printing = true;
        void this.updateComplete;
      },
      { signal },
    );
    addEventListener('afterprint', () => (this.printing = false), { signal });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#listening?.abort();
  }

  get #calendarConfig(): CalendarSection | undefined {
    return this.siteConfig?.calendar;
  }

  /** The view in use: the visitor's or `view` attribute, else list on narrow screens, else the config's. */
  get currentView(): CalendarView {
    return resolveView(this.view, this.narrow, this.#calendarConfig?.view);
  }

  get #weekStart(): number {
    return WEEK_START_DAY[this.#calendarConfig?.weekStart ?? 'mo'];
  }

  #cell(day: DayKey): HTMLElement | null {
    return this.renderRoot.querySelector<HTMLElement>(`td[data-day="${day}"]`);
  }

  protected override async prepare(
    config: NonNullable<SebayaCalendar['siteConfig']>,
    signal: AbortSignal,
  ): Promise<void> {
    const section = config.calendar;
    if (!section) return;
    const tz = this.timeZone;
    // The detail view is a small lazy chunk: fetched beside the feeds, ready before the first click.
    void detail().catch(() => undefined);
    const loaded = await loadSources(section, tz, signal);
    // Notices are worded by a chunk of their own: in before anything is reported.
    const words = loaded.notices.length ? await notices() : undefined;
    const failed = loaded.allFailed;
    if (failed) throw new ProblemError(() => words!.noticeProblem(this.i18n, this.#reason, failed));
    this.events = loaded.events;
    this.notices = loaded.notices;
    this.#today = dayKeyOf(Date.now(), tz);
    this.cursor = isDayKey(this.date) ? this.date : this.#today;
    this.#rangeKey = '';
    // Each source's problem goes to the site owner (console, `sebaya-error`); a saved copy shown is not a failure.
    for (const n of loaded.notices) {
      console.warn(`[${this.localName}] ${words!.ownerLine(this.i18n, this.#reason, n)}`);
      if (n.asOf !== undefined) continue;
      const { code, message, path } = words!.noticeProblem(this.i18n, this.#reason, n);
      this.emit('sebaya-error', { code, message, path });
    }
    queueMicrotask(() => this.#openFromHash());
  }

  /** The core's wording of a load failure. */
  readonly #reason = (err: NonNullable<SourceNotice['error']>): string => this.problemFrom(err).message;

  /** Each source's problem with its path and address, for the owner box (visitors see one calm line). */
  protected override ownerLines(): readonly string[] {
    return this.notices.map((n) => notices.value!.ownerLine(this.i18n, this.#reason, n));
  }

  protected override isEmpty(): boolean {
    return this.events.length === 0;
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (changed.has('date') && this.#today && isDayKey(this.date)) this.cursor = this.date;
    if (!this.cursor) return;
    const [first, last] = this.#range();
    const key = `${first}|${last}|${this.timeZone}|${[...this.hiddenCategories].join(',')}`;
    if (key !== this.#rangeKey || changed.has('events')) {
      this.#rangeKey = key;
      this.#byDay = shownBetween(this.events, first, last, this.timeZone, this.hiddenCategories).byDay;
    }
  }

  /** The first and last day shown by the current view. */
  #range(): [DayKey, DayKey] {
    return visibleRange(this.currentView, this.cursor, this.#today, this.#weekStart);
  }

  protected override updated(changed?: PropertyValues): void {
    super.updated();
    const dialog = this.renderRoot.querySelector('dialog');
    // Opened, or its view changed (a day's list to an event and back): focus goes to the new title.
    if (dialog && this.dialog && this.isConnected && (!dialog.open || changed?.has('dialog'))) {
      if (!dialog.open) dialog.showModal();
      dialog.querySelector<HTMLElement>('h2')?.focus();
    }
    if (this.#focusCell) {
      this.#focusCell = false;
      this.#cell(this.cursor)?.focus();
    }
    if (changed?.has('hiddenCategories')) this.refreshState();
  }

  // ---- actions ----------------------------------------------------------------------------------

  /** Shows the month with `day` (and moves the grid focus there). */
  goTo(day: DayKey, focus = false): void {
    this.cursor = day;
    this.#focusCell = focus;
  }

  /** Opens the detail of one occurrence (once its chunk is in) and fires `sebaya-event-select`. */
  openEvent(o: Occurrence, from?: HTMLElement, day?: DayKey): void {
    if (from) this.#returnFocus = from;
    this.dialog = { kind: 'event', occurrence: o, day };
    this.emit('sebaya-event-select', {
      id: o.event.id,
      start: o.event.allDay ? dayKeyOf(o.start, 'UTC') : new Date(o.start).toISOString(),
    });
  }

  /** `#event=<id>` opens that event (its next occurrence from today, else its first). */
  #openFromHash(): void {
    const next = this.events.length ? linkedOccurrence(window.location.hash, this.events, this.#today) : undefined;
    if (!next) return;
    this.goTo(occurrenceDays(next, this.timeZone)[0]);
    this.openEvent(next);
  }

  /** The zone's abbreviation: WIB/WITA/WIT for Indonesia, else what Intl gives (GMT+7). */
  get zoneAbbreviation(): string {
    return zoneAbbreviation(this.intlLocale, this.timeZone, Date.now());
  }

  // ---- rendering --------------------------------------------------------------------------------

  protected renderContent(): TemplateResult {
    if (!this.cursor) return html``;
    const i = this.i18n;
    const on = this.#on;
    const d = this.dialog;
    const categories = this.#calendarConfig?.categories ?? [];
    const s: CalendarState = {
      view: this.currentView,
      cursor: this.cursor,
      today: this.#today,
      range: this.#range(),
      byDay: this.#byDay,
      categories,
      hidden: this.hiddenCategories,
      narrow: this.narrow,
      printing: this.printing,
      maxPerDay: this.#calendarConfig?.maxPerDay ?? 3,
      weekStart: this.#weekStart,
      dialog: d,
    };
    const open =
      d?.kind === 'event' && this.need(detail)?.renderDetail(i, { categories, root: this.renderRoot }, d.occurrence);
    return html`<section class="calendar" aria-label=${i.t('calendar.label')}>
      ${toolbarView(i, s, on)} ${filtersView(i, s, on)} ${this.notices.length ? notices.value!.renderNotices(i, this.notices) : nothing}
      ${this.isEmpty() ? emptyView(i, i.t('calendar.empty')) : s.view === 'month' ? monthView(i, s, on) : listView(i, s, on)} ${dialogView(i, s, on, open || undefined)}
    </section>`;
  }
}

export type { LocalizedText };
