import { expect } from '@open-wc/testing';
import { LoadError } from '../../src/core/net/fetch-text.js';
import { loadSources, sourceType, type SourceFailure } from '../../src/directory/model/sources.js';
import type { SourceConfig } from '../../src/directory/schema.js';

const feed = (c: string) => `/__test__/directory-feed?case=${c}`;
const load = (sources: SourceConfig[]) => loadSources(sources, { locale: 'id' });
const problemOf = (f: SourceFailure | undefined) =>
  f?.problem.kind === 'load' ? f.problem.error.code : f?.problem.kind === 'malformed' ? f.problem.detail : undefined;

describe('directory sources', () => {
  it('guesses CSV from the URL (also Google Sheets "output=csv") and JSON otherwise', () => {
    expect(sourceType({ url: 'https://example.org/list.csv' })).to.equal('csv');
    expect(
      sourceType({ url: 'https://docs.google.com/spreadsheets/d/e/XYZ/pub?gid=0&single=true&output=csv' }),
    ).to.equal('csv');
    expect(sourceType({ url: 'https://example.org/list.json' })).to.equal('json');
    expect(sourceType({ url: 'https://example.org/list.csv', type: 'hsds' })).to.equal('hsds');
  });

  it('reads inline, JSON, CSV and HSDS sources together, with each source’s defaults', async () => {
    const { resources, failures } = await load([
      {
        resources: [
          {
            id: 'sejiwa',
            name: 'SEJIWA',
            categories: ['hotline'],
            phones: [{ number: '119', kind: 'voice', extension: '8' }],
            hours: [],
            languages: [],
          },
        ],
        area: 'ID',
      },
      { url: feed('json'), type: 'json', area: '34.03' },
      { url: feed('json-array'), category: 'community' },
      { url: feed('csv'), type: 'csv' },
      { url: feed('hsds'), type: 'hsds', category: 'counselling' },
    ]);
    expect(failures).to.deep.equal([]);
    const ids = resources.map((r) => r.id);
    expect(ids).to.deep.equal([
      'sejiwa',
      'feed-pkm-playen',
      'feed-peer',
      'feed-pkm-playen~2',
      'feed-peer~2',
      'puskesmas-wonosari-i',
      'konseling-remaja-sebaya',
      'ac148810-d857-441c-9679-408f346de14b',
    ]);
    expect(resources[0]?.area).to.equal('ID'); // the source's default
    expect(resources[1]?.area).to.equal('34.03.03'); // an entry's own area wins
    expect(resources[3]?.categories).to.deep.equal(['puskesmas', 'community']);
    expect(resources[6]).to.deep.include({
      name: 'Konseling Remaja "Sebaya"',
      free: true,
      lastVerified: '2025-06-15',
      source: 3,
    });
    expect(resources[7]?.categories).to.include('counselling');
  });

  it('keeps the good sources when others fail, and says why each failed', async () => {
    const { resources, failures } = await load([
      { url: feed('json') },
      { url: feed('404') },
      { url: feed('500') },
      { url: feed('json-not-list') },
      { url: feed('json-syntax') },
      { url: feed('csv-no-name'), type: 'csv' },
      { url: feed('csv-html'), type: 'csv' },
      { url: feed('hsds-not'), type: 'hsds' },
      { url: 'http://127.0.0.1:9/nothing.json' },
    ]);
    expect(resources.map((r) => r.id)).to.deep.equal(['feed-pkm-playen', 'feed-peer']);
    expect(failures.map((f) => [f.index, problemOf(f)])).to.deep.equal([
      [1, 'http'],
      [2, 'http'],
      [3, 'not-list'],
      [4, 'syntax'],
      [5, 'no-name-column'],
      [6, 'html'],
      [7, 'not-hsds'],
      [8, 'network'],
    ]);
    const f500 = failures[1]?.problem;
    expect(f500?.kind === 'load' && f500.error instanceof LoadError && f500.error.retryable).to.equal(true);
  });

  it('skips bad entries of a JSON feed and names them with their path', async () => {
    const { resources, skipped } = await load([{ url: feed('json-some-bad'), name: 'Daftar Dinkes' }]);
    expect(resources.map((r) => r.id)).to.deep.equal(['feed-pkm-playen']);
    expect(skipped).to.have.length(1);
    expect(skipped[0]).to.include({ index: 0, count: 2, label: 'Daftar Dinkes' });
    expect(skipped[0]?.reasons).to.deep.equal([
      'directory.sources[0].url[1].name: is required',
      'directory.sources[0].url[2].website: is not an allowed link (only https, http, tel, mailto and WhatsApp links)',
    ]);
  });
});
