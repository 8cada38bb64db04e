import { expect, fixture, html } from '@open-wc/testing';
import '../../src/directory/define.js';
import type { SebayaDirectory } from '../../src/directory/directory.js';
import { settled, shadow } from '../helpers/events.js';
import { MONDAY_9 } from './config.js';
import { allByRole, byRole, placeText } from './page.js';

/** The demo's directory section, its feed read from the test server. */
async function demoConfig(): Promise<Record<string, unknown>> {
  const site = (await (await fetch('/demo/sebaya.json')).json()) as {
    directory: { sources: { url?: string }[]; pageSize?: number };
  };
  for (const s of site.directory.sources) if (s.url) s.url = `/demo/${s.url.replace(/^\//, '')}`;
  site.directory.pageSize = 200;
  return { locale: 'id', timeZone: 'Asia/Jakarta', directory: site.directory };
}

async function mount(): Promise<SebayaDirectory> {
  const el = await fixture<SebayaDirectory>(
    html`<sebaya-directory lang="id" hash-key="" .now=${MONDAY_9} .config=${await demoConfig()}></sebaya-directory>`,
  );
  await settled(el);
  return el;
}

async function search(el: SebayaDirectory, words: string): Promise<string[]> {
  const box = byRole(el, 'searchbox', 'Cari') as HTMLInputElement;
  box.value = words;
  box.dispatchEvent(new Event('input', { bubbles: true }));
  await el.updateComplete;
  return allByRole(el, 'button')
    .filter((b) => b.hasAttribute('aria-expanded') && b.closest('li'))
    .map((b) => (b.textContent ?? '').replace('▸', '').trim());
}

describe('the demo directory', () => {
  it('finds several psychologists for "psikolog", each example clearly marked', async () => {
    const el = await mount();
    const found = await search(el, 'psikolog');
    expect(found.length).to.be.at.least(5);
    expect(found).to.include('SEJIWA — Layanan Sehat Jiwa (119 ekstensi 8)');
    const examples = found.filter((n) => !n.startsWith('SEJIWA'));
    for (const name of examples) expect(name, name).to.contain('(contoh)');
    await expect(el).to.be.accessible();
  });

  it('gives every Puskesmas a number to call, an address and opening hours, marked as examples', async () => {
    const el = await mount();
    const places = [...shadow(el).querySelectorAll('.resource')].filter((li) => placeText(li).startsWith('Puskesmas'));
    expect(places).to.have.length(30);
    for (const li of places) {
      const text = placeText(li);
      const name = text.split(' Puskesmas')[0];
      expect(li.querySelector('a[href^="tel:"]'), name).to.exist;
      expect(text, name).to.match(/Buka sekarang|Tutup/);
      expect(text, name).to.contain('Nomor contoh');
      expect(text, name).to.contain('contoh untuk demo');
      (li.querySelector('button.name') as HTMLButtonElement).click();
    }
    await el.updateComplete;
    for (const li of places) expect(placeText(li)).to.match(/Alamat Alamat contoh, Kapanewon \w+/);
  });

  it('uses numbers that reach no one: a Yogyakarta area code with a local number starting with 0', async () => {
    const csv = await (await fetch('/demo/feeds/directory.csv')).text();
    const numbers = csv.match(/\(0\d{2,3}\)\s*[\d-]+|\b0\d{3}-[\d-]+|\+62[\d ]+/g) ?? [];
    expect(numbers.length).to.be.at.least(30);
    // Indonesia gives out no local number that starts with 0 (it is the trunk prefix), so none of these rings anyone.
    for (const n of numbers) expect(n).to.match(/^\(0274\) 0\d{5}$/);
    const el = await mount();
    const dialled = [...shadow(el).querySelectorAll<HTMLAnchorElement>('a[href^="tel:"]')].map((a) =>
      a.getAttribute('href'),
    );
    for (const href of dialled) expect(href).to.match(/^tel:(\+622740\d{5}|119,8)$/);
  });
});
