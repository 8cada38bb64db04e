/** Reads a calendar fixture (copied from ../shared/fixtures, see test/fixtures/SOURCES.md). */
export async function fixtureText(name: string): Promise<string> {
  const res = await fetch(new URL(`../fixtures/calendar/${name}`, import.meta.url));
  if (!res.ok) throw new Error(`fixture ${name}: ${res.status}`);
  return res.text();
}

/** `2019-04-30T02:00:00.000Z` for an instant. */
export const iso = (ms: number): string => new Date(ms).toISOString();
/** `2026-02-27` for an all-day start. */
export const day = (ms: number): string => new Date(ms).toISOString().slice(0, 10);
