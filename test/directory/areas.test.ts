import { expect } from '@open-wc/testing';
import { AreaTree } from '../../src/directory/model/areas.js';
import { loadPapa } from '../../src/directory/model/csv.js';

/** Reads DIY's real region codes (Kemendagri 2025) from the fixture. */
async function diyAreas() {
  const text = await (
    await fetch(new URL('../fixtures/directory/derived_DIY_wilayah_kemendagri2025.csv', import.meta.url))
  ).text();
  const Papa = await loadPapa();
  const rows = Papa.parse<{ kode: string; nama: string; level: string }>(text, {
    header: true,
    skipEmptyLines: true,
  }).data;
  return rows.map((row) => ({ id: row.kode, name: row.nama }));
}

describe('directory areas (province → kabupaten → kapanewon → kalurahan)', () => {
  it('builds the DIY hierarchy from Kemendagri codes alone', async () => {
    const areas = await diyAreas();
    expect(areas.length).to.equal(522);
    const tree = new AreaTree(areas);
    expect(tree.get('34')?.level).to.equal('province');
    expect(tree.get('34.03')?.level).to.equal('regency');
    expect(tree.get('34.03.03')?.level).to.equal('district');
    expect(tree.get('34.03.03.2006')).to.include({ level: 'village', depth: 3 });
    expect(tree.ancestors('34.03.03.2006')).to.deep.equal(['34.03.03.2006', '34.03.03', '34.03', '34']);
    const ordered = tree.ordered();
    expect(ordered[0]?.id).to.equal('34');
    expect(ordered.findIndex((a) => a.id === '34.03.03')).to.be.lessThan(
      ordered.findIndex((a) => a.id === '34.03.03.2006'),
    );
  });

  it('resolves written names to areas, with or without the level word', async () => {
    const tree = new AreaTree(await diyAreas());
    expect(tree.resolve('Ngunut')).to.equal('34.03.03.2006');
    expect(tree.resolve('Kabupaten Gunungkidul')).to.equal('34.03');
    expect(tree.resolve('kabupaten gunungkidul')).to.equal('34.03');
    expect(tree.resolve('Gunungkidul')).to.equal('34.03');
    expect(tree.resolve('34.03.03')).to.equal('34.03.03');
    expect(tree.resolve('Atlantis')).to.equal('Atlantis');
    expect(tree.resolve('  ')).to.equal(undefined);
  });

  it('serves an area from inside it and from the areas that cover it', async () => {
    const tree = new AreaTree(await diyAreas());
    const playen = '34.03.03';
    expect(tree.serves('34.03.03.2006', playen)).to.equal(true); // Ngunut lies in Playen
    expect(tree.serves('34.03', playen)).to.equal(true); // a Gunungkidul-wide service serves Playen
    expect(tree.serves(undefined, playen)).to.equal(true); // a national line serves everywhere
    expect(tree.serves('34.03.01', playen)).to.equal(false); // Wonosari does not
    expect(tree.serves('34.04', playen)).to.equal(false); // Sleman does not
  });

  it('follows explicit parents for ids that are not codes', () => {
    const tree = new AreaTree([
      { id: 'gk', name: 'Gunungkidul' },
      { id: 'playen', name: { id: 'Kapanewon Playen', en: 'Playen district' }, parent: 'gk' },
      { id: 'ngunut', name: 'Kalurahan Ngunut', parent: 'playen', level: 'village' },
    ]);
    expect(tree.ancestors('ngunut')).to.deep.equal(['ngunut', 'playen', 'gk']);
    expect(tree.resolve('Playen district')).to.equal('playen');
    expect(tree.serves('ngunut', 'gk')).to.equal(true);
    expect(tree.ordered().map((a) => [a.id, a.depth])).to.deep.equal([
      ['gk', 0],
      ['playen', 1],
      ['ngunut', 2],
    ]);
  });
});
