/**
 * A config object that fits none of a union's shapes is named where it goes wrong: deep inside the
 * shape it chose (`events[0].title`), else in the union's own words ("needs either events or type
 * and url") — never "should be text, but is an object", which named the wrong fix. The builder's
 * error summary words the elements' section problems with the elements' own catalogs.
 */
import { expect } from '@open-wc/testing';
import { problemsOf } from '../../src/builder/tasks.js';

const messages = (config: Record<string, unknown>, lang: 'id' | 'en' = 'en') =>
  problemsOf(config, lang).map((p) => p.message);

describe('config problems in unions of shapes', () => {
  it('names the calendar source that is neither written events nor a feed, in both languages', () => {
    expect(messages({ calendar: { sources: [{}] } })).to.deep.equal([
      'calendar.sources[0]: needs either "events" (activities written here) or "type" and "url" (a calendar file)',
    ]);
    expect(messages({ calendar: { sources: [{ type: 'ics' }] } }, 'id')).to.deep.equal([
      'calendar.sources[0]: perlu "events" (kegiatan yang ditulis di sini) atau "type" dan "url" (berkas kalender)',
    ]);
  });

  it('names what is missing deep inside the shape the source chose', () => {
    expect(messages({ calendar: { sources: [{ events: [{ id: 'a', start: '2026-01-08T19:30' }] }] } })).to.deep.equal([
      'calendar.sources[0].events[0].title: is required',
    ]);
    expect(messages({ directory: { sources: [{ resources: [{ id: 'p1' }] }] } }, 'id')).to.deep.equal([
      'directory.sources[0].resources[0].name: wajib diisi',
    ]);
  });

  it('words the sections’ own problems with the elements’ words, not their message keys', () => {
    const all = [
      ...messages({ directory: { sources: [{}] } }),
      ...messages({ calendar: { sources: [{ events: [{ id: 'a', title: 'x', start: 'soon' }] }] } }, 'id'),
      ...messages({ quiz: { questions: [{ id: 'q', prompt: 'P?', options: [{ text: 'A', correct: true }] }] } }),
    ];
    expect(all.length).to.equal(3);
    for (const m of all) expect(m).not.to.match(/\b(directory|calendar|quiz)\.issue\./);
  });
});
