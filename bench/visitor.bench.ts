/**
 * What a visitor waits for (issue #19), end to end, beside an anchor library in the same page and
 * the same run. Each clock starts when the element is given its config (or the anchor its data)
 * and stops once what the visitor sees is laid out: the element's `sebaya-ready`, its
 * `updateComplete`, then a forced layout (`getBoundingClientRect()` of the shown grid or list); the
 * anchor's render call, then the same forced layout. Five runs after one warm-up run (which loads
 * the lazy chunks); the median and the p95 are reported, and the ratio of the medians is the
 * budgeted figure where an anchor exists (a noisy machine slows both sides alike).
 *
 * - config → laid-out month, 2,000 events inline: `<sebaya-calendar>` vs FullCalendar 6 (dayGrid;
 *   as shipped, and with `dayMaxEvents: 3`, the three chips a Sebaya day cell shows);
 * - ICS feed of 1,000 events (half of them series) → month: `<sebaya-calendar>` fetching the feed
 *   from the bench's loopback server (no anchor in this run: FullCalendar's iCalendar plugin wants
 *   ical.js 1, Sebaya ships ical.js 2);
 * - 10,000 places as two inline sources of 5,000 → the first list, and → searchable (its index
 *   complete), beside MiniSearch indexing the same places and showing its first 20;
 * - a CSV feed of 7,000 of them (1.8 MB; a feed is read up to 2 MB) → searchable directory;
 * - keystroke → updated list, p95 over every keystroke of five rounds, beside MiniSearch and
 *   Fuse.js searching the same places and showing their first 20.
 */
import '../src/calendar/define.js';
import '../src/directory/define.js';
import { Calendar } from '@fullcalendar/core';
import dayGridPlugin from '@fullcalendar/daygrid';
import MiniSearch from 'minisearch';
import Fuse from 'fuse.js';
import type { SebayaDirectory } from '../src/directory/directory.js';
import type { Resource } from '../src/directory/model/resource.js';
import type { LocalizedText } from '../src/core/i18n/localize.js';
import { generateFeed } from './calendar.bench.js';
import { generate } from './directory.bench.js';
import { SEARCH_QUERIES, median, p95, type BenchResult } from './types.js';

const RUNS = 5;
const pad = (n: number): string => String(n).padStart(2, '0');

/** The month shown: December 2026, 2,000 events over its 31 days. */
export function monthEvents(count = 2000): { id: string; title: string; start: string; category: string }[] {
  return Array.from({ length: count }, (_, i) => ({
    id: `e${i}`,
    title: `Kegiatan ${i}`,
    start: `2026-12-${pad((i % 31) + 1)}T${pad(7 + (i % 12))}:${pad((i * 7) % 60)}`,
    category: i % 2 ? 'a' : 'b',
  }));
}

const calendarConfig = (sources: unknown[]) => ({
  timeZone: 'Asia/Jakarta',
  calendar: {
    categories: [
      { id: 'a', label: 'A' },
      { id: 'b', label: 'B' },
    ],
    sources,
  },
});

/** A box as wide as a page's content column, for both sides. */
function stage(): HTMLElement {
  const box = document.createElement('div');
  box.style.width = '1000px';
  document.body.append(box);
  return box;
}

/** Waits for `sebaya-ready` (rejects on `sebaya-error`). */
function readyOf(el: HTMLElement): Promise<void> {
  return new Promise((resolve, reject) => {
    el.addEventListener('sebaya-ready', () => resolve(), { once: true });
    el.addEventListener(
      'sebaya-error',
      (e) => reject(new Error((e as CustomEvent<{ message: string }>).detail.message)),
      { once: true },
    );
  });
}

/** Forces layout of `el` (the clock stops after it). */
function layout(el: Element | null | undefined): void {
  if (!el) throw new Error('nothing laid out');
  if (el.getBoundingClientRect().height <= 0) throw new Error('laid out with no height');
}

/**
 * Gives `el` its `config` on a fresh stage and waits until it is ready and `selector` in its shadow
 * root is laid out; `ms` from the config to that layout, `t0` when the clock started.
 */
async function configToLayout(
  el: HTMLElement & { config?: unknown; updateComplete: Promise<unknown> },
  config: unknown,
  selector: string,
): Promise<{ box: HTMLElement; t0: number; ms: number }> {
  const box = stage();
  const ready = readyOf(el);
  const t0 = performance.now();
  el.config = config;
  box.append(el);
  await ready;
  await el.updateComplete;
  layout(el.shadowRoot?.querySelector(selector));
  return { box, t0, ms: performance.now() - t0 };
}

/** Config → laid-out month of `<sebaya-calendar>`; ms. */
async function sebayaMonth(config: unknown, expectChips = true): Promise<number> {
  const el = document.createElement('sebaya-calendar');
  el.lang = 'id';
  el.view = 'month';
  el.date = '2026-12-01';
  const { box, ms: t } = await configToLayout(el, config, 'table');
  if (expectChips && !el.shadowRoot?.querySelector('[part~="chip"]')) throw new Error('calendar: no event shown');
  box.remove();
  return t;
}

/** Data → laid-out month of FullCalendar 6; ms. */
function fullCalendarMonth(events: ReturnType<typeof monthEvents>, dayMaxEvents: number | false): number {
  const box = stage();
  const t0 = performance.now();
  const calendar = new Calendar(box, {
    plugins: [dayGridPlugin],
    initialView: 'dayGridMonth',
    initialDate: '2026-12-01',
    dayMaxEvents,
    events: events.map((e) => ({ id: e.id, title: e.title, start: e.start, extendedProps: { category: e.category } })),
  });
  calendar.render();
  layout(box.querySelector('.fc-daygrid-body'));
  const t = performance.now() - t0;
  if (!box.querySelector('.fc-daygrid-event')) throw new Error('FullCalendar: no event shown');
  calendar.destroy();
  box.remove();
  return t;
}

/** Runs `fn` once to warm up, then RUNS times; the times. */
async function runs(fn: () => number | Promise<number>): Promise<number[]> {
  await fn();
  const out: number[] = [];
  for (let i = 0; i < RUNS; i += 1) {
    (globalThis as { gc?: () => void }).gc?.();
    await new Promise((r) => setTimeout(r, 50));
    out.push(await fn());
  }
  return out;
}

/** Stores a file on the bench's loopback server (scripts/bench.mjs serves it back); its URL. */
async function serve(name: string, text: string, type: string): Promise<string> {
  const url = new URL(`bench-data/${name}`, document.baseURI).href;
  const res = await fetch(url, { method: 'PUT', body: text, headers: { 'Content-Type': type } });
  if (!res.ok) throw new Error(`bench: could not store ${name} (${res.status})`);
  return url;
}

/** One figure: Sebaya's median and p95, the anchor's, and the ratio of the medians (budgeted). */
function figure(
  label: string,
  sebaya: number[],
  anchor?: { name: string; times: number[]; budget?: number },
  budget?: number,
): BenchResult[] {
  const out: BenchResult[] = [
    { name: `${label}: Sebaya, median of ${RUNS}`, value: median(sebaya), unit: 'ms', ...(budget ? { budget } : {}) },
    { name: `${label}: Sebaya, p95 of ${RUNS}`, value: p95(sebaya), unit: 'ms' },
  ];
  if (anchor) {
    out.push(
      { name: `${label}: ${anchor.name}, median`, value: median(anchor.times), unit: 'ms' },
      { name: `${label}: ${anchor.name}, p95`, value: p95(anchor.times), unit: 'ms' },
      {
        name: `${label}: ratio Sebaya / ${anchor.name}`,
        value: median(sebaya) / median(anchor.times),
        unit: '×',
        ...(anchor.budget ? { budget: anchor.budget } : {}),
      },
    );
  }
  return out;
}

// ---- directory ------------------------------------------------------------------------------------

const AREA_IDS = Array.from({ length: 18 }, (_, i) => `34.03.${pad(i + 1)}`);
const AREAS = [{ id: '34.03', name: 'Kabupaten Gunungkidul' }, ...AREA_IDS.map((id) => ({ id, name: id }))];

/** The places as the directory's config has them (inline sources: no `source`). */
const inline = (list: readonly Resource[]) => list.map(({ source: _s, ...r }) => r);

/** The text of a name or description (the generated ones are plain strings). */
const text = (t: LocalizedText): string => (typeof t === 'string' ? t : (Object.values(t)[0] ?? ''));

const csvCell = (s: string): string => (/[",\n;]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);

/** The same places as a published spreadsheet. */
export function toCsv(list: readonly Resource[]): string {
  const rows = ['id,name,categories,description,area,lat,lon,phone,whatsapp,hours,free,languages,last_verified'];
  for (const r of list) {
    const voice = r.phones.filter((p) => p.kind === 'voice').map((p) => p.number);
    const wa = r.phones.filter((p) => p.kind === 'whatsapp').map((p) => p.number);
    const hours = r.hours.map((h) => `mo-fr ${h.opens}-${h.closes}`).join('; ');
    rows.push(
      [
        r.id,
        csvCell(text(r.name)),
        r.categories.join(';'),
        csvCell(text(r.description ?? '')),
        r.area ?? '',
        r.geo ? String(r.geo.lat) : '',
        r.geo ? String(r.geo.lon) : '',
        voice.join(';'),
        wa.join(';'),
        csvCell(hours),
        r.free ? 'ya' : '',
        r.languages.join(';'),
        r.lastVerified ?? '',
      ].join(','),
    );
  }
  return `${rows.join('\r\n')}\r\n`;
}

interface Timed {
  /** Config → the first list laid out. */
  list: number;
  /** Config → the index complete (every place searchable). */
  searchable: number;
  el: SebayaDirectory;
  box: HTMLElement;
}

/** Config → first laid-out list, and → searchable, of `<sebaya-directory>`. */
async function sebayaDirectory(config: unknown, keep = false): Promise<Timed> {
  const el = document.createElement('sebaya-directory');
  el.setAttribute('lang', 'id');
  el.setAttribute('hash-key', '');
  const { box, t0, ms: list } = await configToLayout(el, config, '[part~="list"], ul, ol');
  await (el as unknown as { data?: { index?: { ready?: Promise<unknown> } } }).data?.index?.ready;
  const searchable = performance.now() - t0;
  if (!keep) box.remove();
  return { list, searchable, el, box };
}

/** The first 20 hits' names as a list, as a page using a search library would show them. */
function showList(ul: HTMLElement, names: readonly string[]): void {
  ul.replaceChildren(
    ...names.slice(0, 20).map((n) => {
      const li = document.createElement('li');
      li.textContent = n;
      return li;
    }),
  );
  layout(ul);
}

const docs = (list: readonly Resource[]) =>
  list.map((r) => ({
    id: r.id,
    name: text(r.name),
    description: text(r.description ?? ''),
    categories: r.categories.join(' '),
    area: r.area ?? '',
  }));

function miniSearchIndex(list: readonly Resource[]): MiniSearch {
  const ms = new MiniSearch({ fields: ['name', 'description', 'categories', 'area'], storeFields: ['name'] });
  ms.addAll(docs(list));
  return ms;
}

const keystrokes = SEARCH_QUERIES.flatMap((q) => Array.from({ length: q.length }, (_, n) => q.slice(0, n + 1)));

/** Times every keystroke of `rounds` rounds of typing the queries; ms each. */
async function typing(rounds: number, key: (text: string) => void | Promise<void>): Promise<number[]> {
  const out: number[] = [];
  for (let round = 0; round < rounds; round += 1)
    for (const text of keystrokes) {
      const t0 = performance.now();
      await key(text);
      out.push(performance.now() - t0);
    }
  return out;
}

export async function run(): Promise<BenchResult[]> {
  const results: BenchResult[] = [];

  // 1. Config → laid-out month, 2,000 events inline.
  const events = monthEvents();
  const sebayaInline = await runs(() => sebayaMonth(calendarConfig([{ events: structuredClone(events) }])));
  const fullCalendar = await runs(() => fullCalendarMonth(events, false));
  const fullCalendar3 = await runs(() => fullCalendarMonth(events, 3));
  results.push(
    ...figure('config → month, 2,000 events', sebayaInline, {
      name: 'FullCalendar 6',
      times: fullCalendar,
      budget: 0.06,
    }),
    {
      name: 'config → month, 2,000 events: FullCalendar 6 with dayMaxEvents 3, median',
      value: median(fullCalendar3),
      unit: 'ms',
    },
    {
      name: 'config → month, 2,000 events: ratio Sebaya / FullCalendar 6 with dayMaxEvents 3',
      value: median(sebayaInline) / median(fullCalendar3),
      unit: '×',
    },
  );

  // 2. ICS feed (1,000 events) → month.
  const feed = await serve('feed.ics', generateFeed(), 'text/calendar');
  const sebayaIcs = await runs(() => sebayaMonth(calendarConfig([{ type: 'ics', url: feed }])));
  results.push(...figure('ICS feed, 1,000 events → month', sebayaIcs, undefined, 50));

  // 3. 10,000 places as two inline sources → first list / searchable; MiniSearch beside it.
  const places = generate();
  const directoryConfig = () => ({
    timeZone: 'Asia/Jakarta',
    directory: {
      sources: [0, 1].map((half) => ({ resources: inline(places.slice(half * 5_000, (half + 1) * 5_000)) })),
      areas: AREAS,
      pageSize: 20,
    },
  });
  const inlineRuns: Timed[] = [];
  await sebayaDirectory(directoryConfig());
  for (let i = 0; i < RUNS; i += 1) inlineRuns.push(await sebayaDirectory(directoryConfig()));
  const ul = document.createElement('ul');
  document.body.append(ul);
  const miniIndex: number[] = [];
  const miniList = await runs(() => {
    const t0 = performance.now();
    const ms = miniSearchIndex(places);
    if (ms.documentCount !== places.length) throw new Error('MiniSearch: not every place indexed');
    miniIndex.push(performance.now() - t0);
    showList(
      ul,
      places.slice(0, 20).map((p) => text(p.name)),
    );
    return performance.now() - t0;
  });
  miniIndex.shift();
  results.push(
    ...figure(
      '10,000 places (2 inline sources) → first list',
      inlineRuns.map((r) => r.list),
      // The targets: 200 ms where MiniSearch needs 127 ms to index.
      { name: 'MiniSearch index + list', times: miniList, budget: 1.6 },
    ),
    ...figure(
      '10,000 places (2 inline sources) → searchable',
      inlineRuns.map((r) => r.searchable),
      { name: 'MiniSearch index + list', times: miniList },
    ),
  );

  // 4. A CSV feed of the same places → searchable directory.
  // A feed is read up to 2 MB (the core's limit): 7,000 of these rows fit.
  const csvText = toCsv(places.slice(0, 7_000));
  if (csvText.length > 2_000_000) throw new Error(`bench: the CSV feed is ${csvText.length} bytes`);
  const csv = await serve('places.csv', csvText, 'text/csv');
  const csvConfig = () => ({
    timeZone: 'Asia/Jakarta',
    directory: { sources: [{ url: csv, type: 'csv' }], areas: AREAS, pageSize: 20 },
  });
  const csvRuns: Timed[] = [];
  await sebayaDirectory(csvConfig());
  for (let i = 0; i < RUNS; i += 1) csvRuns.push(await sebayaDirectory(csvConfig()));
  results.push(
    ...figure(
      'CSV feed, 7,000 rows (1.8 MB) → first list',
      csvRuns.map((r) => r.list),
    ),
    ...figure(
      'CSV feed, 7,000 rows (1.8 MB) → searchable',
      csvRuns.map((r) => r.searchable),
    ),
  );

  // 5. Keystroke → updated list (p95 over every keystroke of five rounds).
  const { el, box } = await sebayaDirectory(directoryConfig(), true);
  (globalThis as { gc?: () => void }).gc?.();
  await new Promise((r) => setTimeout(r, 300));
  const input = el.shadowRoot?.querySelector<HTMLInputElement>('#q');
  if (!input) throw new Error('directory: no search box');
  const list = () => el.shadowRoot?.querySelector('[part~="list"], ul, ol');
  const sebayaKeys = await typing(RUNS, async (text) => {
    input.value = text;
    input.dispatchEvent(new Event('input', { bubbles: true }));
    await el.updateComplete;
    layout(list() ?? el);
  });
  box.remove();
  const mini = miniSearchIndex(places);
  const miniKeys = await typing(RUNS, (text) =>
    showList(
      ul,
      mini.search(text, { prefix: true, fuzzy: 0.2 }).map((h) => String(h['name'])),
    ),
  );
  const fuse = new Fuse(docs(places), { keys: ['name', 'description', 'categories', 'area'] });
  // Fuse.js is slow enough that one round is enough (its every keystroke is measured).
  const fuseKeys = await typing(1, (text) =>
    showList(
      ul,
      fuse.search(text, { limit: 20 }).map((h) => h.item.name),
    ),
  );
  ul.remove();
  const keyFigure = (name: string, times: number[], anchor: number[], budget?: number): BenchResult[] => [
    { name: `keystroke → list: ${name}, p95`, value: p95(anchor), unit: 'ms' },
    {
      name: `keystroke → list: ratio Sebaya / ${name} (p95)`,
      value: p95(times) / p95(anchor),
      unit: '×',
      ...(budget ? { budget } : {}),
    },
  ];
  results.push(
    {
      name: `keystroke → list: Sebaya, p95 over every keystroke (${sebayaKeys.length})`,
      value: p95(sebayaKeys),
      unit: 'ms',
    },
    { name: 'keystroke → list: Sebaya, median', value: median(sebayaKeys), unit: 'ms' },
    ...keyFigure('MiniSearch', sebayaKeys, miniKeys),
    ...keyFigure('Fuse.js', sebayaKeys, fuseKeys, 0.1),
  );
  return results;
}
