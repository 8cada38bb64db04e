import { expect } from '@open-wc/testing';
import { calendarLazyEn, calendarLazyId } from '../../src/calendar/messages-lazy.js';
import { describeRule, parseIcs, withRecurrence } from '../../src/calendar/model/ics.js';
import { toIcs, fold } from '../../src/calendar/model/export.js';
import { googleCalendarUrl } from '../../src/calendar/model/links.js';
import { occurrencesBetween } from '../../src/calendar/model/occurrences.js';
import type { RuleKey } from '../../src/calendar/model/rrule-text.js';
import { parseIsoTime, zonedToUtc } from '../../src/calendar/model/time.js';
import type { CalendarEvent } from '../../src/calendar/model/types.js';
import { formatMessage } from '../../src/core/i18n/localize.js';
import { fixtureText, iso } from './fixtures.js';

interface KeyCase {
  title: string;
  rrule: string;
  dtstart: string;
  instances: string[];
  startAt?: string;
}

function readAnswerKey(text: string): KeyCase[] {
  const cases: KeyCase[] = [];
  let cur: Partial<KeyCase> = {};
  for (const line of text.split('\n')) {
    if (line.startsWith('#')) cur.title = line.slice(1).trim();
    else if (line.startsWith('RRULE:')) cur.rrule = line.slice(6).trim();
    else if (line.startsWith('DTSTART:')) cur.dtstart = line.slice(8).trim();
    else if (line.startsWith('START-AT:')) cur.startAt = line.slice(9).trim();
    else if (line.startsWith('INSTANCES:')) {
      cases.push({ title: '', ...cur, instances: line.slice(10).trim().split(',').filter(Boolean) } as KeyCase);
      cur = {};
    }
  }
  return cases;
}

const stampMs = (s: string): number =>
  Date.UTC(
    +s.slice(0, 4),
    +s.slice(4, 6) - 1,
    +s.slice(6, 8),
    +(s.slice(9, 11) || 0),
    +(s.slice(11, 13) || 0),
    +(s.slice(13, 15) || 0),
  );
const stamp = (ms: number, date: boolean, z: boolean): string => {
  const s = new Date(ms).toISOString().replace(/[-:]/g, '').slice(0, 15);
  return date ? s.slice(0, 8) : `${s}${z ? 'Z' : ''}`;
};

function series(c: KeyCase): { event: CalendarEvent; date: boolean; z: boolean } {
  const date = c.dtstart.length === 8;
  const start = stampMs(c.dtstart);
  const base: CalendarEvent = {
    id: 'k',
    title: 'k',
    start,
    end: start + (date ? 86_400_000 : 0),
    allDay: date,
    timeZone: 'UTC',
    source: 0,
  };
  return { event: withRecurrence(base, c.rrule), date, z: c.dtstart.endsWith('Z') };
}

/**
 * Rule features where ical.js 2.2 (the engine) and libical disagree; rules using them are not part
 * of the subset we hold the engine to (see docs/calendar.md, "Recurrence support").
 */
const UNSUPPORTED =
  /BYWEEKNO|BYYEARDAY|BYSECOND|BYMINUTE|BYHOUR|FREQ=(SECONDLY|MINUTELY|HOURLY)|^(?!.*FREQ=MONTHLY)(?=.*BYSETPOS)|BYMONTHDAY=[^;]*;.*BYSETPOS/;
/** BYSETPOS outside MONTHLY + BYDAY, which ical.js expands wrongly: the engine must refuse these. */
const SETPOS_REFUSED = /^(?!.*FREQ=MONTHLY)(?=.*BYSETPOS)|BYMONTHDAY=[^;]*;.*BYSETPOS/;
/** Rules ical.js would loop on or expand wrongly: the engine refuses them (tested below). */
const KNOWN_DIFFERENT = new Set([
  'FREQ=YEARLY;BYDAY=20MO;COUNT=3', // ical.js gives weekly Mondays
  'FREQ=DAILY;BYMONTHDAY=-1,-2;COUNT=5', // hangs in ical.js
  'FREQ=DAILY;BYMONTHDAY=20,-2;UNTIL=20250401', // idem
  'FREQ=MONTHLY;INTERVAL=13;BYMONTH=5;COUNT=3',
  'FREQ=MONTHLY;BYMONTH=5,4;COUNT=4', // ical.js walks the months in the order written
]);

describe('recurrence expansion against the libical answer key (icalrecur_test.txt)', () => {
  let cases: KeyCase[] = [];
  before(async () => {
    cases = readAnswerKey(await fixtureText('src__test__icalrecur_test.txt'));
  });

  it('matches INSTANCES exactly for every supported rule (DAILY/WEEKLY/MONTHLY/YEARLY with BYDAY, BYMONTHDAY, BYMONTH, COUNT, UNTIL, INTERVAL, WKST)', () => {
    const subset = cases.filter(
      (c) =>
        !c.startAt && !UNSUPPORTED.test(c.rrule) && !KNOWN_DIFFERENT.has(c.rrule) && !c.instances[0]?.startsWith('***'),
    );
    expect(subset.length).to.be.greaterThan(50);
    const wrong: string[] = [];
    for (const c of subset) {
      const { event, date, z } = series(c);
      const last = c.instances.length
        ? stampMs(c.instances[c.instances.length - 1]!)
        : event.start + 3 * 365 * 86_400_000;
      const got = event.expand!(event.start, last + 1000)
        .map((o) => stamp(o.start, date, z))
        .slice(0, c.instances.length);
      if (JSON.stringify(got) !== JSON.stringify(c.instances))
        wrong.push(`${c.title} ${c.rrule}: ${got.slice(0, 4).join(',')}`);
    }
    expect(wrong).to.deep.equal([]);
  });

  it('includes BYSETPOS with MONTHLY + BYDAY (e.g. the second-to-last weekday) in that subset', () => {
    const setpos = cases.filter((c) => /BYSETPOS/.test(c.rrule) && !UNSUPPORTED.test(c.rrule) && !c.startAt);
    expect(setpos.map((c) => c.rrule)).to.include.members([
      'FREQ=MONTHLY;COUNT=3;BYDAY=TU,WE,TH;BYSETPOS=3',
      'FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-2;COUNT=7',
    ]);
  });

  it('refuses the other rules ical.js would loop on or expand wrongly', () => {
    const known = cases.filter((c) => KNOWN_DIFFERENT.has(c.rrule));
    expect(new Set(known.map((c) => c.rrule)).size).to.equal(KNOWN_DIFFERENT.size);
    for (const c of known) expect(() => series(c), c.rrule).to.throw('unusable RRULE');
  });

  it('refuses the BYSETPOS rules ical.js would expand wrongly, instead of showing wrong dates', () => {
    const refused = cases.filter(
      (c) => SETPOS_REFUSED.test(c.rrule) && !/HOURLY|MINUTELY|SECONDLY/.test(c.rrule) && !c.startAt,
    );
    expect(refused.length).to.be.at.least(5);
    for (const c of refused) expect(() => series(c), c.rrule).to.throw('unusable RRULE');
  });

  it('gives the same instances for a late window when it skips ahead (no walk from DTSTART)', () => {
    const long = cases.filter(
      (c) =>
        !c.startAt &&
        !UNSUPPORTED.test(c.rrule) &&
        !KNOWN_DIFFERENT.has(c.rrule) &&
        !/COUNT/.test(c.rrule) &&
        c.instances.length >= 12,
    );
    expect(long.length).to.be.greaterThan(5);
    for (const c of long) {
      const { event, date, z } = series(c);
      const i = Math.floor(c.instances.length * 0.6);
      const from = stampMs(c.instances[i]!);
      const to = stampMs(c.instances[c.instances.length - 1]!) + 1000;
      const got = event.expand!(from, to)
        .filter((o) => o.start >= from)
        .map((o) => stamp(o.start, date, z));
      expect(got, `${c.title} ${c.rrule}`).to.deep.equal(c.instances.slice(i));
    }
  });

  it('gives each VEVENT of libical recur.txt its X-EXPECT-NUMEVENTS', async () => {
    const text = await fixtureText('test-data__recur.txt');
    const blocks = text.split(/(?=BEGIN:VEVENT)/).filter((b) => b.startsWith('BEGIN:VEVENT'));
    let checked = 0;
    for (const block of blocks) {
      const expected = Number(/X-EXPECT-NUMEVENTS:\s*(\d+)/.exec(block)?.[1]);
      const body = block.slice(0, block.indexOf('END:VEVENT') + 'END:VEVENT'.length);
      const { events } = parseIcs(
        `BEGIN:VCALENDAR\nVERSION:2.0\n${body.replace(/^(BEGIN:VEVENT)/, '$1\nUID:u\nDTSTAMP:20000101T000000Z')}\nEND:VCALENDAR\n`,
        { source: 0, timeZone: 'America/Los_Angeles' },
      );
      if (!events.length || /BYWEEKNO|BYSETPOS|BYYEARDAY|EXRULE|NOT IMPLEMENTED/.test(block)) continue;
      const n = occurrencesBetween(events, Date.UTC(1990, 0, 1), Date.UTC(2040, 0, 1)).length;
      // A rule the engine refuses (it would expand it wrongly) shows its first date only.
      if (/BYDAY=20MO/.test(block)) {
        expect(n, 'refused rule: first date only').to.equal(1);
        continue;
      }
      expect(n, body.split('\n').slice(1, 3).join(' ')).to.equal(expected);
      checked += 1;
    }
    expect(checked).to.be.greaterThan(15);
  });
});

describe('recurrence of config events (site zone Asia/Jakarta)', () => {
  const jakarta = (s: string) => parseIsoTime(s, 'Asia/Jakarta')!.ms;
  const posyandu: CalendarEvent = {
    id: 'posyandu',
    title: 'Posyandu jiwa',
    start: jakarta('2026-01-13T09:00'),
    end: jakarta('2026-01-13T11:00'),
    allDay: false,
    timeZone: 'Asia/Jakarta',
    source: 0,
  };

  it('puts posyandu jiwa on the 2nd Tuesday of each month at 09:00 WIB, skipping an EXDATE', () => {
    const s = withRecurrence(posyandu, 'FREQ=MONTHLY;BYDAY=2TU', [jakarta('2026-03-10T09:00')]);
    const occ = occurrencesBetween([s], Date.UTC(2026, 0, 1), Date.UTC(2026, 5, 1)).map((o) => iso(o.start));
    expect(occ).to.deep.equal([
      '2026-01-13T02:00:00.000Z',
      '2026-02-10T02:00:00.000Z',
      '2026-04-14T02:00:00.000Z',
      '2026-05-12T02:00:00.000Z',
    ]);
  });

  it('expands only the visible range of a weekly group begun three years earlier', () => {
    const start = jakarta('2023-01-05T19:30');
    const weekly = withRecurrence({ ...posyandu, id: 'kds', start, end: start + 5_400_000 }, 'FREQ=WEEKLY;BYDAY=TH');
    const dec = occurrencesBetween([weekly], jakarta('2026-12-01T00:00'), jakarta('2027-01-01T00:00'));
    expect(dec.map((o) => iso(o.start))).to.deep.equal([
      '2026-12-03T12:30:00.000Z',
      '2026-12-10T12:30:00.000Z',
      '2026-12-17T12:30:00.000Z',
      '2026-12-24T12:30:00.000Z',
      '2026-12-31T12:30:00.000Z',
    ]);
  });

  it('keeps a wall-clock time across a DST change (Europe/Berlin weekly 19:00)', () => {
    const start = zonedToUtc(2026, 3, 19, 19, 0, 0, 'Europe/Berlin');
    const s = withRecurrence(
      { ...posyandu, start, end: start + 3_600_000, timeZone: 'Europe/Berlin' },
      'FREQ=WEEKLY;COUNT=3',
    );
    expect(s.expand!(start, start + 30 * 86_400_000).map((o) => iso(o.start))).to.deep.equal([
      '2026-03-19T18:00:00.000Z',
      '2026-03-26T18:00:00.000Z',
      '2026-04-02T17:00:00.000Z',
    ]);
  });
});

describe('recurrence in words', () => {
  const words = (locale: 'id' | 'en', rrule: string, start = { weekday: 2, day: 13, month: 1 }) => {
    const catalog = locale === 'id' ? calendarLazyId : calendarLazyEn;
    return describeRule(rrule, {
      t: (key: RuleKey, params) => formatMessage(catalog[key as keyof typeof calendarLazyEn], locale, params),
      locale,
      start,
      formatUntil: (ms) =>
        new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(ms),
    });
  };

  it('says "Setiap Selasa kedua setiap bulan" / "Every second Tuesday of the month"', () => {
    expect(words('id', 'FREQ=MONTHLY;BYDAY=2TU')).to.equal('Setiap Selasa kedua setiap bulan');
    expect(words('en', 'FREQ=MONTHLY;BYDAY=2TU')).to.equal('Every second Tuesday of the month');
  });

  it('words weekly, last-Friday, interval, until, count and daily rules in both languages', () => {
    expect(words('id', 'FREQ=WEEKLY;BYDAY=TH')).to.equal('Setiap Kamis');
    expect(words('en', 'FREQ=WEEKLY;BYDAY=TH')).to.equal('Every Thursday');
    expect(words('en', 'FREQ=MONTHLY;BYDAY=-1FR')).to.equal('Every last Friday of the month');
    expect(words('id', 'FREQ=MONTHLY;BYDAY=-1FR')).to.equal('Setiap Jumat terakhir setiap bulan');
    expect(words('en', 'FREQ=WEEKLY;INTERVAL=5;BYDAY=MO,FR;UNTIL=20130130T230000Z')).to.equal(
      'Every 5 weeks on Monday and Friday, until January 30, 2013',
    );
    expect(words('id', 'FREQ=WEEKLY;INTERVAL=2;BYDAY=MO,FR')).to.equal('Setiap 2 minggu pada hari Senin dan Jumat');
    expect(words('id', 'FREQ=DAILY;COUNT=10')).to.equal('Setiap hari, 10 kali');
    expect(words('en', 'FREQ=YEARLY', { weekday: 1, day: 17, month: 8 })).to.equal('Every year on August 17');
    expect(words('id', 'FREQ=YEARLY', { weekday: 1, day: 17, month: 8 })).to.equal('Setiap tahun pada 17 Agustus');
    expect(words('en', 'FREQ=WEEKLY')).to.equal('Every Tuesday');
    expect(words('en', 'FREQ=YEARLY;BYWEEKNO=20;BYDAY=MO')).to.equal('Repeats on a regular schedule');
  });
});

describe('add to my calendar', () => {
  const jakarta = (s: string) => parseIsoTime(s, 'Asia/Jakarta')!.ms;
  const base: CalendarEvent = {
    id: 'kds-ngunut',
    title: { id: 'Kelompok dukungan sebaya; Ngunut, "Rukun"', en: 'Peer support group' },
    description: 'Bawa teman 💪\nGratis, terbuka untuk umum: https://example.org/kds',
    location: 'Balai Kalurahan Ngunut, Playen',
    start: jakarta('2026-12-03T19:30'),
    end: jakarta('2026-12-03T21:00'),
    allDay: false,
    timeZone: 'Asia/Jakarta',
    source: 0,
  };

  it('exports one event whose .ics the parser reads back with the same time, text and place', () => {
    const text = toIcs(
      { event: base, start: base.start, end: base.end },
      { locale: 'id', now: Date.UTC(2026, 10, 1), zoneName: 'WIB' },
    );
    expect(text.endsWith('\r\n')).to.equal(true);
    expect(text.split('\r\n').every((l) => new TextEncoder().encode(l).length <= 75)).to.equal(true);
    expect(text).to.contain('BEGIN:VTIMEZONE\r\nTZID:Asia/Jakarta');
    const back = parseIcs(text, { source: 0, timeZone: 'Europe/London' });
    expect(back.problems).to.deep.equal([]);
    const e = back.events[0]!;
    expect(iso(e.start)).to.equal('2026-12-03T12:30:00.000Z');
    expect(iso(e.end)).to.equal('2026-12-03T14:00:00.000Z');
    expect(e.title).to.equal('Kelompok dukungan sebaya; Ngunut, "Rukun"');
    expect(e.description).to.equal(base.description);
    expect(e.location).to.equal(base.location);
  });

  it('exports the whole series (RRULE, EXDATE) and the re-parsed series gives the same dates', () => {
    const s = withRecurrence(base, 'FREQ=MONTHLY;BYDAY=2TU', [jakarta('2027-01-12T19:30')]);
    const first = s.expand!(base.start - 86_400_000, base.start + 40 * 86_400_000)[0]!;
    const text = toIcs(first, { locale: 'en', series: true });
    expect(text).to.contain('RRULE:FREQ=MONTHLY;BYDAY=2TU');
    const back = parseIcs(text, { source: 0, timeZone: 'UTC' });
    const range = [Date.UTC(2026, 11, 1), Date.UTC(2027, 5, 1)] as const;
    const a = occurrencesBetween([s], ...range).map((o) => iso(o.start));
    const b = occurrencesBetween(back.events, ...range).map((o) => iso(o.start));
    expect(b).to.deep.equal(a);
    expect(b).not.to.include('2027-01-12T12:30:00.000Z');
    expect(back.events[0]!.title).to.equal('Peer support group');
  });

  it('exports all-day events with DATE values and an exclusive DTEND', () => {
    const day: CalendarEvent = {
      id: 'festival',
      title: 'Festival seni',
      start: Date.UTC(2026, 9, 10),
      end: Date.UTC(2026, 9, 12),
      allDay: true,
      timeZone: 'UTC',
      source: 0,
    };
    const text = toIcs({ event: day, start: day.start, end: day.end }, { locale: 'id' });
    expect(text).to.contain('DTSTART;VALUE=DATE:20261010');
    expect(text).to.contain('DTEND;VALUE=DATE:20261012');
    const back = parseIcs(text, { source: 0, timeZone: 'Asia/Jakarta' }).events[0]!;
    expect([back.allDay, back.start, back.end]).to.deep.equal([true, day.start, day.end]);
  });

  it('never splits a UTF-8 character when folding', () => {
    const line = `SUMMARY:${'é'.repeat(40)}💪${'x'.repeat(30)}`;
    const folded = fold(line);
    expect(folded.replace(/\r\n /g, '')).to.equal(line);
    for (const part of folded.split('\r\n')) expect(new TextEncoder().encode(part).length).to.be.at.most(75);
  });

  it('links to Google Calendar with UTC times, the zone and the rule', () => {
    const s = withRecurrence(base, 'FREQ=WEEKLY;BYDAY=TH');
    const url = new URL(googleCalendarUrl({ event: s, start: s.start, end: s.end }, 'id', true));
    expect(url.origin + url.pathname).to.equal('https://calendar.google.com/calendar/render');
    expect(url.searchParams.get('dates')).to.equal('20261203T123000Z/20261203T140000Z');
    expect(url.searchParams.get('ctz')).to.equal('Asia/Jakarta');
    expect(url.searchParams.get('recur')).to.equal('RRULE:FREQ=WEEKLY;BYDAY=TH');
    expect(url.searchParams.get('location')).to.equal('Balai Kalurahan Ngunut, Playen');
  });
});
