/**
 * `<sebaya-calendar>`: a month with 2,000 occurrences rendered (switching months re-expands,
 * regroups and re-renders the grid; median of runs), and an ICS feed of 1,000 events (half of them
 * recurring, three years of history) parsed and expanded for the visible six weeks (median).
 */
import '../src/calendar/define.js';
import type { SebayaCalendar } from '../src/calendar/calendar.js';
import { parseIcs } from '../src/calendar/model/ics.js';
import { occurrencesBetween } from '../src/calendar/model/occurrences.js';
import { median, type BenchResult } from './types.js';

const pad = (n: number): string => String(n).padStart(2, '0');

/** 2,000 events in December 2026 and 2,000 in January 2027 (so switching months renders 2,000). */
function busyConfig() {
  const events = [];
  for (const [year, month] of [
    [2026, 12],
    [2027, 1],
  ] as const) {
    for (let i = 0; i < 2000; i += 1) {
      const day = (i % 31) + 1;
      events.push({
        id: `e${year}-${i}`,
        title: `Kegiatan ${i}`,
        start: `${year}-${pad(month)}-${pad(day)}T${pad(7 + (i % 12))}:${pad((i * 7) % 60)}`,
        category: i % 2 ? 'a' : 'b',
      });
    }
  }
  return {
    timeZone: 'Asia/Jakarta',
    calendar: {
      categories: [
        { id: 'a', label: 'A' },
        { id: 'b', label: 'B' },
      ],
      sources: [{ events }],
    },
  };
}

/** A 1,000-event feed: 500 single events and 500 series (weekly, monthly by weekday/day, daily, yearly) over three years. */
export function generateFeed(): string {
  const rules = [
    'FREQ=WEEKLY;BYDAY=TH',
    'FREQ=MONTHLY;BYDAY=2TU',
    'FREQ=DAILY;INTERVAL=3',
    'FREQ=WEEKLY;INTERVAL=2;BYDAY=MO,FR',
    'FREQ=MONTHLY;BYMONTHDAY=15',
    'FREQ=YEARLY',
  ];
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Sebaya bench//EN', 'X-WR-TIMEZONE:Asia/Jakarta'];
  const first = Date.UTC(2023, 11, 1);
  for (let i = 0; i < 1000; i += 1) {
    const d = new Date(first + Math.floor(i * 1.096) * 86_400_000).toISOString().slice(0, 10).replace(/-/g, '');
    lines.push(
      'BEGIN:VEVENT',
      `UID:bench-${i}@sebaya`,
      'DTSTAMP:20231201T000000Z',
      `DTSTART;TZID=Asia/Jakarta:${d}T090000`,
      `DTEND;TZID=Asia/Jakarta:${d}T110000`,
      `SUMMARY:Kegiatan ${i}`,
      `DESCRIPTION:Keterangan kegiatan ${i}\\, terbuka untuk umum`,
      'LOCATION:Balai Kalurahan',
    );
    if (i % 2) lines.push(`RRULE:${rules[(i >> 1) % rules.length]}`);
    lines.push('END:VEVENT');
  }
  lines.push('END:VCALENDAR', '');
  return lines.join('\r\n');
}

async function ready(el: SebayaCalendar): Promise<void> {
  while (!el.hasAttribute('state') || el.getAttribute('state') === 'loading')
    await new Promise((r) => setTimeout(r, 0));
  await el.updateComplete;
}

export async function run(): Promise<BenchResult[]> {
  // 1. Month grid with 2,000 occurrences.
  const el = document.createElement('sebaya-calendar');
  el.lang = 'id';
  el.view = 'month';
  el.date = '2026-12-01';
  el.config = busyConfig();
  document.body.append(el);
  await ready(el);
  const renders: number[] = [];
  for (let i = 0; i < 12; i += 1) {
    const t0 = performance.now();
    el.goTo(i % 2 ? '2026-12-01' : '2027-01-01');
    await el.updateComplete;
    renders.push(performance.now() - t0);
  }
  el.remove();

  // 2. ICS feed: parse + expand the visible range (a month grid: six weeks).
  const text = generateFeed();
  const from = Date.UTC(2026, 10, 29, 17);
  const to = Date.UTC(2027, 0, 10, 17);
  const runs: number[] = [];
  let count = 0;
  for (let i = 0; i < 7; i += 1) {
    const t0 = performance.now();
    const { events } = parseIcs(text, { source: 0, timeZone: 'Asia/Jakarta' });
    count = occurrencesBetween(events, from, to).length;
    runs.push(performance.now() - t0);
  }
  return [
    { name: 'calendar: month with 2,000 occurrences renders', value: median(renders.slice(2)), unit: 'ms', budget: 50 },
    {
      name: `calendar: ICS 1,000 events parse + expand 6 weeks (${count} occurrences)`,
      value: median(runs.slice(1)),
      unit: 'ms',
      budget: 150,
    },
  ];
}
