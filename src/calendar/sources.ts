/**
 * Loading the calendar's sources: inline events, JSON files and ICS feeds, in parallel. One failing
 * source becomes a notice; the others still show. ical.js is imported only when a source needs it.
 */
import { chunk } from '../core/lazy.js';
import { fetchTextCached, LoadError, parseJson } from '../core/net/fetch-text.js';
import type { LocalizedText, Translate } from '../core/i18n/localize.js';
import type * as IcsModule from './model/ics.js';
import type { CalendarEventInput, CalendarSection, CalendarSource } from './schema.js';
import { dayKeyOf, dayStart, parseIsoTime } from './model/time.js';
import { spanOf } from './model/span.js';
import type { CalendarEvent, SourceProblem } from './model/types.js';

export type IcsEngine = typeof IcsModule;

/** The ICS engine (ical.js, a lazy chunk): `value` once in. */
export const loadEngine = chunk((): Promise<IcsEngine> => import('./model/ics.js'));
/** The JSON feed checker (valibot, a lazy chunk). */
const feedCheck = chunk(() => import('./feed-check.js'));

/** Something to tell about one source; localised when shown. */
export interface SourceNotice {
  readonly source: number;
  /** Config path of the source (`calendar.sources[1]`). */
  readonly path: string;
  /** The source's name, or its URL. */
  readonly label: LocalizedText;
  readonly url?: string;
  /** A load failure (network/CORS, HTTP status, size…). */
  readonly error?: LoadError;
  readonly problem?: SourceProblem;
  /** An invalid event in a JSON file, worded when shown. */
  readonly issue?: (t: Translate<string>) => string;
  /** The network failed and a saved copy (from this time) is shown. */
  readonly asOf?: number;
  /** An inline event whose rule could not be read. */
  readonly rrule?: string;
}

export interface Loaded {
  readonly events: CalendarEvent[];
  readonly notices: SourceNotice[];
  /** The first failure, when every source that could fail did. */
  readonly allFailed?: SourceNotice;
}

/** An event typed in the config (or a JSON file) → the calendar's event. */
export function fromInput(
  input: CalendarEventInput,
  source: number,
  category: string | undefined,
  timeZone: string,
): CalendarEvent | undefined {
  const span = spanOf(input, timeZone, true);
  if (!span) return undefined;
  const { start: startMs, end: endMs, allDay } = span;
  const contact =
    typeof input.contact === 'string' ||
    (input.contact &&
      !('phone' in input.contact || 'email' in input.contact || 'whatsapp' in input.contact || 'name' in input.contact))
      ? { name: input.contact as LocalizedText }
      : input.contact;
  const cat = input.category ?? category;
  return {
    id: input.id,
    title: input.title,
    start: startMs,
    end: endMs,
    allDay,
    timeZone: allDay ? 'UTC' : timeZone,
    source,
    ...(input.location ? { location: input.location } : {}),
    ...(input.description ? { description: input.description } : {}),
    ...(cat ? { category: cat } : {}),
    ...(input.url ? { url: input.url } : {}),
    ...(contact ? { contact } : {}),
    ...(input.geo ? { geo: input.geo } : {}),
  };
}

function exdatesOf(input: CalendarEventInput, event: CalendarEvent, timeZone: string): number[] {
  const out: number[] = [];
  for (const x of input.exdates ?? []) {
    const t = parseIsoTime(x, timeZone);
    if (!t) continue;
    out.push(event.allDay ? dayStart(dayKeyOf(t.ms, t.allDay ? 'UTC' : timeZone)) : t.ms);
  }
  return out;
}

/** A JSON file that is neither a list of events nor `{ "events": [ … ] }`. */
class FeedShapeError extends Error {}

const needsEngine = (s: CalendarSource): boolean =>
  ('type' in s && s.type === 'ics') || ('events' in s && s.events.some((e) => e.rrule));

/** Loads every source; never throws for one source, only reports. */
export async function loadSources(section: CalendarSection, timeZone: string, signal: AbortSignal): Promise<Loaded> {
  const notices: SourceNotice[] = [];
  if (section.sources.some(needsEngine)) void loadEngine().catch(() => undefined);

  const addInputs = async (
    inputs: readonly CalendarEventInput[],
    index: number,
    source: CalendarSource,
    path: string,
    label: LocalizedText,
  ): Promise<CalendarEvent[]> => {
    const out: CalendarEvent[] = [];
    for (const [i, input] of inputs.entries()) {
      const event = fromInput(input, index, source.category, timeZone);
      if (!event) continue;
      if (input.rrule) {
        const eng = await loadEngine();
        try {
          out.push(eng.withRecurrence(event, input.rrule, exdatesOf(input, event, timeZone)));
        } catch {
          notices.push({ source: index, path: `${path}.events[${i}].rrule`, label, rrule: input.rrule });
          out.push(event);
        }
      } else out.push(event);
    }
    return out;
  };

  let failures = 0;
  let fallible = 0;
  let firstFailure: SourceNotice | undefined;
  const results = await Promise.all(
    section.sources.map(async (source, index): Promise<CalendarEvent[]> => {
      const path = `calendar.sources[${index}]`;
      if ('events' in source) return addInputs(source.events, index, source, path, source.name ?? path);
      fallible += 1;
      const label: LocalizedText = source.name ?? source.url;
      const url = new URL(source.url, document.baseURI).href;
      /** Tells something about this source (under its URL's path). */
      const note = (about: Omit<SourceNotice, 'source' | 'path' | 'label'>, name = label): SourceNotice => {
        const notice = { source: index, path: `${path}.url`, label: name, url, ...about };
        notices.push(notice);
        return notice;
      };
      try {
        const { text, type, asOf } = await fetchTextCached(url, { signal });
        if (asOf !== undefined) note({ asOf });
        if (source.type === 'ics') {
          const eng = await loadEngine();
          const parsed = eng.parseIcs(text, {
            source: index,
            timeZone,
            ...(source.category ? { category: source.category } : {}),
          });
          let last: SourceNotice | undefined;
          for (const problem of parsed.problems) last = note({ problem }, source.name ?? parsed.name ?? source.url);
          if (parsed.problems.some((p) => p.code === 'syntax' && p.count === undefined) && !parsed.events.length) {
            failures += 1;
            firstFailure ??= last;
          }
          return parsed.events;
        }
        const data = parseJson(text, url, type);
        const { checkFeed } = await feedCheck();
        const { valid, bad, firstIssue } = checkFeed(data);
        if (!valid) throw new FeedShapeError();
        if (firstIssue) note({ issue: firstIssue });
        if (bad) note({ problem: { code: 'skipped', count: bad } });
        return addInputs(valid, index, source, `${path}.url`, label);
      } catch (err) {
        if (err instanceof LoadError && err.code === 'aborted') throw err;
        failures += 1;
        const notice = note(
          err instanceof LoadError
            ? { error: err }
            : {
                problem: {
                  code: 'syntax',
                  detail: err instanceof FeedShapeError ? '[ { "id", "title", "start" } ]' : String(err).slice(0, 100),
                },
              },
        );
        firstFailure ??= notice;
        return [];
      }
    }),
  );
  const events = results.flat();
  const allFailed = fallible > 0 && failures === fallible && !events.length ? firstFailure : undefined;
  return { events, notices, ...(allFailed ? { allFailed } : {}) };
}
