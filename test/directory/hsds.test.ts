import { expect } from '@open-wc/testing';
import { readHsds } from '../../src/directory/model/hsds.js';
import { MalformedSource } from '../../src/directory/model/sources.js';

const json = async (name: string): Promise<unknown> => (await fetch(new URL(`../fixtures/directory/hsds/${name}`, import.meta.url))).json();

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
    expect(r.hours).to.deep.equal([{ days: ['th', 'fr'], opens: '10:00', closes: '18:00', from: '2005-01-01', until: '2005-01-01' }]);
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
        { id: 'a', location: { id: 'loc-playen', name: 'Balai Kalurahan Ngunut', latitude: -7.94, longitude: 110.54, addresses: [{ address_1: 'Ngunut', city: 'Playen', address_type: 'physical' }] }, schedules: [{ freq: 'MONTHLY', byday: '1SA', opens_at: '09:00', closes_at: '11:00', timezone: 7 }] },
        { id: 'b', location: { id: 'loc-wonosari', name: 'Balai Wonosari', addresses: [{ address_1: 'Wonosari', city: 'Wonosari' }] } },
      ],
      phones: [{ number: '0812 0000 0005', type: 'text' }, { number: '0274 000 006', type: 'fax' }],
      cost_options: [{ amount: 0, currency: 'IDR' }],
    };
    const { items } = readHsds({ contents: [service] });
    expect(items.map((r) => r.id)).to.deep.equal(['s1@loc-playen', 's1@loc-wonosari']);
    expect(items[0]).to.deep.include({ area: 'Playen', geo: { lat: -7.94, lon: 110.54 }, timeZone: 'Etc/GMT-7', free: true });
    expect(items[0]?.hours).to.deep.equal([{ days: ['1sa'], opens: '09:00', closes: '11:00' }]);
    expect(items[0]?.phones).to.deep.equal([{ number: '0812 0000 0005', kind: 'sms' }]);
  });

  it('skips entries without a name and refuses documents that hold no services', async () => {
    const { items, skipped } = readHsds([{ id: 'x', name: 'Ok' }, { id: 'y', name: '' }, { id: 'z', name: 'Closed', status: 'inactive' }]);
    expect(items.map((i) => i.id)).to.deep.equal(['x']);
    expect(skipped).to.have.length(2);
    expect(() => readHsds(json)).to.throw(MalformedSource);
    expect(() => readHsds({ version: '3.0', profile: 'x' })).to.throw(MalformedSource);
  });
});
