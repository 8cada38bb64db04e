/**
 * The event detail of <sebaya-calendar> (a lazy chunk, preloaded while feeds load): time in the
 * site's zone with its abbreviation, duration, recurrence in words, place with a map link,
 * description as text with safe links, contact, and "add to my calendar".
 */
import { html, nothing, type TemplateResult } from 'lit';
import { cssVars } from '../core/css-vars.js';
import { downloadFile } from '../core/download.js';
import type { Params } from '../core/i18n/catalog.js';
import type { LocalizedText } from '../core/i18n/localize.js';
import { safeUrl, telUrl, whatsappUrl } from '../core/safe-url.js';
import type { CalendarKey } from './messages.js';
import './messages-lazy.js';
import { googleCalendarUrl, mapUrl } from './model/links.js';
import { DAY_MS, dayKeyOf, wallClock, type DayKey } from './model/time.js';
import type { CalendarEvent, Occurrence } from './model/types.js';
import type { IcsEngine } from './sources.js';

/** What the detail needs from the element. */
export interface DetailHost {
  readonly t: (key: CalendarKey, params?: Params) => string;
  readonly text: (value: LocalizedText | undefined) => string;
  readonly locale: string;
  readonly intlLocale: string;
  readonly timeZone: string;
  readonly zoneAbbreviation: string;
  readonly zoneName?: string;
  readonly engine?: IcsEngine;
  readonly fmt: (options: Intl.DateTimeFormatOptions, timeZone?: string) => Intl.DateTimeFormat;
  readonly dayLabel: (day: DayKey, long?: boolean) => string;
  readonly shortTime: (o: Occurrence) => string;
  readonly category: (id: string | undefined) => { label: string; color: string } | undefined;
  readonly head: (title: string) => TemplateResult;
  readonly root: Node;
}

/** "Kamis, 3 Desember 2026, 19.30–21.00 WIB" (in the site's zone, with its abbreviation). */
export function whenText(h: DetailHost, o: Occurrence): string {
  const tz = h.timeZone;
  if (o.event.allDay) {
    const last = o.end - DAY_MS > o.start ? o.end - DAY_MS : o.start;
    const f = h.fmt({ weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' }, 'UTC');
    return `${last > o.start ? f.formatRange(o.start, last) : f.format(o.start)} (${h.t('calendar.allDay').toLowerCase()})`;
  }
  const zone = h.zoneAbbreviation;
  const sameDay = dayKeyOf(o.start, tz) === dayKeyOf(Math.max(o.start, o.end - 1), tz);
  if (sameDay) return `${h.dayLabel(dayKeyOf(o.start, tz))}, ${h.shortTime(o)} ${zone}`;
  const f = h.fmt({ weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', hour: '2-digit', minute: '2-digit' });
  return `${f.format(o.start)} – ${f.format(o.end)} ${zone}`;
}

/** "1 jam 30 menit" / "1 hour 30 minutes"; days for all-day events. */
export function durationText(h: DetailHost, o: Occurrence): string {
  const minutes = Math.round((o.end - o.start) / 60_000);
  const unit = (value: number, u: 'day' | 'hour' | 'minute') => new Intl.NumberFormat(h.intlLocale, { style: 'unit', unit: u, unitDisplay: 'long' }).format(value);
  if (o.event.allDay) return unit(Math.max(1, Math.round(minutes / 1440)), 'day');
  if (minutes <= 0) return '';
  const parts: string[] = [];
  const hours = Math.floor(minutes / 60);
  if (hours) parts.push(unit(hours, 'hour'));
  if (minutes % 60) parts.push(unit(minutes % 60, 'minute'));
  return parts.join(' ');
}

/** The event's rule in words ("Setiap Selasa kedua setiap bulan"). */
export function ruleText(h: DetailHost, event: CalendarEvent): string | undefined {
  const rule = event.rrule?.[0];
  if (!rule || !h.engine) return undefined;
  const [y, mo, d] = wallClock(event.start, event.allDay ? 'UTC' : h.timeZone);
  return h.engine.describeRule(rule, {
    t: (key, params) => h.t(key, params),
    locale: h.intlLocale,
    start: { weekday: new Date(Date.UTC(y, mo - 1, d)).getUTCDay(), day: d, month: mo },
    formatUntil: (ms) => h.fmt({ day: 'numeric', month: 'long', year: 'numeric' }, 'UTC').format(ms),
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

function renderContact(h: DetailHost, e: CalendarEvent): TemplateResult {
  const c = e.contact!;
  const tel = c.phone ? telUrl(c.phone) : undefined;
  const wa = c.whatsapp ? whatsappUrl(c.whatsapp) : undefined;
  const mail = c.email ? safeUrl(`mailto:${c.email}`) : undefined;
  return html`${c.name ? html`<span>${h.text(c.name)}</span> ` : nothing}${tel ? html`<a href=${tel}>${c.phone}</a> ` : nothing}${wa
    ? html`<a href=${wa} target="_blank" rel="noopener noreferrer">WhatsApp ${c.whatsapp}</a> `
    : nothing}${mail ? html`<a href=${mail}>${c.email}</a>` : nothing}`;
}

/** Builds the .ics and hands it to the browser as a download. */
export async function download(h: DetailHost, o: Occurrence, series: boolean): Promise<void> {
  const { toIcs, icsFileName } = await import('./model/export.js');
  const text = toIcs(o, { locale: h.locale, series, ...(h.zoneName ? { zoneName: h.zoneName } : {}) });
  downloadFile(h.root, icsFileName(o, h.locale), 'text/calendar;charset=utf-8', text);
}

/** The detail of one occurrence (inside the element's <dialog>). */
export function renderDetail(h: DetailHost, o: Occurrence): TemplateResult {
  const e = o.event;
  const c = h.category(e.category);
  const rule = ruleText(h, e);
  const duration = durationText(h, o);
  const map = e.location || e.geo ? safeUrl(mapUrl(e, h.locale)) : undefined;
  const more = safeUrl(e.url);
  const google = safeUrl(googleCalendarUrl(o, h.locale, !!e.rrule));
  return html`${h.head(h.text(e.title))}
    <dl>
      <dt>${h.t('calendar.when')}</dt>
      <dd class="when">${whenText(h, o)}</dd>
      ${duration ? html`<dt>${h.t('calendar.duration')}</dt><dd class="duration">${duration}</dd>` : nothing}
      ${rule ? html`<dt>${h.t('calendar.repeats')}</dt><dd class="rule">${rule}</dd>` : nothing}
      ${e.location
        ? html`<dt>${h.t('calendar.where')}</dt>
            <dd class="where">${h.text(e.location)}${map ? html` · <a href=${map} target="_blank" rel="noopener noreferrer">${h.t('calendar.map')}</a>` : nothing}</dd>`
        : nothing}
      ${c ? html`<dt>${h.t('calendar.category')}</dt><dd class="cat"><span class="swatch" ${cssVars({ '--_c': c.color })}></span>${c.label}</dd>` : nothing}
      ${e.contact ? html`<dt>${h.t('calendar.contact')}</dt><dd class="contact">${renderContact(h, e)}</dd>` : nothing}
    </dl>
    ${e.description ? html`<p class="description">${linkify(h.text(e.description))}</p>` : nothing}
    ${more ? html`<p><a href=${more} target="_blank" rel="noopener noreferrer">${h.t('calendar.moreInfo')}</a></p>` : nothing}
    <h3>${h.t('calendar.add')}</h3>
    <p class="add">
      ${google ? html`<a class="button" href=${google} target="_blank" rel="noopener noreferrer">${h.t('calendar.add.google')}</a>` : nothing}
      <button type="button" @click=${() => void download(h, o, false)}>${h.t('calendar.add.ics')}</button>
      ${e.rrule ? html`<button type="button" @click=${() => void download(h, o, true)}>${h.t('calendar.add.series')}</button>` : nothing}
    </p>`;
}
