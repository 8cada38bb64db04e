import { expect } from '@open-wc/testing';
import { readCsv } from '../../src/directory/model/csv.js';
import { resourcesToCsv } from '../../src/directory/model/export.js';
import { fromConfig } from '../../src/directory/model/sources.js';
import type { ResourceConfig } from '../../src/directory/schema.js';
import type { Resource } from '../../src/directory/model/resource.js';
import { RESOURCES } from './config.js';

const resources = (RESOURCES as unknown as Partial<ResourceConfig>[]).map((r) => ({
  ...fromConfig({ phones: [], hours: [], languages: [], ...r } as ResourceConfig),
  source: 0,
}));

describe('directory download (CSV)', () => {
  it('writes the template columns and reads back as the same places', async () => {
    const csv = resourcesToCsv(resources, 'id');
    expect(csv.split('\r\n')[0]).to.match(
      /^id,name,categories,description,area,address,lat,lon,phone,whatsapp,sms,email,website,hours,hours_note,time_zone,cost,free,languages,last_verified,keywords/,
    );
    const { items, skipped, dropped } = await readCsv(csv, { locale: 'id' });
    expect(skipped).to.deep.equal([]);
    expect(dropped ?? []).to.deep.equal([]);
    expect(items.map((i) => i.id)).to.deep.equal(resources.map((r) => r.id));
    for (const [i, r] of resources.entries()) {
      const back = items[i] as (typeof items)[number];
      expect(back.name, r.id).to.deep.equal(r.name);
      expect(back.categories, r.id).to.deep.equal(r.categories);
      expect(back.area, r.id).to.equal(r.area);
      expect(back.description, r.id).to.deep.equal(r.description);
      expect(back.hours, r.id).to.deep.equal(r.hours);
      expect(back.languages, r.id).to.deep.equal(r.languages);
      expect(back.geo, r.id).to.deep.equal(r.geo);
      expect(
        back.phones.map((p) => [p.number, p.kind, p.extension]),
        r.id,
      ).to.deep.equal(r.phones.map((p) => [p.number, p.kind, p.extension]));
    }
  });

  it('puts other languages in name_en-style columns', () => {
    const csv = resourcesToCsv(resources, 'id');
    const [header, sejiwa] = csv.split('\r\n');
    expect(header).to.contain(',description_en,');
    expect(sejiwa).to.contain('Telekonseling psikologi.').and.contain('Psychological counselling by phone.');
  });

  it('never writes a cell a spreadsheet would run as a formula', () => {
    const hostile = {
      ...(resources[0] as Resource),
      id: 'x',
      name: '=HYPERLINK("http://evil.example","Klik")',
      description: '+1+1',
      address: '@SUM(A1:A2)',
      cost: '-2+3',
    };
    const csv = resourcesToCsv([hostile], 'id');
    const cells = csv.split('\r\n')[1] ?? '';
    expect(cells)
      .to.contain(`"'=HYPERLINK(""http://evil.example"",""Klik"")"`)
      .and.contain("'+1+1")
      .and.contain("'@SUM(A1:A2)")
      .and.contain("'-2+3");
    expect(/(^|,)"?[=+\-@]/.test(cells)).to.equal(false);
  });

  it('leaves out hours it cannot write in the sheet syntax', () => {
    const r = {
      ...(resources[0] as Resource),
      hours: [
        { days: ['mo'], opens: '08:00', closes: '12:00' },
        { days: ['sa'], opens: '09:00', closes: '11:00', from: '2027-03-01', until: '2027-03-30' },
      ],
    };
    const line = resourcesToCsv([r], 'id').split('\r\n')[1] ?? '';
    expect(line).to.contain(',mo 08:00-12:00,');
    expect(line).not.to.contain('sa 09:00');
  });
});
