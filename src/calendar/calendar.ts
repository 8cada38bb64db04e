import { html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { cssVars } from '../core/css-vars.js';
import type { Problem } from '../core/problem.js';
import { SebayaWidget } from '../core/widget.js';
import type { Catalogs } from '../core/i18n/catalog.js';
import { dateFormat } from '../core/i18n/format.js';
import type { LocalizedText } from '../core/i18n/localize.js';
import type * as DetailModule from './detail.js';
import { calendarId, type CalendarKey } from './messages.js';
import type * as NoticeModule from './notices.js';
import { categoryColor, daysWithEvents, findCategory, shownBetween, toggleCategory } from './model/filter.js';
import { clock, dayLabel, monthLabel, periodLabel, ZONE_ABBR, zoneAbbreviation } from './model/labels.js';
import { occurrenceDays } from './model/occurrences.js';
import { dayKeyOf, dayStart, monthWeeks, type DayKey } from './model/time.js';
import type { CalendarEvent, Occurrence } from './model/types.js';
import { gridMove, isDayKey, linkedOccurrence, resolveView, stepMonths, visibleRange, WEEK_START_DAY } from './model/view.js';
import { CALENDAR_VIEWS, type CalendarView } from './constants.js';
import type { CalendarSection } from './schema.js';
import { loadSources, type IcsEngine, type SourceNotice } from './sources.js';
import { calendarStyles } from './styles.js';


/** English is a lazy chunk, loaded when the page asks for it. */
const loadCalendarEn = () => import('./messages-en.js').then((m) => m.calendarEn);
/** Below this width (px) the list view is the default. */
export const NARROW_WIDTH = 560;

type Dialog = { kind: 'day'; day: DayKey } | { kind: 'event'; occurrence: Occurrence; day?: DayKey };

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
  private declare dialog?: Dialog;
  private narrow = false;
  /** While printing, every chip of a day is rendered (the month prints as a list). */
  private printing = false;

  #engine?: IcsEngine;
  #detail: typeof DetailModule | undefined = detailModule;
  #noticeModule?: typeof NoticeModule;
  #today: DayKey = '';
  #visible: Occurrence[] = [];
  #byDay = new Map<DayKey, Occurrence[]>();
  #rangeKey = '';
  #focusCell = false;
  #returnFocus?: HTMLElement;
  readonly #onHash = (): void => this.#openFromHash();
  readonly #onBeforePrint = (): void => {
    this.printing = true;
    void this.updateComplete;
  };
  readonly #onAfterPrint = (): void => {
    this.printing = false;
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
    window.addEventListener('hashchange', this.#onHash);
    window.addEventListener('beforeprint', this.#onBeforePrint);
    window.addEventListener('afterprint', this.#onAfterPrint);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('hashchange', this.#onHash);
    window.removeEventListener('beforeprint', this.#onBeforePrint);
    window.removeEventListener('afterprint', this.#onAfterPrint);
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

  protected override async prepare(config: NonNullable<SebayaCalendar['siteConfig']>, signal: AbortSignal): Promise<void> {
    const section = config.calendar;
    if (!section) return;
    const tz = this.timeZone;
    // The detail view is a small lazy chunk: fetched beside the feeds, ready before the first click.
    void this.#loadDetail().catch(() => undefined);
    const loaded = await loadSources(section, tz, signal);
    if (loaded.notices.length) this.#noticeModule = await import('./notices.js');
    if (loaded.allFailed) throw new SourceFailure(loaded.allFailed);
    this.#engine = loaded.engine;
    this.events = loaded.events;
    this.notices = loaded.notices;
    this.#today = dayKeyOf(Date.now(), tz);
    this.cursor = isDayKey(this.date) ? this.date : this.#today;
    this.#rangeKey = '';
    for (const n of loaded.notices) this.#reportNotice(n);
    queueMicrotask(() => this.#openFromHash());
  }

  async #loadDetail(): Promise<typeof DetailModule> {
    return (this.#detail ??= detailModule ??= await import('./detail.js'));
  }

  #noticeHost(): NoticeModule.NoticeHost {
    return {
      t: (k, p) => this.t(k, p),
      text: (v) => this.text(v),
      timeZone: this.timeZone,
      loadReason: (err) => super.problemFrom(err).message,
      formatTime: (ms) => this.#fmt({ dateStyle: 'medium', timeStyle: 'short' }).format(ms),
    };
  }

  #noticeText(n: SourceNotice): string {
    return this.#noticeModule?.noticeText(this.#noticeHost(), n) ?? n.path;
  }

  /** Each source's problem with its path and address, for the owner box (visitors see one calm line). */
  protected override ownerLines(): readonly string[] {
    return this.notices.map((n) => this.#noticeModule?.ownerLine(this.#noticeHost(), n) ?? n.path);
  }

  #detailHost(): DetailModule.DetailHost {
    return {
      t: (k, p) => this.t(k, p),
      text: (v) => this.text(v),
      locale: this.locale,
      intlLocale: this.intlLocale,
      timeZone: this.timeZone,
      zoneAbbreviation: this.zoneAbbreviation,
      ...(ZONE_ABBR[this.timeZone] ? { zoneName: ZONE_ABBR[this.timeZone] } : {}),
      ...(this.#engine ? { engine: this.#engine } : {}),
      fmt: (o, tz) => this.#fmt(o, tz),
      dayLabel: (d, long) => dayLabel(this.intlLocale, d, long),
      shortTime: (o) => this.#shortTime(o),
      category: (id) => this.#category(id),
      head: (title) => this.#renderDialogHead(title),
      root: this.renderRoot,
    };
  }

  /** Tells the site owner (console and `sebaya-error`) about one source's problem. */
  #reportNotice(n: SourceNotice): void {
    const message = this.#noticeText(n);
    console.warn(`[${this.localName}] ${this.#noticeModule?.ownerLine(this.#noticeHost(), n) ?? n.path}`);
    if (n.asOf !== undefined) return; // a saved copy is shown: not a failure
    this.emit('sebaya-error', { code: n.error ? `source-${n.error.code}` : `source-${n.problem?.code ?? (n.rrule ? 'rrule' : 'invalid')}`, message, path: n.path });
  }

  protected override problemFrom(err: unknown): Problem {
    if (err instanceof SourceFailure) {
      const message = this.#noticeText(err.notice);
      return { code: `source-${err.notice.error?.code ?? err.notice.problem?.code ?? 'invalid'}`, message, path: err.notice.path, details: [message], retryable: err.notice.error?.retryable ?? false };
    }
    return super.problemFrom(err);
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
      ({ occurrences: this.#visible, byDay: this.#byDay } = shownBetween(this.events, first, last, this.timeZone, this.hiddenCategories));
    }
  }

  /** The first and last day shown by the current view. */
  #range(): [DayKey, DayKey] {
    return visibleRange(this.currentView, this.cursor, this.#today, this.#weekStart);
  }

  protected override updated(changed?: PropertyValues): void {
    super.updated();
    const dialog = this.renderRoot.querySelector<HTMLDialogElement>('dialog');
    // Opened, or its view changed (a day's list to an event and back): focus goes to the new title.
    if (dialog && this.dialog && this.isConnected && (!dialog.open || changed?.has('dialog'))) {
      if (!dialog.open) dialog.showModal();
      dialog.querySelector<HTMLElement>('h2')?.focus();
    }
    if (this.#focusCell) {
      this.#focusCell = false;
      this.renderRoot.querySelector<HTMLElement>(`td[data-day="${this.cursor}"]`)?.focus();
    }
    if (changed?.has('hiddenCategories')) this.refreshState();
  }

  // ---- actions ----------------------------------------------------------------------------------

  /** Shows the month with `day` (and moves the grid focus there). */
  goTo(day: DayKey, focus = false): void {
    this.cursor = day;
    this.#focusCell = focus;
  }

  #move(months: number): void {
    this.goTo(stepMonths(this.cursor, months, this.#today));
  }

  #setView(view: CalendarView): void {
    this.view = view;
  }

  #toggleCategory(id: string, on: boolean): void {
    this.hiddenCategories = toggleCategory(this.hiddenCategories, id, on);
  }

  #openDay(day: DayKey, from?: HTMLElement): void {
    this.#returnFocus = from ?? (this.renderRoot.querySelector<HTMLElement>(`td[data-day="${day}"]`) ?? undefined);
    this.dialog = { kind: 'day', day };
  }

  /** Opens the detail of one occurrence and fires `sebaya-event-select`. */
  openEvent(o: Occurrence, from?: HTMLElement, day?: DayKey): void {
    if (from) this.#returnFocus = from;
    const show = () => (this.dialog = day ? { kind: 'event', occurrence: o, day } : { kind: 'event', occurrence: o });
    if (this.#detail) show();
    else void this.#loadDetail().then(show);
    this.emit('sebaya-event-select', { id: o.event.id, start: o.event.allDay ? dayKeyOf(o.start, 'UTC') : new Date(o.start).toISOString() });
  }

  /** ✕ closes the view on top: an event opened from a day's list goes back to that list (focus on the event). */
  #closeDialog(): void {
    const d = this.dialog;
    if (d?.kind === 'event' && d.day) {
      const i = this.#byDay.get(d.day)?.indexOf(d.occurrence) ?? 0;
      this.dialog = { kind: 'day', day: d.day };
      void this.updateComplete.then(() => this.renderRoot.querySelectorAll<HTMLElement>('dialog .item')[i]?.focus());
      return;
    }
    const dialog = this.renderRoot.querySelector<HTMLDialogElement>('dialog');
    if (dialog?.open) dialog.close();
    else this.#onDialogClosed();
  }

  #onDialogClosed(): void {
    this.dialog = undefined;
    const back = this.#returnFocus;
    this.#returnFocus = undefined;
    void this.updateComplete.then(() => (back?.isConnected ? back.focus() : this.renderRoot.querySelector<HTMLElement>(`td[data-day="${this.cursor}"]`)?.focus()));
  }

  /** `#event=<id>` opens that event (its next occurrence from today, else its first). */
  #openFromHash(): void {
    const next = this.events.length ? linkedOccurrence(window.location.hash, this.events, this.#today) : undefined;
    if (!next) return;
    this.goTo(occurrenceDays(next, this.timeZone)[0]);
    this.openEvent(next);
  }

  #onGridKey(e: KeyboardEvent): void {
    const target = e.target as HTMLElement;
    if ((e.key === 'Enter' || e.key === ' ') && target.localName === 'td') {
      e.preventDefault();
      this.#openDay(this.cursor, target);
      return;
    }
    const day = gridMove(e.key, e.shiftKey, this.cursor, this.#weekStart);
    if (!day) return;
    e.preventDefault();
    this.goTo(day, true);
  }

  // ---- formatting -------------------------------------------------------------------------------

  #fmt(options: Intl.DateTimeFormatOptions, timeZone = this.timeZone): Intl.DateTimeFormat {
    return dateFormat(this.intlLocale, timeZone, options);
  }

  /** The zone's abbreviation: WIB/WITA/WIT for Indonesia, else what Intl gives (GMT+7). */
  get zoneAbbreviation(): string {
    return zoneAbbreviation(this.intlLocale, this.timeZone, Date.now());
  }

  #time(ms: number): string {
    return clock(this.intlLocale, this.timeZone, ms);
  }

  /** "19.30–21.00" for a chip or list row. */
  #shortTime(o: Occurrence): string {
    if (o.event.allDay) return this.t('calendar.allDay');
    return o.end > o.start ? `${this.#time(o.start)}–${this.#time(o.end)}` : this.#time(o.start);
  }

  #category(id: string | undefined): { label: string; color: string } | undefined {
    const found = findCategory(this.#calendarConfig?.categories ?? [], id);
    return found && { label: this.text(found.category.label), color: found.color };
  }

  #colorStyle(event: CalendarEvent) {
    const c = this.#category(event.category);
    return cssVars({ '--_c': c?.color });
  }

  // ---- rendering --------------------------------------------------------------------------------

  protected renderContent(): TemplateResult {
    if (!this.cursor) return html``;
    const view = this.currentView;
    return html`<section class="calendar" aria-label=${this.t('calendar.label')}>
      ${this.#renderToolbar(view)} ${this.#renderFilters()} ${this.#renderNotices()}
      ${this.isEmpty() ? this.#renderEmpty(this.t('calendar.empty')) : view === 'month' ? this.#renderMonth() : this.#renderList()} ${this.#renderDialog()}
    </section>`;
  }

  #renderToolbar(view: CalendarView): TemplateResult {
    return html`<div class="toolbar" part="toolbar" role="group" aria-label=${this.t('calendar.toolbar')}>
      <button type="button" class="prev" aria-label=${this.t('calendar.prev')} @click=${() => this.#move(-1)}><span aria-hidden="true">‹</span></button>
      <h2 id="month-title" aria-live="polite">${periodLabel(this.intlLocale, this.currentView, this.#range(), this.cursor)}</h2>
      <button type="button" class="next" aria-label=${this.t('calendar.next')} @click=${() => this.#move(1)}><span aria-hidden="true">›</span></button>
      <button type="button" class="today" @click=${() => this.#move(0)}>${this.t('calendar.today')}</button>
      <span class="group" role="group" aria-label=${this.t('calendar.view')}>
        ${CALENDAR_VIEWS.map((v) => html`<button type="button" aria-pressed=${view === v ? 'true' : 'false'} @click=${() => this.#setView(v)}>${this.t(`calendar.view.${v}`)}</button>`)}
      </span>
    </div>`;
  }

  #renderFilters(): TemplateResult | typeof nothing {
    const categories = this.#calendarConfig?.categories ?? [];
    if (categories.length < 2) return nothing;
    return html`<fieldset class="filters" part="filters">
      <legend>${this.t('calendar.filter')}</legend>
      ${categories.map((c, i) => {
        const color = categoryColor(c, i);
        return html`<label
          ><input type="checkbox" .checked=${!this.hiddenCategories.has(c.id)} @change=${(e: Event) => this.#toggleCategory(c.id, (e.target as HTMLInputElement).checked)} /><span
            class="swatch"
            ${cssVars({ '--_c': color })}
          ></span
          >${this.text(c.label)}</label
        >`;
      })}
    </fieldset>`;
  }

  #renderNotices(): TemplateResult | typeof nothing {
    return this.notices.length && this.#noticeModule ? this.#noticeModule.renderNotices(this.#noticeHost(), this.notices) : nothing;
  }

  /** Nothing in the month or the list: or nothing left in the categories still shown, which one click brings back. */
  #renderPeriodEmpty(period: string): TemplateResult {
    if (!this.hiddenCategories.size) return this.#renderEmpty(this.t('calendar.emptyMonth', { month: period }));
    const showAll = async (): Promise<void> => {
      this.hiddenCategories = new Set();
      // The button goes with the empty state: keep the keyboard in the filters it reset.
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('.filters input')?.focus();
    };
    return this.#renderEmpty(this.t('calendar.emptyFiltered', { month: period }), html`<button type="button" class="primary" @click=${showAll}>${this.t('calendar.showAll')}</button>`);
  }

  #renderEmpty(message: string, action: TemplateResult | typeof nothing = nothing): TemplateResult {
    const directory = document.querySelector('sebaya-directory');
    const crisis = document.querySelector('sebaya-crisis-help');
    const goTo = (el: Element) => () => {
      el.scrollIntoView({ block: 'start' });
      (el as HTMLElement).focus?.();
    };
    return html`<div class="empty" part="empty">
      <p>${message}</p>
      <p>${this.t('calendar.suggest')}</p>
      <p class="actions">
        ${action} ${directory ? html`<button type="button" @click=${goTo(directory)}>${this.t('calendar.suggest.directory')}</button>` : nothing}
        ${crisis ? html`<button type="button" @click=${goTo(crisis)}>${this.t('calendar.suggest.crisis')}</button>` : nothing}
      </p>
    </div>`;
  }

  #renderMonth(): TemplateResult {
    const weeks = monthWeeks(this.cursor, this.#weekStart);
    const month = this.cursor.slice(0, 7);
    const max = this.#calendarConfig?.maxPerDay ?? 3;
    const weekdayLong = this.#fmt({ weekday: 'long' }, 'UTC');
    const weekdayShort = this.#fmt({ weekday: 'short' }, 'UTC');
    const monthEmpty = !this.#visible.length;
    return html`<table role="grid" part="grid" class=${this.narrow ? 'narrow' : ''} aria-labelledby="month-title" @keydown=${this.#onGridKey}>
        <thead>
          <tr>
            ${weeks[0]!.map((d) => html`<th scope="col" abbr=${weekdayLong.format(dayStart(d))}>${weekdayShort.format(dayStart(d))}</th>`)}
          </tr>
        </thead>
        <tbody>
          ${weeks.map((week) => html`<tr>${week.map((day) => this.#renderCell(day, month, max))}</tr>`)}
        </tbody>
      </table>
      ${monthEmpty ? this.#renderPeriodEmpty(monthLabel(this.intlLocale, this.cursor)) : nothing}`;
  }

  #renderCell(day: DayKey, month: string, max: number): TemplateResult {
    const list = this.#byDay.get(day) ?? [];
    const isToday = day === this.#today;
    const outside = !day.startsWith(month);
    const extra = list.length - max;
    const label = `${dayLabel(this.intlLocale, day)}${isToday ? `, ${this.t('calendar.todayMark')}` : ''}, ${this.t('calendar.dayCount', { count: list.length })}`;
    return html`<td
      role="gridcell"
      part="day"
      data-day=${day}
      class=${`${outside ? 'outside' : ''}${list.length ? '' : ' nothing'}`}
      tabindex=${day === this.cursor ? '0' : '-1'}
      aria-selected=${day === this.cursor ? 'true' : 'false'}
      aria-current=${isToday ? 'date' : nothing}
      @click=${() => this.goTo(day)}
      @dblclick=${(e: Event) => this.#openDay(day, e.currentTarget as HTMLElement)}
    >
      <span class="num" aria-hidden="true">${Number(day.slice(8))}</span><span class="visually-hidden day-label">${label}</span>
      ${list.length
        ? html`<ul class="chips">
            ${(this.printing ? list : list.slice(0, max)).map(
              (o, i) =>
                html`<li class=${i >= max ? 'hidden-chip' : ''}>
                  <button type="button" tabindex="-1" class="chip" part="chip" ${this.#colorStyle(o.event)} @click=${(e: Event) => this.#onChip(e, o)}>
                    ${o.event.allDay ? nothing : html`<span class="time">${this.#time(o.start)}</span> `}${this.text(o.event.title)}
                  </button>
                </li>`,
            )}
            ${extra > 0
              ? html`<li>
                  <button type="button" tabindex="-1" class="more" @click=${(e: Event) => this.#onMore(e, day)}>${this.t('calendar.more', { count: extra })}</button>
                </li>`
              : nothing}
          </ul>`
        : nothing}
    </td>`;
  }

  #onChip(e: Event, o: Occurrence): void {
    e.stopPropagation();
    const cell = (e.currentTarget as HTMLElement).closest('td');
    this.openEvent(o, cell ?? undefined);
  }

  #onMore(e: Event, day: DayKey): void {
    e.stopPropagation();
    this.cursor = day;
    this.#openDay(day, (e.currentTarget as HTMLElement).closest('td') ?? undefined);
  }

  #renderList(): TemplateResult {
    const days = daysWithEvents(this.#byDay, ...this.#range());
    return html`<div class="list ${this.narrow ? 'narrow' : ''}" part="list">
      ${days.length
        ? days.map(
            (day) => html`<section aria-labelledby=${`d-${day}`}>
              <h3 id=${`d-${day}`}>${dayLabel(this.intlLocale, day, false)}${day === this.#today ? html` <span class="muted">(${this.t('calendar.todayMark')})</span>` : nothing}</h3>
              <ul>
                ${(this.#byDay.get(day) ?? []).map((o) => html`<li>${this.#renderItem(o, day)}</li>`)}
              </ul>
            </section>`,
          )
        : this.#renderPeriodEmpty(periodLabel(this.intlLocale, this.currentView, this.#range(), this.cursor))}
    </div>`;
  }

  #renderItem(o: Occurrence, day?: DayKey): TemplateResult {
    const c = this.#category(o.event.category);
    return html`<button type="button" class="item" part="item" ${this.#colorStyle(o.event)} @click=${(e: Event) => this.openEvent(o, e.currentTarget as HTMLElement, day)}>
      <span class="time">${this.#shortTime(o)}</span>
      <span class="title">${this.text(o.event.title)}${o.event.rrule ? html` <span class="muted">(${this.t('calendar.recurring')})</span>` : nothing}</span>
      <span class="meta"
        >${c ? html`<span class="cat"><span class="swatch" ${cssVars({ '--_c': c.color })}></span>${c.label}</span>` : nothing}${o.event.location
          ? html`<span>${this.text(o.event.location)}</span>`
          : nothing}</span
      >
    </button>`;
  }

  #renderDialog(): TemplateResult | typeof nothing {
    const d = this.dialog;
    if (!d) return nothing;
    return html`<dialog part="dialog" aria-labelledby="dialog-title" @close=${() => this.#onDialogClosed()}>
      ${d.kind === 'day' ? this.#renderDay(d.day) : this.#detail ? this.#detail.renderDetail(this.#detailHost(), d.occurrence) : nothing}
    </dialog>`;
  }

  #renderDialogHead(title: string): TemplateResult {
    return html`<div class="dialog-head">
      <h2 id="dialog-title" tabindex="-1">${title}</h2>
      <button type="button" class="close" aria-label=${this.t('calendar.close')} @click=${() => this.#closeDialog()}><span aria-hidden="true">✕</span></button>
    </div>`;
  }

  #renderDay(day: DayKey): TemplateResult {
    const list = this.#byDay.get(day) ?? [];
    return html`${this.#renderDialogHead(this.t('calendar.dayTitle', { date: dayLabel(this.intlLocale, day) }))}
      ${list.length
        ? html`<ul class="day-list list ${this.narrow ? 'narrow' : ''}">
            ${list.map((o) => html`<li>${this.#renderItem(o, day)}</li>`)}
          </ul>`
        : html`<p>${this.t('calendar.emptyDay')}</p>`}`;
  }
}

/** The detail chunk once loaded (shared by every calendar on the page). */
let detailModule: typeof DetailModule | undefined;

/** Every source failed: the error state names the first. */
class SourceFailure extends Error {
  constructor(readonly notice: SourceNotice) {
    super(notice.path);
  }
}

export type { LocalizedText };
