import { expect } from '@open-wc/testing';
import { isOpenAt, localTime, openStatus, parseIsoDay, weekNumber, weekOf } from '../../src/directory/model/hours.js';
import {
  hoursFromSchedule,
  parseHoursText,
  readSchedule,
  zoneFromOffset,
} from '../../src/directory/model/hours-text.js';
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
    expect(openStatus(PUSKESMAS, at('2026-11-30T09:15'))).to.deep.equal({
      state: 'open',
      closes: '14:00',
      closesInDays: 0,
    });
    expect(isOpenAt(PUSKESMAS, at('2026-11-30T09:15'))).to.equal(true);
    expect(isOpenAt(PUSKESMAS, at('2026-11-30T14:00'))).to.equal(false);
  });

  it('tells "closed, opens at 07:30" from "closed today"', () => {
    expect(openStatus(PUSKESMAS, at('2026-11-30T06:00'))).to.deep.equal({ state: 'opens-later', opens: '07:30' });
    const evening = openStatus(PUSKESMAS, at('2026-11-30T15:00'));
    expect(evening).to.deep.equal({ state: 'closed-today', next: { inDays: 1, weekday: 1, opens: '07:30' } });
    // Sunday: closed all day, next opening Monday.
    expect(openStatus(PUSKESMAS, at('2026-12-06T10:00'))).to.deep.equal({
      state: 'closed-today',
      next: { inDays: 1, weekday: 0, opens: '07:30' },
    });
  });

  it('keeps hours that run past midnight open into the next day', () => {
    expect(isOpenAt(NIGHT_LINE, at('2026-12-04T23:30'))).to.equal(true); // Friday night
    expect(openStatus(NIGHT_LINE, at('2026-12-04T23:30'))).to.deep.equal({
      state: 'open',
      closes: '02:00',
      closesInDays: 1,
    });
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
    expect(week.map((d) => d.hours.map((h) => `${h.opens}-${h.closes}`).join())).to.deep.equal([
      '07:30-14:00',
      '07:30-14:00',
      '07:30-14:00',
      '07:30-14:00',
      '07:30-11:00',
      '07:30-12:30',
      '',
    ]);
    expect(week.findIndex((d) => d.today)).to.equal(2);
  });

  it('parses spreadsheet hours in English and Indonesian, and reports what it cannot read', () => {
    const { rules, rejected } = parseHoursText(
      'sen-kam 07.30-14.00; jumat 07:30-11:00; mo,we 19:00-21:00; every day maybe',
    );
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
    expect(
      hoursFromSchedule({
        freq: 'WEEKLY',
        byday: 'TH,FR',
        opens_at: '10:00:00',
        closes_at: '18:00:00',
        valid_from: '2005-01-01',
        valid_to: '2005-01-01',
        until: '2006-01-01',
      }),
    ).to.deep.equal({
      days: ['th', 'fr'],
      opens: '10:00',
      closes: '18:00',
      from: '2005-01-01',
      until: '2005-01-01',
    });
    expect(
      hoursFromSchedule({ freq: 'MONTHLY', byday: '1SA', opens_at: '09:00', closes_at: '11:00' })?.days,
    ).to.deep.equal(['1sa']);
    expect(hoursFromSchedule({ freq: 'WEEKLY', opens_at: '09:00', closes_at: '11:00' })?.days).to.have.length(7);
    expect(hoursFromSchedule({ freq: 'WEEKLY', byday: 'MO' })).to.equal(undefined);
    expect(zoneFromOffset(7)).to.equal('Etc/GMT-7');
    expect(zoneFromOffset(-3)).to.equal('Etc/GMT+3');
    expect(zoneFromOffset(99)).to.equal(undefined);
  });
});

/** The week's written hours as `09:00-11:00` strings, Monday first ('' = closed). */
const weekText = (rules: HoursRule[], iso: string) =>
  weekOf(rules, at(`${iso}T12:00`)).map((d) => d.hours.map((h) => `${h.opens}-${h.closes}`).join());
const openOn = (rules: HoursRule[], isoDates: string[], time: string) =>
  isoDates.filter((d) => isOpenAt(rules, at(`${d}T${time}`)));
const ruleOf = (schedule: Record<string, unknown>): HoursRule => {
  const read = readSchedule(schedule);
  if (!read.rule) throw new Error(read.reason);
  return read.rule;
};

describe('directory hours: interval, count, byweekno, byyearday, bymonthday', () => {
  it('a posyandu on the second Tuesday of the month (MONTHLY byday 2TU)', () => {
    const rules = [ruleOf({ freq: 'MONTHLY', byday: '2TU', opens_at: '08:00', closes_at: '11:00', timezone: 7 })];
    expect(rules).to.deep.equal([{ days: ['2tu'], opens: '08:00', closes: '11:00' }]);
    // December 2026 starts on a Tuesday: the 1st is the first Tuesday, the 8th the second.
    expect(
      openOn(rules, ['2026-12-01', '2026-12-08', '2026-12-15', '2026-12-22', '2027-01-05', '2027-01-12'], '09:00'),
    ).to.deep.equal(['2026-12-08', '2027-01-12']);
    expect(openStatus(rules, at('2026-12-08T09:00'))).to.deep.equal({
      state: 'open',
      closes: '11:00',
      closesInDays: 0,
    });
    expect(openStatus(rules, at('2026-12-01T09:00'))).to.deep.equal({
      state: 'closed-today',
      next: { inDays: 7, weekday: 1, opens: '08:00' },
    });
    // Across the year end: after 8 December the next one is 12 January.
    expect(openStatus(rules, at('2026-12-15T09:00'))).to.deep.equal({
      state: 'closed-today',
      next: { inDays: 28, weekday: 1, opens: '08:00' },
    });
    expect(weekText(rules, '2026-12-08')).to.deep.equal(['', '08:00-11:00', '', '', '', '', '']);
    expect(weekText(rules, '2026-12-15')).to.deep.equal(['', '', '', '', '', '', '']);
  });

  it('a quarterly posyandu (MONTHLY interval 3 byday 2TU from dtstart) opens every third month', () => {
    const rules = [
      ruleOf({
        freq: 'MONTHLY',
        interval: 3,
        byday: '2TU',
        dtstart: '2026-01-01',
        opens_at: '08:00',
        closes_at: '11:00',
      }),
    ];
    expect(rules).to.deep.equal([
      {
        days: ['2tu'],
        opens: '08:00',
        closes: '11:00',
        from: '2026-01-01',
        interval: 3,
        freq: 'monthly',
        start: '2026-01-01',
      },
    ]);
    // Second Tuesdays of 2026: 13 Jan, 10 Feb, 10 Mar, 14 Apr, 12 May, …, 13 Oct, 10 Nov; and 12 Jan 2027.
    const second = [
      '2026-01-13',
      '2026-02-10',
      '2026-03-10',
      '2026-04-14',
      '2026-05-12',
      '2026-07-14',
      '2026-10-13',
      '2026-11-10',
      '2027-01-12',
    ];
    expect(openOn(rules, second, '09:00')).to.deep.equal([
      '2026-01-13',
      '2026-04-14',
      '2026-07-14',
      '2026-10-13',
      '2027-01-12',
    ]);
    // The next one is 90 days ahead: looked for further than the usual five weeks.
    expect(openStatus(rules, at('2026-01-14T09:00'))).to.deep.equal({
      state: 'closed-today',
      next: { inDays: 90, weekday: 1, opens: '08:00' },
    });
  });

  it('a group every other Wednesday from 2026-01-07 (WEEKLY interval 2), across the year end', () => {
    const schedule = {
      freq: 'WEEKLY',
      interval: 2,
      byday: 'WE',
      dtstart: '2026-01-07',
      opens_at: '19:00',
      closes_at: '21:00',
    };
    const rules = [ruleOf(schedule)];
    expect(rules).to.deep.equal([
      { days: ['we'], opens: '19:00', closes: '21:00', from: '2026-01-07', interval: 2, start: '2026-01-07' },
    ]);
    const wednesdays = [
      '2025-12-24',
      '2025-12-31',
      '2026-01-07',
      '2026-01-14',
      '2026-01-21',
      '2026-01-28',
      '2026-12-23',
      '2026-12-30',
      '2027-01-06',
      '2027-01-13',
    ];
    // 2026 has 53 ISO weeks; the fortnight goes on counting across it.
    expect(openOn(rules, wednesdays, '20:00')).to.deep.equal(['2026-01-07', '2026-01-21', '2026-12-23', '2027-01-06']);
    expect(openStatus(rules, at('2026-01-14T18:00'))).to.deep.equal({
      state: 'closed-today',
      next: { inDays: 7, weekday: 2, opens: '19:00' },
    });
    expect(openStatus(rules, at('2026-01-21T18:00'))).to.deep.equal({ state: 'opens-later', opens: '19:00' });
    expect(weekText(rules, '2026-01-14')).to.deep.equal(['', '', '', '', '', '', '']);
    expect(weekText(rules, '2026-01-21')).to.deep.equal(['', '', '19:00-21:00', '', '', '', '']);
    // Without byday the rule repeats on dtstart's weekday, as in iCalendar.
    expect(ruleOf({ ...schedule, byday: undefined })).to.deep.equal(rules[0]);
    // Without dtstart or valid_from the fortnight cannot be placed: left out, with the reason.
    expect(readSchedule({ ...schedule, dtstart: undefined })).to.deep.equal({
      reason: 'interval needs dtstart or valid_from',
    });
  });

  it('counts interval weeks from the wkst week', () => {
    const base = {
      freq: 'WEEKLY',
      interval: 2,
      byday: 'SU,WE',
      dtstart: '2026-01-04',
      opens_at: '10:00',
      closes_at: '12:00',
    };
    const days = ['2026-01-04', '2026-01-07', '2026-01-11', '2026-01-14', '2026-01-18', '2026-01-21'];
    // Weeks from Sunday: Sun 4 + Wed 7, then Sun 18 + Wed 21.
    const sunday = [ruleOf({ ...base, wkst: 'SU' })];
    expect(sunday[0]).to.deep.include({ weekStart: 'su', interval: 2, start: '2026-01-04' });
    expect(openOn(sunday, days, '11:00')).to.deep.equal(['2026-01-04', '2026-01-07', '2026-01-18', '2026-01-21']);
    // Weeks from Monday (the default): Sun 4 closes the first week, Wed 7 is in the second.
    expect(openOn([ruleOf(base)], days, '11:00')).to.deep.equal(['2026-01-04', '2026-01-14', '2026-01-18']);
    expect(readSchedule({ ...base, wkst: 'XX' })).to.deep.equal({ reason: 'wkst "xx" is not a day' });
  });

  it('turns count into the date of the last occurrence', () => {
    // Mon 5, Thu 8, Mon 12, Thu 15, Mon 19 January.
    expect(
      ruleOf({
        freq: 'WEEKLY',
        byday: 'MO,TH',
        count: 5,
        dtstart: '2026-01-05',
        opens_at: '08:00',
        closes_at: '12:00',
      }),
    ).to.deep.equal({ days: ['mo', 'th'], opens: '08:00', closes: '12:00', from: '2026-01-05', until: '2026-01-19' });
    // With interval: 7 Jan, 21 Jan, 4 Feb.
    const fortnight = ruleOf({
      freq: 'WEEKLY',
      interval: 2,
      byday: 'WE',
      count: '3',
      dtstart: '2026-01-07',
      opens_at: '19:00',
      closes_at: '21:00',
    });
    expect(fortnight).to.deep.equal({
      days: ['we'],
      opens: '19:00',
      closes: '21:00',
      from: '2026-01-07',
      until: '2026-02-04',
      interval: 2,
      start: '2026-01-07',
    });
    expect(openOn([fortnight], ['2026-01-21', '2026-02-04', '2026-02-18'], '20:00')).to.deep.equal([
      '2026-01-21',
      '2026-02-04',
    ]);
    // A dtstart the rule does not cover is not counted: Tue 6 → Wed 7, Wed 14.
    expect(
      ruleOf({ freq: 'WEEKLY', byday: 'WE', count: 2, dtstart: '2026-01-06', opens_at: '09:00', closes_at: '10:00' })
        .until,
    ).to.equal('2026-01-14');
    // An earlier valid_to wins.
    expect(
      ruleOf({
        freq: 'WEEKLY',
        byday: 'WE',
        count: 10,
        dtstart: '2026-01-07',
        valid_to: '2026-01-20',
        opens_at: '09:00',
        closes_at: '10:00',
      }).until,
    ).to.equal('2026-01-20');
    // MONTHLY without byday repeats on dtstart's day of the month, skipping months without a 31st.
    expect(
      ruleOf({ freq: 'MONTHLY', count: 3, dtstart: '2026-01-31', opens_at: '09:00', closes_at: '10:00' }),
    ).to.deep.equal({
      days: ['mo', 'tu', 'we', 'th', 'fr', 'sa', 'su'],
      opens: '09:00',
      closes: '10:00',
      from: '2026-01-31',
      until: '2026-05-31',
      monthDays: [31],
    });
    expect(
      readSchedule({ freq: 'WEEKLY', byday: 'MO', count: 2, opens_at: '09:00', closes_at: '10:00' }),
    ).to.deep.equal({ reason: 'count needs dtstart or valid_from' });
    expect(
      readSchedule({
        freq: 'WEEKLY',
        byday: 'MO',
        count: 0,
        dtstart: '2026-01-05',
        opens_at: '09:00',
        closes_at: '10:00',
      }),
    ).to.deep.equal({ reason: 'count "0" is not a whole number from 1' });
    // Monday 31 January that is also the year's first day never happens.
    expect(
      readSchedule({
        freq: 'WEEKLY',
        byday: 'MO',
        bymonthday: 31,
        byyearday: 1,
        count: 2,
        dtstart: '2026-01-01',
        opens_at: '09:00',
        closes_at: '10:00',
      }),
    ).to.deep.equal({ reason: 'count 2 is not reached within 10 years of dtstart' });
  });

  it('a count that ends on a night keeps its last night open past midnight', () => {
    const rules = [
      ruleOf({
        freq: 'WEEKLY',
        interval: 2,
        byday: 'FR',
        count: 2,
        dtstart: '2026-12-04',
        opens_at: '20:00',
        closes_at: '02:00',
      }),
    ];
    expect(rules[0]).to.deep.include({ from: '2026-12-04', until: '2026-12-18' });
    expect(openStatus(rules, at('2026-12-18T23:00'))).to.deep.equal({
      state: 'open',
      closes: '02:00',
      closesInDays: 1,
    });
    expect(isOpenAt(rules, at('2026-12-19T01:30'))).to.equal(true); // Saturday 01:30, from Friday 18
    expect(isOpenAt(rules, at('2026-12-12T01:30'))).to.equal(false); // Friday 11 was the off week
    expect(isOpenAt(rules, at('2027-01-02T01:30'))).to.equal(false); // Friday 1 Jan: past the count
    expect(openStatus(rules, at('2026-12-19T10:00'))).to.deep.equal({ state: 'unknown' });
  });

  it('byweekno: ISO week numbers, -1 = the last week, across year ends', () => {
    const rules = [ruleOf({ freq: 'WEEKLY', byday: 'MO', byweekno: '1,-1', opens_at: '09:00', closes_at: '12:00' })];
    expect(rules).to.deep.equal([{ days: ['mo'], opens: '09:00', closes: '12:00', weeks: [1, -1] }]);
    // Week 1 of 2026 starts Mon 29 Dec 2025; 2026 ends with week 53 (Mon 28 Dec); 2027 with week 52 (Mon 27 Dec).
    const mondays = [
      '2025-12-22',
      '2025-12-29',
      '2026-01-05',
      '2026-12-21',
      '2026-12-28',
      '2027-01-04',
      '2027-01-11',
      '2027-12-20',
      '2027-12-27',
    ];
    expect(openOn(rules, mondays, '10:00')).to.deep.equal([
      '2025-12-22',
      '2025-12-29',
      '2026-12-28',
      '2027-01-04',
      '2027-12-27',
    ]);
    expect(weekNumber(parseIsoDay('2021-01-01')!)).to.deep.equal({ week: 53, weeks: 53 });
    expect(weekNumber(parseIsoDay('2027-12-27')!)).to.deep.equal({ week: 52, weeks: 52 });
    // Week 53 exists only in some years: Monday 28 Dec 2026 yes, Monday 27 Dec 2027 (week 52) no.
    expect(
      openOn(
        [ruleOf({ freq: 'WEEKLY', byday: 'MO', byweekno: 53, opens_at: '09:00', closes_at: '12:00' })],
        mondays,
        '10:00',
      ),
    ).to.deep.equal(['2026-12-28']);
    expect(readSchedule({ freq: 'WEEKLY', byweekno: '54', opens_at: '09:00', closes_at: '12:00' })).to.deep.equal({
      reason: 'byweekno "54" is not a number from 1 to 53 (or -1 to -53)',
    });
  });

  it('byyearday: day of the year, -1 = 31 December, with a night across the year end', () => {
    const eve = [ruleOf({ freq: 'WEEKLY', byyearday: '-1', opens_at: '20:00', closes_at: '02:00' })];
    expect(eve).to.deep.equal([
      { days: ['mo', 'tu', 'we', 'th', 'fr', 'sa', 'su'], opens: '20:00', closes: '02:00', yearDays: [-1] },
    ]);
    expect(openStatus(eve, at('2026-12-31T23:00'))).to.deep.equal({ state: 'open', closes: '02:00', closesInDays: 1 });
    expect(isOpenAt(eve, at('2027-01-01T01:30'))).to.equal(true);
    expect(isOpenAt(eve, at('2027-01-01T21:00'))).to.equal(false);
    expect(isOpenAt(eve, at('2026-12-30T21:00'))).to.equal(false);
    // Next New Year's Eve is 364 days after 1 January 2027.
    expect(openStatus(eve, at('2027-01-01T21:00'))).to.deep.equal({
      state: 'closed-today',
      next: { inDays: 364, weekday: 4, opens: '20:00' },
    });
    // Day 60 is 29 February in a leap year, 1 March otherwise; day 366 only in leap years.
    const sixty = [ruleOf({ byyearday: '60', opens_at: '09:00', closes_at: '10:00' })];
    expect(openOn(sixty, ['2027-02-28', '2027-03-01', '2028-02-29', '2028-03-01'], '09:30')).to.deep.equal([
      '2027-03-01',
      '2028-02-29',
    ]);
    expect(
      openOn(
        [ruleOf({ byyearday: 366, opens_at: '09:00', closes_at: '10:00' })],
        ['2027-12-31', '2028-12-31'],
        '09:30',
      ),
    ).to.deep.equal(['2028-12-31']);
  });

  it('bymonthday: the 15th, the last day (-1), and Friday the 13th', () => {
    const fifteenth = [ruleOf({ freq: 'MONTHLY', bymonthday: '15', opens_at: '09:00', closes_at: '12:00' })];
    expect(fifteenth).to.deep.equal([
      { days: ['mo', 'tu', 'we', 'th', 'fr', 'sa', 'su'], opens: '09:00', closes: '12:00', monthDays: [15] },
    ]);
    expect(openOn(fifteenth, ['2026-12-14', '2026-12-15', '2026-12-16', '2027-01-15'], '10:00')).to.deep.equal([
      '2026-12-15',
      '2027-01-15',
    ]);
    expect(openStatus(fifteenth, at('2026-12-16T10:00'))).to.deep.equal({
      state: 'closed-today',
      next: { inDays: 30, weekday: 4, opens: '09:00' },
    });
    // Last day of the month, 20:00–02:00: into the 1st of the next month and the next year.
    const last = [ruleOf({ freq: 'MONTHLY', bymonthday: '-1', opens_at: '20:00', closes_at: '02:00' })];
    expect(
      openOn(last, ['2026-02-27', '2026-02-28', '2028-02-28', '2028-02-29', '2026-04-30', '2026-12-31'], '21:00'),
    ).to.deep.equal(['2026-02-28', '2028-02-29', '2026-04-30', '2026-12-31']);
    expect(isOpenAt(last, at('2026-03-01T01:00'))).to.equal(true);
    expect(isOpenAt(last, at('2027-01-01T01:00'))).to.equal(true);
    expect(isOpenAt(last, at('2027-01-01T21:00'))).to.equal(false);
    // The 31st skips months without one.
    expect(
      openOn(
        [ruleOf({ freq: 'MONTHLY', bymonthday: 31, opens_at: '09:00', closes_at: '10:00' })],
        ['2026-03-31', '2026-04-30', '2026-05-31'],
        '09:30',
      ),
    ).to.deep.equal(['2026-03-31', '2026-05-31']);
    // byday and bymonthday together: both must hold. After 13 March 2026 the next Friday 13th is in November.
    const friday13 = [ruleOf({ freq: 'MONTHLY', byday: 'FR', bymonthday: 13, opens_at: '09:00', closes_at: '11:00' })];
    expect(
      openOn(friday13, ['2026-02-13', '2026-03-13', '2026-03-20', '2026-04-13', '2026-11-13'], '10:00'),
    ).to.deep.equal(['2026-02-13', '2026-03-13', '2026-11-13']);
    expect(openStatus(friday13, at('2026-03-14T10:00'))).to.deep.equal({
      state: 'closed-today',
      next: { inDays: 244, weekday: 4, opens: '09:00' },
    });
    expect(readSchedule({ freq: 'MONTHLY', bymonthday: '0', opens_at: '09:00', closes_at: '10:00' })).to.deep.equal({
      reason: 'bymonthday "0" is not a number from 1 to 31 (or -1 to -31)',
    });
  });

  it('combines interval with the last Friday across the year end', () => {
    const rules = [
      ruleOf({
        freq: 'MONTHLY',
        interval: 2,
        byday: '-1FR',
        dtstart: '2026-11-01',
        opens_at: '19:00',
        closes_at: '21:00',
      }),
    ];
    // Last Fridays: 27 Nov, 25 Dec 2026, 29 Jan, 26 Feb, 26 Mar 2027 — every other month from November.
    expect(
      openOn(rules, ['2026-10-30', '2026-11-27', '2026-12-25', '2027-01-29', '2027-02-26', '2027-03-26'], '20:00'),
    ).to.deep.equal(['2026-11-27', '2027-01-29', '2027-03-26']);
    expect(openStatus(rules, at('2026-11-28T10:00'))).to.deep.equal({
      state: 'closed-today',
      next: { inDays: 62, weekday: 4, opens: '19:00' },
    });
  });

  it('reads rules written with the new fields directly', () => {
    // start without from: the pattern runs both ways from the anchor week.
    const fortnight: HoursRule[] = [
      { days: ['we'], opens: '19:00', closes: '21:00', interval: 2, start: '2026-01-07' },
    ];
    expect(openOn(fortnight, ['2025-12-24', '2025-12-31', '2026-01-07', '2026-01-14'], '20:00')).to.deep.equal([
      '2025-12-24',
      '2026-01-07',
    ]);
    // interval without start or from covers no day.
    expect(
      openStatus([{ days: ['we'], opens: '19:00', closes: '21:00', interval: 2 }], at('2026-01-07T20:00')),
    ).to.deep.equal({ state: 'unknown' });
    // An interval of 1 is every week.
    expect(
      openOn([{ days: ['we'], opens: '19:00', closes: '21:00', interval: 1 }], ['2026-01-07', '2026-01-14'], '20:00'),
    ).to.deep.equal(['2026-01-07', '2026-01-14']);
  });

  it('keeps a by-part only when it changes a day inside the schedule’s own dates', () => {
    // The HSDS showcase schedule sets every part at once; over years its parts are kept …
    const showcase = {
      freq: 'WEEKLY',
      interval: 1,
      byday: 'TH,FR',
      byweekno: '41,42',
      bymonthday: '2,3,4',
      byyearday: '2,3,4',
      wkst: 'TU',
      opens_at: '10:00:00',
      closes_at: '18:00:00',
    };
    expect(ruleOf(showcase)).to.deep.equal({
      days: ['th', 'fr'],
      opens: '10:00',
      closes: '18:00',
      weekStart: 'tu',
      weeks: [41, 42],
      monthDays: [2, 3, 4],
      yearDays: [2, 3, 4],
    });
    // … inside a one-day window (a Saturday) no part changes anything, so none is kept.
    expect(
      ruleOf({ ...showcase, valid_from: '2005-01-01', valid_to: '2005-01-01', count: 3, dtstart: '2005-01-01' }),
    ).to.deep.equal({ days: ['th', 'fr'], opens: '10:00', closes: '18:00', from: '2005-01-01', until: '2005-01-01' });
    // A fortnight inside a six-week window still matters.
    expect(
      ruleOf({
        freq: 'WEEKLY',
        interval: 2,
        byday: 'WE',
        dtstart: '2026-01-07',
        valid_to: '2026-02-18',
        opens_at: '19:00',
        closes_at: '21:00',
      }),
    ).to.deep.include({ interval: 2, until: '2026-02-18' });
  });

  it('leaves out schedules it cannot hold exactly, with the reason', () => {
    const times = { opens_at: '09:00', closes_at: '10:00' };
    expect(readSchedule({ ...times, freq: 'YEARLY', byday: '20MO' })).to.deep.equal({
      reason: 'freq "YEARLY" is not supported (WEEKLY or MONTHLY)',
    });
    expect(readSchedule({ ...times, freq: 'WEEKLY', byday: 'MO,XX' })).to.deep.equal({
      reason: 'byday "XX" is not a day',
    });
    expect(readSchedule({ ...times, freq: 'MONTHLY', byday: '6MO' })).to.deep.equal({
      reason: 'byday "6MO" is not a day',
    });
    expect(readSchedule({ ...times, interval: 0, dtstart: '2026-01-07' })).to.deep.equal({
      reason: 'interval "0" is not a whole number from 1',
    });
    expect(readSchedule({ ...times, interval: 'two', dtstart: '2026-01-07' })).to.deep.equal({
      reason: 'interval "two" is not a whole number from 1',
    });
    expect(readSchedule({ ...times, freq: 'DAILY', interval: 2, dtstart: '2026-01-07' })).to.deep.equal({
      reason: 'interval with freq DAILY is not supported',
    });
    expect(readSchedule({ ...times, byyearday: '1,x' })).to.deep.equal({
      reason: 'byyearday "x" is not a number from 1 to 366 (or -1 to -366)',
    });
    expect(readSchedule({ freq: 'WEEKLY', byday: 'MO' })).to.deep.equal({
      reason: 'opens_at/closes_at missing or not HH:MM',
    });
    // Empty cells (as tabular data writes them) are absent, and "+1" ordinals are read.
    expect(
      ruleOf({ ...times, freq: 'MONTHLY', byday: '+1SA', interval: '', count: '', byweekno: '', wkst: '' }),
    ).to.deep.equal({ days: ['1sa'], opens: '09:00', closes: '10:00' });
    expect(zoneFromOffset('')).to.equal(undefined);
  });
});
