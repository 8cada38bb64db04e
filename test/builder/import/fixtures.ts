/** Reads a copied fixture (test/fixtures/builder/, sources in test/fixtures/SOURCES.md). */
export async function fixtureText(name: string): Promise<string> {
  const res = await fetch(new URL(`../../fixtures/builder/${name}`, import.meta.url));
  if (!res.ok) throw new Error(`fixture ${name}: ${res.status}`);
  return res.text();
}
