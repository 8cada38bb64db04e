/**
 * The calendar's fast paths for a busy month (issue #19): day keys by arithmetic in a zone with one
 * offset, cached `addDays`, and a month of 2,000 events — which still names the one bad event among
 * them, wherever it is.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/calendar/define.js';
import type { SebayaCalendar } from '../../src/calendar/calendar.js';
import { addDays, dayKeyOf, parseIsoTime } from '../../src/calendar/model/time.js';
import { settled, shadow, textOf } from '../helpers/events.js';

const formats = new Map<string, Intl.DateTimeFormat>();
/** What `Intl` says the day is (the slow path the fast one must agree with). */
function intlDay(ms: number, timeZone: string): string {
  let f = formats.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
    formats.set(timeZone, f);
  }
  return f.format(ms);
}

const pad = (n: number): string => String(n).padStart(2, '0');

/** 2,000 events over December 2026 (as bench/visitor.bench.ts has them). */
const busy = () =>
  Array.from({ length: 2000 }, (_, i) => ({
    id: `e${i}`,
    title: `Kegiatan ${i}`,
    start: `2026-12-${pad((i % 31) + 1)}T${pad(7 + (i % 12))}:${pad((i * 7) % 60)}`,
  }));

async function calendar(events: unknown[]): Promise<SebayaCalendar> {
  const el = await fixture<SebayaCalendar>(
    html`<sebaya-calendar
      .config=${{ timeZone: 'Asia/Jakarta', calendar: { sources: [{ events }] } }}
      lang="id"
      date="2026-12-01"
      view="month"
    ></sebaya-calendar>`,
  );
  await settled(el);
  return el;
}

describe('calendar: a busy month', () => {
  it('gives the day Intl gives, around midnight, in zones with one offset and with daylight saving', () => {
    const zones = [
      'Asia/Jakarta',
      'Asia/Makassar',
      'Asia/Jayapura',
      'Asia/Kolkata',
      'Europe/Berlin',
      'America/St_Johns',
      'UTC',
    ];
    // Each hour of 2026 and a few instants around 1970, 2038 and the zones' midnights.
    const instants = [Date.UTC(1969, 11, 31, 17), Date.UTC(2038, 0, 1, 3), Date.UTC(2037, 11, 31, 16, 59, 59, 999)];
    for (let t = Date.UTC(2026, 0, 1); t < Date.UTC(2027, 0, 1); t += 3_600_000) instants.push(t, t - 1);
    for (const zone of zones)
      for (const ms of instants)
        expect(dayKeyOf(ms, zone), `${zone} ${new Date(ms).toISOString()}`).to.equal(intlDay(ms, zone));
  });

  it('adds days over months, leap years and back, and still refuses a key that is no day', () => {
    expect(addDays('2026-12-31', 1)).to.equal('2027-01-01');
    expect(addDays('2028-02-28', 1)).to.equal('2028-02-29');
    expect(addDays('2028-03-01', -1)).to.equal('2028-02-29');
    expect(addDays('2026-03-01', -1)).to.equal('2026-02-28');
    expect(addDays('2026-12-01', 400)).to.equal('2028-01-05');
    expect(() => addDays('besok', 1)).to.throw(RangeError);
  });

  it('reads the 29th to the 31st only in months that have them', () => {
    expect(parseIsoTime('2026-02-29', 'UTC')).to.equal(undefined);
    expect(parseIsoTime('2028-02-29', 'UTC')?.ms).to.equal(Date.UTC(2028, 1, 29));
    expect(parseIsoTime('2026-04-31T10:00', 'Asia/Jakarta')).to.equal(undefined);
    expect(parseIsoTime('2026-12-31T23:59:59', 'Asia/Jakarta')?.ms).to.equal(Date.UTC(2026, 11, 31, 16, 59, 59));
    expect(parseIsoTime(' 2026-12-31T10:00+07:00 ', 'UTC')?.ms).to.equal(Date.UTC(2026, 11, 31, 3));
  });

  it('shows a month of 2,000 events: three chips a day and the rest counted', async () => {
    const el = await calendar(busy());
    expect(el.getAttribute('state')).to.equal('ready');
    // 2,000 over 31 days: 65 on each of the first 16 days, 64 after.
    const first = shadow(el).querySelector('td[data-day="2026-12-01"]')!;
    expect(first.querySelectorAll('.chip')).to.have.length(3);
    expect(first.querySelector('.more')!.textContent).to.contain('62');
    expect(shadow(el).querySelector('td[data-day="2026-12-31"]')!.querySelectorAll('.chip')).to.have.length(3);
    await expect(el).to.be.accessible();
  });

  it('names the one bad event among 2,000, in another month, with its path, and shows none of them', async () => {
    const events = busy();
    events[1999] = { ...events[1999]!, start: '2027-02-30T10:00' };
    const el = await calendar(events);
    expect(el.getAttribute('state')).to.equal('error');
    expect(shadow(el).querySelector('.chip')).to.equal(null);
    el.debug = true;
    await el.updateComplete;
    expect(textOf(el)).to.contain('calendar.sources[0].events[1999].start: bukan tanggal atau waktu ISO 8601');
  });
});
