/** Loads test fixtures (copied from ../shared/fixtures, see test/fixtures/SOURCES.md). */
export async function fixtureText(name: string): Promise<string> {
  const res = await fetch(new URL(`../fixtures/${name}`, import.meta.url));
  if (!res.ok) throw new Error(`fixture ${name}: ${res.status}`);
  return res.text();
}

/** The Big List of Naughty Strings. */
export async function naughtyStrings(): Promise<string[]> {
  return JSON.parse(await fixtureText('blns.json')) as string[];
}

/** XSS payloads, one per line. */
export async function xssPayloads(): Promise<string[]> {
  const files = ['xss-polyglots.txt', 'xss-rsnake.txt'];
  const lines = (await Promise.all(files.map(fixtureText))).flatMap((t) => t.split('\n'));
  return lines.map((l) => l.trim()).filter(Boolean);
}
