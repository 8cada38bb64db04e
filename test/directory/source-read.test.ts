import { expect } from '@open-wc/testing';
import * as v from 'valibot';
import { ResourceSchema } from '../../src/directory/schema.js';
import { fromConfig } from '../../src/directory/model/source-read.js';

/** A config place as valibot hands it over, read into the directory's shape. */
const read = (input: Record<string, unknown>) => fromConfig(v.parse(ResourceSchema, { name: 'Tempat', ...input }));

describe('directory: a config place read into the directory shape', () => {
  it('keeps what is written, lists present, and leaves out what is not', () => {
    const place = read({
      id: 'pkm',
      categories: [' puskesmas '],
      languages: ['ID', 'jv'],
      description: 'Layanan jiwa',
      area: '34.03.01',
      email: 'a@b.id',
      lastVerified: '2025-06-01',
    });
    expect(place).to.deep.equal({
      id: 'pkm',
      name: 'Tempat',
      categories: ['puskesmas'],
      phones: [],
      hours: [],
      languages: ['id', 'jv'],
      description: 'Layanan jiwa',
      area: '34.03.01',
      email: 'a@b.id',
      lastVerified: '2025-06-01',
    });
    for (const key of ['address', 'website', 'cost', 'free', 'geo', 'keywords', 'timeZone', 'hoursNote'])
      expect(place, key).to.not.have.property(key);
  });

  it('turns `every` into a weekly interval, drops `every: 1`, and keeps other rules as they are', () => {
    const base = { days: ['mo'], opens: '08:00', closes: '12:00' };
    const { hours } = read({
      id: 'h',
      hours: [{ ...base, every: 2, from: '2026-01-05' }, { ...base, every: 1 }, base],
    });
    expect(hours[0]).to.deep.equal({ ...base, from: '2026-01-05', interval: 2, freq: 'weekly' });
    expect(hours[1]).to.deep.equal(base);
    expect(hours[1]).to.not.have.property('every');
    expect(hours[2]).to.deep.equal(base);
  });

  it('reads free from the cost, and a position only when it is a real one', () => {
    expect(read({ id: 'f', cost: 'Gratis' }).free).to.equal(true);
    expect(read({ id: 'p', cost: 'Rp 50.000' })).to.not.have.property('free');
    expect(read({ id: 'n', free: false }).free).to.equal(false);
    expect(read({ id: 'g', geo: { lat: -7.9, lon: 110.5 } }).geo).to.deep.equal({ lat: -7.9, lon: 110.5 });
    expect(read({ id: 'z', geo: { lat: 0, lon: 0 } })).to.not.have.property('geo');
  });
});
