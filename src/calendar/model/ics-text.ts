/**
 * Reading an iCalendar file as real feeds write it: clean lines, then ical.js's parser, and when it
 * gives up, event by event. Part of the lazy ICS chunk.
 */
import ICAL from 'ical.js';

type Component = InstanceType<typeof ICAL.Component>;

/**
 * Normalises what real feeds do to the format: a byte-order mark, CR/LF/CRLF, folded lines (also
 * between a property's name, parameters and value), blank lines, and junk lines with no `:`.
 */
export function cleanLines(text: string): { lines: string[]; junk: number } {
  // Control characters (fuzzed files, a lone CR) are never part of a valid line.
  const clean = text
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    .replace(/\n[ \t]/g, '')
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u0008\u000B-\u001F\u007F]/g, '');
  const lines: string[] = [];
  let junk = 0;
  const property = /^[A-Za-z0-9-]+[;:]/;
  for (const line of clean.split('\n')) {
    if (!line || !line.trim()) continue;
    if (!property.test(line) || !line.includes(':')) {
      junk += 1;
      continue;
    }
    lines.push(line);
  }
  return { lines, junk };
}

function toComponents(jcal: unknown): Component[] {
  if (!Array.isArray(jcal)) return [];
  if (typeof jcal[0] === 'string') return [new ICAL.Component(jcal as unknown[] as never)];
  return (jcal as unknown[]).filter(Array.isArray).map((c) => new ICAL.Component(c as never));
}

/** Parses the whole file; if the parser gives up, parses event by event and keeps what it can. */
export function parseLenient(lines: string[]): { roots: Component[]; skipped: number; fatal?: string } {
  try {
    return { roots: toComponents(ICAL.parse(lines.join('\r\n'))), skipped: 0 };
  } catch (err) {
    const zones: string[][] = [];
    const events: string[][] = [];
    const header: string[] = [];
    let current: string[] | undefined;
    let depth = 0;
    let kind = '';
    for (const line of lines) {
      const begin = /^BEGIN:(\w+)/i.exec(line);
      const end = /^END:(\w+)/i.exec(line);
      if (begin && depth === 0 && /^(VEVENT|VTIMEZONE)$/i.test(begin[1] ?? '')) {
        kind = (begin[1] ?? '').toUpperCase();
        current = [line];
        depth = 1;
        continue;
      }
      if (current) {
        current.push(line);
        if (begin) depth += 1;
        if (end) depth -= 1;
        if (depth === 0) {
          (kind === 'VEVENT' ? events : zones).push(current);
          current = undefined;
        }
      } else if (/^X-WR-/i.test(line)) header.push(line);
    }
    if (current && kind === 'VEVENT') events.push([...current, 'END:VEVENT']);
    const roots: Component[] = [];
    const okZones = zones.filter((z) => {
      try {
        ICAL.parse(['BEGIN:VCALENDAR', ...z, 'END:VCALENDAR'].join('\r\n'));
        return true;
      } catch {
        return false;
      }
    });
    let skipped = 0;
    const calendar = new ICAL.Component(['vcalendar', [], []]);
    for (const line of header) {
      try {
        calendar.addProperty(ICAL.Property.fromString(line));
      } catch {
        // an unreadable header line is not worth a notice
      }
    }
    for (const z of okZones)
      calendar.addSubcomponent(
        new ICAL.Component(
          ICAL.parse(['BEGIN:VCALENDAR', ...z, 'END:VCALENDAR'].join('\r\n')) as never,
        ).getFirstSubcomponent('vtimezone')!,
      );
    for (const e of events) {
      try {
        const c = new ICAL.Component(ICAL.parse(['BEGIN:VCALENDAR', ...e, 'END:VCALENDAR'].join('\r\n')) as never);
        const ev = c.getFirstSubcomponent('vevent');
        if (ev) calendar.addSubcomponent(ev);
      } catch {
        skipped += 1;
      }
    }
    roots.push(calendar);
    if (!events.length && !okZones.length)
      return { roots: [], skipped, fatal: err instanceof Error ? err.message.slice(0, 100) : String(err) };
    return { roots, skipped };
  }
}
