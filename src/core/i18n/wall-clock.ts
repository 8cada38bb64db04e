/**
 * Wall-clock time in a zone: what a clock on the wall there shows at an instant. Goes through `Intl`
 * with the IANA zone (one cached formatter per zone), so daylight-saving rules come from the
 * browser's own time-zone data.
 */
export type WallClock = [year: number, month: number, day: number, hour: number, minute: number, second: number];

const formats = new Map<string, Intl.DateTimeFormat>();
const FIELDS: readonly string[] = ['year', 'month', 'day', 'hour', 'minute', 'second'];

/** Wall-clock fields `[year, month (1-12), day, hour (0-23), minute, second]` of an instant (epoch ms) in a zone. */
export function wallClock(ms: number, timeZone: string): WallClock {
  if (timeZone === 'UTC') {
    const d = new Date(ms);
    return [d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate(), d.getUTCHours(), d.getUTCMinutes(), d.getUTCSeconds()];
  }
  let f = formats.get(timeZone);
  if (!f) formats.set(timeZone, (f = new Intl.DateTimeFormat('en-US', { timeZone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric' })));
  const out: WallClock = [0, 0, 0, 0, 0, 0];
  for (const p of f.formatToParts(ms)) {
    const i = FIELDS.indexOf(p.type);
    if (i >= 0) out[i] = Number(p.value);
  }
  return out;
}
