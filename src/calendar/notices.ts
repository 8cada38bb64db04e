/**
 * Notices about sources (a lazy chunk, loaded only when a source has something to say). Visitors
 * see one calm line, and when a saved copy is shown, from when; the site owner gets each source's
 * path, address and reason in words they understand (the owner box, the console, `sebaya-error`).
 * A CORS failure says what CORS means for Google and Outlook links.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Params } from '../core/i18n/catalog.js';
import type { LocalizedText } from '../core/i18n/localize.js';
import type { CalendarKey } from './messages.js';
import './messages-lazy.js';
import type { SourceNotice } from './sources.js';

export interface NoticeHost {
  readonly t: (key: CalendarKey, params?: Params) => string;
  readonly text: (value: LocalizedText | undefined) => string;
  readonly timeZone: string;
  /** The core's wording of a load failure. */
  readonly loadReason: (err: NonNullable<SourceNotice['error']>) => string;
  readonly formatTime: (ms: number) => string;
}

export function noticeText(h: NoticeHost, n: SourceNotice): string {
  const source = h.text(n.label);
  if (n.error) {
    if (n.error.code === 'network') return h.t('calendar.notice.network', { url: n.url ?? source });
    return h.t('calendar.notice.load', { source, reason: h.loadReason(n.error) });
  }
  if (n.issue) return h.t('calendar.notice.json', { source, detail: n.issue((k, p) => h.t(k as CalendarKey, p)) });
  if (n.asOf !== undefined) return h.t('calendar.notice.asOf', { source, date: h.formatTime(n.asOf) });
  if (n.rrule !== undefined) return h.t('calendar.notice.rrule', { path: n.path });
  const p = n.problem;
  if (p?.code === 'skipped') return h.t('calendar.notice.skipped', { source, count: p.count ?? 1 });
  if (p?.code === 'zone') return h.t('calendar.notice.zone', { source, detail: p.detail ?? '', zone: h.timeZone });
  if (p?.count) return h.t('calendar.notice.junk', { source, count: p.count });
  return h.t('calendar.notice.syntax', { source, detail: p?.detail ?? '' });
}

/** The owner box's line for a notice: its config path, the address when the name hides it, why. */
export function ownerLine(h: NoticeHost, n: SourceNotice): string {
  const text = noticeText(h, n);
  if (text.startsWith(n.path)) return text;
  return `${n.path}${n.url && !text.includes(n.url) ? ` (${n.url})` : ''}: ${text}`;
}

/** What visitors see: one calm line, and the date of the oldest saved copy shown (it may be out of date). */
export function renderNotices(h: NoticeHost, notices: readonly SourceNotice[]): TemplateResult {
  const saved = notices.flatMap((n) => (n.asOf === undefined ? [] : [n.asOf]));
  return html`<div class="notices" part="notices" role="status">
    ${saved.length ? html`<p>${h.t('calendar.notice.saved', { date: h.formatTime(Math.min(...saved)) })}</p>` : nothing}
    ${saved.length < notices.length ? html`<p>${h.t('calendar.notice.title')}</p>` : nothing}
  </div>`;
}
