import { expect } from '@open-wc/testing';
import { readHsds } from '../../src/directory/model/hsds.js';
import { MalformedSource } from '../../src/directory/model/sources.js';

const json = async (name: string): Promise<unknown> =>
  (await fetch(new URL(`../fixtures/directory/hsds/${name}`, import.meta.url))).json();

describe('directory HSDS 3 mapping (Open Referral samples)', () => {
  it('maps service_full: organization, service, location, phone, schedule', async () => {
    const { items, skipped } = readHsds(await json('service_full.json'));
    expect(skipped).to.deep.equal([]);
    expect(items).to.have.length(1);
    const r = items[0]!;
    expect(r.id).to.equal('ac148810-d857-441c-9679-408f346de14b');
    expect(r.name).to.equal('Community Counselling');
    expect(r.description).to.contain('Counselling Services provided by trained professionals');
    expect(r.email).to.equal('email@example.com');
    expect(r.website).to.equal('http://example.com/counselling');
    expect(r.address).to.equal('1-30 Main Street, MyVillage, MyCity, MyRegion, MyState, ABC 1234');
    expect(r.area).to.equal('MyCity');
    // The sample's phone is written with quotes inside the value; the number survives, once.
    expect(r.phones).to.deep.equal([{ number: '+44 1234 234567', kind: 'voice', extension: '100' }]);
    // Schedule: RRULE parts (WEEKLY, BYDAY=TH,FR) with its validity dates and UTC+3 zone.
    expect(r.hours).to.deep.equal([
      { days: ['th', 'fr'], opens: '10:00', closes: '18:00', from: '2005-01-01', until: '2005-01-01' },
    ]);
    expect(r.timeZone).to.equal('Etc/GMT-3');
    expect(r.hoursNote).to.contain('10 am to 6pm weekdays');
    expect(r.languages).to.deep.equal(['ur']);
    expect(r.lastVerified).to.equal('2005-01-01');
    expect(r.cost).to.contain('£50 per hour');
    expect(r.categories).to.deep.equal(['name']);
    // The sample's latitude 100 / longitude 101 is not a place on Earth: no map point.
    expect(r.geo).to.equal(undefined);
    expect(r.keywords).to.contain('MyCity Counselling Services').and.contain('Example Organization Inc.');
  });

  it('maps the 3.1 sample the same way', async () => {
    const { items } = readHsds(await json('service_full_3.1.json'));
    expect(items).to.have.length(1);
    expect(items[0]?.name).to.equal('Community Counselling');
  });

  it('maps a page of services, an organization with services, and service-at-location objects', async () => {
    const list = readHsds(await json('service_list.json'));
    expect(list.items.length).to.be.greaterThan(0);
    expect(list.items.every((r) => typeof r.name === 'string' && r.id)).to.equal(true);
    const org = readHsds(await json('organization_full.json'));
    expect(org.items.length).to.be.greaterThan(0);
    expect(org.items[0]?.keywords).to.contain('Example Organization Inc.');
    const sal = readHsds(await json('service_at_location_full.json'));
    expect(sal.items).to.have.length(1);
    expect(sal.items[0]?.address).to.contain('1-30 Main Street');
    const salList = readHsds(await json('service_at_location_list.json'));
    expect(salList.items.length).to.be.greaterThan(0);
  });

  it('makes one resource per location when a service is offered at several', () => {
    const service = {
      id: 's1',
      name: 'Konseling keliling',
      service_at_locations: [
        {
          id: 'a',
          location: {
            id: 'loc-playen',
            name: 'Balai Kalurahan Ngunut',
            latitude: -7.94,
            longitude: 110.54,
            addresses: [{ address_1: 'Ngunut', city: 'Playen', address_type: 'physical' }],
          },
          schedules: [{ freq: 'MONTHLY', byday: '1SA', opens_at: '09:00', closes_at: '11:00', timezone: 7 }],
        },
        {
          id: 'b',
          location: {
            id: 'loc-wonosari',
            name: 'Balai Wonosari',
            addresses: [{ address_1: 'Wonosari', city: 'Wonosari' }],
          },
        },
      ],
      phones: [
        { number: '0812 0000 0005', type: 'text' },
        { number: '0274 000 006', type: 'fax' },
      ],
      cost_options: [{ amount: 0, currency: 'IDR' }],
    };
    const { items } = readHsds({ contents: [service] });
    expect(items.map((r) => r.id)).to.deep.equal(['s1@loc-playen', 's1@loc-wonosari']);
    expect(items[0]).to.deep.include({
      area: 'Playen',
      geo: { lat: -7.94, lon: 110.54 },
      timeZone: 'Etc/GMT-7',
      free: true,
    });
    expect(items[0]?.hours).to.deep.equal([{ days: ['1sa'], opens: '09:00', closes: '11:00' }]);
    expect(items[0]?.phones).to.deep.equal([{ number: '0812 0000 0005', kind: 'sms' }]);
  });

  it('skips entries without a name and refuses documents that hold no services', async () => {
    const { items, skipped } = readHsds([
      { id: 'x', name: 'Ok' },
      { id: 'y', name: '' },
      { id: 'z', name: 'Closed', status: 'inactive' },
    ]);
    expect(items.map((i) => i.id)).to.deep.equal(['x']);
    expect(skipped).to.have.length(2);
    expect(() => readHsds(json)).to.throw(MalformedSource);
    expect(() => readHsds({ version: '3.0', profile: 'x' })).to.throw(MalformedSource);
  });
});

type Tables = Record<string, Record<string, unknown>[]>;

/** A small tabular.json: Indonesian services, with broken links and an unsupported schedule on purpose. */
const TABULAR: Tables = {
  'organizations.csv': [
    { id: 'org-1', name: 'Yayasan Sehat Jiwa Gunungkidul', website: 'https://example.org', email: '' },
  ],
  'services.csv': [
    {
      id: 'svc-posyandu',
      organization_id: 'org-1',
      name: 'Posyandu Jiwa Playen',
      description: 'Pemeriksaan dan konseling',
      status: 'active',
    },
    { id: 'svc-group', organization_id: 'org-404', name: 'Kelompok Dukungan Sebaya', url: '' },
    { id: 'svc-noname', name: '' },
  ],
  'locations.csv': [{ id: 'loc-1', name: 'Balai Kalurahan Playen', latitude: '-7.94', longitude: '110.54' }],
  'addresses.csv': [
    { id: 'addr-1', location_id: 'loc-1', address_1: 'Jl. Playen', city: 'Playen', address_type: 'physical' },
    { id: 'addr-2', location_id: 'loc-9', address_1: 'Nowhere' },
  ],
  'service_at_location.csv': [
    { id: 'sal-1', service_id: 'svc-posyandu', location_id: 'loc-1' },
    { id: 'sal-2', service_id: 'svc-group', location_id: 'loc-missing', description: 'Daring lewat Zoom' },
    { id: 'sal-3', service_id: 'svc-gone', location_id: 'loc-1' },
  ],
  'phones.csv': [
    { id: 'ph-1', service_id: 'svc-posyandu', service_at_location_id: '', number: '0812 0000 0005', type: 'voice' },
    { id: 'ph-2', organization_id: 'org-1', number: '0274 000 006', type: 'voice' },
    { id: 'ph-3', service_id: 'svc-ghost', number: '0812 0000 0007' },
  ],
  'schedules.csv': [
    {
      id: 'sch-1',
      service_at_location_id: 'sal-1',
      freq: 'MONTHLY',
      byday: '2TU',
      opens_at: '08:00',
      closes_at: '11:00',
      timezone: '7',
      description: 'Selasa kedua setiap bulan',
    },
    {
      id: 'sch-2',
      service_id: 'svc-group',
      freq: 'WEEKLY',
      interval: '2',
      byday: 'WE',
      dtstart: '2026-01-07',
      opens_at: '19:00',
      closes_at: '21:00',
      timezone: '',
    },
    { id: 'sch-3', service_id: 'svc-group', freq: 'YEARLY', byday: '20MO', opens_at: '09:00', closes_at: '10:00' },
  ],
  'languages.csv': [
    { id: 'l-1', service_id: 'svc-posyandu', code: 'id' },
    { id: 'l-2', service_id: 'svc-posyandu', code: 'jv' },
  ],
  'cost_options.csv': [{ id: 'c-1', service_id: 'svc-posyandu', amount: '0', currency: 'IDR' }],
  'attributes.csv': [
    { id: 'a-1', link_id: 'svc-posyandu', link_entity: 'service', taxonomy_term_id: 't-community' },
    { id: 'a-2', link_id: 'svc-group', link_entity: 'service', taxonomy_term_id: 't-missing' },
    // Linked to a location: not a category, and not a broken link either.
    { id: 'a-3', link_id: 'loc-1', link_entity: 'location', taxonomy_term_id: 't-community' },
  ],
  'taxonomy_terms.csv': [{ id: 't-community', code: 'community', name: 'community' }],
};

describe('directory HSDS tabular.json (tables linked by id)', () => {
  for (const [file, nested] of [
    ['tabular.json', 'service_full.json'],
    ['tabular_3.1.json', 'service_full_3.1.json'],
  ] as const) {
    it(`joins ${file} into the same place as ${nested}`, async () => {
      const { items, skipped, dropped } = readHsds(await json(file));
      expect(skipped).to.deep.equal([]);
      expect(items).to.have.length(1);
      const r = items[0]!;
      expect(r.id).to.equal('ac148810-d857-441c-9679-408f346de14b');
      expect(r.name).to.equal('Community Counselling');
      expect(r.description).to.equal(
        'Counselling Services provided by trained professionals. Suitable for people with mental health conditions such as anxiety, depression, or eating disorders as well as people experiencing difficult life events and circumstances.\n\nCounselling Services provided by trained professionals in the MyCity area.',
      );
      expect(r.address).to.equal('1-30 Main Street, MyVillage, MyCity, MyRegion, MyState, ABC 1234');
      expect(r.area).to.equal('MyCity');
      // One phone row linked to the service, its location, organization and service-at-location: listed once.
      expect(r.phones).to.deep.equal([{ number: '+44 1234 234567', kind: 'voice', extension: '100' }]);
      expect(r.email).to.equal('email@example.com');
      expect(r.website).to.equal('http://example.com/counselling');
      expect(r.hours).to.deep.equal([
        { days: ['th', 'fr'], opens: '10:00', closes: '18:00', from: '2005-01-01', until: '2005-01-01' },
      ]);
      expect(r.timeZone).to.equal('Etc/GMT-3');
      expect(r.hoursNote).to.equal(
        'The service is available from 10 am to 6pm weekdays. The service is not available on public holidays.',
      );
      expect(r.languages).to.deep.equal(['ur']);
      expect(r.cost).to.equal(
        'Non-NHS patients are expected to pay for their counselling sessions. We charge a flat rate per hour of counselling. The current rate is £50 per hour. Please see our website for up to date prices.',
      );
      expect(r.free).to.equal(undefined);
      expect(r.geo).to.equal(undefined);
      expect(r.lastVerified).to.equal('2005-01-01');
      expect(r.keywords).to.equal('MyCity Counselling Services Example Organization Inc. MyCity Civic Center');
      // The sample's only attribute links to an id found in no table: no category, and said so.
      expect(r.categories).to.deep.equal([]);
      expect(dropped).to.deep.equal([
        'attributes.csv[0].link_id: "f28dd44b-0c4d-479f-8e90-4c52219a8b3c" is not in any table',
      ]);
      // Everything else is exactly what the nested sample gives.
      const fromNested = readHsds(await json(nested)).items;
      expect([{ ...r, categories: ['name'] }]).to.deep.equal(fromNested);
    });

    it(`gives ${file} its category once the attribute links to the service`, async () => {
      const tables = (await json(file)) as Tables;
      const fixed = {
        ...tables,
        'attributes.csv': tables['attributes.csv']!.map((a) => ({
          ...a,
          link_id: 'ac148810-d857-441c-9679-408f346de14b',
        })),
      };
      const { items, dropped } = readHsds(fixed);
      expect(dropped).to.deep.equal([]);
      expect(items[0]?.categories).to.deep.equal(['name']);
      expect(items).to.deep.equal(readHsds(await json(nested)).items);
    });
  }

  it('joins services, locations, phones, schedules, languages, costs and categories; names every broken link', () => {
    const { items, skipped, dropped } = readHsds(TABULAR);
    expect(items.map((r) => r.id)).to.deep.equal(['svc-posyandu', 'svc-group']);
    expect(items[0]).to.deep.equal({
      id: 'svc-posyandu',
      name: 'Posyandu Jiwa Playen',
      categories: ['community'],
      description: 'Pemeriksaan dan konseling',
      area: 'Playen',
      address: 'Jl. Playen, Playen',
      phones: [
        { number: '0812 0000 0005', kind: 'voice' },
        { number: '0274 000 006', kind: 'voice' },
      ],
      website: 'https://example.org/',
      hours: [{ days: ['2tu'], opens: '08:00', closes: '11:00' }],
      hoursNote: 'Selasa kedua setiap bulan',
      timeZone: 'Etc/GMT-7',
      cost: '0 IDR',
      free: true,
      languages: ['id', 'jv'],
      geo: { lat: -7.94, lon: 110.54 },
      keywords: 'Yayasan Sehat Jiwa Gunungkidul Balai Kalurahan Playen',
    });
    // The group: its location and organization are missing, its YEARLY schedule is left out, the fortnight stays.
    expect(items[1]).to.deep.equal({
      id: 'svc-group',
      name: 'Kelompok Dukungan Sebaya',
      categories: [],
      description: 'Daring lewat Zoom',
      phones: [],
      hours: [{ days: ['we'], opens: '19:00', closes: '21:00', from: '2026-01-07', interval: 2, start: '2026-01-07' }],
      languages: [],
    });
    expect(skipped).to.deep.equal(['service "svc-noname": no id or name, or not active']);
    expect(dropped).to.deep.equal([
      'services.csv[1].organization_id: "org-404" is not in organizations.csv',
      'service_at_location.csv[1].location_id: "loc-missing" is not in locations.csv',
      'service_at_location.csv[2].service_id: "svc-gone" is not in services.csv',
      'addresses.csv[1].location_id: "loc-9" is not in locations.csv',
      'phones.csv[2].service_id: "svc-ghost" is not in services.csv',
      'attributes.csv[1].taxonomy_term_id: "t-missing" is not in taxonomy_terms.csv',
      'service "svc-group" schedule "sch-3": freq "YEARLY" is not supported (WEEKLY or MONTHLY)',
    ]);
  });

  it('names a missing table once, and refuses tables without services.csv', () => {
    const { items, dropped } = readHsds({
      'services.csv': [
        { id: 'a', name: 'A', organization_id: 'o1' },
        { id: 'b', name: 'B', organization_id: 'o2' },
      ],
    });
    expect(items.map((r) => r.name)).to.deep.equal(['A', 'B']);
    expect(dropped).to.deep.equal(['services.csv organization_id: there is no organizations.csv table (2 rows)']);
    const refused = (data: unknown) => {
      try {
        readHsds(data);
      } catch (e) {
        return e instanceof MalformedSource ? e.detail : e;
      }
      return 'read';
    };
    expect(refused({ 'organizations.csv': TABULAR['organizations.csv'] })).to.equal('not-hsds');
    expect(refused({ 'services.csv': 'services', 'phones.csv': [] })).to.equal('not-hsds');
    expect(refused({ 'services.csv': [] })).to.equal('not-hsds');
  });
});

describe('directory HSDS schedules with interval, count and by-parts', () => {
  it('maps a posyandu on the second Tuesday and a fortnightly group, and leaves out what it cannot hold', () => {
    const service = {
      id: 'kelompok',
      name: 'Kelompok Dukungan Sebaya Wonosari',
      schedules: [
        {
          id: 'fortnight',
          freq: 'WEEKLY',
          interval: 2,
          byday: 'WE',
          dtstart: '2026-01-07',
          opens_at: '19:00',
          closes_at: '21:00',
          timezone: 7,
        },
        {
          id: 'posyandu',
          freq: 'MONTHLY',
          byday: '2TU',
          count: 3,
          dtstart: '2026-01-01',
          opens_at: '08:00',
          closes_at: '11:00',
        },
        { id: 'fortnight-no-start', freq: 'WEEKLY', interval: 2, byday: 'FR', opens_at: '19:00', closes_at: '21:00' },
      ],
    };
    const { items, dropped } = readHsds(service);
    expect(items[0]?.hours).to.deep.equal([
      { days: ['we'], opens: '19:00', closes: '21:00', from: '2026-01-07', interval: 2, start: '2026-01-07' },
      // Three second Tuesdays: 13 Jan, 10 Feb, 10 Mar.
      { days: ['2tu'], opens: '08:00', closes: '11:00', from: '2026-01-01', until: '2026-03-10' },
    ]);
    expect(items[0]?.timeZone).to.equal('Etc/GMT-7');
    expect(dropped).to.deep.equal([
      'service "kelompok" schedule "fortnight-no-start": interval needs dtstart or valid_from',
    ]);
  });
});
