import { expect } from '@open-wc/testing';
import { SearchIndex } from '../../src/directory/model/search.js';
import type { Resource } from '../../src/directory/model/resource.js';

const r = (id: string, name: Resource['name'], description?: string, categories: string[] = []): Resource => ({
  id,
  name,
  categories,
  ...(description ? { description } : {}),
  phones: [],
  hours: [],
  languages: [],
  source: 0,
});

const RESOURCES: Resource[] = [
  r('grhasia', 'RS Jiwa Grhasia', 'Rumah sakit jiwa milik Pemda DIY: rawat jalan, rawat inap, IGD psikiatri.', ['hospital']),
  r('pkm-playen', 'Puskesmas Playen I', 'Layanan kesehatan jiwa dan konseling psikolog setiap Selasa.', ['puskesmas']),
  r('konseling', 'Layanan Konseling Remaja', 'Untuk pelajar SMP dan SMA.', ['counselling']),
  r('sebaya', { id: 'Kelompok Dukungan Sebaya Ngunut', en: 'Ngunut peer support group' }, 'Pertemuan bulanan untuk keluarga.', ['peer-support']),
  r('cafe', 'Kafé Curhat', 'Ruang aman untuk bercerita.'),
  r('sejiwa', 'SEJIWA 119 ext 8', 'Telekonseling psikologi gratis.', ['hotline']),
];

const LABELS: Record<string, string> = {
  hospital: 'Hospital Rumah sakit',
  puskesmas: 'Community health centre Puskesmas',
  counselling: 'Counselling Konseling',
  'peer-support': 'Peer support group Kelompok dukungan sebaya',
  hotline: 'Hotline Layanan telepon',
};

describe('directory search', () => {
  const index = new SearchIndex(RESOURCES, { category: (id) => LABELS[id] ?? id, area: (id) => id });
  const ids = (q: string) => index.search(q).map((i) => RESOURCES[i]?.id);

  it('returns everything, in order, for an empty query', () => {
    expect(ids('')).to.deep.equal(RESOURCES.map((x) => x.id));
    expect(ids('  di  ')).to.deep.equal(RESOURCES.map((x) => x.id));
  });

  it('ignores case and accents both ways', () => {
    expect(ids('GRHASIA')).to.deep.equal(['grhasia']);
    expect(ids('kafe')).to.deep.equal(['cafe']);
    expect(ids('cúrhát')).to.deep.equal(['cafe']);
  });

  it('matches word prefixes while typing', () => {
    expect(ids('pusk')).to.deep.equal(['pkm-playen']);
    expect(ids('grh')).to.deep.equal(['grhasia']);
    expect(ids('rs jiw')).to.deep.equal(['grhasia']);
  });

  it('forgives small typos', () => {
    expect(ids('puskesmaas')).to.include('pkm-playen');
    expect(ids('grahsia')).to.include('grhasia');
    expect(ids('konselling')).to.include('konseling');
  });

  it('ranks names above descriptions', () => {
    // "konseling" is in one name and in another's description.
    const hits = ids('konseling');
    expect(hits[0]).to.equal('konseling');
    expect(hits).to.include('pkm-playen');
  });

  it('finds Indonesian words, English words and category labels in either language', () => {
    expect(ids('rumah sakit jiwa')).to.deep.equal(['grhasia']);
    expect(ids('peer support')).to.deep.equal(['sebaya']);
    expect(ids('dukungan sebaya')).to.deep.equal(['sebaya']);
    expect(ids('hospital')).to.deep.equal(['grhasia']);
    expect(ids('psikolog')).to.include('pkm-playen');
    expect(ids('hotline')).to.deep.equal(['sejiwa']);
  });

  it('narrows with every word and finds nothing for nonsense', () => {
    expect(ids('puskesmas grhasia')).to.deep.equal([]);
    expect(ids('zzzzqqq')).to.deep.equal([]);
  });

  it('indexes a long list in slices, and finds words meanwhile', async () => {
    const many: Resource[] = Array.from({ length: 1_000 }, (_, i) => r(`r${i}`, i === 777 ? 'Puskesmas Ngawen II' : `Tempat ${i}`, i % 2 ? 'Konseling keluarga' : 'Layanan remaja'));
    const index = new SearchIndex(many, { category: (id) => id, area: (id) => id }, 100);
    expect(index.isComplete).to.equal(false);
    // Before the index is complete: words found by the start of a word, in list order.
    expect(index.search('ngawe').map((i) => many[i]?.id)).to.deep.equal(['r777']);
    expect(index.search('konseling')).to.have.length(500);
    expect(index.search('ngwaen')).to.deep.equal([]);
    await index.ready;
    expect(index.isComplete).to.equal(true);
    // Complete: typos forgiven as well.
    expect(index.search('ngwaen').map((i) => many[i]?.id)).to.deep.equal(['r777']);
  });
});
