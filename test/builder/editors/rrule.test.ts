import { expect, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import * as v from 'valibot';
import { editor, edits, labelled, narrow, refusal, root, type, wide } from './helpers.js';
import type { SebayaEditRrule } from '../../../src/builder/editors/rrule.js';
import { ruleSentence } from '../../../src/builder/editors/rrule.js';
import { choiceOf, ruleOf, startDay } from '../../../src/builder/editors/rrule-model.js';
import { child, nodes, walk } from '../../../src/builder/walk.js';
import { withRecurrence } from '../../../src/calendar/model/ics.js';
import { Rrule } from '../../../src/calendar/schema.js';
import type { CalendarEvent } from '../../../src/calendar/model/types.js';
import { SiteConfig } from '../../../src/site-schema.js';

afterEach(wide);

const text = async (path: string): Promise<string> => {
  const res = await fetch(new URL(path, import.meta.url));
  if (!res.ok) throw new Error(`${path}: ${res.status}`);
  return res.text();
};

/** Every `rrule` value anywhere in a JSON document. */
function rrulesIn(json: unknown, out: string[] = []): string[] {
  if (Array.isArray(json)) for (const x of json) rrulesIn(x, out);
  else if (json && typeof json === 'object')
    for (const [k, x] of Object.entries(json)) {
      if (k === 'rrule' && typeof x === 'string') out.push(x);
      else rrulesIn(x, out);
    }
  return out;
}

/** The libical answer key's rules (test/fixtures/calendar/src__test__icalrecur_test.txt, see SOURCES.md). */
async function libicalRules(): Promise<string[]> {
  const key = await text('../../fixtures/calendar/src__test__icalrecur_test.txt');
  return [
    ...new Set(
      key
        .split('\n')
        .filter((l) => l.startsWith('RRULE:'))
        .map((l) => l.slice(6).trim()),
    ),
  ];
}

const parts = (rule: string): string[] =>
  rule
    .split(';')
    .filter((p) => p !== 'INTERVAL=1')
    .map((p) => (p.startsWith('BYDAY=') ? `BYDAY=${p.slice(6).split(',').sort().join(',')}` : p))
    .sort();

const JAKARTA = 7 * 3600_000;
/** `2026-01-13T19:30` in Jakarta → ms. */
const wib = (s: string): number => Date.parse(`${s}:00Z`) - JAKARTA;
const dayOf = (ms: number): string => new Date(ms + JAKARTA).toISOString().slice(0, 10);

/** The first `n` days the calendar itself shows for `rrule` from `start` (Jakarta time). */
function expand(rrule: string, start: string, n: number): string[] {
  const ms = wib(start);
  const event: CalendarEvent = {
    id: 'e',
    title: 'e',
    start: ms,
    end: ms + 7200_000,
    allDay: false,
    timeZone: 'Asia/Jakarta',
    source: 0,
  };
  const series = withRecurrence(event, rrule);
  return series.expand!(ms, ms + 3 * 366 * 86_400_000)
    .slice(0, n)
    .map((o) => dayOf(o.start));
}

describe('repeat rules: the model', () => {
  it('reads back and writes exactly every RRULE of the sample configs', async () => {
    const rules = [
      ...rrulesIn(JSON.parse(await text('../../../demo/sebaya.json'))),
      ...rrulesIn(JSON.parse(await text('../../../docs/examples/sebaya.minimal.json'))),
      ...rrulesIn(JSON.parse(await text('../../fixtures/builder/newcomer-sebaya.json'))),
    ];
    expect(rules).to.include.members(['FREQ=WEEKLY;BYDAY=TH', 'FREQ=MONTHLY;BYDAY=2TU']);
    for (const rule of rules) expect(ruleOf(choiceOf(rule)!), rule).to.equal(rule);
  });

  it('reads the simple rules of the libical answer key into choices that write the same rule; keeps the others', async () => {
    const rules = await libicalRules();
    const simple = rules.filter((r) => choiceOf(r));
    const kept = rules.filter((r) => !choiceOf(r));
    expect(simple.length).to.be.at.least(15);
    for (const r of simple) expect(parts(ruleOf(choiceOf(r)!)!), r).to.deep.equal(parts(r));
    // What the choices cannot show is left to the text field, never squeezed into a choice.
    for (const r of kept)
      expect(r, r).to.match(
        /BYSETPOS|BYHOUR|BYMINUTE|BYSECOND|BYMONTH|BYYEARDAY|BYWEEKNO|WKST|HOURLY|MINUTELY|SECONDLY|,|[-+]?\d[A-Z]{2}|BYDAY|BYMONTHDAY=-|[5-9][A-Z]{2}/,
      );
    expect(kept).to.include.members(['FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-2;COUNT=7']);
    expect(kept.some((r) => /BYMONTHDAY=\d+,\d+/.test(r))).to.equal(true);
    expect(kept.some((r) => /BYHOUR/.test(r))).to.equal(true);
  });

  it('gives no repeat for nothing, and refuses rules with parts it has no choice for', () => {
    expect(ruleOf(choiceOf(undefined)!)).to.equal(undefined);
    expect(ruleOf(choiceOf('')!)).to.equal(undefined);
    for (const r of [
      'FREQ=MONTHLY;BYMONTHDAY=1,15',
      'FREQ=DAILY;BYHOUR=9,17',
      'FREQ=MONTHLY;BYDAY=5FR',
      'FREQ=MONTHLY;BYDAY=-2MO',
      'FREQ=WEEKLY;BYDAY=TH;WKST=SU',
      'FREQ=WEEKLY;COUNT=3;UNTIL=20261231',
      'FREQ=HOURLY',
      'FREQ=YEARLY;BYMONTH=6',
    ])
      expect(choiceOf(r), r).to.equal(undefined);
  });

  it('words the rule as the calendar does, in both languages', () => {
    expect(ruleSentence('FREQ=MONTHLY;BYDAY=2TU', 'id')).to.equal('Setiap Selasa kedua setiap bulan');
    expect(ruleSentence('FREQ=MONTHLY;BYDAY=2TU', 'en')).to.equal('Every second Tuesday of the month');
    expect(ruleSentence('FREQ=WEEKLY;BYDAY=TH', 'id')).to.equal('Setiap Kamis');
    expect(ruleSentence('FREQ=WEEKLY;INTERVAL=2;COUNT=6', 'en')).to.equal(
      'Every 2 weeks, on the weekday the event starts, 6 times',
    );
    expect(ruleSentence('FREQ=YEARLY;UNTIL=20301231', 'id')).to.equal(
      'Setiap tahun, pada tanggal yang sama dengan awal kegiatan, sampai 31 Desember 2030',
    );
    expect(ruleSentence(undefined, 'en')).to.equal('Happens once.');
    // Words that would depend on the unknown start are not guessed.
    expect(ruleSentence('FREQ=YEARLY;BYMONTH=6', 'en')).to.equal('Repeats on a regular schedule');
  });

  it('maps the calendar event’s Rrule schema to the repeat editor', () => {
    const tree = walk(SiteConfig);
    const field = [...nodes(tree)].find((n) => n.path === 'calendar.sources[].events[].rrule');
    expect(field).to.include({ type: 'field', kind: 'rrule', required: false });
    expect(child(undefined, 'x')).to.equal(undefined);
  });
});

/** The repeat editor for `rrule`, in `lang`. */
const repeat = (value: string | undefined, lang = 'en') =>
  editor<SebayaEditRrule>(
    html`<sebaya-edit-rrule
      path="calendar.sources[0].events[1].rrule"
      label=${lang === 'en' ? 'Repeats' : 'Berulang'}
      lang=${lang}
      .value=${value}
    ></sebaya-edit-rrule>`,
  );

const select = async (el: HTMLElement, label: string, value: string) => {
  const s = labelled<HTMLSelectElement>(el, label);
  s.value = value;
  s.dispatchEvent(new Event('change', { bubbles: true }));
  await (el as SebayaEditRrule).updateComplete;
};
const radio = async (el: HTMLElement, name: string, value: string) => {
  const r = root(el).querySelector<HTMLInputElement>(`input[name="${name}"][value="${value}"]`)!;
  r.click();
  await (el as SebayaEditRrule).updateComplete;
};
const tick = async (el: HTMLElement, day: string) => {
  labelled(el, day).click();
  await (el as SebayaEditRrule).updateComplete;
};
const typeIn = async (el: HTMLElement, label: string, value: string) => {
  type(labelled(el, label), value);
  await (el as SebayaEditRrule).updateComplete;
};
const says = (el: HTMLElement): string => root(el).getElementById('says')!.textContent.replace(/\s+/g, ' ').trim();

describe('<sebaya-edit-rrule>', () => {
  it('each choice emits the exact RRULE, and the sentence follows', async () => {
    const el = await repeat(undefined);
    const seen = edits(el);
    expect(says(el)).to.equal('In words: Happens once.');
    await select(el, 'How often', 'DAILY');
    await select(el, 'How often', 'WEEKLY');
    await tick(el, 'Monday');
    await tick(el, 'Thursday');
    await typeIn(el, 'Every how many weeks', '2');
    expect(says(el)).to.equal('In words: Every 2 weeks on Monday and Thursday');
    await radio(el, 'end', 'count');
    await typeIn(el, 'Number of times', '6');
    await radio(el, 'end', 'until');
    await typeIn(el, 'Last date', '2026-12-31');
    expect(says(el)).to.equal('In words: Every 2 weeks on Monday and Thursday, until December 31, 2026');
    await select(el, 'How often', 'MONTHLY');
    await radio(el, 'end', 'never');
    await typeIn(el, 'Every how many months', '1');
    await typeIn(el, 'Date of the month', '15');
    await radio(el, 'monthly', 'nth');
    await select(el, 'Which one', '2');
    await select(el, 'Weekday', 'TU');
    expect(says(el)).to.equal('In words: Every second Tuesday of the month');
    await select(el, 'Which one', '-1');
    await select(el, 'Weekday', 'FR');
    await select(el, 'How often', 'YEARLY');
    await select(el, 'How often', 'none');
    expect(seen.map((e) => e.value)).to.deep.equal([
      'FREQ=DAILY',
      'FREQ=WEEKLY',
      'FREQ=WEEKLY;BYDAY=MO',
      'FREQ=WEEKLY;BYDAY=MO,TH',
      'FREQ=WEEKLY;INTERVAL=2;BYDAY=MO,TH',
      'FREQ=WEEKLY;INTERVAL=2;COUNT=10;BYDAY=MO,TH',
      'FREQ=WEEKLY;INTERVAL=2;COUNT=6;BYDAY=MO,TH',
      'FREQ=WEEKLY;INTERVAL=2;BYDAY=MO,TH',
      'FREQ=WEEKLY;INTERVAL=2;UNTIL=20261231;BYDAY=MO,TH',
      'FREQ=MONTHLY;INTERVAL=2;UNTIL=20261231',
      'FREQ=MONTHLY;INTERVAL=2',
      'FREQ=MONTHLY',
      'FREQ=MONTHLY;BYMONTHDAY=15',
      'FREQ=MONTHLY;BYDAY=1TU',
      'FREQ=MONTHLY;BYDAY=2TU',
      'FREQ=MONTHLY;BYDAY=2TU',
      'FREQ=MONTHLY;BYDAY=-1TU',
      'FREQ=MONTHLY;BYDAY=-1FR',
      'FREQ=YEARLY',
      undefined,
    ]);
    expect(seen.every((e) => e.path === 'calendar.sources[0].events[1].rrule')).to.equal(true);
    for (const e of seen) if (e.value !== undefined) expect(v.is(Rrule, e.value), e.value as string).to.equal(true);
  });

  it('what it emits expands, in the calendar itself, to the days the owner chose', async () => {
    const el = await repeat(undefined);
    const seen = edits(el);
    await select(el, 'How often', 'MONTHLY');
    await radio(el, 'monthly', 'nth');
    await select(el, 'Which one', '2');
    // The posyandu jiwa: every 2nd Tuesday, from 13 January 2026.
    expect(expand(seen.at(-1)!.value as string, '2026-01-13T09:00', 4)).to.deep.equal([
      '2026-01-13',
      '2026-02-10',
      '2026-03-10',
      '2026-04-14',
    ]);
    await select(el, 'Which one', '-1');
    await select(el, 'Weekday', 'FR');
    await radio(el, 'end', 'count');
    await typeIn(el, 'Number of times', '3');
    expect(expand(seen.at(-1)!.value as string, '2026-01-30T09:00', 9)).to.deep.equal([
      '2026-01-30',
      '2026-02-27',
      '2026-03-27',
    ]);
    await select(el, 'How often', 'WEEKLY');
    await tick(el, 'Monday');
    await tick(el, 'Thursday');
    await typeIn(el, 'Every how many weeks', '2');
    await radio(el, 'end', 'until');
    await typeIn(el, 'Last date', '2026-01-15');
    // Every other week (weeks start on Monday), Monday and Thursday; the last date itself is
    // included, for an evening meeting too.
    expect(expand(seen.at(-1)!.value as string, '2026-01-01T19:30', 9)).to.deep.equal([
      '2026-01-01',
      '2026-01-12',
      '2026-01-15',
    ]);
    await select(el, 'How often', 'MONTHLY');
    await radio(el, 'monthly', 'day');
    await radio(el, 'end', 'never');
    await typeIn(el, 'Every how many months', '1');
    await typeIn(el, 'Date of the month', '31');
    expect(seen.at(-1)!.value).to.equal('FREQ=MONTHLY;BYMONTHDAY=31');
    expect(expand('FREQ=MONTHLY;BYMONTHDAY=31', '2026-01-31T09:00', 3)).to.deep.equal([
      '2026-01-31',
      '2026-03-31',
      '2026-05-31',
    ]);
  });

  it('reads an existing rule back into the choices, and writes nothing until one changes', async () => {
    const el = await repeat('FREQ=MONTHLY;BYDAY=2TU', 'id');
    const seen = edits(el);
    expect(labelled<HTMLSelectElement>(el, 'Seberapa sering').value).to.equal('MONTHLY');
    expect(root(el).querySelector<HTMLInputElement>('input[name="monthly"][value="nth"]')!.checked).to.equal(true);
    expect(labelled<HTMLSelectElement>(el, 'Yang ke berapa').value).to.equal('2');
    expect(labelled<HTMLSelectElement>(el, /^\s*Hari\s*$/).value).to.equal('TU');
    expect(says(el)).to.equal('Artinya: Setiap Selasa kedua setiap bulan');
    el.value = 'FREQ=WEEKLY;INTERVAL=3;BYDAY=TH;COUNT=4';
    await el.updateComplete;
    expect(labelled(el, 'Kamis').checked).to.equal(true);
    expect(labelled(el, 'Senin').checked).to.equal(false);
    expect(labelled(el, 'Setiap berapa minggu').value).to.equal('3');
    expect(labelled(el, 'Berapa kali').value).to.equal('4');
    expect(says(el)).to.equal('Artinya: Setiap 3 minggu pada hari Kamis, 4 kali');
    expect(seen).to.deep.equal([]);
    await expect(el).to.be.accessible();
  });

  it('keeps a rule the choices cannot show as written, says so, and replaces it only when asked', async () => {
    const rule = 'FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1';
    const el = await repeat(rule);
    const seen = edits(el);
    const field = labelled(el, 'Repeats (RRULE, as written)');
    expect(field.value).to.equal(rule);
    expect(root(el).getElementById('kept')!.textContent).to.contain('kept as written');
    expect(field.getAttribute('aria-describedby')).to.contain('kept');
    expect(says(el)).to.equal('In words: Repeats on a regular schedule');
    await expect(el).to.be.accessible();
    type(field, 'FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-2');
    type(field, 'every month');
    await el.updateComplete;
    expect(refusal(el)).to.contain('not a repeat rule');
    expect(field.value).to.equal('every month');
    expect(seen.map((e) => e.value)).to.deep.equal(['FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-2']);
    await expect(el).to.be.accessible();
    root(el).querySelector('button')!.click();
    await el.updateComplete;
    expect(seen.at(-1)!.value).to.equal('FREQ=MONTHLY');
    expect(root(el).activeElement).to.equal(labelled(el, 'How often'));
  });

  it('a value that is not a rule (a broken config) is shown as written, never replaced silently', async () => {
    for (const odd of [42, 'FREQ=WEEKLY;BYDAY=XX', 'RRULE:FREQ=FORTNIGHTLY', '<b>FREQ=DAILY</b>']) {
      const el = await repeat(odd as string);
      const seen = edits(el);
      const field = labelled(el, 'Repeats (RRULE, as written)');
      expect(field.value, String(odd)).to.equal(typeof odd === 'string' ? odd : JSON.stringify(odd));
      expect(root(el).querySelector('b')).to.equal(null);
      await el.updateComplete;
      expect(seen).to.deep.equal([]);
      await expect(el).to.be.accessible();
    }
  });

  it('knowing the event’s start, words the rule exactly and first offers the start’s weekday', async () => {
    const el = await editor<SebayaEditRrule>(
      html`<sebaya-edit-rrule path="r" label="Repeats" lang="en" .start=${'2026-01-13T09:00'}></sebaya-edit-rrule>`,
    );
    const seen = edits(el);
    await select(el, 'How often', 'MONTHLY');
    expect(says(el)).to.equal('In words: Every month on day 13');
    await radio(el, 'monthly', 'nth');
    expect(says(el)).to.equal('In words: Every second Tuesday of the month');
    await select(el, 'How often', 'WEEKLY');
    expect(labelled(el, 'Tuesday').checked).to.equal(true);
    await select(el, 'How often', 'YEARLY');
    expect(says(el)).to.equal('In words: Every year on January 13');
    expect(seen.map((e) => e.value)).to.deep.equal([
      'FREQ=MONTHLY',
      'FREQ=MONTHLY;BYDAY=2TU',
      'FREQ=WEEKLY;BYDAY=TU',
      'FREQ=YEARLY',
    ]);
    // The 30th is in the last week of its month: "the last Friday".
    el.start = '2026-01-30';
    el.value = 'FREQ=MONTHLY;BYMONTHDAY=30';
    await el.updateComplete;
    await radio(el, 'monthly', 'nth');
    expect(seen.at(-1)!.value).to.equal('FREQ=MONTHLY;BYDAY=-1FR');
    expect(ruleSentence('FREQ=WEEKLY', 'id', startDay('2026-01-08T19:30'))).to.equal('Setiap Kamis');
    expect(startDay('2026-02-30')).to.equal(undefined);
    expect(startDay(undefined)).to.equal(undefined);
  });

  it('refuses a number that is not one, keeps the draft and emits nothing', async () => {
    const el = await repeat('FREQ=DAILY');
    const seen = edits(el);
    await typeIn(el, 'Every how many days', 'dua');
    expect(refusal(el)).to.equal('Type a whole number, 1 or more.');
    expect(labelled(el, 'Every how many days').getAttribute('aria-invalid')).to.equal('true');
    await expect(el).to.be.accessible();
    await typeIn(el, 'Every how many days', '0');
    expect(seen).to.deep.equal([]);
    await typeIn(el, 'Every how many days', '2');
    expect(refusal(el)).to.equal('');
    expect(seen.map((e) => e.value)).to.deep.equal(['FREQ=DAILY;INTERVAL=2']);
  });

  it('works by keyboard alone, at 360 px, with targets of 24 px or more, axe clean in every state', async () => {
    await narrow();
    const el = await repeat(undefined);
    const seen = edits(el);
    el.focus();
    expect(root(el).activeElement).to.equal(labelled(el, 'How often'));
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    expect(seen.at(-1)?.value).to.equal('FREQ=WEEKLY');
    // Tab to the interval, then to Monday; space ticks it.
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    expect(seen.at(-1)?.value).to.equal('FREQ=WEEKLY;BYDAY=MO');
    for (const value of [
      undefined,
      'FREQ=DAILY;COUNT=5',
      'FREQ=WEEKLY;BYDAY=TH',
      'FREQ=MONTHLY;BYMONTHDAY=15;UNTIL=20271231',
      'FREQ=MONTHLY;BYDAY=2TU',
      'FREQ=YEARLY',
      'FREQ=DAILY;BYHOUR=9',
    ]) {
      el.value = value;
      await el.updateComplete;
      expect(document.documentElement.scrollWidth, String(value)).to.be.at.most(360);
      for (const c of root(el).querySelectorAll<HTMLElement>('input, select, button')) {
        const box = c.getBoundingClientRect();
        expect(box.width, `${value} ${c.id || c.getAttribute('value')}`).to.be.at.least(24);
        expect(box.height, `${value} ${c.id || c.getAttribute('value')}`).to.be.at.least(24);
      }
      await expect(el, String(value)).to.be.accessible();
    }
  });
});
