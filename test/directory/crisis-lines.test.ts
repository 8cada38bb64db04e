import { expect, fixture, html } from '@open-wc/testing';
import '../../src/directory/define.js';
import type { SebayaDirectory } from '../../src/directory/directory.js';
import { crisisLineIds } from '../../src/directory/model/crisis.js';
import type { Resource } from '../../src/directory/model/resource.js';
import { settled } from '../helpers/events.js';
import { MONDAY_9 } from './config.js';
import { byRole, place, placeText } from './page.js';

const STALE = 'mungkin sudah berubah';
const UNKNOWN = 'Jam buka belum diketahui';
/** Hours that ended years ago: no period applies in the coming weeks, so the hours are "not known". */
const ENDED = [{ days: ['mo', 'tu', 'we', 'th', 'fr'], opens: '08:00', closes: '16:00', until: '2020-12-31' }];

const place_ = (id: string, name: string, more: Record<string, unknown> = {}) => ({
  id,
  name,
  categories: ['hotline'],
  lastVerified: '2020-01-01',
  hours: ENDED,
  ...more,
});

const config = (crisis?: unknown) => ({
  locale: 'id',
  timeZone: 'Asia/Jakarta',
  ...(crisis ? { crisis } : {}),
  directory: {
    staleAfterDays: 365,
    sources: [
      {
        resources: [
          place_('sejiwa-di-direktori', 'SEJIWA lewat nomornya', {
            phones: [{ number: '119', kind: 'voice', extension: '8' }],
          }),
          place_('healing119', 'Healing119 lewat id-nya', { website: 'https://healing119.id' }),
          place_('tim-wa', 'Tim desa lewat WhatsApp', { phones: [{ number: '+62 812 0000 0009', kind: 'whatsapp' }] }),
          place_('hotline-lain', 'Hotline lain (bukan layanan krisis situs ini)', {
            phones: [{ number: '119', kind: 'voice', extension: '9' }],
          }),
          place_('pkm', 'Puskesmas Contoh', {
            categories: ['puskesmas'],
            phones: [{ number: '(0274) 000001', kind: 'voice' }],
          }),
        ],
      },
    ],
  },
});

async function mount(c: unknown): Promise<SebayaDirectory> {
  const el = await fixture<SebayaDirectory>(
    html`<sebaya-directory lang="id" hash-key="" .now=${MONDAY_9} .config=${c}></sebaya-directory>`,
  );
  await settled(el);
  return el;
}

/** Opens a place's details and returns what it then says. */
async function openPlace(el: SebayaDirectory, name: string): Promise<string> {
  const li = place(el, name);
  const button = byRole(el, 'button', name);
  if (button.getAttribute('aria-expanded') !== 'true') button.click();
  await el.updateComplete;
  return placeText(li);
}

describe('<sebaya-directory> crisis lines', () => {
  it('adds no "may be out of date: call first" and no "hours not known" to the site’s crisis lines', async () => {
    const el = await mount(
      config({
        lines: [
          { id: 'healing119', name: 'Healing119.id', website: 'https://healing119.id' },
          { name: 'SEJIWA', phone: '119', extension: '8' },
          { name: 'Tim desa', whatsapp: '0812-0000-0009' },
        ],
      }),
    );
    for (const name of ['SEJIWA lewat nomornya', 'Healing119 lewat id-nya', 'Tim desa lewat WhatsApp']) {
      const text = await openPlace(el, name);
      expect(text, name).to.contain('Terakhir diperiksa');
      expect(text, name).to.not.contain(STALE);
      expect(text, name).to.not.contain(UNKNOWN);
    }
    // Other places, a hotline that is not one of the crisis lines included, are still marked.
    for (const name of ['Hotline lain (bukan layanan krisis situs ini)', 'Puskesmas Contoh']) {
      const text = await openPlace(el, name);
      expect(text, name).to.contain(STALE);
      expect(text, name).to.contain(UNKNOWN);
    }
    await expect(el).to.be.accessible();
  });

  it('recognises the built-in national lines when the config has no crisis section', async () => {
    const el = await mount(config());
    expect(await openPlace(el, 'SEJIWA lewat nomornya')).to.not.contain(STALE);
    expect(await openPlace(el, 'Healing119 lewat id-nya')).to.not.contain(STALE);
    expect(await openPlace(el, 'Tim desa lewat WhatsApp')).to.contain(STALE);
  });

  it('matches by id, or by a number with its extension, as people write it', () => {
    const r = (id: string, phones: Resource['phones'] = []) => ({ id, phones }) as unknown as Resource;
    const lines = [
      { id: 'a', name: 'A' },
      { name: 'B', phone: '119', extension: '8' },
      { name: 'C', whatsapp: '0812-0000-0009' },
      { name: 'D', sms: '+62 812 0000 0010' },
    ];
    const ids = crisisLineIds(
      [
        r('a'),
        r('b', [{ number: '119 ext 8', kind: 'voice' }]),
        r('b2', [{ number: '119', kind: 'voice', extension: '8' }]),
        r('c', [{ number: '+6281200000009', kind: 'whatsapp' }]),
        r('d', [{ number: '0812 0000 0010', kind: 'sms' }]),
        r('not-119', [{ number: '119', kind: 'voice' }]),
        r('not-ext', [{ number: '119', kind: 'voice', extension: '9' }]),
        r('none'),
      ],
      lines,
    );
    expect([...ids]).to.deep.equal(['a', 'b', 'b2', 'c', 'd']);
  });
});
