import { expect } from '@open-wc/testing';
import * as v from 'valibot';
import { applyImport } from '../../../src/builder/import/apply.js';
import { importCsv, matchColumns, placesFrom } from '../../../src/builder/import/csv.js';
import { icsSource, importIcs } from '../../../src/builder/import/ics.js';
import { SiteConfig } from '../../../src/site-schema.js';
import { fixtureText } from './fixtures.js';

describe('applyImport', () => {
  it('builds a valid config from nothing: template places, holiday events and a feed', async () => {
    const t = await importCsv(await fixtureText('directory-template.csv'));
    let config = applyImport(undefined, await placesFrom(t.rows, matchColumns(t.columns)));
    const holidays = importIcs(await fixtureText('kalender_indonesia-holidays_2026-04-01.ics'), {
      timeZone: 'Asia/Jakarta',
    });
    config = applyImport(config, holidays);
    config = applyImport(config, icsSource('https://example.org/k.ics'));
    const checked = v.safeParse(SiteConfig, config);
    expect(checked.success, JSON.stringify(checked.issues?.[0]?.path?.map((p) => p.key))).to.equal(true);
    const c = config as { calendar: { sources: unknown[] }; directory: { sources: { resources: unknown[] }[] } };
    expect(c.directory.sources[0]?.resources).to.have.length(2);
    expect(c.calendar.sources).to.have.length(2);
  });

  it('joins the first inline source, renames taken ids, and leaves the given config as it was', async () => {
    const before = {
      directory: { sources: [{ url: 'https://x.org/a.csv', type: 'csv' }, { resources: [{ id: 'a', name: 'A' }] }] },
    };
    const copy = structuredClone(before);
    const after = applyImport(before, {
      target: 'directory.places',
      items: [{ id: 'a', name: 'B' }],
      skipped: [],
    }) as typeof before;
    expect(before).to.deep.equal(copy);
    expect(after.directory.sources[1]).to.deep.equal({
      resources: [
        { id: 'a', name: 'A' },
        { id: 'a-2', name: 'B' },
      ],
    });
  });

  it('a config import replaces the config', () => {
    expect(applyImport({ locale: 'id' }, { target: '', items: [{ locale: 'en' }], skipped: [] })).to.deep.equal({
      locale: 'en',
    });
  });
});
