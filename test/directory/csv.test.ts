import { expect } from '@open-wc/testing';
import { columnOf, csvCell, readCsv, toCsv, loadPapa } from '../../src/directory/model/csv.js';
import { MalformedSource } from '../../src/directory/model/sources.js';

const fixture = async (name: string) => (await fetch(new URL(`../fixtures/directory/${name}`, import.meta.url))).text();

const SPECTRUM = [
  'comma_in_quotes',
  'empty',
  'empty_crlf',
  'escaped_quotes',
  'json',
  'newlines',
  'newlines_crlf',
  'quotes_and_newlines',
  'simple',
  'simple_crlf',
  'utf8',
];
/** Directory columns put in place of each spectrum header, in order. */
const AS_COLUMNS = ['name', 'description', 'address', 'keywords', 'hours_note'] as const;
const FIELD = {
  name: 'name',
  description: 'description',
  address: 'address',
  keywords: 'keywords',
  hours_note: 'hoursNote',
} as const;

/** The CSV-injection payloads listed in PayloadsAllTheThings (every line of its ```text blocks). */
async function injectionPayloads(): Promise<string[]> {
  const md = await fixture('csv-injection.md');
  const blocks = [...md.matchAll(/```text\n([\s\S]*?)```/g)].map((m) => m[1] ?? '');
  return blocks
    .flatMap((b) => b.split('\n'))
    .map((l) => l.trim())
    .filter((l) => l.length > 1);
}

/** `PUSKESMAS PLAYEN I` → `Puskesmas Playen I` (roman numerals kept). */
const titleCase = (s: string) =>
  s
    .split(' ')
    .map((w) => (/^[IVX]+$/.test(w) ? w : `${w.charAt(0)}${w.slice(1).toLowerCase()}`))
    .join(' ');

describe('directory CSV (Papa Parse, lazy chunk)', () => {
  for (const name of SPECTRUM) {
    it(`reads the csv-spectrum case ${name}`, async () => {
      let text = await fixture(`csv-spectrum/${name}.csv`);
      // This copy lost the CRs of the *_crlf cases; put them back as upstream has them.
      if (name.endsWith('_crlf')) text = text.replace(/\r?\n/g, '\r\n');
      const expected = JSON.parse(await fixture(`csv-spectrum/${name}.json`)) as Record<string, string>[];
      const keys = Object.keys(expected[0] ?? {});
      const header = keys.map((_k, i) => AS_COLUMNS[i]).join(',');
      const body = text.slice(text.search(/\r?\n/));
      const { items, skipped } = await readCsv(header + body, { locale: 'id' });
      expect(skipped).to.deep.equal([]);
      expect(items).to.have.length(expected.length);
      expected.forEach((row, r) => {
        keys.forEach((key, i) => {
          const column = AS_COLUMNS[i] as (typeof AS_COLUMNS)[number];
          const got = (items[r] as unknown as Record<string, unknown>)[FIELD[column]] ?? '';
          expect(got, `${name} row ${r} ${key}`).to.equal((row[key] ?? '').trim());
        });
      });
    });
  }

  it('reads every documented column, with `;` lists and per-language columns', async () => {
    const csv = [
      'id,name,name_en,categories,description,description_en,area,address,lat,lon,phone,whatsapp,sms,email,website,hours,hours_note,time_zone,cost,free,languages,last_verified,keywords',
      'pkm-playen-1,Puskesmas Playen I,Playen I health centre,puskesmas;psychologist,Konseling psikolog,Psychologist counselling,Playen,"Jl. Playen, Gunungkidul",-7.93,110.55,Pendaftaran: (0274) 000001;119 ext 8,0812-0000-0001,0812-0000-0002,pkm@example.org,example.org/playen,sen-kam 07.30-14.00; jum 07.30-11.00,Tutup hari libur,Asia/Jakarta,Gratis dengan BPJS,,id;jv,2025-03-01,jiwa;mental',
    ].join('\n');
    const { items, skipped, dropped } = await readCsv(csv, { locale: 'id' });
    expect(skipped).to.deep.equal([]);
    expect(dropped).to.deep.equal([]);
    expect(items[0]).to.deep.equal({
      id: 'pkm-playen-1',
      name: { id: 'Puskesmas Playen I', en: 'Playen I health centre' },
      categories: ['puskesmas', 'psychologist'],
      description: { id: 'Konseling psikolog', en: 'Psychologist counselling' },
      area: 'Playen',
      address: 'Jl. Playen, Gunungkidul',
      phones: [
        { number: '(0274) 000001', kind: 'voice', label: 'Pendaftaran' },
        { number: '119', kind: 'voice', extension: '8' },
        { number: '0812-0000-0001', kind: 'whatsapp' },
        { number: '0812-0000-0002', kind: 'sms' },
      ],
      email: 'pkm@example.org',
      website: 'https://example.org/playen',
      hours: [
        { days: ['mo', 'tu', 'we', 'th'], opens: '07:30', closes: '14:00' },
        { days: ['fr'], opens: '07:30', closes: '11:00' },
      ],
      hoursNote: 'Tutup hari libur',
      timeZone: 'Asia/Jakarta',
      cost: 'Gratis dengan BPJS',
      free: true,
      languages: ['id', 'jv'],
      geo: { lat: -7.93, lon: 110.55 },
      lastVerified: '2025-03-01',
      keywords: 'jiwa;mental',
    });
  });

  it('accepts Indonesian column names, a `;` delimiter (Excel) and day/month/year dates', async () => {
    const csv =
      '\uFEFFNama;Kategori;Telepon;Gratis;Diperiksa;Jam\nRS Jiwa Grhasia;hospital;(0274) 000003;tidak;01/02/2025;24/7\n';
    const { items } = await readCsv(csv, { locale: 'id' });
    expect(items[0]).to.include({
      id: 'rs-jiwa-grhasia',
      name: 'RS Jiwa Grhasia',
      free: false,
      lastVerified: '2025-02-01',
    });
    expect(items[0]?.hours[0]?.closes).to.equal('24:00');
    expect(columnOf('Nama (en)')).to.deep.equal({ column: 'name', locale: 'en' });
    expect(columnOf('catatan_jam')).to.deep.equal({ column: 'hours_note' });
    expect(columnOf('Last verified')).to.deep.equal({ column: 'last_verified' });
    expect(columnOf('whatever')).to.equal(undefined);
  });

  it('builds a directory from the real list of Gunungkidul Puskesmas', async () => {
    const Papa = await loadPapa();
    const facilities = Papa.parse<{ kode_kab: string; unit_kerja: string }>(
      await fixture('derived_DIY_puskesmas.csv'),
      { header: true, skipEmptyLines: true },
    ).data;
    const gk = facilities.filter((f) => f.kode_kab === '3403');
    expect(gk).to.have.length(30);
    const csv = toCsv([
      ['name', 'categories', 'area'],
      ...gk.map((f) => [titleCase(f.unit_kerja), 'puskesmas', '34.03']),
    ]);
    const { items } = await readCsv(csv, { locale: 'id' });
    expect(items).to.have.length(30);
    expect(items.map((i) => i.name)).to.include('Puskesmas Playen I');
    expect(new Set(items.map((i) => i.id)).size).to.equal(30);
  });

  it('skips rows without a name, drops unreadable values, and names both', async () => {
    const csv =
      'name,phone,website,email,hours\nGood,0812 0000 0004,javascript:alert(1),not-an-email,mo 08:00-12:00; kapan-kapan\n,0812\n"",,\nSecond,call us,,,\n';
    const { items, skipped, dropped } = await readCsv(csv, { locale: 'id' });
    expect(items.map((i) => i.name)).to.deep.equal(['Good', 'Second']);
    expect(items[0]?.website).to.equal(undefined);
    expect(items[0]?.email).to.equal(undefined);
    expect(items[0]?.hours).to.have.length(1);
    expect(skipped).to.deep.equal(['row 3: name is missing']);
    const sneaky = await readCsv('name,email\nX,someone?cc=other@example.org\n', { locale: 'id' });
    expect(sneaky.items[0]?.email).to.equal(undefined); // a mailto: link would read "?cc=" as a header
    expect((dropped ?? []).join('\n'))
      .to.contain('row 2 website')
      .and.contain('row 2 email')
      .and.contain('row 2 hours')
      .and.contain('row 5 voice');
  });

  it('refuses a sheet without a name column', async () => {
    let error: unknown;
    try {
      await readCsv('title,phone\nx,1\n', { locale: 'id' });
    } catch (e) {
      error = e;
    }
    expect(error).to.be.instanceOf(MalformedSource);
    expect((error as MalformedSource).detail).to.equal('no-name-column');
  });

  it('keeps CSV-injection payloads as plain text and never writes them back as formulas', async () => {
    const payloads = await injectionPayloads();
    expect(payloads.length).to.be.greaterThan(10);
    expect(payloads.some((p) => p.startsWith('='))).to.equal(true);
    expect(payloads.some((p) => p.startsWith('@'))).to.equal(true);
    const csv = toCsv([['name', 'description', 'website'], ...payloads.map((p) => [`${p}`, p, p])]);
    const { items } = await readCsv(csv, { locale: 'id' });
    // Exported cells are neutralised, so reading our own file back gives the payloads prefixed with '.
    expect(items.map((i) => i.name)).to.deep.equal(payloads.map((p) => (/^[=+\-@]/.test(p) ? `'${p}` : p)));
    expect(items.every((i) => i.website === undefined)).to.equal(true);
    for (const p of payloads) {
      const cell = csvCell(p);
      expect(/^"?[=+\-@\t\r]/.test(cell), cell).to.equal(false);
    }
    // Read straight from a hostile sheet, the text is kept exactly as written.
    const raw = `name,description\n${payloads.map((p) => `"${p.replace(/"/g, '""')}",x`).join('\n')}\n`;
    expect((await readCsv(raw, { locale: 'id' })).items.map((i) => i.name)).to.deep.equal(payloads);
  });

  it('reads the shipped spreadsheet template without losing a value', async () => {
    const text = await (await fetch('/docs/directory-template.csv')).text();
    const { items, skipped, dropped } = await readCsv(text, { locale: 'id' });
    expect(skipped).to.deep.equal([]);
    expect(dropped).to.deep.equal([]);
    expect(items.map((i) => i.id)).to.deep.equal(['pkm-contoh', 'kelompok-contoh']);
    expect(items[0]).to.deep.include({
      free: true,
      languages: ['id', 'jv'],
      lastVerified: '2026-11-01',
      geo: { lat: -7.935, lon: 110.553 },
    });
    expect(items[0]?.hours).to.have.length(3);
    expect(items[0]?.phones.map((p) => p.kind)).to.deep.equal(['voice', 'whatsapp']);
    expect(items[1]?.hours).to.deep.equal([{ days: ['1sa'], opens: '09:00', closes: '11:00' }]);
    expect(items[1]?.free).to.equal(true);
  });
});
