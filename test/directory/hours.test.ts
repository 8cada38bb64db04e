import { expect } from '@open-wc/testing';
import { isOpenAt, localTime, openStatus, weekOf } from '../../src/directory/model/hours.js';
import { hoursFromSchedule, parseHoursText, zoneFromOffset } from '../../src/directory/model/hours-text.js';
import type { HoursRule } from '../../src/directory/model/resource.js';

const JAKARTA = 'Asia/Jakarta';
/** A wall-clock time in Jakarta (UTC+7, no DST) as a Date. */
const wib = (iso: string) => new Date(`${iso}+07:00`);
const at = (iso: string, zone = JAKARTA) => localTime(wib(iso), zone);

// 2026-11-30 is a Monday.
const PUSKESMAS: HoursRule[] = [
  { days: ['mo', 'tu', 'we', 'th'], opens: '07:30', closes: '14:00' },
  { days: ['fr'], opens: '07:30', closes: '11:00' },
  { days: ['sa'], opens: '07:30', closes: '12:30' },
];
const NIGHT_LINE: HoursRule[] = [{ days: ['fr', 'sa'], opens: '20:00', closes: '02:00' }];

describe('directory hours', () => {
  it('reads the wall clock in the site zone, not the browser zone', () => {
    const t = localTime(new Date('2026-11-30T01:00:00Z'), JAKARTA);
    expect([t.y, t.m, t.d, t.weekday, t.minutes]).to.deep.equal([2026, 11, 30, 0, 8 * 60]);
    const makassar = localTime(new Date('2026-11-30T01:00:00Z'), 'Asia/Makassar');
    expect(makassar.minutes).to.equal(9 * 60);
  });

  it('is open inside the hours and says when it closes', () => {
    expect(openStatus(PUSKESMAS, at('2026-11-30T09:15'))).to.deep.equal({ state: 'open', closes: '14:00', closesInDays: 0 });
    expect(isOpenAt(PUSKESMAS, at('2026-11-30T09:15'))).to.equal(true);
    expect(isOpenAt(PUSKESMAS, at('2026-11-30T14:00'))).to.equal(false);
  });

  it('tells "closed, opens at 07:30" from "closed today"', () => {
    expect(openStatus(PUSKESMAS, at('2026-11-30T06:00'))).to.deep.equal({ state: 'opens-later', opens: '07:30' });
    const evening = openStatus(PUSKESMAS, at('2026-11-30T15:00'));
    expect(evening).to.deep.equal({ state: 'closed-today', next: { inDays: 1, weekday: 1, opens: '07:30' } });
    // Sunday: closed all day, next opening Monday.
    expect(openStatus(PUSKESMAS, at('2026-12-06T10:00'))).to.deep.equal({ state: 'closed-today', next: { inDays: 1, weekday: 0, opens: '07:30' } });
  });

  it('keeps hours that run past midnight open into the next day', () => {
    expect(isOpenAt(NIGHT_LINE, at('2026-12-04T23:30'))).to.equal(true); // Friday night
    expect(openStatus(NIGHT_LINE, at('2026-12-04T23:30'))).to.deep.equal({ state: 'open', closes: '02:00', closesInDays: 1 });
    expect(isOpenAt(NIGHT_LINE, at('2026-12-05T01:30'))).to.equal(true); // Saturday 01:30, from Friday
    expect(isOpenAt(NIGHT_LINE, at('2026-12-06T01:30'))).to.equal(true); // Sunday 01:30, from Saturday
    expect(isOpenAt(NIGHT_LINE, at('2026-12-07T01:30'))).to.equal(false); // Monday 01:30: Sunday had no night
    expect(openStatus(NIGHT_LINE, at('2026-12-05T03:00'))).to.deep.equal({ state: 'opens-later', opens: '20:00' });
  });

  it('computes "open now" in the zone of the resource across time zones', () => {
    const wita: HoursRule[] = [{ days: ['mo'], opens: '08:00', closes: '16:00' }];
    const now = wib('2026-11-30T07:30'); // 08:30 in Makassar (WITA)
    expect(isOpenAt(wita, localTime(now, 'Asia/Makassar'))).to.equal(true);
    expect(isOpenAt(wita, localTime(now, JAKARTA))).to.equal(false);
    // 23:30 Sunday in Jakarta is already Monday 01:30 in Jayapura (WIT).
    const late = wib('2026-11-29T23:30');
    expect(localTime(late, 'Asia/Jayapura').weekday).to.equal(0);
    expect(localTime(late, JAKARTA).weekday).to.equal(6);
  });

  it('reads round-the-clock services as always open', () => {
    const always = parseHoursText('24/7').rules;
    expect(openStatus(always, at('2026-11-30T03:00'))).to.deep.equal({ state: 'open', always: true });
  });

  it('matches monthly ordinal days (first Saturday, last Friday)', () => {
    const group: HoursRule[] = [{ days: ['1sa'], opens: '09:00', closes: '11:00' }];
    expect(isOpenAt(group, at('2026-12-05T10:00'))).to.equal(true); // 5 Dec 2026 = first Saturday
    expect(isOpenAt(group, at('2026-12-12T10:00'))).to.equal(false);
    const last: HoursRule[] = [{ days: ['-1fr'], opens: '09:00', closes: '11:00' }];
    expect(isOpenAt(last, at('2026-12-25T10:00'))).to.equal(true);
    expect(isOpenAt(last, at('2026-12-18T10:00'))).to.equal(false);
    // Next opening of the group is found weeks ahead.
    const status = openStatus(group, at('2026-12-06T10:00'));
    expect(status).to.deep.equal({ state: 'closed-today', next: { inDays: 27, weekday: 5, opens: '09:00' } });
  });

  it('ignores rules outside their dates, and says "unknown" when none is valid', () => {
    const expired: HoursRule[] = [{ days: ['mo'], opens: '08:00', closes: '12:00', until: '2005-01-01' }];
    expect(openStatus(expired, at('2026-11-30T09:00'))).to.deep.equal({ state: 'unknown' });
    expect(openStatus([], at('2026-11-30T09:00'))).to.deep.equal({ state: 'unknown' });
  });

  it('lists the week Monday first with today marked', () => {
    const week = weekOf(PUSKESMAS, at('2026-12-02T10:00'));
    expect(week.map((d) => d.hours.map((h) => `${h.opens}-${h.closes}`).join())).to.deep.equal(['07:30-14:00', '07:30-14:00', '07:30-14:00', '07:30-14:00', '07:30-11:00', '07:30-12:30', '']);
    expect(week.findIndex((d) => d.today)).to.equal(2);
  });

  it('parses spreadsheet hours in English and Indonesian, and reports what it cannot read', () => {
    const { rules, rejected } = parseHoursText('sen-kam 07.30-14.00; jumat 07:30-11:00; mo,we 19:00-21:00; every day maybe');
    expect(rules).to.deep.equal([
      { days: ['mo', 'tu', 'we', 'th'], opens: '07:30', closes: '14:00' },
      { days: ['fr'], opens: '07:30', closes: '11:00' },
      { days: ['mo', 'we'], opens: '19:00', closes: '21:00' },
    ]);
    expect(rejected).to.deep.equal(['every day maybe']);
    expect(parseHoursText('sa-mo 08:00-10:00').rules[0]?.days).to.deep.equal(['sa', 'su', 'mo']);
    expect(parseHoursText('mo 25:00-26:00').rejected).to.have.length(1);
  });

  it('maps HSDS schedules (RRULE parts) to rules', () => {
    expect(hoursFromSchedule({ freq: 'WEEKLY', byday: 'TH,FR', opens_at: '10:00:00', closes_at: '18:00:00', valid_from: '2005-01-01', valid_to: '2005-01-01', until: '2006-01-01' })).to.deep.equal({
      days: ['th', 'fr'],
      opens: '10:00',
      closes: '18:00',
      from: '2005-01-01',
      until: '2005-01-01',
    });
    expect(hoursFromSchedule({ freq: 'MONTHLY', byday: '1SA', opens_at: '09:00', closes_at: '11:00' })?.days).to.deep.equal(['1sa']);
    expect(hoursFromSchedule({ freq: 'WEEKLY', opens_at: '09:00', closes_at: '11:00' })?.days).to.have.length(7);
    expect(hoursFromSchedule({ freq: 'WEEKLY', byday: 'MO' })).to.equal(undefined);
    expect(zoneFromOffset(7)).to.equal('Etc/GMT-7');
    expect(zoneFromOffset(-3)).to.equal('Etc/GMT+3');
    expect(zoneFromOffset(99)).to.equal(undefined);
  });
});
