/**
 * Puts an import into a config. The contract's targets name what was imported (`calendar.events`,
 * `directory.places`); the schema keeps those inside inline sources (`calendar.sources[].events`,
 * `directory.sources[].resources`), so they join the first inline source, or a new one. Never
 * changes the config it is given; ids already in use get a suffix.
 */
import type { ImportResult } from './types.js';

type Json = Record<string, unknown>;
const isObject = (x: unknown): x is Json => x !== null && typeof x === 'object' && !Array.isArray(x);

function unique(items: readonly unknown[], taken: Set<string>): unknown[] {
  return items.map((item) => {
    if (!isObject(item) || typeof item.id !== 'string') return item;
    let id = item.id;
    for (let n = 2; taken.has(id); n += 1) id = `${item.id}-${n}`;
    taken.add(id);
    return { ...item, id };
  });
}

/** Appends `items` to the first source holding a list under `key`, or to a new such source. */
function intoSources(section: unknown, key: string, items: readonly unknown[]): Json {
  const s = isObject(section) ? section : {};
  const sources = Array.isArray(s.sources) ? [...(s.sources as unknown[])] : [];
  const at = sources.findIndex((x) => isObject(x) && Array.isArray(x[key]));
  const existing = at >= 0 ? ((sources[at] as Json)[key] as unknown[]) : [];
  const taken = new Set(existing.flatMap((x) => (isObject(x) && typeof x.id === 'string' ? [x.id] : [])));
  const list = [...existing, ...unique(items, taken)];
  if (at >= 0) sources[at] = { ...(sources[at] as Json), [key]: list };
  else sources.push({ [key]: list });
  return { ...s, sources };
}

export function applyImport(config: unknown, result: ImportResult): unknown {
  const base = isObject(config) ? config : {};
  switch (result.target) {
    case '':
      return result.items[0] ?? config;
    case 'calendar.events':
      return { ...base, calendar: intoSources(base.calendar, 'events', result.items) };
    case 'directory.places':
      return { ...base, directory: intoSources(base.directory, 'resources', result.items) };
    case 'calendar.sources': {
      const calendar = isObject(base.calendar) ? base.calendar : {};
      const sources = Array.isArray(calendar.sources) ? (calendar.sources as unknown[]) : [];
      return { ...base, calendar: { ...calendar, sources: [...sources, ...result.items] } };
    }
    default:
      return config;
  }
}
