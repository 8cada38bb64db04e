import { expect } from '@open-wc/testing';
import { toIcs } from '../../src/calendar/model/export.js';
import { parseIcs } from '../../src/calendar/model/ics.js';
import { occurrencesBetween } from '../../src/calendar/model/occurrences.js';
import type { CalendarEvent } from '../../src/calendar/model/types.js';
import { day, fixtureText, iso } from './fixtures.js';

const JAKARTA = 'Asia/Jakarta';

async function read(name: string, timeZone = JAKARTA) {
  return parseIcs(await fixtureText(name), { source: 0, timeZone });
}
const between = (events: CalendarEvent[], from: string, to: string) =>
  occurrencesBetween(events, Date.parse(from), Date.parse(to));

describe('ICS engine on real feeds (../shared/fixtures/ical, EXPECTATIONS.md)', () => {
  it('reads the Indonesian holiday feed: 43 all-day events, DTEND exclusive, LF endings, folded text', async () => {
    const { events, problems } = await read('kalender_indonesia-holidays_2026-04-01.ics');
    expect(problems).to.deep.equal([]);
    expect(events).to.have.length(43);
    for (const e of events) {
      expect(e.allDay, e.title as string).to.equal(true);
      expect(e.end - e.start, e.title as string).to.equal(86_400_000);
    }
    const newYear = events.find((e) => e.title === 'Tahun Baru Masehi');
    expect(newYear && day(newYear.start)).to.equal('2026-01-01');
    // An escaped comma and a folded long description come back as plain text.
    expect(
      events.some(
        (e) => ((e.description as string | undefined) ?? '').length > 75 && !/\\[,n]/.test(e.description as string),
      ),
    ).to.equal(true);
    const occ = between(events, '2026-01-01T00:00:00Z', '2028-01-01T00:00:00Z');
    expect(occ).to.have.length(43);
  });

  it('maps the Exchange zone "(UTC+07:00) Bangkok, Hanoi, Jakarta" to UTC+7: 09:00 local is 02:00Z', async () => {
    const { events, problems } = await read('exchange-custom-tz.ics', 'Europe/Berlin');
    expect(problems).to.deep.equal([]);
    expect(events).to.have.length(1);
    expect(iso(events[0]!.start)).to.equal('2019-04-30T02:00:00.000Z');
    expect(iso(events[0]!.end)).to.equal('2019-04-30T05:00:00.000Z');
  });

  it('moves the "last Friday" of Dec 2021 to the 17th (RECURRENCE-ID) and shows nothing on the 31st', async () => {
    const { events } = await read('issue_62_moved_event.ics');
    const dec = between(events, '2021-12-01T00:00:00+01:00', '2022-01-01T00:00:00+01:00');
    expect(dec).to.have.length(1);
    expect(iso(dec[0]!.start)).to.equal('2021-12-17T20:30:00.000Z');
    const nov = between(events, '2021-11-01T00:00:00+01:00', '2021-12-01T00:00:00+01:00');
    expect(nov.map((o) => iso(o.start))).to.deep.equal(['2021-11-26T20:30:00.000Z']);
  });

  it('exports a series with its moved instance, and the re-parsed file gives the same dates', async () => {
    const { events } = await read('issue_62_moved_event.ics');
    const master = events.find((e) => e.rrule?.length && e.changes?.length)!;
    expect(master, 'the series with a changed instance').to.exist;
    const first = master.expand!(master.start, master.start + 40 * 86_400_000)[0]!;
    const text = toIcs(first, { locale: 'en', series: true });
    expect(text).to.contain('RECURRENCE-ID');
    const back = parseIcs(text, { source: 0, timeZone: JAKARTA });
    const range = ['2021-10-01T00:00:00+01:00', '2022-03-01T00:00:00+01:00'] as const;
    expect(between(back.events, ...range).map((o) => iso(o.start))).to.deep.equal(
      between(events, ...range).map((o) => iso(o.start)),
    );
    expect(between(back.events, ...range).map((o) => iso(o.start))).to.include('2021-12-17T20:30:00.000Z');
  });

  it('exports a cancelled instance as an EXDATE', () => {
    const feed = [
      'BEGIN:VCALENDAR',
      'VERSION:2.0',
      'PRODID:-//test//EN',
      'BEGIN:VEVENT',
      'UID:group',
      'DTSTAMP:20261101T000000Z',
      'DTSTART:20261203T123000Z',
      'DTEND:20261203T143000Z',
      'RRULE:FREQ=WEEKLY;COUNT=4',
      'SUMMARY:Kelompok',
      'END:VEVENT',
      'BEGIN:VEVENT',
      'UID:group',
      'DTSTAMP:20261101T000000Z',
      'RECURRENCE-ID:20261210T123000Z',
      'DTSTART:20261210T123000Z',
      'STATUS:CANCELLED',
      'SUMMARY:Kelompok',
      'END:VEVENT',
      'END:VCALENDAR',
      '',
    ].join('\r\n');
    const { events } = parseIcs(feed, { source: 0, timeZone: JAKARTA });
    const dates = (evs: CalendarEvent[]) =>
      between(evs, '2026-12-01T00:00:00Z', '2027-01-01T00:00:00Z').map((o) => iso(o.start));
    expect(dates(events)).to.deep.equal([
      '2026-12-03T12:30:00.000Z',
      '2026-12-17T12:30:00.000Z',
      '2026-12-24T12:30:00.000Z',
    ]);
    const master = events.find((e) => e.rrule?.length)!;
    const text = toIcs({ event: master, start: master.start, end: master.end }, { locale: 'id', series: true });
    expect(text).to.match(/EXDATE[^\r]*20261210T/);
    expect(dates(parseIcs(text, { source: 0, timeZone: JAKARTA }).events)).to.deep.equal(dates(events));
  });

  it('keeps all-day and timed series with moved instances apart (Aug 2023: exactly 6)', async () => {
    const { events } = await read('issue_62_moved_event_2.ics', 'Europe/Berlin');
    const aug = between(events, '2023-08-01T00:00:00+02:00', '2023-09-01T00:00:00+02:00');
    expect(aug).to.have.length(6);
    const allDay = aug.filter((o) => o.event.title === 'All Day').map((o) => day(o.start));
    expect(allDay).to.deep.equal(['2023-08-10', '2023-08-16', '2023-08-24']);
    const timed = aug
      .filter((o) => o.event.title === 'Datetime')
      .map((o) => new Date(o.start).toISOString().slice(0, 10));
    expect(timed).to.deep.equal(['2023-08-08', '2023-08-14', '2023-08-22']);
  });

  it('keys an Exchange DATE-TIME RECURRENCE-ID on an all-day series by its date (26 Feb → shown on Fri 27 Feb)', async () => {
    const { events } = await read('exchange_whole_day_moved_recurrence.ics');
    const days = between(events, '2026-02-25T00:00:00Z', '2026-03-01T00:00:00Z').map((o) => day(o.start));
    expect(days).to.deep.equal(['2026-02-27']);
  });

  it('expands RDATE lists, periods, EXDATE and an override in a finite Zimbra series (ical.js recur_instances_finite)', async () => {
    const { events } = await read('recur_instances_finite.ics');
    const all = between(events, '2012-01-01T00:00:00Z', '2014-01-01T00:00:00Z').map((o) => iso(o.start));
    expect(all).to.deep.equal([
      '2012-10-02T17:00:00.000Z',
      '2012-11-05T18:00:00.000Z',
      '2012-11-06T18:00:00.000Z',
      '2012-11-10T18:00:00.000Z',
      '2012-12-04T18:00:00.000Z',
    ]);
  });

  it('applies EXDATE;VALUE=DATE to a DATE-TIME series (ical.js rdate_exdate)', async () => {
    const { events } = await read('rdate_exdate.ics');
    expect(between(events, '2024-01-01T00:00:00Z', '2025-01-01T00:00:00Z').map((o) => iso(o.start))).to.deep.equal([
      '2024-06-09T03:00:00.000Z',
      '2024-06-10T03:00:00.000Z',
      '2024-06-12T03:00:00.000Z',
    ]);
  });

  it('yields Google birthdays from RDATEs with a malformed Z on DATE values', async () => {
    const { events } = await read('google_birthday.ics');
    const master = events.filter((e) => e.id.startsWith('2014_BIRTHDAY'));
    expect(between(master, '2012-01-01T00:00:00Z', '2016-01-01T00:00:00Z').map((o) => day(o.start))).to.deep.equal([
      '2012-12-10',
      '2013-12-10',
      '2014-12-10',
    ]);
  });

  it('drops EXDATEs written in UTC from a Europe/Berlin series (7 and 6 of 8)', async () => {
    for (const [name, count] of [
      ['each_week_but_one_deleted.ics', 7],
      ['each_week_but_two_deleted.ics', 6],
    ] as const) {
      const { events } = await read(name);
      expect(between(events, '2000-01-01T00:00:00Z', '2030-01-01T00:00:00Z'), name).to.have.length(count);
    }
  });

  it('reads comma-separated EXDATE lists folded across lines, and odd-time EXDATEs by date', async () => {
    const { events } = await read('biweekly-exdate-until.ics');
    const first = events.find((e) => e.title === 'Example of comma-separated exdates')!;
    const days = between([first], '2017-01-01T00:00:00Z', '2018-01-01T00:00:00Z').map((o) => iso(o.start).slice(0, 10));
    for (const gone of ['2017-07-06', '2017-07-17', '2017-07-20', '2017-08-03']) expect(days).not.to.include(gone);
    expect(days).to.include.members(['2017-07-03', '2017-07-31']);
    expect(days[days.length - 1]).to.equal('2017-07-31');
    const second = events.find((e) => e.title === 'Example of exdate with bad times')!;
    const dec = between([second], '2017-12-01T00:00:00Z', '2018-01-01T00:00:00Z').map((o) => iso(o.start).slice(0, 10));
    expect(dec).not.to.include('2017-12-18');
    expect(dec).not.to.include('2017-12-19');
    expect(dec).to.include('2017-12-04');
  });

  it('ends an Outlook series at a floating UNTIL with an offset-only zone name: 9 Tuesdays', async () => {
    const { events } = await read('music-school-weekly-until.ics');
    const occ = between(events, '2022-01-01T00:00:00Z', '2023-06-01T00:00:00Z');
    expect(occ).to.have.length(9);
    expect(occ.every((o) => new Date(o.start).getUTCDay() === 2)).to.equal(true);
  });

  it('reads Windows display-name zones without a VTIMEZONE (OWA export)', async () => {
    const { events, problems } = await read('Office-2012-owa.ics');
    expect(problems.filter((p) => p.code === 'zone')).to.deep.equal([]);
    const test3 = events.find((e) => e.title === 'TEST 3')!;
    expect(iso(test3.end)).to.equal('2020-11-02T20:00:00.000Z');
  });

  it('honours RECURRENCE-ID before its master, higher SEQUENCE, and DAILY COUNT with EXDATE', async () => {
    const google = await read('google-recurrence-order.ics');
    const titles = between(google.events, '2026-02-01T00:00:00Z', '2026-03-01T00:00:00Z').map((o) => o.event.title);
    expect(titles).to.include('TEST RECURR 3 - MODIFIED');
    expect(titles.filter((t) => t === 'TEST RECURR 3')).to.have.length(2);
    const hunt = await read('daily-count-exdate-recurrence-id.ics');
    const occ = between(hunt.events, '2015-07-01T00:00:00Z', '2015-08-01T00:00:00Z');
    const dates = occ.map((o) => new Date(o.start - 7 * 3_600_000).toISOString().slice(0, 10));
    expect(dates).not.to.include('2015-07-08');
    expect(dates).not.to.include('2015-07-10');
    expect(occ.find((o) => o.event.title === 'More Treasure Hunting')?.event.recurrenceId).to.be.a('number');
    expect(occ).to.have.length(8);
  });

  it('counts: UNTIL before DTSTART → 0; duplicated RRULE → 20; two RRULEs → 22; monthly all-day → 25; Thunderbird moves → 7', async () => {
    expect(
      between(
        (await read('issue_117_until_before_dtstart.ics')).events,
        '1900-01-01T00:00:00Z',
        '2100-01-01T00:00:00Z',
      ),
    ).to.have.length(0);
    expect(
      between((await read('duplicated_rrule.ics')).events, '2023-01-01T00:00:00Z', '2024-01-01T00:00:00Z'),
    ).to.have.length(20);
    const multiple = between((await read('multiple_rrule.ics')).events, '2023-01-01T00:00:00Z', '2024-01-01T00:00:00Z');
    expect(multiple).to.have.length(22);
    expect(multiple.map((o) => iso(o.start).slice(0, 10))).to.include.members([
      '2023-02-09',
      '2023-02-13',
      '2023-02-16',
    ]);
    const monthly = between((await read('ical-monthly.ics')).events, '2018-01-01T00:00:00Z', '2021-01-01T00:00:00Z');
    expect(monthly).to.have.length(25);
    expect(monthly.slice(0, 3).map((o) => day(o.start))).to.deep.equal(['2018-07-01', '2018-08-01', '2018-09-01']);
    const moved = between((await read('issue-196.ics')).events, '2019-01-01T00:00:00Z', '2020-01-01T00:00:00Z');
    expect(moved).to.have.length(7);
    expect(iso(moved[4]!.start)).to.equal('2019-11-09T16:00:00.000Z');
    expect(iso(moved[5]!.start)).to.equal('2019-11-10T17:00:00.000Z');
  });

  it('parses a BOM + CRLF file, and one with a doubled ";;" without a crash', async () => {
    expect((await read('bom_calendar.ics')).problems).to.deep.equal([]);
    const broken = await read('broken_ical.ics');
    expect(broken.events.length + broken.problems.length).to.be.greaterThan(0);
  });

  it('skips an event with an invalid date (20171032) but keeps the valid events of the kitchen-sink feed', async () => {
    const { events, problems } = await read('ICal.ics');
    expect(events.length).to.be.greaterThan(10);
    expect(problems.find((p) => p.code === 'skipped')?.count).to.equal(1);
    expect(events.some((e) => (e.title as string).includes('Konrad Zuse'))).to.equal(true);
  });

  it('keeps the valid events of a large file with a broken event near the end', async () => {
    const text = await fixtureText('large-file-with-late-error.ics');
    const starts = [...text.matchAll(/BEGIN:VEVENT\r?\nDTSTART:(\d{4})(\d{2})(\d{2})/g)].map(
      (m) => [Number(m[1]), Number(m[2]), Number(m[3])] as const,
    );
    const real = starts.filter(([y, m, d]) => new Date(Date.UTC(y, m - 1, d)).getUTCDate() === d).length;
    expect(starts.length - real, 'impossible dates such as 20240231').to.equal(6);
    const { events, problems } = parseIcs(text, { source: 0, timeZone: JAKARTA });
    expect(events).to.have.length(real);
    expect(problems).to.deep.equal([{ code: 'skipped', count: 6 }]);
  });

  it('says "syntax" for something that is not a calendar at all', () => {
    const r = parseIcs('<!doctype html><title>Sign in</title>', { source: 2, timeZone: JAKARTA });
    expect(r.events).to.deep.equal([]);
    expect(r.problems[0]?.code).to.equal('syntax');
  });

  it('maps a citadel-style TZID through its X-LIC-LOCATION / IANA suffix', async () => {
    const zone = await fixtureText('zoneinfo2025c_simplified__Asia_Jakarta.ics');
    const tzid = /TZID:(.*)/.exec(zone)![1]!.trim();
    const body = zone.replace(/END:VCALENDAR\s*$/, '');
    const text = `${body}BEGIN:VEVENT\r\nUID:x\r\nDTSTAMP:20260101T000000Z\r\nDTSTART;TZID=${tzid}:20261203T193000\r\nDTEND;TZID=${tzid}:20261203T210000\r\nSUMMARY:Kelompok\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n`;
    const { events, problems } = parseIcs(text, { source: 0, timeZone: 'Europe/London' });
    expect(problems).to.deep.equal([]);
    expect(iso(events[0]!.start)).to.equal('2026-12-03T12:30:00.000Z');
  });
});
