import { expect } from '@open-wc/testing';
import { importIcs, icsSource } from '../../../src/builder/import/ics.js';
import type { CalendarEventInput } from '../../../src/calendar/schema.js';
import { fixtureText } from './fixtures.js';

const JAKARTA = { timeZone: 'Asia/Jakarta' };
const events = (r: { items: unknown[] }) => r.items as CalendarEventInput[];

describe('importIcs', () => {
  it('reads the 43 Indonesian holidays as all-day events with their Indonesian names', async () => {
    const r = importIcs(await fixtureText('kalender_indonesia-holidays_2026-04-01.ics'), JAKARTA);
    expect(r.target).to.equal('calendar.events');
    expect(r.skipped).to.deep.equal([]);
    expect(r.items).to.have.length(43);
    for (const e of events(r)) {
      expect(e.start).to.match(/^\d{4}-\d{2}-\d{2}$/);
      expect(e.end, 'one day: no end').to.equal(undefined);
    }
    expect(events(r).map((e) => e.title)).to.include('Hari Raya Natal');
  });

  it('writes an Exchange "(UTC+07:00) Bangkok, Hanoi, Jakarta" time as Jakarta wall clock', async () => {
    const r = importIcs(await fixtureText('exchange-custom-tz.ics'), JAKARTA);
    expect(events(r)[0]?.start).to.equal('2019-04-30T09:00');
  });

  it('keeps a monthly "last Friday" series and turns its moved date into an exdate plus an event', async () => {
    const r = importIcs(await fixtureText('issue_62_moved_event.ics'), { timeZone: 'Europe/Berlin' });
    expect(r.skipped).to.deep.equal([]);
    const [series, moved] = events(r);
    expect(series?.rrule).to.match(/FREQ=MONTHLY/);
    expect(series?.rrule).to.match(/BYDAY=-1FR/);
    expect(series?.exdates?.some((x) => x.startsWith('2021-12-31'))).to.equal(true);
    expect(moved?.start.startsWith('2021-12-17')).to.equal(true);
  });

  it('keeps EXDATEs and a changed date of a daily series', async () => {
    const r = importIcs(await fixtureText('daily-count-exdate-recurrence-id.ics'), { timeZone: 'UTC' });
    expect(r.skipped).to.deep.equal([]);
    const series = events(r).find((e) => e.rrule)!;
    const days = (series.exdates ?? []).map((x) => x.slice(0, 10));
    expect(days).to.include.members(['2015-07-08', '2015-07-10', '2015-07-07']);
    expect(events(r).some((e) => e.title === 'More Treasure Hunting')).to.equal(true);
  });

  it('skips, by VEVENT and line, what the config cannot say: two RRULEs, RDATEs', async () => {
    const two = importIcs(await fixtureText('multiple_rrules.ics'), JAKARTA);
    expect(two.items).to.deep.equal([]);
    expect(two.skipped[0]?.where).to.match(/^VEVENT 1 \(line \d+\)$/);
    expect(two.skipped[0]?.why.en).to.contain('more than one rule');
    expect(two.skipped[0]?.why.id).to.contain('lebih dari satu aturan');
    const rdates = importIcs(await fixtureText('recur_instances.ics'), JAKARTA);
    expect(rdates.skipped.map((s) => s.why.en).join(' ')).to.contain('RDATE');
  });

  it('names the event with an impossible date (20171032) and keeps the rest', async () => {
    const r = importIcs(await fixtureText('ICal.ics'), JAKARTA);
    expect(r.items.length).to.be.greaterThan(5);
    const bad = r.skipped.find((s) => s.why.en.includes('DTSTART'));
    expect(bad?.where).to.match(/^VEVENT \d+ \(line \d+\)$/);
  });

  it('says so when the text is not a calendar, and never throws on junk', () => {
    const r = importIcs('hello, world', JAKARTA);
    expect(r.items).to.deep.equal([]);
    expect(r.skipped[0]?.why.en).to.contain('not a calendar file');
    for (const junk of [
      '',
      'BEGIN:VEVENT',
      'BEGIN:VCALENDAR\nBEGIN:VEVENT\nDTSTART:2026\nEND:VEVENT',
      '\u0000'.repeat(50),
    ])
      expect(() => importIcs(junk, JAKARTA)).not.to.throw();
  });

  it('a pasted single VEVENT is read too', () => {
    const r = importIcs(
      'BEGIN:VEVENT\r\nUID:a\r\nDTSTART;TZID=Asia/Jakarta:20261203T193000\r\nDTEND;TZID=Asia/Jakarta:20261203T210000\r\nSUMMARY:Kelompok sebaya\r\nRRULE:FREQ=WEEKLY;BYDAY=TH\r\nEND:VEVENT',
      JAKARTA,
    );
    expect(r.skipped).to.deep.equal([]);
    expect(r.items).to.deep.equal([
      {
        id: 'a',
        title: 'Kelompok sebaya',
        start: '2026-12-03T19:30',
        end: '2026-12-03T21:00',
        rrule: 'FREQ=WEEKLY;BYDAY=TH',
      },
    ]);
  });
});

describe('icsSource', () => {
  it('turns webcal: into https: and checks the address as the calendar does', () => {
    const r = icsSource('webcal://example.org/kalender.ics');
    expect(r.target).to.equal('calendar.sources');
    expect(r.items).to.deep.equal([{ type: 'ics', url: 'https://example.org/kalender.ics' }]);
    expect(r.notes?.[0]?.en).to.contain('https://');
  });

  it('refuses an address the calendar would refuse, naming it', () => {
    const r = icsSource('javascript:alert(1)');
    expect(r.items).to.deep.equal([]);
    expect(r.skipped[0]?.why.en).to.match(/^url: /);
  });

  it('warns that a Google Calendar link cannot be read from another site', () => {
    const r = icsSource('https://calendar.google.com/calendar/ical/x/public/basic.ics');
    expect(r.items).to.have.length(1);
    expect(r.notes?.some((n) => n.en.includes('CORS'))).to.equal(true);
  });
});
