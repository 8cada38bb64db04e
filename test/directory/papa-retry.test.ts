import { expect } from '@open-wc/testing';
import { loadPapa, readCsv } from '../../src/directory/model/csv.js';

// Its own file (a fresh page): no other test has loaded Papa Parse here first.
describe('Papa Parse loading', () => {
  it('tries again after a failed load instead of keeping the failure', async () => {
    const offline = () => Promise.reject(new TypeError('Failed to fetch dynamically imported module: papaparse'));
    let error: unknown;
    await loadPapa(offline).catch((err: unknown) => (error = err));
    expect(String(error)).to.contain('Failed to fetch');
    // Back online: the next read imports it again and parses.
    const Papa = await loadPapa();
    expect(Papa.parse('a,b\n1,2').data).to.deep.equal([
      ['a', 'b'],
      ['1', '2'],
    ]);
    const read = await readCsv('name,phone\nPuskesmas Ngawen,(0274) 123 456\n', { locale: 'id' });
    expect(read.items.map((i) => i.name)).to.deep.equal(['Puskesmas Ngawen']);
  });
});
