import { expect } from '@open-wc/testing';
import { AreaTree } from '../../src/directory/model/areas.js';
import { NO_FILTERS, type Filters } from '../../src/directory/model/hash.js';
import {
  applyFilters,
  filterLists,
  filtersInUse,
  hasChoices,
  paging,
  withAreas,
  withCurrent,
  type ApplyContext,
} from '../../src/directory/model/listing.js';
import type { Resource } from '../../src/directory/model/resource.js';
import { SearchIndex } from '../../src/directory/model/search.js';

/** Monday 30 November 2026, 09:00 in Jakarta. */
const MONDAY_9 = new Date('2026-11-30T09:00:00+07:00');
const WEEKDAYS = { days: ['mo', 'tu', 'we', 'th', 'fr'], opens: '08:00', closes: '14:00' };

const place = (id: string, more: Partial<Resource> = {}): Resource => ({
  id,
  name: id,
  categories: [],
  phones: [],
  hours: [],
  languages: [],
  source: 0,
  ...more,
});

const AREAS = new AreaTree([
  { id: 'gk', name: 'Kabupaten Gunungkidul' },
  { id: 'playen', name: 'Kapanewon Playen', parent: 'gk' },
  { id: 'wonosari', name: 'Kapanewon Wonosari', parent: 'gk' },
  { id: 'sleman', name: 'Kabupaten Sleman' },
]);

const RESOURCES: Resource[] = [
  place('pkm-playen', {
    name: 'Puskesmas Playen',
    categories: ['puskesmas'],
    area: 'playen',
    languages: ['id', 'jv'],
    hours: [WEEKDAYS],
    free: true,
    geo: { lat: -7.95, lon: 110.55 },
  }),
  place('rsj', {
    name: 'Rumah Sakit Jiwa',
    categories: ['hospital'],
    area: 'sleman',
    languages: ['id'],
    geo: { lat: -7.7, lon: 110.4 },
  }),
  place('kelompok', {
    name: 'Kelompok dukungan sebaya',
    categories: ['peer-support', 'community'],
    area: 'gk',
    languages: ['jv'],
    hours: [{ days: ['sa'], opens: '19:00', closes: '21:00' }],
  }),
  place('telepon', { name: 'Layanan telepon puskesmas', categories: ['hotline'], languages: ['en', 'id'], free: true }),
];

const index = new SearchIndex(RESOURCES, { category: (id) => id, area: (id) => id });
const ctx: ApplyContext = { index, areas: AREAS, now: MONDAY_9, timeZone: 'Asia/Jakarta' };
const ids = (patch: Partial<Filters>, more: Partial<ApplyContext> = {}) =>
  applyFilters({ ...NO_FILTERS, ...patch }, { ...ctx, ...more }).map((r) => r.resource.id);

describe('directory listing (model)', () => {
  it('lists every place in order when nothing is chosen', () => {
    expect(ids({})).to.deep.equal(['pkm-playen', 'rsj', 'kelompok', 'telepon']);
  });

  it('narrows by category, language and free of charge', () => {
    expect(ids({ category: 'hotline' })).to.deep.equal(['telepon']);
    expect(ids({ language: 'jv' })).to.deep.equal(['pkm-playen', 'kelompok']);
    expect(ids({ free: true })).to.deep.equal(['pkm-playen', 'telepon']);
    expect(ids({ language: 'jv', free: true })).to.deep.equal(['pkm-playen']);
  });

  it('keeps the places of an area, those that cover it and those with no area', () => {
    // Playen: the Puskesmas there, the group for all of Gunungkidul, and the hotline (no area: everywhere).
    expect(ids({ area: 'playen' })).to.deep.equal(['pkm-playen', 'kelompok', 'telepon']);
    expect(ids({ area: 'sleman' })).to.deep.equal(['rsj', 'telepon']);
  });

  it('keeps only the places open now in their hours', () => {
    expect(ids({ openNow: true })).to.deep.equal(['pkm-playen']);
    expect(ids({ openNow: true }, { now: new Date('2026-11-30T15:00:00+07:00') })).to.deep.equal([]);
    expect(ids({ openNow: true }, { now: new Date('2026-12-05T20:00:00+07:00') })).to.deep.equal(['kelompok']);
  });

  it('follows the search ranking: a name match before a category match', () => {
    expect(ids({ query: 'puskesmas' })).to.deep.equal(['pkm-playen', 'telepon']);
    expect(ids({ query: 'puskesmas', free: true, language: 'en' })).to.deep.equal(['telepon']);
    expect(ids({ query: 'tidak ada yang cocok' })).to.deep.equal([]);
  });

  it('sorts nearest first once located, places without a position last, with their distance', () => {
    const near = applyFilters(NO_FILTERS, { ...ctx, position: { lat: -7.71, lon: 110.41 } });
    expect(near.map((r) => r.resource.id)).to.deep.equal(['rsj', 'pkm-playen', 'kelompok', 'telepon']);
    expect(near[0]?.distanceKm).to.be.within(1, 2);
    expect(near[1]?.distanceKm).to.be.within(30, 35);
    expect(near[2]?.distanceKm).to.equal(undefined);
  });

  it('offers only the choices some place has, the configured categories first', () => {
    const lists = filterLists(RESOURCES, AREAS, ['hotline', 'puskesmas', 'psychologist']);
    expect(lists.category.map((o) => o.id)).to.deep.equal([
      'hotline',
      'puskesmas',
      'community',
      'hospital',
      'peer-support',
    ]);
    expect(lists.area.map((o) => [o.id, o.depth])).to.deep.equal([
      ['gk', 0],
      ['playen', 1],
      ['sleman', 0],
    ]);
    expect(lists.language.map((o) => o.id)).to.deep.equal(['en', 'id', 'jv']);
    expect([lists.hasHours, lists.hasFree, lists.hasGeo]).to.deep.equal([true, true, true]);
    const bare = filterLists([place('a', { languages: ['id'] })], AREAS, []);
    expect([bare.category, bare.area, bare.hasHours, bare.hasFree, bare.hasGeo]).to.deep.equal([
      [],
      [],
      false,
      false,
      false,
    ]);
    expect(hasChoices(lists)).to.equal(true);
    expect(hasChoices(bare)).to.equal(false);
  });

  it('offers an unlisted area written as text, and the listed parents of an unlisted code', () => {
    const tree = new AreaTree([
      { id: '34', name: 'DI Yogyakarta' },
      { id: '34.03', name: 'Kabupaten Gunungkidul' },
    ]);
    const lists = filterLists([place('a', { area: '34.03.03.2006' }), place('b', { area: 'Desa Lain' })], tree, []);
    expect(lists.area.map((o) => o.id)).to.deep.equal(['34', '34.03', 'Desa Lain']);
  });

  it('resolves written area names to the tree’s ids', () => {
    const [named, coded, unknown] = withAreas(
      [place('a', { area: 'Kapanewon Playen' }), place('b', { area: 'gk' }), place('c', { area: 'Atlantis' })],
      AREAS,
    );
    expect([named?.area, coded?.area, unknown?.area]).to.deep.equal(['playen', 'gk', 'Atlantis']);
  });

  it('adds the value a shared link chose when the list does not have it', () => {
    const options = [{ id: 'id', depth: 0 }];
    expect(withCurrent(options, 'id')).to.equal(options);
    expect(withCurrent(options, '')).to.equal(options);
    expect(withCurrent(options, 'su').map((o) => o.id)).to.deep.equal(['id', 'su']);
  });

  it('counts the filters in use, "near me" included, never the typed words', () => {
    expect(filtersInUse(NO_FILTERS, false)).to.equal(0);
    expect(filtersInUse({ ...NO_FILTERS, query: 'jiwa', category: 'hotline', openNow: true }, true)).to.equal(3);
  });

  it('pages the results: how many are shown and how many "show more" adds', () => {
    expect(paging(45, 1, 20)).to.deep.equal({ shown: 20, more: 20 });
    expect(paging(45, 2, 20)).to.deep.equal({ shown: 40, more: 5 });
    expect(paging(45, 3, 20)).to.deep.equal({ shown: 45, more: 0 });
    expect(paging(0, 1, 20)).to.deep.equal({ shown: 0, more: 0 });
  });
});
