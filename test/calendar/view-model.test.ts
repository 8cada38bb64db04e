import { expect } from '@open-wc/testing';
import {
  categoryColor,
  daysWithEvents,
  findCategory,
  PALETTE,
  shownBetween,
  toggleCategory,
} from '../../src/calendar/model/filter.js';
import { dayLabel, periodLabel, zoneAbbreviation } from '../../src/calendar/model/labels.js';
import { withRecurrence } from '../../src/calendar/model/ics.js';
import type { CalendarEvent } from '../../src/calendar/model/types.js';
import {
  gridMove,
  isDayKey,
  linkedOccurrence,
  resolveView,
  stepMonths,
  visibleRange,
  WEEK_START_DAY,
} from '../../src/calendar/model/view.js';

const JAKARTA = 'Asia/Jakarta';
/** A wall-clock time in Jakarta (UTC+7) as an instant. */
const wib = (iso: string): number => Date.parse(`${iso}:00+07:00`);
const HOUR = 3_600_000;
const DAY = 86_400_000;

function event(id: string, start: string, hours = 2, extra: Partial<CalendarEvent> = {}): CalendarEvent {
  const ms = wib(start);
  return { id, title: id, start: ms, end: ms + hours * HOUR, allDay: false, timeZone: JAKARTA, source: 0, ...extra };
}
const allDay = (id: string, day: string, days = 1, extra: Partial<CalendarEvent> = {}): CalendarEvent => {
  const ms = Date.parse(`${day}T00:00:00Z`);
  return { id, title: id, start: ms, end: ms + days * DAY, allDay: true, timeZone: 'UTC', source: 0, ...extra };
};

describe('calendar view model: range and navigation', () => {
  it('shows whole weeks around the month, starting on the configured weekday', () => {
    // December 2026 starts on a Tuesday and ends on a Thursday.
    expect(visibleRange('month', '2026-12-15', '2026-12-03', WEEK_START_DAY.mo)).to.deep.equal([
      '2026-11-30',
      '2027-01-03',
    ]);
    expect(visibleRange('month', '2026-12-15', '2026-12-03', WEEK_START_DAY.su)).to.deep.equal([
      '2026-11-29',
      '2027-01-02',
    ]);
    expect(visibleRange('month', '2026-12-15', '2026-12-03', WEEK_START_DAY.sa)).to.deep.equal([
      '2026-11-28',
      '2027-01-01',
    ]);
  });

  it('lists this month from today and at least four weeks ahead; another month whole', () => {
    expect(visibleRange('list', '2026-12-15', '2026-12-03', 1)).to.deep.equal(['2026-12-03', '2026-12-31']);
    expect(visibleRange('list', '2026-12-30', '2026-12-28', 1)).to.deep.equal(['2026-12-28', '2027-01-25']);
    expect(visibleRange('list', '2027-01-10', '2026-12-28', 1)).to.deep.equal(['2027-01-01', '2027-01-31']);
    expect(visibleRange('list', '2026-11-10', '2026-12-28', 1)).to.deep.equal(['2026-11-01', '2026-11-30']);
  });

  it('steps by months, clamping the day to the month’s end, and back to today', () => {
    expect(stepMonths('2027-01-31', 1, '2026-12-03')).to.equal('2027-02-28');
    expect(stepMonths('2028-01-31', 1, '2026-12-03')).to.equal('2028-02-29');
    expect(stepMonths('2026-03-31', -1, '2026-12-03')).to.equal('2026-02-28');
    expect(stepMonths('2026-12-31', 1, '2026-12-03')).to.equal('2027-01-31');
    expect(stepMonths('2027-05-20', 0, '2026-12-03')).to.equal('2026-12-03');
  });

  it('moves the grid cursor by day, week, week end, month and year', () => {
    const mo = WEEK_START_DAY.mo;
    // 2026-12-03 is a Thursday.
    const moves: [string, boolean, string][] = [
      ['ArrowLeft', false, '2026-12-02'],
      ['ArrowRight', false, '2026-12-04'],
      ['ArrowUp', false, '2026-11-26'],
      ['ArrowDown', false, '2026-12-10'],
      ['Home', false, '2026-11-30'],
      ['End', false, '2026-12-06'],
      ['PageUp', false, '2026-11-03'],
      ['PageDown', false, '2027-01-03'],
      ['PageUp', true, '2025-12-03'],
      ['PageDown', true, '2027-12-03'],
    ];
    for (const [key, shift, day] of moves)
      expect(gridMove(key, shift, '2026-12-03', mo), `${key}${shift ? '+Shift' : ''}`).to.equal(day);
    expect(gridMove('Home', false, '2026-12-03', WEEK_START_DAY.su)).to.equal('2026-11-29');
    expect(gridMove('End', false, '2026-12-03', WEEK_START_DAY.sa)).to.equal('2026-12-04');
    expect(gridMove('a', false, '2026-12-03', mo)).to.equal(undefined);
  });

  it('takes a chosen view, else the list on a narrow screen, else the config’s', () => {
    expect(resolveView('list', false, 'month')).to.equal('list');
    expect(resolveView('month', true, 'list')).to.equal('month');
    expect(resolveView('agenda', true, 'month')).to.equal('list');
    expect(resolveView(undefined, false, 'list')).to.equal('list');
    expect(resolveView(undefined, false, undefined)).to.equal('month');
  });

  it('reads a day only as YYYY-MM-DD', () => {
    expect(isDayKey('2026-12-03')).to.equal(true);
    for (const v of ['2026-12-3', '3 Desember 2026', '', undefined]) expect(isDayKey(v), String(v)).to.equal(false);
  });

  it('opens a linked event at its next occurrence from today, else its first', () => {
    const weekly = withRecurrence(event('kelompok', '2026-10-01T19:30'), 'FREQ=WEEKLY;COUNT=20');
    const once = event('pfa', '2026-12-15T09:00');
    const changed = { ...event('kelompok', '2026-12-10T20:00'), recurrenceId: wib('2026-12-10T19:30') };
    const events = [changed, weekly, once];
    expect(linkedOccurrence('#event=kelompok', events, '2026-12-01')?.start).to.equal(wib('2026-12-03T19:30'));
    expect(linkedOccurrence('#event=pfa', events, '2026-12-01')?.start).to.equal(wib('2026-12-15T09:00'));
    // The series has ended by then: its first occurrence.
    expect(linkedOccurrence('#event=kelompok', events, '2027-06-01')?.start).to.equal(wib('2026-10-01T19:30'));
    expect(linkedOccurrence('#event=nothing', events, '2026-12-01')).to.equal(undefined);
    expect(linkedOccurrence('#event=%E0%A4%A', events, '2026-12-01')).to.equal(undefined);
    expect(linkedOccurrence('#kelompok', events, '2026-12-01')).to.equal(undefined);
    expect(linkedOccurrence('#event=caf%C3%A9', [event('café', '2026-12-05T10:00')], '2026-12-01')?.event.id).to.equal(
      'café',
    );
  });
});

describe('calendar view model: event filter', () => {
  const events = [
    event('posyandu', '2026-12-08T09:00', 2, { category: 'health' }),
    event('ronda', '2026-12-31T22:00', 4, { category: 'youth' }),
    allDay('natal', '2026-12-25'),
    allDay('kemah', '2026-11-29', 4, { category: 'youth' }),
    event('november', '2026-11-10T10:00'),
  ];

  it('keeps what touches the days, grouped under each day, in the site’s zone', () => {
    const { occurrences, byDay } = shownBetween(events, '2026-11-30', '2027-01-03', JAKARTA, new Set());
    expect(occurrences.map((o) => o.event.id)).to.deep.equal(['kemah', 'posyandu', 'natal', 'ronda']);
    expect(byDay.get('2026-11-30')?.map((o) => o.event.id)).to.deep.equal(['kemah']);
    expect(byDay.get('2026-12-02')?.map((o) => o.event.id)).to.deep.equal(['kemah']);
    expect(byDay.has('2026-12-03')).to.equal(false);
    // 22:00–02:00 shows on both nights.
    expect(byDay.get('2026-12-31')?.map((o) => o.event.id)).to.deep.equal(['ronda']);
    expect(byDay.get('2027-01-01')?.map((o) => o.event.id)).to.deep.equal(['ronda']);
    // Nothing before the first day.
    expect(byDay.has('2026-11-29')).to.equal(false);
  });

  it('reads timed events on the site’s calendar day, not UTC’s', () => {
    // 06:00 in Jayapura (UTC+9) is still the day before in UTC.
    const early = { ...event('pagi', '2026-12-05T04:00'), timeZone: 'Asia/Jayapura' };
    expect([
      ...shownBetween([early], '2026-12-05', '2026-12-05', 'Asia/Jayapura', new Set()).byDay.keys(),
    ]).to.deep.equal(['2026-12-05']);
    expect(shownBetween([early], '2026-12-05', '2026-12-05', 'UTC', new Set()).occurrences).to.have.length(0);
  });

  it('leaves out hidden categories', () => {
    const { occurrences } = shownBetween(events, '2026-11-30', '2027-01-03', JAKARTA, new Set(['youth']));
    expect(occurrences.map((o) => o.event.id)).to.deep.equal(['posyandu', 'natal']);
    expect(
      shownBetween(events, '2026-11-30', '2027-01-03', JAKARTA, new Set([''])).occurrences.map((o) => o.event.id),
    ).to.deep.equal(['kemah', 'posyandu', 'ronda']);
  });

  it('toggles a category without changing the set it was given', () => {
    const hidden = new Set(['youth']);
    expect([...toggleCategory(hidden, 'health', false)].sort()).to.deep.equal(['health', 'youth']);
    expect([...toggleCategory(hidden, 'youth', true)]).to.deep.equal([]);
    expect([...hidden]).to.deep.equal(['youth']);
  });

  it('colours a category with its own colour, else the palette in turn', () => {
    const categories = [
      { id: 'a', label: 'A' },
      { id: 'b', label: 'B', color: '#123456' },
      ...PALETTE.map((_, i) => ({ id: `c${i}`, label: `C${i}` })),
    ];
    expect(categoryColor(categories[0]!, 0)).to.equal(PALETTE[0]);
    expect(findCategory(categories, 'b')).to.deep.equal({ category: categories[1], color: '#123456' });
    expect(findCategory(categories, `c${PALETTE.length - 1}`)?.color).to.equal(
      PALETTE[(PALETTE.length + 1) % PALETTE.length],
    );
    expect(findCategory(categories, 'z')).to.equal(undefined);
    expect(findCategory(categories, undefined)).to.equal(undefined);
  });

  it('lists the days with something on, in order', () => {
    const { byDay } = shownBetween(events, '2026-12-03', '2026-12-31', JAKARTA, new Set());
    expect(daysWithEvents(byDay, '2026-12-03', '2026-12-31')).to.deep.equal(['2026-12-08', '2026-12-25', '2026-12-31']);
    expect(daysWithEvents(byDay, '2026-12-09', '2026-12-30')).to.deep.equal(['2026-12-25']);
  });
});

describe('calendar view model: labels', () => {
  it('names the period: the month, or this month’s list as a span of days', () => {
    expect(periodLabel('id-ID', 'month', ['2026-11-30', '2027-01-03'], '2026-12-15')).to.equal('Desember 2026');
    expect(periodLabel('en-GB', 'list', ['2026-12-01', '2026-12-31'], '2026-12-15')).to.equal('December 2026');
    expect(periodLabel('en-GB', 'list', ['2026-12-28', '2027-01-25'], '2026-12-30')).to.equal(
      '28 December 2026 – 25 January 2027',
    );
  });

  it('says a day as a calendar day, whatever the zone', () => {
    expect(dayLabel('id-ID', '2026-12-03')).to.equal('Kamis, 3 Desember 2026');
    expect(dayLabel('en-GB', '2026-12-03', false)).to.equal('Thursday 3 December');
  });

  it('calls Indonesia’s zones WIB, WITA and WIT, and others as Intl does', () => {
    const now = Date.UTC(2026, 11, 3);
    expect(
      ['Asia/Jakarta', 'Asia/Pontianak', 'Asia/Makassar', 'Asia/Jayapura'].map((z) => zoneAbbreviation('en', z, now)),
    ).to.deep.equal(['WIB', 'WIB', 'WITA', 'WIT']);
    expect(zoneAbbreviation('en-US', 'Asia/Tokyo', now)).to.equal('GMT+9');
  });
});
