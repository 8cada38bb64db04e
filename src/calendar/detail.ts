/**
 * The event detail of <sebaya-calendar> (a lazy chunk, preloaded while feeds load): time in the
 * site's zone with its abbreviation, duration, recurrence in words, place with a map link,
 * description as text with safe links, contact, and "add to my calendar".
 */
import { html, nothing, type TemplateResult } from 'lit';
import { cssVars } from '../core/css-vars.js';
import { downloadFile } from '../core/download.js';
import { chunk } from '../core/lazy.js';
import { dateFormat } from '../core/i18n/format.js';
import { safeUrl, telUrl, whatsappUrl } from '../core/safe-url.js';
import './messages-lazy.js';
import { dayLabel, ZONE_ABBR, zoneAbbreviation } from './model/labels.js';
import { googleCalendarUrl, mapUrl } from './model/links.js';
import { DAY_MS, dayKeyOf, wallClock } from './model/time.js';
import type { CalendarEvent, Occurrence } from './model/types.js';
import type { CalendarCategory } from './schema.js';
import { loadEngine } from './sources.js';
import { categoryOf, shortTime, type I18n } from './views.js';

/** What only the calendar knows (its words, language and zone come with the `Localize` controller). */
export interface DetailData {
  readonly categories: readonly CalendarCategory[];
  /** Where the download link is clicked. */
  readonly root: Node;
}

const fmt = (i: I18n, options: Intl.DateTimeFormatOptions, timeZone = i.timeZone): Intl.DateTimeFormat =>
  dateFormat(i.intlLocale, timeZone, options);

/** "Kamis, 3 Desember 2026, 19.30–21.00 WIB" (in the site's zone, with its abbreviation). */
export function whenText(i: I18n, o: Occurrence): string {
  const tz = i.timeZone;
  if (o.event.allDay) {
    const last = o.end - DAY_MS > o.start ? o.end - DAY_MS : o.start;
    const f = fmt(i, { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' }, 'UTC');
    return `${last > o.start ? f.formatRange(o.start, last) : f.format(o.start)} (${i.t('calendar.allDay').toLowerCase()})`;
  }
  const zone = zoneAbbreviation(i.intlLocale, tz, Date.now());
  const sameDay = dayKeyOf(o.start, tz) === dayKeyOf(Math.max(o.start, o.end - 1), tz);
  if (sameDay) return `${dayLabel(i.intlLocale, dayKeyOf(o.start, tz))}, ${shortTime(i, o)} ${zone}`;
  const f = fmt(i, {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
  });
  return `${f.format(o.start)} – ${f.format(o.end)} ${zone}`;
}

/** "1 jam 30 menit" / "1 hour 30 minutes"; days for all-day events. */
export function durationText(i: I18n, o: Occurrence): string {
  const minutes = Math.round((o.end - o.start) / 60_000);
  const unit = (value: number, u: 'day' | 'hour' | 'minute') =>
    new Intl.NumberFormat(i.intlLocale, { style: 'unit', unit: u, unitDisplay: 'long' }).format(value);
  if (o.event.allDay) return unit(Math.max(1, Math.round(minutes / 1440)), 'day');
  if (minutes <= 0) return '';
  const parts: string[] = [];
  const hours = Math.floor(minutes / 60);
  if (hours) parts.push(unit(hours, 'hour'));
  if (minutes % 60) parts.push(unit(minutes % 60, 'minute'));
  return parts.join(' ');
}

/** The event's rule in words ("Setiap Selasa kedua setiap bulan"). */
export function ruleText(i: I18n, event: CalendarEvent): string | undefined {
  const rule = event.rrule?.[0];
  // Recurring events came through the ICS engine: it is in.
  const engine = loadEngine.value;
  if (!rule || !engine) return undefined;
  const [y, mo, d] = wallClock(event.start, event.allDay ? 'UTC' : i.timeZone);
  return engine.describeRule(rule, {
    t: (key, params) => i.t(key, params),
    locale: i.intlLocale,
    start: { weekday: new Date(Date.UTC(y, mo - 1, d)).getUTCDay(), day: d, month: mo },
    formatUntil: (ms) => fmt(i, { day: 'numeric', month: 'long', year: 'numeric' }, 'UTC').format(ms),
  });
}

/** Text with its http(s) links turned into safe links; everything else stays text. */
export function linkify(text: string): (string | TemplateResult)[] {
  const out: (string | TemplateResult)[] = [];
  let last = 0;
  for (const m of text.matchAll(/\bhttps?:\/\/[^\s<>"']+[^\s<>"'.,;:!?)]/g)) {
    const href = safeUrl(m[0]);
    out.push(text.slice(last, m.index));
    out.push(href ? html`<a href=${href} target="_blank" rel="noopener noreferrer">${m[0]}</a>` : m[0]);
    last = (m.index ?? 0) + m[0].length;
  }
  out.push(text.slice(last));
  return out;
}

function renderContact(i: I18n, e: CalendarEvent): TemplateResult {
  const c = e.contact!;
  const tel = c.phone ? telUrl(c.phone) : undefined;
  const wa = c.whatsapp ? whatsappUrl(c.whatsapp) : undefined;
  const mail = c.email ? safeUrl(`mailto:${c.email}`) : undefined;
  return html`${c.name ? html`<span>${i.text(c.name)}</span> ` : nothing}${tel ? html`<a href=${tel}>${c.phone}</a> ` : nothing}${
    wa ? html`<a href=${wa} target="_blank" rel="noopener noreferrer">WhatsApp ${c.whatsapp}</a> ` : nothing
  }${mail ? html`<a href=${mail}>${c.email}</a>` : nothing}`;
}

/** The .ics writer: a lazy chunk, loaded when a visitor first adds an event to a calendar. */
const exporter = chunk(() => import('./model/export.js'));

/** Builds the .ics and hands it to the browser as a download. */
export async function download(i: I18n, d: DetailData, o: Occurrence, series: boolean): Promise<void> {
  const { toIcs, icsFileName } = await exporter();
  const zoneName = ZONE_ABBR[i.timeZone];
  const text = toIcs(o, { locale: i.locale, series, ...(zoneName ? { zoneName } : {}) });
  downloadFile(d.root, icsFileName(o, i.locale), 'text/calendar;charset=utf-8', text);
}

/** The detail of one occurrence (inside the element's <dialog>, under its title). */
export function renderDetail(i: I18n, d: DetailData, o: Occurrence): TemplateResult {
  const e = o.event;
  const c = categoryOf(i, d.categories, e.category);
  const rule = ruleText(i, e);
  const duration = durationText(i, o);
  const map = e.location || e.geo ? safeUrl(mapUrl(e, i.locale)) : undefined;
  const more = safeUrl(e.url);
  const google = safeUrl(googleCalendarUrl(o, i.locale, !!e.rrule));
  return html`<dl>
      <dt>${i.t('calendar.when')}</dt>
      <dd class="when">${whenText(i, o)}</dd>
      ${duration ? html`<dt>${i.t('calendar.duration')}</dt><dd class="duration">${duration}</dd>` : nothing}
      ${rule ? html`<dt>${i.t('calendar.repeats')}</dt><dd class="rule">${rule}</dd>` : nothing}
      ${
        e.location
          ? html`<dt>${i.t('calendar.where')}</dt>
            <dd class="where">${i.text(e.location)}${map ? html` · <a href=${map} target="_blank" rel="noopener noreferrer">${i.t('calendar.map')}</a>` : nothing}</dd>`
          : nothing
      }
      ${c ? html`<dt>${i.t('calendar.category')}</dt><dd class="cat"><span class="swatch" ${cssVars({ '--_c': c.color })}></span>${c.label}</dd>` : nothing}
      ${e.contact ? html`<dt>${i.t('calendar.contact')}</dt><dd class="contact">${renderContact(i, e)}</dd>` : nothing}
    </dl>
    ${e.description ? html`<p class="description">${linkify(i.text(e.description))}</p>` : nothing}
    ${more ? html`<p><a href=${more} target="_blank" rel="noopener noreferrer">${i.t('calendar.moreInfo')}</a></p>` : nothing}
    <h3>${i.t('calendar.add')}</h3>
    <p class="add">
      ${google ? html`<a class="button" href=${google} target="_blank" rel="noopener noreferrer">${i.t('calendar.add.google')}</a>` : nothing}
      <button type="button" @click=${() => void download(i, d, o, false)}>${i.t('calendar.add.ics')}</button>
      ${e.rrule ? html`<button type="button" @click=${() => void download(i, d, o, true)}>${i.t('calendar.add.series')}</button>` : nothing}
    </p>`;
}
