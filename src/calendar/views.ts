/**
 * The calendar's templates, as functions of plain data (`CalendarState`): the toolbar, the
 * category filter, the empty state, the month grid, the list and the dialog's frame. Words come
 * from the element's `Localize` controller; what the visitor does goes to `CalendarActions`,
 * which the element carries out.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { cssVars } from '../core/css-vars.js';
import type { Localize } from '../core/i18n/controller.js';
import { dateFormat } from '../core/i18n/format.js';
import { CALENDAR_VIEWS, type CalendarView } from './constants.js';
import type { CalendarKey } from './messages.js';
import { categoryColor, daysWithEvents, findCategory } from './model/filter.js';
import { clock, dayLabel, monthLabel, periodLabel } from './model/labels.js';
import { dayStart, monthWeeks, type DayKey } from './model/time.js';
import type { Occurrence } from './model/types.js';
import type { CalendarCategory } from './schema.js';

export type I18n = Localize<CalendarKey>;
type View = TemplateResult | typeof nothing;

/** What the dialog shows: a day's activities, or one activity (opened from a day's list, or not). */
export type Dialog = { kind: 'day'; day: DayKey } | { kind: 'event'; occurrence: Occurrence; day?: DayKey | undefined };

/** What the calendar shows. */
export interface CalendarState {
  readonly view: CalendarView;
  /** The day with the grid's focus; its month is shown. */
  readonly cursor: DayKey;
  readonly today: DayKey;
  /** The first and last day the view shows. */
  readonly range: [DayKey, DayKey];
  /** The occurrences shown, under each day of the range they touch. */
  readonly byDay: ReadonlyMap<DayKey, readonly Occurrence[]>;
  readonly categories: readonly CalendarCategory[];
  readonly hidden: ReadonlySet<string>;
  readonly narrow: boolean;
  /** While printing, every chip of a day is rendered (the month prints as a list). */
  readonly printing: boolean;
  readonly maxPerDay: number;
  readonly weekStart: number;
  readonly dialog?: Dialog | undefined;
}

/** What the visitor can do; the element does it. */
export interface CalendarActions {
  /** Months forward or back; 0 for today. */
  move(months: number): void;
  view(view: CalendarView): void;
  toggle(id: string, shown: boolean): void;
  showAll(): void;
  /** A click on a day cell. */
  pick(day: DayKey): void;
  /** Shows a day's activities in the dialog (focus returns to `from`, else the day's cell). */
  openDay(day: DayKey, from?: HTMLElement): void;
  /** Shows one activity in the dialog (focus returns to `from`); `day`: opened from that day's list. */
  open(o: Occurrence, from: HTMLElement, day?: DayKey): void;
  key(e: KeyboardEvent): void;
  /** ✕: closes the view on top. */
  close(): void;
  /** The dialog closed (Escape or ✕). */
  closed(): void;
}

/** A category's name and colour, if the config lists it. */
export function categoryOf(
  i: I18n,
  categories: readonly CalendarCategory[],
  id: string | undefined,
): { label: string; color: string } | undefined {
  const found = findCategory(categories, id);
  return found && { label: i.text(found.category.label), color: found.color };
}

/** "19.30–21.00" for a chip or list row. */
export function shortTime(i: I18n, o: Occurrence): string {
  if (o.event.allDay) return i.t('calendar.allDay');
  const time = (ms: number) => clock(i.intlLocale, i.timeZone, ms);
  return o.end > o.start ? `${time(o.start)}–${time(o.end)}` : time(o.start);
}

export function toolbarView(i: I18n, s: CalendarState, on: CalendarActions): TemplateResult {
  return html`<div class="toolbar" part="toolbar" role="group" aria-label=${i.t('calendar.toolbar')}>
      <button type="button" class="prev" aria-label=${i.t('calendar.prev')} @click=${() => on.move(-1)}><span aria-hidden="true">‹</span></button>
      <h2 id="month-title" aria-live="polite">${periodLabel(i.intlLocale, s.view, s.range, s.cursor)}</h2>
      <button type="button" class="next" aria-label=${i.t('calendar.next')} @click=${() => on.move(1)}><span aria-hidden="true">›</span></button>
      <button type="button" class="today" @click=${() => on.move(0)}>${i.t('calendar.today')}</button>
      <span class="group" role="group" aria-label=${i.t('calendar.view')}>
        ${CALENDAR_VIEWS.map((v) => html`<button type="button" aria-pressed=${s.view === v ? 'true' : 'false'} @click=${() => on.view(v)}>${i.t(`calendar.view.${v}`)}</button>`)}
      </span>
    </div>`;
}

export function filtersView(i: I18n, s: CalendarState, on: CalendarActions): View {
  if (s.categories.length < 2) return nothing;
  return html`<fieldset class="filters" part="filters">
      <legend>${i.t('calendar.filter')}</legend>
      ${s.categories.map(
        (c, n) =>
          html`<label
            ><input type="checkbox" .checked=${!s.hidden.has(c.id)} @change=${(e: Event) => on.toggle(c.id, (e.target as HTMLInputElement).checked)} /><span
              class="swatch"
              ${cssVars({ '--_c': categoryColor(c, n) })}
            ></span
            >${i.text(c.label)}</label
          >`,
      )}
    </fieldset>`;
}

/** Nothing to show, a way to support anyway (the directory, the crisis lines, when on the page), and `action`. */
export function emptyView(i: I18n, message: string, action: View = nothing): TemplateResult {
  const directory = document.querySelector('sebaya-directory');
  const crisis = document.querySelector('sebaya-crisis-help');
  const goTo = (el: Element) => () => {
    el.scrollIntoView({ block: 'start' });
    (el as HTMLElement).focus?.();
  };
  return html`<div class="empty" part="empty">
      <p>${message}</p>
      <p>${i.t('calendar.suggest')}</p>
      <p class="actions">
        ${action} ${directory ? html`<button type="button" @click=${goTo(directory)}>${i.t('calendar.suggest.directory')}</button>` : nothing}
        ${crisis ? html`<button type="button" @click=${goTo(crisis)}>${i.t('calendar.suggest.crisis')}</button>` : nothing}
      </p>
    </div>`;
}

/** Nothing in the month or the list: or nothing left in the categories still shown, which one click brings back. */
function periodEmpty(i: I18n, s: CalendarState, on: CalendarActions, period: string): TemplateResult {
  if (!s.hidden.size) return emptyView(i, i.t('calendar.emptyMonth', { month: period }));
  return emptyView(
    i,
    i.t('calendar.emptyFiltered', { month: period }),
    html`<button type="button" class="primary" @click=${on.showAll}>${i.t('calendar.showAll')}</button>`,
  );
}

export function monthView(i: I18n, s: CalendarState, on: CalendarActions): TemplateResult {
  const weeks = monthWeeks(s.cursor, s.weekStart);
  const weekday = (weekday: 'long' | 'short', d: DayKey) =>
    dateFormat(i.intlLocale, 'UTC', { weekday }).format(dayStart(d));
  return html`<table role="grid" part="grid" class=${s.narrow ? 'narrow' : ''} aria-labelledby="month-title" @keydown=${on.key}>
        <thead>
          <tr>
            ${weeks[0]!.map((d) => html`<th scope="col" abbr=${weekday('long', d)}>${weekday('short', d)}</th>`)}
          </tr>
        </thead>
        <tbody>
          ${weeks.map((week) => html`<tr>${week.map((day) => cellView(i, s, on, day))}</tr>`)}
        </tbody>
      </table>
      ${s.byDay.size ? nothing : periodEmpty(i, s, on, monthLabel(i.intlLocale, s.cursor))}`;
}

/** The day cell of a button in it (the click stops there: it is not a click on the cell). */
function inCell(e: Event): HTMLElement {
  e.stopPropagation();
  return (e.currentTarget as HTMLElement).closest('td')!;
}

function cellView(i: I18n, s: CalendarState, on: CalendarActions, day: DayKey): TemplateResult {
  const list = s.byDay.get(day) ?? [];
  const max = s.maxPerDay;
  const isToday = day === s.today;
  const outside = !day.startsWith(s.cursor.slice(0, 7));
  const extra = list.length - max;
  const label = `${dayLabel(i.intlLocale, day)}${isToday ? `, ${i.t('calendar.todayMark')}` : ''}, ${i.t('calendar.dayCount', { count: list.length })}`;
  return html`<td
      role="gridcell"
      part="day"
      data-day=${day}
      class=${`${outside ? 'outside' : ''}${list.length ? '' : ' nothing'}`}
      tabindex=${day === s.cursor ? '0' : '-1'}
      aria-selected=${day === s.cursor ? 'true' : 'false'}
      aria-current=${isToday ? 'date' : nothing}
      @click=${() => on.pick(day)}
      @dblclick=${(e: Event) => on.openDay(day, e.currentTarget as HTMLElement)}
    >
      <span class="num" aria-hidden="true">${Number(day.slice(8))}</span><span class="visually-hidden day-label">${label}</span>
      ${
        list.length
          ? html`<ul class="chips">
            ${(s.printing ? list : list.slice(0, max)).map(
              (o, n) =>
                html`<li class=${n >= max ? 'hidden-chip' : ''}>
                  <button type="button" tabindex="-1" class="chip" part="chip" ${cssVars({ '--_c': findCategory(s.categories, o.event.category)?.color })} @click=${(e: Event) => on.open(o, inCell(e))}>
                    ${o.event.allDay ? nothing : html`<span class="time">${clock(i.intlLocale, i.timeZone, o.start)}</span> `}${i.text(o.event.title)}
                  </button>
                </li>`,
            )}
            ${
              extra > 0
                ? html`<li>
                  <button type="button" tabindex="-1" class="more" @click=${(e: Event) => on.openDay(day, inCell(e))}>${i.t('calendar.more', { count: extra })}</button>
                </li>`
                : nothing
            }
          </ul>`
          : nothing
      }
    </td>`;
}

export function listView(i: I18n, s: CalendarState, on: CalendarActions): TemplateResult {
  const days = daysWithEvents(s.byDay, ...s.range);
  return html`<div class="list ${s.narrow ? 'narrow' : ''}" part="list">
      ${
        days.length
          ? days.map(
              (day) => html`<section aria-labelledby=${`d-${day}`}>
              <h3 id=${`d-${day}`}>${dayLabel(i.intlLocale, day, false)}${day === s.today ? html` <span class="muted">(${i.t('calendar.todayMark')})</span>` : nothing}</h3>
              <ul>
                ${(s.byDay.get(day) ?? []).map((o) => html`<li>${itemView(i, s, on, o, day)}</li>`)}
              </ul>
            </section>`,
            )
          : periodEmpty(i, s, on, periodLabel(i.intlLocale, s.view, s.range, s.cursor))
      }
    </div>`;
}

function itemView(i: I18n, s: CalendarState, on: CalendarActions, o: Occurrence, day?: DayKey): TemplateResult {
  const c = categoryOf(i, s.categories, o.event.category);
  return html`<button type="button" class="item" part="item" ${cssVars({ '--_c': c?.color })} @click=${(e: Event) => on.open(o, e.currentTarget as HTMLElement, day)}>
      <span class="time">${shortTime(i, o)}</span>
      <span class="title">${i.text(o.event.title)}${o.event.rrule ? html` <span class="muted">(${i.t('calendar.recurring')})</span>` : nothing}</span>
      <span class="meta"
        >${c ? html`<span class="cat"><span class="swatch" ${cssVars({ '--_c': c.color })}></span>${c.label}</span>` : nothing}${
          o.event.location ? html`<span>${i.text(o.event.location)}</span>` : nothing
        }</span
      >
    </button>`;
}

/**
 * The dialog: its title with ✕, then a day's list or an activity's `detail` (nothing until the
 * detail chunk is in: the dialog opens with its content).
 */
export function dialogView(i: I18n, s: CalendarState, on: CalendarActions, detail?: View): View {
  const d = s.dialog;
  if (!d || (d.kind === 'event' && !detail)) return nothing;
  const list = d.kind === 'day' ? (s.byDay.get(d.day) ?? []) : [];
  return html`<dialog part="dialog" aria-labelledby="dialog-title" @close=${on.closed}>
      <div class="dialog-head">
        <h2 id="dialog-title" tabindex="-1">${d.kind === 'day' ? i.t('calendar.dayTitle', { date: dayLabel(i.intlLocale, d.day) }) : i.text(d.occurrence.event.title)}</h2>
        <button type="button" class="close" aria-label=${i.t('calendar.close')} @click=${on.close}><span aria-hidden="true">✕</span></button>
      </div>
      ${
        d.kind === 'event'
          ? detail
          : list.length
            ? html`<ul class="day-list list ${s.narrow ? 'narrow' : ''}">
              ${list.map((o) => html`<li>${itemView(i, s, on, o, d.day)}</li>`)}
            </ul>`
            : html`<p>${i.t('calendar.emptyDay')}</p>`
      }
    </dialog>`;
}
