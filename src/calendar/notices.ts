/**
 * Notices about sources (a lazy chunk, loaded only when a source has something to say). Visitors
 * see one calm line, and when a saved copy is shown, from when; the site owner gets each source's
 * path, address and reason in words they understand (the owner box, the console, `sebaya-error`).
 * A CORS failure says what CORS means for Google and Outlook links.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { dateFormat } from '../core/i18n/format.js';
import type { Problem } from '../core/problem.js';
import type { CalendarKey } from './messages.js';
import './messages-lazy.js';
import type { SourceNotice } from './sources.js';
import type { I18n } from './views.js';

/** The core's wording of a load failure (the config-reading chunk has it). */
export type LoadReason = (err: NonNullable<SourceNotice['error']>) => string;

/** "3 Des 2026, 19.30" in the site's zone. */
const timeText = (i: I18n, ms: number): string =>
  dateFormat(i.intlLocale, i.timeZone, { dateStyle: 'medium', timeStyle: 'short' }).format(ms);

export function noticeText(i: I18n, reason: LoadReason, n: SourceNotice): string {
  const source = i.text(n.label);
  if (n.error) {
    if (n.error.code === 'network') return i.t('calendar.notice.network', { url: n.url ?? source });
    return i.t('calendar.notice.load', { source, reason: reason(n.error) });
  }
  if (n.issue) return i.t('calendar.notice.json', { source, detail: n.issue((k, p) => i.t(k as CalendarKey, p)) });
  if (n.asOf !== undefined) return i.t('calendar.notice.asOf', { source, date: timeText(i, n.asOf) });
  if (n.rrule !== undefined) return i.t('calendar.notice.rrule', { path: n.path });
  const p = n.problem;
  if (p?.code === 'skipped') return i.t('calendar.notice.skipped', { source, count: p.count ?? 1 });
  if (p?.code === 'zone') return i.t('calendar.notice.zone', { source, detail: p.detail ?? '', zone: i.timeZone });
  if (p?.count) return i.t('calendar.notice.junk', { source, count: p.count });
  return i.t('calendar.notice.syntax', { source, detail: p?.detail ?? '' });
}

/** The owner box's line for a notice: its config path, the address when the name hides it, why. */
export function ownerLine(i: I18n, reason: LoadReason, n: SourceNotice): string {
  const text = noticeText(i, reason, n);
  if (text.startsWith(n.path)) return text;
  return `${n.path}${n.url && !text.includes(n.url) ? ` (${n.url})` : ''}: ${text}`;
}

/**
 * A source's problem for the site owner (its `sebaya-error`; the error state when every source
 * failed): `source-` and what went wrong, the notice in words, its config path.
 */
export function noticeProblem(i: I18n, reason: LoadReason, n: SourceNotice): Problem & { path: string } {
  const message = noticeText(i, reason, n);
  return {
    code: `source-${n.error?.code ?? n.problem?.code ?? (n.rrule ? 'rrule' : 'invalid')}`,
    message,
    path: n.path,
    details: [message],
    retryable: n.error?.retryable ?? false,
  };
}

/** What visitors see: one calm line, and the date of the oldest saved copy shown (it may be out of date). */
export function renderNotices(i: I18n, notices: readonly SourceNotice[]): TemplateResult {
  const saved = notices.flatMap((n) => (n.asOf === undefined ? [] : [n.asOf]));
  return html`<div class="notices" part="notices" role="status">
    ${saved.length ? html`<p>${i.t('calendar.notice.saved', { date: timeText(i, Math.min(...saved)) })}</p>` : nothing}
    ${saved.length < notices.length ? html`<p>${i.t('calendar.notice.title')}</p>` : nothing}
  </div>`;
}
