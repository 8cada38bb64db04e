import { expect } from '@open-wc/testing';
import * as v from 'valibot';
import { importCsv, matchColumns, placesFrom } from '../../../src/builder/import/csv.js';
import { ResourceSchema } from '../../../src/directory/schema.js';
import { fixtureText } from './fixtures.js';

describe('importCsv', () => {
  it('reads quoted new lines and doubled quotes (csv-spectrum), with CRLF', async () => {
    const t = await importCsv(await fixtureText('quotes_and_newlines.csv'));
    expect(t.columns).to.deep.equal(['a', 'b']);
    expect(t.rows).to.deep.equal([
      ['1', 'ha \n"ha" \nha'],
      ['3', '4'],
    ]);
    const crlf = await importCsv(await fixtureText('newlines_crlf.csv'));
    expect(crlf.rows[1]).to.deep.equal(['Once upon \na time', '5', '6']);
  });

  it('reads an Excel export: byte-order mark, `;` between cells, CRLF', async () => {
    const t = await importCsv(
      '\uFEFFNama;Alamat;No. HP\r\n"Puskesmas Playen I";"Jl. Playen, Gunungkidul";0274 123456\r\n',
    );
    expect(t.columns).to.deep.equal(['Nama', 'Alamat', 'No. HP']);
    expect(t.rows).to.deep.equal([['Puskesmas Playen I', 'Jl. Playen, Gunungkidul', '0274 123456']]);
  });

  it('gives nothing, without throwing, for an empty file', async () => {
    expect(await importCsv('')).to.deep.equal({ columns: [], rows: [] });
  });
});

describe('matchColumns', () => {
  it('matches every column of the directory template by itself', async () => {
    const t = await importCsv(await fixtureText('directory-template.csv'));
    const m = matchColumns(t.columns);
    expect(Object.keys(m)).to.have.length(t.columns.length);
    expect(m['name']).to.equal(1);
    expect(m['name_en']).to.equal(2);
    expect(m['phone']).to.equal(t.columns.indexOf('phone'));
  });

  it('suggests fields for a spreadsheet of its own, by Indonesian or English headers', () => {
    const m = matchColumns([
      'No',
      'Nama Layanan',
      'Alamat Lengkap',
      'Nomor Telepon',
      'WhatsApp',
      'Keterangan (English)',
      'Lainnya',
    ]);
    expect(m).to.deep.equal({ name: 1, address: 2, phone: 3, whatsapp: 4, description_en: 5 });
  });
});

describe('placesFrom', () => {
  it('turns the template into two valid places, phones and hours read by the directory', async () => {
    const t = await importCsv(await fixtureText('directory-template.csv'));
    const r = await placesFrom(t.rows, matchColumns(t.columns));
    expect(r.target).to.equal('directory.places');
    expect(r.skipped).to.deep.equal([]);
    expect(r.items).to.have.length(2);
    for (const p of r.items) expect(v.is(ResourceSchema, p)).to.equal(true);
    const first = r.items[0] as { id: string; name: unknown; phones: { kind: string }[]; hours: unknown[] };
    expect(first.id).to.equal('pkm-contoh');
    expect(first.name).to.deep.equal({ id: 'Puskesmas Contoh', en: 'Example health centre' });
    expect(first.phones.map((p) => p.kind)).to.deep.equal(['voice', 'whatsapp']);
    expect(first.hours.length).to.be.greaterThan(1);
  });

  it('skips a row without a name and names a cell it could not read, by row number', async () => {
    const t = await importCsv(
      'nama,telepon,web\r\nA,0274 123456,\r\n,0811,\r\nB,bukan nomor,https://example.org\r\nA,,\r\n',
    );
    const r = await placesFrom(t.rows, matchColumns(t.columns));
    expect(r.items.map((p) => (p as { id: string }).id)).to.deep.equal(['a', 'b', 'a-2']);
    expect(r.skipped.map((s) => s.where)).to.deep.equal(['row 3', 'row 4']);
    expect(r.skipped[0]?.why.id).to.contain('tidak punya nama');
    expect(r.skipped[1]?.why.en).to.contain('"bukan nomor"');
  });

  it('says so when no column holds the names', async () => {
    const r = await placesFrom([['x']], {});
    expect(r.items).to.deep.equal([]);
    expect(r.skipped[0]?.why.en).to.contain('no name');
  });

  it('keeps hostile text as text and never throws', async () => {
    const t = await importCsv('name,description\r\n"<img src=x onerror=alert(1)>","=HYPERLINK(""http://x"")"\r\n');
    const r = await placesFrom(t.rows, matchColumns(t.columns));
    expect((r.items[0] as { name: string }).name).to.equal('<img src=x onerror=alert(1)>');
    expect((r.items[0] as { description: string }).description).to.equal('=HYPERLINK("http://x")');
  });
});
