/** Hostile text (the big list of naughty strings, XSS polyglots) in every importer: read as text, never thrown on. */
import { expect } from '@open-wc/testing';
import { importConfig } from '../../../src/builder/import/config.js';
import { importCsv, matchColumns, placesFrom } from '../../../src/builder/import/csv.js';
import { importIcs } from '../../../src/builder/import/ics.js';
import { fixtureText } from './fixtures.js';

const read = async (path: string) => (await fetch(new URL(path, import.meta.url))).text();
const icsEscape = (s: string) =>
  s
    .replace(/\\/g, '\\\\')
    .replace(/[,;]/g, (c) => `\\${c}`)
    .replace(/\r?\n|\r/g, '\\n');

describe('importers and hostile strings', function () {
  this.timeout(60_000);
  let strings: string[] = [];
  before(async () => {
    strings = [
      ...(JSON.parse(await read('../../fixtures/blns.json')) as string[]),
      ...(await read('../../fixtures/xss-polyglots.txt')).split('\n').filter(Boolean),
    ];
  });

  it('an event title keeps the string as it was written, or the event is named as left out', () => {
    let kept = 0;
    for (const s of strings) {
      const text = `BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nUID:x\r\nDTSTART:20261203T120000Z\r\nSUMMARY:${icsEscape(s)}\r\nEND:VEVENT\r\nEND:VCALENDAR`;
      const r = importIcs(text, { timeZone: 'Asia/Jakarta' });
      expect(r.items.length + r.skipped.length, JSON.stringify(s)).to.equal(1);
      const title = (r.items[0] as { title?: string } | undefined)?.title;
      // eslint-disable-next-line no-control-regex -- control characters are never part of an .ics line
      if (title !== undefined && !/[\u0000-\u001f\u007f]/.test(s) && s.trim()) {
        expect(title, JSON.stringify(s)).to.equal(s.trim());
        kept += 1;
      }
      // Raw hostile text pasted as the whole file: never throws.
      expect(() => importIcs(s, { timeZone: 'Asia/Jakarta' })).not.to.throw();
    }
    expect(kept).to.be.greaterThan(strings.length * 0.8);
  });

  it('a place name keeps the string exactly', async () => {
    const rows = strings.filter((s) => s.trim()).map((s) => [s]);
    const r = await placesFrom(rows, { name: 0 });
    const names = r.items.map((p) => (p as { name: string }).name);
    expect(names.length + r.skipped.length).to.equal(rows.length);
    expect(names).to.include('<script>alert(123)</script>');
  });

  it('a whole file of hostile text is no CSV and no config, without throwing', async () => {
    const all = strings.join('\n');
    const t = await importCsv(all);
    expect(() => matchColumns(t.columns)).not.to.throw();
    expect(importConfig(all).problems[0]?.where).to.match(/^line \d+, column \d+$/);
  });

  it('a weekly series with one deleted date keeps that date out (EXPECTATIONS: 7 of 8)', async () => {
    const r = importIcs(await fixtureText('each_week_but_one_deleted.ics'), { timeZone: 'Europe/Berlin' });
    expect(r.skipped).to.deep.equal([]);
    expect(r.items).to.have.length(1);
    expect((r.items[0] as { exdates: string[] }).exdates).to.have.length(1);
  });
});
