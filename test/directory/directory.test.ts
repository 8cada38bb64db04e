import { aTimeout, expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/directory/define.js';
import type { SebayaDirectory } from '../../src/directory/directory.js';
import { links, nextEvent, settled, shadow, textOf } from '../helpers/events.js';
import { MONDAY_2330, MONDAY_9, RESOURCES, baseConfig } from './config.js';

const feed = (c: string) => `/__test__/directory-feed?case=${c}`;

async function mount(
  config: unknown,
  { now = MONDAY_9, lang = 'id' }: { now?: Date; lang?: string } = {},
): Promise<SebayaDirectory> {
  const el = await fixture<SebayaDirectory>(
    html`<sebaya-directory lang=${lang} .now=${now} .config=${config}></sebaya-directory>`,
  );
  await settled(el);
  return el;
}

/** Names of the places listed, in order. */
const names = (el: SebayaDirectory) =>
  [...shadow(el).querySelectorAll('.resource .name')].map((b) => (b.textContent ?? '').replace('▸', '').trim());
const $ = <T extends Element = HTMLElement>(el: SebayaDirectory, sel: string) =>
  shadow(el).querySelector<T & Element>(sel) as T;

async function typeQuery(el: SebayaDirectory, text: string): Promise<void> {
  const input = $<HTMLInputElement>(el, '#q');
  input.value = text;
  input.dispatchEvent(new Event('input', { bubbles: true }));
  await el.updateComplete;
}

async function choose(el: SebayaDirectory, id: string, value: string): Promise<void> {
  const select = $<HTMLSelectElement>(el, `#${id}`);
  select.value = value;
  select.dispatchEvent(new Event('change', { bubbles: true }));
  await el.updateComplete;
}

async function tick(el: SebayaDirectory, label: string): Promise<void> {
  const box = [...shadow(el).querySelectorAll<HTMLLabelElement>('label.check')]
    .find((l) => l.textContent?.includes(label))
    ?.querySelector('input');
  if (!box) throw new Error(`no checkbox ${label}`);
  box.click();
  await el.updateComplete;
}

const ALL = [
  'SEJIWA 119 ext 8',
  'Puskesmas Playen I',
  'Puskesmas Wonosari I',
  'RS Jiwa Grhasia',
  'Kelompok Dukungan Sebaya Ngunut',
];

describe('<sebaya-directory>', () => {
  afterEach(() => history.replaceState(null, '', location.pathname + location.search));

  it('shows the whole list from inline config, accessibly, and says it is ready', async () => {
    const el = document.createElement('sebaya-directory');
    el.setAttribute('lang', 'id');
    el.now = MONDAY_9;
    el.config = baseConfig();
    const ready = nextEvent(el, 'sebaya-ready');
    document.body.append(el);
    await ready;
    await settled(el);
    expect(el.getAttribute('state')).to.equal('ready');
    expect(names(el)).to.deep.equal(ALL);
    expect($(el, '.count').textContent).to.equal('5 tempat');
    expect(textOf(el)).to.contain('Buka sekarang · tutup pukul 14.00'); // Puskesmas Playen I at 09:00 Monday
    expect(textOf(el)).to.contain('Buka 24 jam'); // Grhasia
    expect(textOf(el)).to.contain('Tutup · buka pukul 20.00'); // the evening group
    expect(textOf(el)).to.contain('Playen, Kabupaten Gunungkidul');
    expect(textOf(el)).to.contain('Ngunut, Playen, Kabupaten Gunungkidul');
    await expect(el).to.be.accessible();
    el.remove();
  });

  it('offers tap to call, WhatsApp and SMS with normalised numbers', async () => {
    const el = await mount(baseConfig());
    const hrefs = links(el).map((l) => l.href);
    expect(hrefs).to.include('tel:119,8');
    expect(hrefs).to.include('tel:+62274000001');
    expect(hrefs).to.include('https://wa.me/6281200000001');
    expect(hrefs).to.include('https://wa.me/6281200000007');
    expect(hrefs.every((h) => /^(tel:|sms:|https:\/\/wa\.me\/)/.test(h))).to.equal(true);
    const call = shadow(el).querySelector('a[href="tel:+62274000001"]');
    expect(call?.getAttribute('aria-label')).to.equal('Telepon Puskesmas Playen I di (0274) 000001');
  });

  it('searches as you type: prefixes, typos, accents and Indonesian words', async () => {
    const el = await mount(baseConfig());
    await typeQuery(el, 'pusk');
    expect(names(el)).to.have.members(['Puskesmas Playen I', 'Puskesmas Wonosari I']);
    await typeQuery(el, 'grahsia');
    expect(names(el)).to.deep.equal(['RS Jiwa Grhasia']);
    await typeQuery(el, 'PSIKOLÓG');
    expect(names(el)).to.include('Puskesmas Playen I');
    await typeQuery(el, 'rumah sakit jiwa');
    expect(names(el)).to.deep.equal(['RS Jiwa Grhasia']);
    await typeQuery(el, 'peer support');
    expect(names(el)).to.deep.equal(['Kelompok Dukungan Sebaya Ngunut']);
    expect($(el, '.count').textContent).to.equal('1 tempat');
    // The count is announced politely once typing pauses.
    const status = $(el, '[role="status"][aria-live="polite"]');
    expect(status.textContent?.trim()).to.equal('');
    await aTimeout(900);
    await el.updateComplete;
    expect(status.textContent?.trim()).to.equal('1 tempat');
  });

  it('filters by category', async () => {
    const el = await mount(baseConfig());
    const options = [...$<HTMLSelectElement>(el, '#category').options].map((o) => o.textContent?.trim());
    expect(options).to.include('Kelompok sebaya'); // configured label
    expect(options).to.include('Rumah sakit'); // built-in label
    await choose(el, 'category', 'puskesmas');
    expect(names(el)).to.deep.equal(['Puskesmas Playen I', 'Puskesmas Wonosari I']);
  });

  it('filters by area through the hierarchy: a kapanewon shows its villages and what covers it', async () => {
    const el = await mount(baseConfig());
    const options = [...$<HTMLSelectElement>(el, '#area').options].map((o) => o.value);
    expect(options).to.deep.equal(['', '34.03', '34.03.01', '34.03.03', '34.03.03.2006', '34.04']);
    await choose(el, 'area', '34.03.03');
    expect(names(el)).to.deep.equal(['SEJIWA 119 ext 8', 'Puskesmas Playen I', 'Kelompok Dukungan Sebaya Ngunut']);
    await choose(el, 'area', '34.03');
    expect(names(el)).to.not.include('RS Jiwa Grhasia');
    expect(names(el)).to.include('Puskesmas Wonosari I'); // written "Wonosari", resolved to 34.03.01
  });

  it('filters by "open now" in the site time zone, across midnight', async () => {
    const el = await mount(baseConfig());
    await tick(el, 'Buka sekarang');
    expect(names(el)).to.deep.equal(['Puskesmas Playen I', 'Puskesmas Wonosari I', 'RS Jiwa Grhasia']);
    el.now = MONDAY_2330;
    await el.updateComplete;
    expect(names(el)).to.deep.equal(['RS Jiwa Grhasia', 'Kelompok Dukungan Sebaya Ngunut']);
    expect(textOf(el)).to.contain('Buka sekarang · tutup besok pukul 01.00');
    // The same instant seen from a site in Papua (WIT, UTC+9) is Tuesday 01:30: the group has closed.
    el.config = baseConfig({ timeZone: 'Asia/Jayapura' });
    await settled(el);
    expect(names(el)).to.deep.equal(['RS Jiwa Grhasia']);
  });

  it('tells "closed, opens at" from "closed today"', async () => {
    const el = await mount(baseConfig(), { now: new Date('2026-11-30T15:00:00+07:00') });
    const status = (id: string) => shadow(el).querySelector(`[data-id="${id}"] .status`)?.textContent?.trim();
    expect(status('pkm-playen-1')).to.equal('Tutup hari ini · buka besok pukul 07.30');
    expect(status('sebaya-ngunut')).to.equal('Tutup · buka pukul 20.00');
    el.now = new Date('2026-12-05T15:00:00+07:00'); // Saturday
    await el.updateComplete;
    expect(status('pkm-playen-1')).to.equal('Tutup hari ini · buka Senin pukul 07.30');
  });

  it('names the date, not just the weekday, when a monthly group next meets more than a week ahead', async () => {
    const posyandu = {
      id: 'posyandu',
      name: 'Posyandu Jiwa Ngunut',
      categories: ['community'],
      hours: [{ days: ['2tu'], opens: '09:00', closes: '11:00' }],
    };
    const el = await mount(baseConfig({}, { sources: [{ resources: [posyandu] }] }), {
      now: new Date('2026-11-30T15:00:00+07:00'),
    });
    const status = () => shadow(el).querySelector('[data-id="posyandu"] .status')?.textContent?.trim();
    // The second Tuesday of December 2026 is the 8th.
    expect(status()).to.equal('Tutup hari ini · buka Selasa, 8 Desember pukul 09.00');
    el.now = new Date('2026-12-03T15:00:00+07:00'); // Thursday: five days ahead, the weekday is enough
    await el.updateComplete;
    expect(status()).to.equal('Tutup hari ini · buka Selasa pukul 09.00');
  });

  it('filters by free of charge and by language', async () => {
    const el = await mount(baseConfig());
    await tick(el, 'Gratis');
    expect(names(el)).to.deep.equal(['SEJIWA 119 ext 8', 'Puskesmas Playen I', 'Kelompok Dukungan Sebaya Ngunut']);
    await tick(el, 'Gratis');
    await choose(el, 'language', 'jv');
    expect(names(el)).to.deep.equal(['Puskesmas Playen I', 'Kelompok Dukungan Sebaya Ngunut']);
    const languages = [...$<HTMLSelectElement>(el, '#language').options].map((o) => o.textContent?.trim());
    expect(languages).to.include('Jawa');
  });

  it('keeps the filters (never the typed words) in the URL hash, and starts from a shared link', async () => {
    const el = await mount(baseConfig());
    await typeQuery(el, 'kesehatan jiwa');
    await choose(el, 'category', 'puskesmas');
    await tick(el, 'Buka sekarang');
    expect(location.hash).to.equal('#directory?category=puskesmas&open=1');
    expect(location.href).to.not.contain('jiwa');
    el.remove();
    history.replaceState(null, '', '#directory?area=34.03.03&free=1');
    const shared = await mount(baseConfig());
    expect(names(shared)).to.deep.equal(['SEJIWA 119 ext 8', 'Puskesmas Playen I', 'Kelompok Dukungan Sebaya Ngunut']);
    expect($<HTMLSelectElement>(shared, '#area').value).to.equal('34.03.03');
    // Someone else's anchor is left alone.
    history.replaceState(null, '', '#top');
    const other = await mount(baseConfig());
    expect(names(other)).to.have.length(5);
    expect(location.hash).to.equal('#top');
  });

  it('suggests widening an empty search, shows the crisis lines, and clears', async () => {
    const el = await mount(baseConfig());
    await typeQuery(el, 'zzzzqqq');
    expect(names(el)).to.deep.equal([]);
    const empty = $(el, '[part="no-results"]');
    expect(empty.textContent).to.contain('Tidak ada yang cocok');
    expect(empty.textContent).to.contain('hapus saringan');
    expect(empty.querySelector('a[href="tel:119,8"]')).to.exist;
    await expect(el).to.be.accessible();
    (empty.querySelector('button.clear') as HTMLButtonElement).click();
    await el.updateComplete;
    expect(names(el)).to.have.length(5);
    expect(shadow(el).activeElement?.id).to.equal('q');
  });

  it('opens a place’s details: address and map, week hours, contacts, verification, corrections', async () => {
    const el = await mount(baseConfig());
    const button = $<HTMLButtonElement>(el, '[data-id="pkm-playen-1"] .name');
    expect(button.getAttribute('aria-expanded')).to.equal('false');
    const selected = nextEvent<{ id: string }>(el, 'sebaya-resource-select');
    button.click();
    expect((await selected).detail).to.deep.equal({ id: 'pkm-playen-1' });
    await el.updateComplete;
    expect(button.getAttribute('aria-expanded')).to.equal('true');
    // The name is underlined as a link, the turned chevron is not (its underline stood beside it as a bar).
    expect(getComputedStyle(button).textDecorationLine).to.equal('none');
    expect(getComputedStyle(button.querySelector('.label')!).textDecorationLine).to.equal('underline');
    const details = $(el, '[data-id="pkm-playen-1"] .details');
    expect(details.hidden).to.equal(false);
    const text = details.textContent?.replace(/\s+/g, ' ') ?? '';
    expect(text).to.contain('Jl. Playen–Paliyan, Playen');
    expect(text).to.contain('Jam buka minggu ini');
    expect(text).to.contain('Senin 07.30–14.00');
    expect(text).to.contain('Minggu Tutup');
    expect(text).to.contain('Gratis dengan BPJS');
    expect(text).to.contain('Indonesia, Jawa');
    expect(text).to.contain('Terakhir diperiksa 10 Januari 2023');
    expect(details.querySelector('.stale')?.textContent).to.contain('mungkin sudah berubah');
    expect(details.querySelector('tr[aria-current="date"] th')?.textContent).to.equal('Senin');
    const hrefs = [...details.querySelectorAll('a')].map((a) => a.getAttribute('href'));
    expect(hrefs).to.include('https://www.google.com/maps/search/?api=1&query=-7.935,110.553');
    expect(hrefs).to.include('mailto:pkm.playen1@example.org');
    expect(hrefs).to.include('https://example.org/pkm-playen-1');
    const report = details.querySelector<HTMLAnchorElement>('a.report');
    expect(report?.textContent).to.equal('Laporkan nomor atau data yang salah');
    expect(decodeURIComponent(report?.getAttribute('href') ?? '')).to.contain(
      'mailto:koreksi@example.org?subject=Koreksi direktori: Puskesmas Playen I',
    );
    await expect(el).to.be.accessible();
    // Verified recently: not marked.
    $<HTMLButtonElement>(el, '[data-id="pkm-wonosari-1"] .name').click();
    await el.updateComplete;
    expect($(el, '[data-id="pkm-wonosari-1"] .details .verified')).to.exist;
    expect($(el, '[data-id="pkm-wonosari-1"] .details .stale')).to.equal(null);
  });

  it('shows an accessible loading state while sources load', async () => {
    const el = await fixture<SebayaDirectory>(
      html`<sebaya-directory lang="id" .config=${baseConfig({}, { sources: [{ url: `${feed('json')}&delay=1500` }] })}></sebaya-directory>`,
    );
    await el.updateComplete;
    expect(el.getAttribute('state')).to.equal('loading');
    expect($(el, '[part="loading"]').getAttribute('role')).to.equal('status');
    expect(textOf(el)).to.contain('Memuat');
    await expect(el).to.be.accessible();
    await settled(el);
    expect(names(el)).to.deep.equal(['Puskesmas Playen I', 'Kelompok Sebaya Ngunut']);
  });

  it('keeps its contrast in the dark theme', async () => {
    const el = await fixture<SebayaDirectory>(
      html`<sebaya-directory lang="id" theme="dark" .now=${MONDAY_9} .config=${baseConfig()}></sebaya-directory>`,
    );
    await settled(el);
    $<HTMLButtonElement>(el, '[data-id="pkm-playen-1"] .name').click();
    await el.updateComplete;
    await expect(el).to.be.accessible();
  });

  it('speaks English', async () => {
    const el = await mount(baseConfig(), { lang: 'en' });
    expect($(el, '.count').textContent).to.equal('5 places');
    expect(textOf(el)).to.contain('Open now · closes at 14:00');
    expect(names(el)).to.include('Ngunut peer support group');
    expect(textOf(el)).to.contain('Psychological counselling by phone.');
    await expect(el).to.be.accessible();
  });

  it('pages long lists and moves focus to the first new place', async () => {
    const many = Array.from({ length: 45 }, (_, i) => ({
      id: `r${i}`,
      name: `Tempat ${String(i).padStart(2, '0')}`,
      categories: [],
    }));
    const el = await mount(baseConfig({}, { sources: [{ resources: many }] }));
    expect(names(el)).to.have.length(20);
    expect($(el, '.count').textContent).to.equal('Menampilkan 20 dari 45 tempat');
    const more = $<HTMLButtonElement>(el, '[part="more"]');
    expect(more.textContent?.trim()).to.equal('Tampilkan 20 lagi');
    more.click();
    await el.updateComplete;
    expect(names(el)).to.have.length(40);
    expect(shadow(el).activeElement?.textContent).to.contain('Tempat 20');
    $<HTMLButtonElement>(el, '[part="more"]').click();
    await el.updateComplete;
    expect(names(el)).to.have.length(45);
    expect(shadow(el).querySelector('[part="more"]')).to.equal(null);
  });

  it('sorts by distance only when asked, and the position never leaves the browser', async () => {
    const el = await mount(baseConfig());
    const geo = navigator.geolocation;
    const original = geo.getCurrentPosition;
    const requests: string[] = [];
    const originalFetch = window.fetch;
    window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
      requests.push(input instanceof Request ? input.url : input.toString());
      return originalFetch(input, init);
    };
    let asked = 0;
    geo.getCurrentPosition = (ok: PositionCallback) => {
      asked += 1;
      ok({ coords: { latitude: -7.96, longitude: 110.6, accuracy: 50 } } as GeolocationPosition);
    };
    try {
      expect(asked).to.equal(0);
      const button = [...shadow(el).querySelectorAll('button')].find((b) => b.textContent?.includes('Terdekat'))!;
      expect(button.getAttribute('aria-pressed')).to.equal('false');
      button.click();
      await el.updateComplete;
      expect(asked).to.equal(1);
      expect(button.getAttribute('aria-pressed')).to.equal('true');
      expect(names(el).slice(0, 3)).to.deep.equal(['Puskesmas Wonosari I', 'Puskesmas Playen I', 'RS Jiwa Grhasia']);
      expect(textOf(el)).to.contain('dari Anda');
      expect(textOf(el)).to.contain('tidak pernah dikirim');
      expect(requests).to.deep.equal([]);
      button.click();
      await el.updateComplete;
      expect(names(el)).to.deep.equal(ALL);
    } finally {
      geo.getCurrentPosition = original;
      window.fetch = originalFetch;
    }
  });

  it('reads JSON, CSV and HSDS sources and names a failing one while the others still show', async () => {
    const el = await mount(
      baseConfig(
        {},
        {
          sources: [
            { resources: RESOURCES.slice(0, 1) },
            { url: feed('csv'), name: 'Daftar Puskesmas' },
            { url: feed('hsds'), type: 'hsds' },
            { url: feed('404'), name: { id: 'Daftar Dinkes', en: 'Health office list' } },
            { url: feed('json-some-bad') },
          ],
        },
      ),
    );
    expect(el.getAttribute('state')).to.equal('ready');
    expect(names(el))
      .to.include('Puskesmas Wonosari I')
      .and.include('Community Counselling')
      .and.include('SEJIWA 119 ext 8')
      .and.include('Puskesmas Playen I');
    const notice = $(el, '[part="notice"]');
    expect(notice.getAttribute('role')).to.equal('status');
    expect(notice.textContent).to.contain('Tempat lain tetap ditampilkan');
    expect(notice.querySelector('button')?.textContent).to.equal('Coba lagi');
    el.debug = true; // the owner box names each source (visitors see one calm line)
    await el.updateComplete;
    const text = $(el, '[part="owner"]').textContent?.replace(/\s+/g, ' ') ?? '';
    expect(text).to.contain('Tidak bisa memuat Daftar Dinkes (/__test__/directory-feed?case=404)');
    expect(text).to.contain('404');
    expect(text).to.contain('2 entri di sumber 5');
    await expect(el).to.be.accessible();
  });

  for (const [lang, calm, reason] of [
    ['id', 'Sebagian tempat belum dapat ditampilkan saat ini.', 'server menjawab 404'],
    ['en', 'Some places cannot be shown right now.', 'server answered 404'],
  ] as const) {
    it(`shows visitors one calm line when a source fails, and the owner box its address, reason and path (${lang})`, async () => {
      const warnings: unknown[][] = [];
      const warn = console.warn;
      console.warn = (...args: unknown[]) => warnings.push(args);
      let el: SebayaDirectory;
      try {
        el = await mount(
          baseConfig(
            {},
            {
              sources: [
                { resources: RESOURCES.slice(0, 1) },
                { url: feed('404'), name: 'Daftar Dinkes' },
                { url: feed('json-some-bad') },
              ],
            },
          ),
          { lang },
        );
      } finally {
        console.warn = warn;
      }
      expect(el.getAttribute('state')).to.equal('ready');
      const visitor = $(el, '[part="notice"]').textContent ?? '';
      expect(visitor).to.contain(calm);
      for (const technical of ['/__test__/', '404', 'directory.sources', 'Daftar Dinkes', 'sumber 3', 'source 3'])
        expect(textOf(el)).not.to.contain(technical);
      expect($(el, '[part="owner"]')).to.equal(null);
      expect(warnings.filter((w) => String(w[0]).includes('directory.sources[1]'))).to.have.length(1);
      el.debug = true;
      await el.updateComplete;
      const owner = $(el, '[part="owner"]').textContent?.replace(/\s+/g, ' ') ?? '';
      expect(owner)
        .to.contain(`directory.sources[1]: `)
        .and.contain(`Daftar Dinkes (${feed('404')})`)
        .and.contain(reason);
      expect(owner).to.contain(`directory.sources[2]: 2 `).and.contain(feed('json-some-bad'));
      await expect(el).to.be.accessible();
    });
  }

  it('shows a feed from its saved copy when the network fails, says so, and reads it again once online', async () => {
    const url = `${feed('flaky')}&id=${Math.random()}`;
    const cfg = baseConfig({}, { sources: [{ resources: RESOURCES.slice(0, 1) }, { url, name: 'Daftar Puskesmas' }] });
    const first = await mount(cfg);
    expect(names(first)).to.include('Puskesmas Wonosari I');
    expect($(first, '[part="notice"]')).to.equal(null);
    // The copy is written in the background: give IndexedDB a moment.
    await aTimeout(300);
    const second = await mount(cfg);
    expect(second.getAttribute('state')).to.equal('ready');
    expect(names(second)).to.include('Puskesmas Wonosari I');
    const notice = $(second, '[part="notice"]');
    expect(notice.getAttribute('role')).to.equal('status');
    expect(notice.textContent?.replace(/\s+/g, ' ').trim()).to.match(
      /^Tidak ada koneksi: daftar ini ditampilkan sesuai salinan tanggal \d+ \w+ \d{4}[^/]*$/,
    );
    second.debug = true; // the owner box names the source
    await second.updateComplete;
    expect($(second, '[part="owner"]').textContent).to.match(
      /directory\.sources\[1\]: Daftar Puskesmas \(\/__test__\/directory-feed\?case=flaky&id=[\d.]+\): Tidak ada koneksi/,
    );
    await expect(second).to.be.accessible();
    // Back online: the feed is read again (the server still fails, so the saved copy stays, named again).
    const reloaded = nextEvent(second, 'sebaya-ready');
    window.dispatchEvent(new Event('online'));
    await reloaded;
    await settled(second);
    expect(names(second)).to.include('Puskesmas Wonosari I');
    expect($(second, '[part="notice"]').textContent).to.contain('Tidak ada koneksi');
  });

  it('downloads the places that match as a spreadsheet when the config allows it', async () => {
    const plain = await mount(baseConfig());
    expect($(plain, '[part="download"]')).to.equal(null);
    const el = await mount(baseConfig({}, { download: true }));
    await choose(el, 'category', 'puskesmas');
    const shown = names(el);
    const button = $<HTMLButtonElement>(el, '[part="download"]');
    expect(button.textContent).to.equal('Unduh daftar ini (CSV)');
    const got = new Promise<HTMLAnchorElement>((resolve) =>
      shadow(el).addEventListener('click', (e) => {
        const a = e.target as HTMLElement;
        if (a instanceof HTMLAnchorElement && a.download) {
          e.preventDefault(); // no file on the test machine: read the blob instead
          resolve(a);
        }
      }),
    );
    button.click();
    const a = await got;
    expect(a.download).to.equal('direktori-bantuan.csv');
    expect(a.href).to.match(/^blob:/);
    const bytes = new Uint8Array(await (await fetch(a.href)).arrayBuffer());
    expect([...bytes.slice(0, 3)]).to.deep.equal([0xef, 0xbb, 0xbf]); // UTF-8 byte-order mark for Excel
    const text = new TextDecoder().decode(bytes.slice(3));
    const rows = text.split('\r\n');
    expect(rows[0]?.startsWith('id,name,categories,')).to.equal(true);
    expect(rows.slice(1).map((r) => r.split(',')[1]?.replace(/^"|"$/g, ''))).to.deep.equal(shown);
    await el.updateComplete;
    expect($(el, '[role="status"][aria-live="polite"]').textContent).to.equal(
      `Daftar ${shown.length} tempat sudah diunduh.`,
    );
    await expect(el).to.be.accessible();
  });

  it('shows the error state naming each source when every source fails', async () => {
    const el = document.createElement('sebaya-directory');
    el.setAttribute('lang', 'en');
    el.config = baseConfig({}, { sources: [{ url: feed('500') }, { url: feed('csv-html'), type: 'csv' }] });
    const failed = nextEvent<{ code: string; message: string; path?: string }>(el, 'sebaya-error');
    document.body.append(el);
    const { detail } = await failed;
    await settled(el);
    expect(el.getAttribute('state')).to.equal('error');
    expect(detail.code).to.equal('sources-failed');
    expect(detail.path).to.equal('directory.sources[0]');
    el.debug = true; // the owner box names it (visitors see one calm line)
    await el.updateComplete;
    expect(textOf(el)).to.contain('source 1 (/__test__/directory-feed?case=500)');
    expect(textOf(el)).to.contain(
      'source 2 (/__test__/directory-feed?case=csv-html) is a web page, not a published spreadsheet (CSV).',
    );
    expect(shadow(el).querySelector('[part="retry"]')).to.exist;
    await expect(el).to.be.accessible();
    el.remove();
  });

  it('names the config path of a mistake', async () => {
    const bad = baseConfig(
      {},
      {
        sources: [
          { resources: [{ id: 'x', name: 'X', hours: [{ days: ['monday'], opens: '08:00', closes: '12:00' }] }] },
        ],
      },
    );
    const el = await mount(bad, { lang: 'en' });
    expect(el.getAttribute('state')).to.equal('error');
    el.debug = true; // the owner box names it (visitors see one calm line)
    await el.updateComplete;
    expect(textOf(el)).to.contain('directory.sources[0].resources[0].hours[0].days[0]: is not a day');
    const both = await mount(baseConfig({}, { sources: [{ resources: [], url: feed('json') }] }), { lang: 'en' });
    both.debug = true;
    await both.updateComplete;
    expect(textOf(both)).to.contain('directory.sources[0]: needs either "resources"');
    const every = await mount(
      baseConfig(
        {},
        {
          sources: [
            {
              resources: [{ id: 'x', name: 'X', hours: [{ days: ['we'], opens: '19:00', closes: '21:00', every: 2 }] }],
            },
          ],
        },
      ),
      { lang: 'en' },
    );
    every.debug = true;
    await every.updateComplete;
    expect(textOf(every)).to.contain('directory.sources[0].resources[0].hours[0].from: is required');
  });

  it('reads "every other week" from the config, counted from the week of `from`', async () => {
    const group = {
      id: 'kds',
      name: 'Kelompok Dukungan Sebaya',
      categories: ['peer-support'],
      hours: [{ days: ['we'], opens: '19:00', closes: '21:00', every: 2, from: '2026-01-07' }],
    };
    const el = await mount(baseConfig({}, { sources: [{ resources: [group] }] }), {
      now: new Date('2026-11-30T15:00:00+07:00'),
    });
    const status = () => shadow(el).querySelector('[data-id="kds"] .status')?.textContent?.trim();
    // 2 December is 47 weeks after 7 January: not a meeting week; 9 December is.
    expect(status()).to.equal('Tutup hari ini · buka Rabu, 9 Desember pukul 19.00');
    el.now = new Date('2026-12-09T19:30:00+07:00');
    await el.updateComplete;
    expect(status()).to.equal('Buka sekarang · tutup pukul 21.00');
  });

  it('shows the empty state when nothing is listed', async () => {
    const el = await mount(baseConfig({}, { sources: [{ resources: [] }] }));
    expect(el.getAttribute('state')).to.equal('empty');
    expect(textOf(el)).to.contain('Belum ada tempat yang terdaftar.');
    await expect(el).to.be.accessible();
  });

  it('renders hostile strings from config and feeds as text', async () => {
    const blns = (await (await fetch(new URL('../fixtures/directory/blns.json', import.meta.url))).json()) as string[];
    const xss = (await (await fetch(new URL('../fixtures/directory/xss-polyglots.txt', import.meta.url))).text())
      .split('\n')
      .filter((l) => l.trim());
    const strings = [...xss, ...blns.filter((s) => /[<>"'&]|script|javascript/i.test(s))]
      .filter((s) => s.trim())
      .slice(0, 120);
    const hostile = strings.map((s, i) => ({
      id: `h${i}`,
      name: s.slice(0, 400),
      description: s,
      address: s,
      categories: [s.slice(0, 100).trim() || 'x'],
      website: 'javascript:alert(1)',
    }));
    (window as unknown as { __pwned?: boolean }).__pwned = false;
    const el = await mount(
      baseConfig({}, { sources: [{ resources: hostile.map(({ website: _w, ...r }) => r) }], pageSize: 200 }),
    );
    expect(el.getAttribute('state')).to.equal('ready');
    const root = shadow(el);
    expect(root.querySelectorAll('script, img, iframe, svg, object, embed, math, video, audio')).to.have.length(0);
    expect(
      [...root.querySelectorAll('*')].some((n) => [...n.attributes].some((a) => a.name.startsWith('on'))),
    ).to.equal(false);
    expect(names(el)).to.have.length(hostile.length);
    expect(textOf(el)).to.contain(strings[0]!.replace(/\s+/g, ' ').trim().slice(0, 30));
    await aTimeout(50);
    expect((window as unknown as { __pwned?: boolean }).__pwned).to.equal(false);
    // A javascript: website in a config is refused at validation, naming the path.
    const refused = await mount(baseConfig({}, { sources: [{ resources: [hostile[0]] }] }), { lang: 'en' });
    refused.debug = true; // in the owner box
    await refused.updateComplete;
    expect(textOf(refused)).to.contain('directory.sources[0].resources[0].website: is not an allowed link');
  });

  it('can be used with the keyboard alone', async () => {
    const el = await mount(baseConfig());
    $<HTMLInputElement>(el, '#q').focus();
    await sendKeys({ type: 'grhasia' });
    await el.updateComplete;
    expect(names(el)).to.deep.equal(['RS Jiwa Grhasia']);
    // Tab through the filters to the only result's name, open it with Enter.
    const order: string[] = [];
    for (let i = 0; i < 12; i += 1) {
      await sendKeys({ press: 'Tab' });
      const active = shadow(el).activeElement as HTMLElement | null;
      order.push(active?.id || active?.className || active?.localName || '');
      if (active?.classList.contains('name')) break;
    }
    expect(order.slice(0, 3)).to.deep.equal(['category', 'area', 'language']);
    const name = shadow(el).activeElement as HTMLButtonElement;
    expect(name.classList.contains('name')).to.equal(true);
    // The only result is opened already; Enter closes and opens it again.
    expect(name.getAttribute('aria-expanded')).to.equal('true');
    const selected = nextEvent<{ id: string }>(el, 'sebaya-resource-select');
    await sendKeys({ press: 'Enter' });
    await sendKeys({ press: 'Enter' });
    expect((await selected).detail.id).to.equal('grhasia');
    // Escape-free clearing: Shift+Tab back to the search box and clear it with the keyboard.
    $<HTMLInputElement>(el, '#q').focus();
    await sendKeys({ press: 'Control+A' });
    await sendKeys({ press: 'Backspace' });
    await el.updateComplete;
    expect(names(el)).to.have.length(5);
  });

  it('runs the demo directory: national lines, Gunungkidul Puskesmas from the spreadsheet, Grhasia, Ngunut', async () => {
    const section = (await (await fetch('/demo/sebaya.json')).json()) as { directory: { sources: { url?: string }[] } };
    for (const s of section.directory.sources) if (s.url) s.url = `/demo/${s.url.replace(/^\//, '')}`;
    const el = await mount({ locale: 'id', timeZone: 'Asia/Jakarta', ...section });
    expect(el.getAttribute('state')).to.equal('ready');
    expect(shadow(el).querySelector('[part="notice"]')).to.equal(null);
    expect($(el, '.count').textContent).to.equal('Menampilkan 20 dari 41 tempat');
    await choose(el, 'area', '34.03.03.2006');
    expect(names(el))
      .to.include('Puskesmas Playen I')
      .and.include('Puskesmas Playen II')
      .and.include('Kelompok Dukungan Sebaya Ngunut (contoh)')
      .and.include('SEJIWA — Layanan Sehat Jiwa (119 ekstensi 8)');
    expect(names(el)).to.not.include('RS Jiwa Grhasia');
    await choose(el, 'area', '');
    await typeQuery(el, 'grhasia');
    expect(names(el)).to.deep.equal(['RS Jiwa Grhasia']);
    expect(textOf(el)).to.contain('Pakem, Kabupaten Sleman');
    // The names are the facilities' own (satu-data, Kemenkes lists): Grhasia is in Sleman (3404).
    const hospitals = await (await fetch(new URL('../fixtures/directory/derived_rs_jiwa.csv', import.meta.url))).text();
    expect(hospitals).to.contain('"3404","3404022","RS JIWA GRHASIA"');
    await expect(el).to.be.accessible();
  });
});
