import { expect } from '@open-wc/testing';
import { AreaTree } from '../../src/directory/model/areas.js';
import { INDEX_SLICE, SearchIndex, indexLabels } from '../../src/directory/model/search.js';
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
  r('grhasia', 'RS Jiwa Grhasia', 'Rumah sakit jiwa milik Pemda DIY: rawat jalan, rawat inap, IGD psikiatri.', [
    'hospital',
  ]),
  r('pkm-playen', 'Puskesmas Playen I', 'Layanan kesehatan jiwa dan konseling psikolog setiap Selasa.', ['puskesmas']),
  r('konseling', 'Layanan Konseling Remaja', 'Untuk pelajar SMP dan SMA.', ['counselling']),
  r(
    'sebaya',
    { id: 'Kelompok Dukungan Sebaya Ngunut', en: 'Ngunut peer support group' },
    'Pertemuan bulanan untuk keluarga.',
    ['peer-support'],
  ),
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
    const many: Resource[] = Array.from({ length: 1_000 }, (_, i) =>
      r(`r${i}`, i === 777 ? 'Puskesmas Ngawen II' : `Tempat ${i}`, i % 2 ? 'Konseling keluarga' : 'Layanan remaja'),
    );
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

  it('ranks an exact word above a word it starts, and that above a typo, whatever the list order', () => {
    const list = [r('typo', 'Klinik Jiwo'), r('prefix', 'Klinik Jiwanya'), r('exact', 'Klinik Jiwa')];
    const small = new SearchIndex(list, { category: (id) => id, area: (id) => id });
    expect(small.search('jiwa').map((i) => list[i]?.id)).to.deep.equal(['exact', 'prefix', 'typo']);
    // Equal matches keep the list order.
    expect(small.search('klinik').map((i) => list[i]?.id)).to.deep.equal(['typo', 'prefix', 'exact']);
  });

  it('ranks a word in a name above one in categories or places, and that above one in a description', () => {
    const list = [
      r('body', 'Tempat Satu', 'Konseling remaja'),
      r('tags', 'Tempat Dua', 'Layanan remaja', ['konseling']),
      r('name', 'Konseling Tiga', 'Layanan remaja'),
    ];
    const small = new SearchIndex(list, { category: (id) => id, area: (id) => id });
    expect(small.search('konseling').map((i) => list[i]?.id)).to.deep.equal(['name', 'tags', 'body']);
  });

  it('weighs rare words over common ones', () => {
    const list = [
      r('rare-in-body', 'Jiwa Sehat', 'Grhasia kota'),
      r('rare-in-name', 'Grhasia Sehat', 'Jiwa kota'),
      ...Array.from({ length: 5 }, (_, i) => r(`common${i}`, 'Jiwa Lain', 'Jiwa desa')),
    ];
    const small = new SearchIndex(list, { category: (id) => id, area: (id) => id });
    expect(small.search('jiwa grhasia').map((i) => list[i]?.id)).to.deep.equal(['rare-in-name', 'rare-in-body']);
  });

  it('counts a word repeated in a field less and less', () => {
    const text = 'kesehatan jiwa konseling psikolog setiap Selasa pagi sore malam';
    const list = [
      r('ten-times', 'Tempat Dua', Array(10).fill('Ngunut').join(' '), ['desa']),
      r('in-two-fields', 'Tempat Satu', `Ngunut ${text}`, ['ngunut']),
      ...Array.from({ length: 48 }, (_, i) => r(`other${i}`, 'Tempat Lain', `Layanan ${text}`, ['desa'])),
    ];
    const small = new SearchIndex(list, { category: (id) => id, area: (id) => id });
    expect(small.search('ngunut').map((i) => list[i]?.id)).to.deep.equal(['in-two-fields', 'ten-times']);
  });

  it('only treats the word being typed as the start of a word', () => {
    expect(ids('playen pusk')).to.deep.equal(['pkm-playen']);
    expect(ids('pusk playen')).to.deep.equal([]);
    expect(ids('jiw')).to.have.members(['grhasia', 'pkm-playen']);
    expect(ids('jiw rumah')).to.deep.equal([]);
    expect(ids('jiwa rumah')).to.deep.equal(['grhasia']);
  });

  it('counts typos as Levenshtein edits: two on long words, one on words of 4 or 5 letters, a swap as two', () => {
    expect(ids('pusksemas playen')).to.deep.equal(['pkm-playen']); // swapped pair in 9 letters
    expect(ids('paskasmos')).to.deep.equal([]); // three edits
    expect(ids('rumah sakti')).to.deep.equal([]); // swapped pair in 5 letters
    expect(ids('rumah sakt')).to.deep.equal(['grhasia']); // one edit, while typing
    expect(ids('rumha sakit')).to.deep.equal([]);
    expect(ids('ruamh sakit')).to.deep.equal([]);
    expect(ids('rumahh sakit')).to.deep.equal(['grhasia']);
  });

  it('forgives a typo early in the word being typed', () => {
    expect(ids('pskol')).to.have.members(['pkm-playen', 'sejiwa']); // psikolog, psikologi
    expect(ids('konsle')).to.have.members(['konseling', 'pkm-playen']);
    const list = [r('konselor', 'Praktik Konselor'), r('konseling', 'Layanan Konseling'), r('other', 'Klinik Kota')];
    const small = new SearchIndex(list, { category: (id) => id, area: (id) => id });
    expect(small.search('kpns').map((i) => list[i]?.id)).to.deep.equal(['konselor', 'konseling']);
  });

  it('ignores accents in the list, in the query, or both, with prefixes and typos too', () => {
    const list = [r('cafe', 'Café Sehat'), r('resto', 'Restoran Sehat', 'Kantin sekolah')];
    const small = new SearchIndex(list, { category: (id) => id, area: (id) => id });
    const found = (q: string) => small.search(q).map((i) => list[i]?.id);
    for (const q of ['cafe', 'CAFÉ', 'cafè', 'café sehat', 'cáf', 'cafee', 'kafé'])
      expect(found(q), q).to.deep.equal(['cafe']);
    expect(found('séhat')).to.deep.equal(['cafe', 'resto']); // equal matches, list order
  });

  it('waits for a second letter, and matches two letters only in names, categories and places', () => {
    expect(ids('konseling r')).to.deep.equal(ids('konseling'));
    expect(ids('r')).to.deep.equal(RESOURCES.map((x) => x.id));
    // "Ruang" is only in the description of the café; "Rumah sakit" is a category label of Grhasia.
    expect(ids('ru')).to.deep.equal(['grhasia']);
    expect(ids('rua')).to.deep.equal(['cafe']);
  });

  it('gives the same results typing a query letter by letter as searching it at once', () => {
    const fresh = (q: string) =>
      new SearchIndex(RESOURCES, { category: (id) => LABELS[id] ?? id, area: (id) => id }).search(q);
    for (const query of [
      'rumah sakit jiwa',
      'konseling psikolog',
      'kelompok dukungan sebaya',
      'jiwa konseling',
      'rs jiwa',
    ]) {
      for (let n = 1; n <= query.length; n += 1)
        expect(index.search(query.slice(0, n)), query.slice(0, n)).to.deep.equal(fresh(query.slice(0, n)));
    }
  });

  it(`indexes ${INDEX_SLICE * 4} resources in slices: the same places for whole words before and after, then ranked`, async () => {
    const topics = ['Konseling keluarga', 'Layanan remaja', 'Pendampingan kader jiwa sehat', 'Rawat jalan gratis'];
    const many: Resource[] = Array.from({ length: INDEX_SLICE * 4 }, (_, i) =>
      r(
        `r${i}`,
        i === 1_234 ? 'Puskesmas Ngawen II' : `Tempat ${i}`,
        `${topics[i % 4]} ${topics[(i >> 2) % 4]}`,
        i % 3 ? ['puskesmas'] : ['peer-support'],
      ),
    );
    const big = new SearchIndex(many, { category: (id) => LABELS[id] ?? id, area: (id) => id });
    expect(big.isComplete).to.equal(false);
    const queries = [
      'keluarga',
      'konseling keluarga',
      'remaja gratis',
      'kelompok dukungan sebaya',
      'puskesmas ngawen',
      'tempat 777',
      'kader jiwa',
    ];
    const before = queries.map((q) => big.search(q));
    await big.ready;
    expect(big.isComplete).to.equal(true);
    const after = queries.map((q) => big.search(q));
    queries.forEach((q, k) => {
      expect(before[k], q).to.not.be.empty;
      expect(
        [...(after[k] ?? [])].sort((a, b) => a - b),
        q,
      ).to.deep.equal(before[k]);
    });
    // Ranked once complete: the one named Puskesmas first, then the equal category matches in list order.
    expect(big.search('puskesmas').slice(0, 3)).to.deep.equal([1_234, 1, 2]);
    // Equal descriptions, equal scores: list order.
    const gratis = big.search('gratis');
    for (const text of new Set(gratis.map((i) => many[i]?.description as string))) {
      const same = gratis.filter((i) => many[i]?.description === text);
      expect(same, text).to.deep.equal([...same].sort((a, b) => a - b));
    }
    expect(big.search('ngawn').map((i) => many[i]?.id)).to.deep.equal(['r1234']);
  });

  it('labels each category and area once, with its ancestors, and ranks the same indexed at once or in slices', async () => {
    const tree = new AreaTree([
      { id: '34.03', name: 'Kabupaten Gunungkidul' },
      { id: '34.03.01', name: 'Playen' },
      { id: '34.03.02', name: 'Wonosari' },
    ]);
    const labels = indexLabels(tree, [{ id: 'puskesmas', label: { id: 'Puskesmas', en: 'Health centre' } }], []);
    expect(labels.area('34.03.01')).to.equal('Playen Kabupaten Gunungkidul');
    expect(labels.area('34.03.01')).to.equal(labels.area('34.03.01'));
    expect(labels.category('puskesmas')).to.contain('Health centre');
    const many: Resource[] = Array.from({ length: INDEX_SLICE * 3 }, (_, i) => ({
      ...r(`r${i}`, `Tempat ${i}`, i % 5 ? 'Konseling remaja' : 'Rawat jalan', i % 2 ? ['puskesmas'] : []),
      area: i % 3 ? '34.03.01' : '34.03.02',
    }));
    const sliced = new SearchIndex(many, labels);
    const whole = new SearchIndex(many, labels, Infinity);
    expect(whole.isComplete).to.equal(true);
    await sliced.ready;
    for (const q of ['gunungkidul', 'playen konseling', 'wonosari rawat', 'health', 'tempat 12', 'konselng', 'pla'])
      expect(sliced.search(q), q).to.deep.equal(whole.search(q));
    expect(whole.search('wonosari rawat').length).to.equal((INDEX_SLICE * 3) / 15);
    expect(whole.search('gunungkidul').length).to.equal(INDEX_SLICE * 3);
  });

  it('lists every scored place once, best first, equal scores in list order', () => {
    const many: Resource[] = Array.from({ length: INDEX_SLICE * 2 }, (_, i) =>
      r(
        `r${i}`,
        `Tempat ${i % 7 ? 'Konseling' : 'Kelompok'} ${i}`,
        ['Konseling remaja', 'Konsultasi keluarga', 'Kader'][i % 3],
        [i % 2 ? 'counselling' : 'puskesmas'],
      ),
    );
    const big = new SearchIndex(many, { category: (id) => LABELS[id] ?? id, area: (id) => id }, Infinity);
    for (const q of ['ko', 'kons', 'konseling kel', 'tempat 1', 'kosneling']) {
      const hits = big.search(q);
      // The scores of the last search, by place (the index keeps them in its buffer).
      const total = (big as unknown as { buffers: [Float64Array] }).buffers[0];
      const scored = [...total.keys()].filter((d) => total[d]);
      expect(hits.length, q).to.be.greaterThan(1);
      expect(
        [...hits].sort((a, b) => a - b),
        q,
      ).to.deep.equal(scored);
      for (let k = 1; k < hits.length; k += 1) {
        const [a, b] = [hits[k - 1] as number, hits[k] as number];
        expect(total[a]! > total[b]! || (total[a] === total[b] && a < b), `${q}: ${a} before ${b}`).to.equal(true);
      }
    }
  });
});
