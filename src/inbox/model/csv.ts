/**
 * The monthly report: handled requests counted by topic and urgency; the messages themselves only
 * when the coordinator asks. Cells that a spreadsheet would read as a formula (`= + - @`, tab,
 * carriage return) are prefixed with `'` (OWASP "CSV injection"), and every cell is quoted.
 */
import { URGENCIES } from '../../support-form/model/request.js';
import type { Row } from './requests.js';

export interface CsvWords {
  readonly topic: string;
  readonly urgency: string;
  readonly count: string;
  readonly day: string;
  readonly message: string;
  readonly topicLabel: (id: string) => string;
  readonly urgencyLabel: (u: string) => string;
}

/** One CSV cell, safe to open in a spreadsheet. */
export function cell(value: string | number): string {
  let s = String(value);
  if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return `"${s.replace(/"/g, '""')}"`;
}

const line = (cells: readonly (string | number)[]): string => cells.map(cell).join(',');

/** The months (`YYYY-MM`) that have handled requests, newest first: what the report can count. */
export function reportMonths(rows: readonly Row[]): string[] {
  return [...new Set(rows.filter((r) => r.handled && r.request).map((r) => r.day.slice(0, 7)))].sort().reverse();
}

/** The report as CSV text (CRLF lines, as RFC 4180 and spreadsheets expect). */
export function reportCsv(rows: readonly Row[], words: CsvWords, withMessages: boolean, month = ''): string {
  const handled = rows.filter((r) => r.handled && r.request && r.day.startsWith(month));
  const counts = new Map<string, number>();
  for (const r of handled) {
    const key = `${r.request!.topic}\u0000${r.request!.urgency}`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const order = (u: string): number => (URGENCIES as readonly string[]).indexOf(u);
  const keys = [...counts.keys()]
    .map((k) => k.split('\u0000') as [string, string])
    .sort((a, b) => a[0].localeCompare(b[0]) || order(b[1]) - order(a[1]));
  const out = [line([words.topic, words.urgency, words.count])];
  for (const [topic, urgency] of keys)
    out.push(line([words.topicLabel(topic), words.urgencyLabel(urgency), counts.get(`${topic}\u0000${urgency}`)!]));
  if (withMessages) {
    out.push('', line([words.day, words.topic, words.urgency, words.message]));
    for (const r of handled)
      out.push(
        line([r.day, words.topicLabel(r.request!.topic), words.urgencyLabel(r.request!.urgency), r.request!.message]),
      );
  }
  return `${out.join('\r\n')}\r\n`;
}
