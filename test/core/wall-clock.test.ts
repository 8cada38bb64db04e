import { expect } from '@open-wc/testing';
import { wallClock } from '../../src/core/i18n/format.js';

describe('wallClock', () => {
  it('reads an instant on the clocks of Indonesia’s three zones, not the browser’s', () => {
    const at = Date.UTC(2026, 11, 31, 17, 30, 15); // 31 Dec 2026, 17:30:15 UTC
    expect(wallClock(at, 'Asia/Jakarta')).to.deep.equal([2027, 1, 1, 0, 30, 15]);
    expect(wallClock(at, 'Asia/Makassar')).to.deep.equal([2027, 1, 1, 1, 30, 15]);
    expect(wallClock(at, 'Asia/Jayapura')).to.deep.equal([2027, 1, 1, 2, 30, 15]);
    expect(wallClock(at, 'UTC')).to.deep.equal([2026, 12, 31, 17, 30, 15]);
  });

  it('gives midnight as hour 0, not 24', () => {
    expect(wallClock(Date.UTC(2026, 10, 29, 17, 0), 'Asia/Jakarta')).to.deep.equal([2026, 11, 30, 0, 0, 0]);
  });

  it('follows daylight saving where a zone has it', () => {
    // New York: EST (UTC−5) until 8 March 2026, 02:00, then EDT (UTC−4).
    expect(wallClock(Date.UTC(2026, 2, 8, 6, 59), 'America/New_York')).to.deep.equal([2026, 3, 8, 1, 59, 0]);
    expect(wallClock(Date.UTC(2026, 2, 8, 7, 0), 'America/New_York')).to.deep.equal([2026, 3, 8, 3, 0, 0]);
  });

  it('gives the same fields for UTC through Intl as through Date', () => {
    const at = Date.UTC(2024, 1, 29, 23, 59, 59);
    expect(wallClock(at, 'Etc/UTC')).to.deep.equal(wallClock(at, 'UTC'));
  });
});
