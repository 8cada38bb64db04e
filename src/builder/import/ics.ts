/**
 * An iCalendar file → events in the config's own shape (`calendar.sources[].events[]`), read by the
 * calendar's own ICS engine. Each VEVENT is read with the file's time zones but apart from the
 * others, so one that cannot be read is named (`VEVENT 3 (line 40)`) instead of counted.
 *
 * A recurring event keeps its RRULE where the config's form can say the same thing; every kept
 * series is checked by expanding both forms over two years, so an import never moves a date.
 */
import * as v from 'valibot';
import { isValidRrule, parseIcs } from '../../calendar/model/ics.js';
import { DAY_MS, dayKeyOf, wallClock } from '../../calendar/model/time.js';
import type { CalendarEvent } from '../../calendar/model/types.js';
import { CalendarEventInput, Rrule, UrlSource } from '../../calendar/schema.js';
import { fromInput } from '../../calendar/sources.js';
import { withRecurrence } from '../../calendar/model/recurrence.js';
import { fromValibot } from '../../core/config/issues.js';
import { icsWhy } from './ics-why.js';
import type { ImportResult, Skipped, Words } from './types.js';
import { admit, excerpt, issueWords } from './words.js';

export interface IcsImportOptions {
  /** The site's zone (`timeZone` in the config): times are written as its wall clock. */
  readonly timeZone: string;
  /** A category id given to every imported event. */
  readonly category?: string;
}

/** One VEVENT of the file as written, with where it starts. */
interface Block {
  readonly index: number;
  readonly line: number;
  readonly lines: string[];
  readonly uid?: string;
}

const YEAR_MS = 366 * DAY_MS;

/** Splits a file into its VEVENTs and everything else (calendar, zones, X-WR- lines). */
function blocksOf(text: string): { blocks: Block[]; frame: string[] } {
  const raw = text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
  const blocks: Block[] = [];
  const frame: string[] = [];
  let current: { line: number; lines: string[] } | undefined;
  let depth = 0;
  raw.forEach((line, i) => {
    if (!current && /^BEGIN:VEVENT\s*$/i.test(line)) {
      current = { line: i + 1, lines: [line] };
      depth = 1;
      return;
    }
    if (!current) {
      frame.push(line);
      return;
    }
    current.lines.push(line);
    if (/^BEGIN:/i.test(line)) depth += 1;
    if (/^END:/i.test(line)) depth -= 1;
    if (depth === 0) {
      const unfolded = current.lines.join('\n').replace(/\n[ \t]/g, '');
      const uid = /^UID(?:;[^:\n]*)?:(.+)$/im.exec(unfolded)?.[1]?.trim();
      blocks.push({ index: blocks.length + 1, ...current, ...(uid ? { uid } : {}) });
      current = undefined;
    }
  });
  if (current) blocks.push({ index: blocks.length + 1, line: current.line, lines: [...current.lines, 'END:VEVENT'] });
  return { blocks, frame };
}

/** The frame with `events` put back inside its calendar (or alone, for a pasted bare VEVENT). */
function withEvents(frame: string[], events: Block[]): string {
  const body = events.flatMap((b) => b.lines);
  let end = -1;
  for (let i = frame.length - 1; i >= 0 && end < 0; i -= 1) if (/^END:VCALENDAR/i.test(frame[i] ?? '')) end = i;
  // A pasted VEVENT alone: the engine reads events inside a calendar only.
  if (end < 0) return ['BEGIN:VCALENDAR', ...frame, ...body, 'END:VCALENDAR'].join('\r\n');
  return [...frame.slice(0, end), ...body, ...frame.slice(end)].join('\r\n');
}

const pad = (n: number): string => String(n).padStart(2, '0');

/** An instant as the config writes it: the site's wall clock, no offset. */
function wallText(ms: number, timeZone: string): string {
  const [y, mo, d, h, mi, s] = wallClock(ms, timeZone);
  return `${y}-${pad(mo)}-${pad(d)}T${pad(h)}:${pad(mi)}${s ? `:${pad(s)}` : ''}`;
}

const timeText = (ms: number, allDay: boolean, timeZone: string): string =>
  allDay ? dayKeyOf(ms, 'UTC') : wallText(ms, timeZone);

/** The dates an all-day or date-valued EXDATE names (the engine keeps them apart from instants). */
function dayExdates(block: Block, event: CalendarEvent): string[] {
  const unfolded = block.lines.join('\n').replace(/\n[ \t]/g, '');
  const startLine = /^DTSTART([^:\n]*):(.*)$/im.exec(unfolded);
  const zoned = !!startLine && (/TZID=/i.test(startLine[1] ?? '') || /Z\s*$/.test(startLine[2] ?? ''));
  const out: string[] = [];
  for (const m of unfolded.matchAll(/^EXDATE([^:\n]*):(.*)$/gim)) {
    const params = m[1] ?? '';
    for (const value of (m[2] ?? '').split(',')) {
      const t = /^(\d{4})(\d{2})(\d{2})(T\d{6}(Z)?)?/.exec(value.trim());
      if (!t) continue;
      const floatingOnZoned = !t[5] && !/TZID=/i.test(params) && zoned;
      if (!t[4] || event.allDay || floatingOnZoned) out.push(`${t[1]}-${t[2]}-${t[3]}`);
    }
  }
  return out;
}

/** Starts of the occurrences in [from, to), sorted: what the calendar would show. */
function startsOf(events: readonly CalendarEvent[], from: number, to: number): number[] {
  const out: number[] = [];
  for (const e of events) {
    if (e.expand) out.push(...e.expand(from, to).map((o) => o.start));
    else if (e.start >= from && e.start < to) out.push(e.start);
  }
  return out.sort((a, b) => a - b);
}

type Converted = { readonly inputs: CalendarEventInput[] } | { readonly why: Words };

/** One event read from the file → the config's events (a series with moved dates → several). */
function convert(event: CalendarEvent, block: Block, options: IcsImportOptions): Converted {
  const { timeZone } = options;
  const plain = (e: CalendarEvent, id: string): CalendarEventInput => {
    const lastDay = e.end - DAY_MS;
    return {
      id: id.slice(0, 200),
      title: e.title || '—',
      start: timeText(e.start, e.allDay, timeZone),
      ...(e.allDay
        ? lastDay > e.start
          ? { end: dayKeyOf(lastDay, 'UTC') }
          : {}
        : e.end > e.start
          ? { end: wallText(e.end, timeZone) }
          : {}),
      ...(e.location ? { location: e.location } : {}),
      ...(e.geo ? { geo: e.geo } : {}),
      ...(e.description ? { description: e.description } : {}),
      ...((options.category ?? e.category) ? { category: options.category ?? e.category } : {}),
      ...(e.url ? { url: e.url } : {}),
      ...(e.contact ? { contact: e.contact } : {}),
    };
  };
  if (!event.expand) return { inputs: [plain(event, event.id)] };
  const rules = event.rrule ?? [];
  if (rules.length > 1) return { why: icsWhy.severalRules };
  if (event.rdates?.length) return { why: icsWhy.extraDates };
  const rule = (rules[0] ?? '').replace(/^RRULE:/i, '');
  if (!v.is(Rrule, rule) || !isValidRrule(rule)) return { why: icsWhy.badRule(excerpt(rule, 80)) };

  const moved: CalendarEventInput[] = [];
  const exdates = new Set<string>([
    ...(event.exdates ?? []).map((ms) => timeText(ms, event.allDay, timeZone)),
    ...dayExdates(block, event).map((day) =>
      event.allDay ? day : `${day}T${wallText(event.start, timeZone).slice(11)}`,
    ),
  ]);
  for (const change of event.changes ?? []) {
    exdates.add(timeText(change.recurrenceId, event.allDay, timeZone));
    if (change.event) moved.push(plain(change.event, `${event.id}-${dayKeyOf(change.recurrenceId, 'UTC')}`));
  }
  const series: CalendarEventInput = {
    ...plain(event, event.id),
    rrule: rule,
    ...(exdates.size ? { exdates: [...exdates] } : {}),
  };
  // The check: both forms, expanded as the calendar would, give the same starts.
  const from = event.start;
  const to = event.start + 2 * YEAR_MS;
  const again = [series, ...moved].flatMap((input) => {
    const e = fromInput(input, 0, undefined, timeZone);
    if (!e) return [];
    if (!input.rrule) return [e];
    const ex = (input.exdates ?? []).flatMap((x) => {
      const t = fromInput({ ...input, start: x, end: undefined }, 0, undefined, timeZone);
      return t ? [t.start] : [];
    });
    return [withRecurrence(e, input.rrule, ex)];
  });
  const before = startsOf([event], from, to);
  const after = startsOf(again, from, to);
  if (before.length !== after.length || before.some((ms, i) => ms !== after[i])) return { why: icsWhy.differs };
  return { inputs: [series, ...moved] };
}

/** Reads an .ics file (or pasted text) into events for the calendar; never throws. */
export function importIcs(text: string, options: IcsImportOptions): ImportResult {
  const target = 'calendar.events';
  const skipped: Skipped[] = [];
  const items: CalendarEventInput[] = [];
  const { blocks, frame } = blocksOf(String(text ?? ''));
  if (!blocks.length) {
    const whole = parseIcs(String(text ?? ''), { source: 0, timeZone: options.timeZone });
    const why = whole.problems.some((p) => p.code === 'syntax') ? icsWhy.notCalendar : undefined;
    return { items, target, skipped: why ? [{ where: 'line 1', why }] : [] };
  }
  // A series and its changed dates share a UID: they are read together.
  const groups = new Map<string, Block[]>();
  for (const b of blocks) {
    const key = b.uid ?? `#${b.index}`;
    groups.set(key, [...(groups.get(key) ?? []), b]);
  }
  const used = new Set<string>();
  for (const group of groups.values()) {
    const first = group[0]!;
    const where = `VEVENT ${first.index} (line ${first.line})`;
    let events: CalendarEvent[];
    try {
      const read = parseIcs(withEvents(frame, group), { source: 0, timeZone: options.timeZone });
      events = read.events;
      if (!events.length) {
        const syntax = read.problems.find((p) => p.code === 'syntax' && p.detail);
        const allCancelled = group.every((b) => /^STATUS:\s*CANCELLED/im.test(b.lines.join('\n')));
        skipped.push({
          where,
          why: allCancelled
            ? icsWhy.cancelled
            : syntax
              ? icsWhy.unreadable(excerpt(syntax.detail!, 80))
              : icsWhy.noStart,
        });
        continue;
      }
    } catch (err) {
      skipped.push({ where, why: icsWhy.unreadable(excerpt(err instanceof Error ? err.message : String(err), 80)) });
      continue;
    }
    for (const event of events) {
      const master = event.recurrenceId === undefined;
      const block = (master ? group.find((b) => !/^RECURRENCE-ID/im.test(b.lines.join('\n'))) : undefined) ?? first;
      const converted = convert(event, block, options);
      if ('why' in converted) {
        skipped.push({ where: `VEVENT ${block.index} (line ${block.line})`, why: converted.why });
        continue;
      }
      for (const input of converted.inputs) admit(CalendarEventInput, input, where, { used, items, skipped }, 'acara');
    }
  }
  return { items, target, skipped };
}

/**
 * A published calendar's address → a `calendar.sources` entry, checked by the calendar's own
 * schema. `webcal:` becomes `https:`; a Google or Outlook address is kept but the owner is told
 * that a browser cannot read it from another site.
 */
export function icsSource(
  url: string,
  options: { readonly name?: string; readonly category?: string } = {},
): ImportResult {
  const target = 'calendar.sources';
  const notes: Words[] = [];
  let address = String(url ?? '').trim();
  if (/^webcals?:\/\//i.test(address)) {
    address = address.replace(/^webcals?:\/\//i, 'https://');
    notes.push(icsWhy.webcal);
  }
  const source = {
    type: 'ics' as const,
    url: address,
    ...(options.name ? { name: options.name } : {}),
    ...(options.category ? { category: options.category } : {}),
  };
  const checked = v.safeParse(UrlSource, source, { abortPipeEarly: true });
  if (!checked.success) {
    const issue = fromValibot(checked.issues)[0]!;
    return { items: [], target, skipped: [{ where: 'url', why: issueWords(issue, address) }], notes };
  }
  if (/(^|\.)(calendar\.google\.com|outlook\.(office|office365|live)\.com)$/i.test(safeHost(address)))
    notes.push(icsWhy.cors);
  return { items: [source], target, skipped: [], notes };
}

function safeHost(url: string): string {
  try {
    return new URL(url).hostname;
  } catch {
    return '';
  }
}
