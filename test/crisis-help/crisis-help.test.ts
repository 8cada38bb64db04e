import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys as press } from '@web/test-runner-commands';
import '../../src/crisis-help/define.js';
import type { SebayaCrisisHelp } from '../../src/crisis-help/crisis-help.js';
import { clearSessionState } from '../../src/crisis-help/quick-exit.js';
import { links, nextEvent, settled, shadow, textOf } from '../helpers/events.js';
import { naughtyStrings, xssPayloads } from '../helpers/fixtures.js';

const config = {
  locale: 'id',
  crisis: {
    lines: [
      {
        name: { id: 'Puskesmas Ngawen — layanan jiwa', en: 'Ngawen health centre — mental health' },
        phone: '(0274) 123 456',
        hours: { id: 'Senin–Sabtu 08.00–14.00', en: 'Mon–Sat 08:00–14:00' },
      },
      { name: 'TPKJM Ngunut', whatsapp: '0812-3456-7890' },
    ],
    quickExitUrl: 'https://www.bmkg.go.id/cuaca',
  },
};

/** Stops quick exit from navigating the test page away, and records where it would go. */
function catchExit(el: HTMLElement): { url?: string } {
  const seen: { url?: string } = {};
  el.addEventListener('sebaya-quick-exit', (e) => {
    e.preventDefault();
    seen.url = (e as CustomEvent<{ url: string }>).detail.url;
  });
  return seen;
}

describe('<sebaya-crisis-help>', () => {
  it('shows the national lines with no config, each with a source', async () => {
    const el = await fixture<SebayaCrisisHelp>(html`<sebaya-crisis-help lang="id"></sebaya-crisis-help>`);
    await settled(el);
    expect(el.getAttribute('state')).to.equal('ready');
    const text = textOf(el);
    expect(text).to.contain('Butuh bantuan sekarang?');
    expect(text).to.contain('SEJIWA');
    expect(text).to.contain('Healing119.id');
    expect(text).not.to.contain('500-454');
    const hrefs = links(el).map((l) => l.href);
    expect(hrefs).to.include('tel:119,8');
    expect(hrefs).to.include('https://healing119.id/');
    expect(shadow(el).querySelectorAll('.source').length).to.equal(2);
    // Both are free; their sources give no hours, so none are claimed.
    expect(text).to.contain('konseling psikologi gratis');
    expect(text).not.to.contain('Jam layanan');
    await expect(el).to.be.accessible();
  });

  it('words the national lines in English from the English catalog, and lets the site owner reword them', async () => {
    const el = await fixture<SebayaCrisisHelp>(html`<sebaya-crisis-help lang="en"></sebaya-crisis-help>`);
    await settled(el);
    expect(textOf(el)).to.contain('SEJIWA — mental-health counselling line (119 ext. 8)');
    expect(textOf(el)).to.contain('Free and anonymous Ministry of Health suicide-prevention service');
    expect(textOf(el)).not.to.contain('Hours:');
    el.config = { messages: { en: { 'crisis.sejiwa.name': 'SEJIWA (national line)' } } };
    await settled(el);
    expect(shadow(el).querySelector('a[href="tel:119,8"]')?.getAttribute('aria-label')).to.contain(
      'SEJIWA (national line)',
    );
  });

  it('shows the config lines with tap-to-call and WhatsApp, in English too', async () => {
    const el = await fixture<SebayaCrisisHelp>(
      html`<sebaya-crisis-help lang="en" .config=${config}></sebaya-crisis-help>`,
    );
    await settled(el);
    const text = textOf(el);
    expect(text).to.contain('Need help now?');
    expect(text).to.contain('Ngawen health centre — mental health');
    expect(text).to.contain('Hours: Mon–Sat 08:00–14:00');
    expect(text).not.to.contain('SEJIWA');
    const hrefs = links(el).map((l) => l.href);
    expect(hrefs).to.include('tel:0274123456');
    expect(hrefs).to.include('https://wa.me/6281234567890');
    expect(hrefs).to.include('https://www.bmkg.go.id/cuaca');
    await expect(el).to.be.accessible();
  });

  it('has a compact bar layout that passes axe', async () => {
    const el = await fixture<SebayaCrisisHelp>(html`<sebaya-crisis-help layout="bar" lang="id"></sebaya-crisis-help>`);
    await settled(el);
    expect(shadow(el).querySelector('.bar')).not.to.equal(null);
    expect(links(el).map((l) => l.href)).to.include('tel:119,8');
    await expect(el).to.be.accessible();
  });

  it('keeps its landmarks distinct when the bar and the full panel share a page', async () => {
    const page = await fixture<HTMLElement>(
      html`<div lang="id"><sebaya-crisis-help layout="bar"></sebaya-crisis-help><sebaya-crisis-help></sebaya-crisis-help></div>`,
    );
    const [bar, full] = [...page.querySelectorAll<SebayaCrisisHelp>('sebaya-crisis-help')];
    await Promise.all([settled(bar!), settled(full!)]);
    expect(shadow(bar!).querySelector('[aria-label]')!.localName).to.equal('aside');
    expect(shadow(full!).querySelector('[aria-labelledby]')!.localName).to.equal('section');
    await expect(page).to.be.accessible();
  });

  it('follows the theme attribute for dark mode', async () => {
    const el = await fixture<SebayaCrisisHelp>(html`<sebaya-crisis-help theme="light"></sebaya-crisis-help>`);
    await settled(el);
    const bg = () => getComputedStyle(shadow(el).querySelector('.root')!).backgroundColor;
    expect(bg()).to.equal('rgb(255, 255, 255)');
    el.theme = 'dark';
    await el.updateComplete;
    expect(bg()).to.equal('rgb(21, 25, 31)');
    await expect(el).to.be.accessible();
  });

  it('keeps every target at least 24×24 px', async () => {
    const el = await fixture<SebayaCrisisHelp>(
      html`<sebaya-crisis-help lang="id" .config=${config}></sebaya-crisis-help>`,
    );
    await settled(el);
    for (const a of shadow(el).querySelectorAll('a.button')) {
      const r = a.getBoundingClientRect();
      expect(r.width, a.textContent ?? '').to.be.at.least(24);
      expect(r.height, a.textContent ?? '').to.be.at.least(24);
    }
  });

  it('quick exit is a real link that clears Sebaya session state and leaves', async () => {
    sessionStorage.setItem('sebaya:support-form:draft', 'a private draft');
    sessionStorage.setItem('other-app', 'kept');
    const el = await fixture<SebayaCrisisHelp>(
      html`<sebaya-crisis-help lang="id" .config=${config}></sebaya-crisis-help>`,
    );
    await settled(el);
    const exit = shadow(el).querySelector<HTMLAnchorElement>('a[part="exit"]')!;
    expect(exit.getAttribute('href')).to.equal('https://www.bmkg.go.id/cuaca');
    const seen = catchExit(el);
    exit.click();
    expect(seen.url).to.equal('https://www.bmkg.go.id/cuaca');
    // Cancelling the event keeps the page; the state is cleared only when actually leaving.
    expect(sessionStorage.getItem('sebaya:support-form:draft')).to.equal('a private draft');
    clearSessionState();
    expect(sessionStorage.getItem('sebaya:support-form:draft')).to.equal(null);
    expect(sessionStorage.getItem('other-app')).to.equal('kept');
    sessionStorage.removeItem('other-app');
  });

  it('quick exit is reachable by keyboard and fires on Enter', async () => {
    const el = await fixture<SebayaCrisisHelp>(
      html`<sebaya-crisis-help lang="en" layout="bar" .config=${config}></sebaya-crisis-help>`,
    );
    await settled(el);
    const seen = catchExit(el);
    const exit = shadow(el).querySelector<HTMLAnchorElement>('a[part="exit"]')!;
    for (let i = 0; i < 6 && shadow(el).activeElement !== exit; i += 1) await press({ press: 'Tab' });
    expect(shadow(el).activeElement).to.equal(exit);
    await press({ press: 'Enter' });
    expect(seen.url).to.equal('https://www.bmkg.go.id/cuaca');
  });

  it('fires quick exit on Shift pressed three times, not twice', async () => {
    const el = await fixture<SebayaCrisisHelp>(
      html`<sebaya-crisis-help lang="en" .config=${config}></sebaya-crisis-help>`,
    );
    await settled(el);
    const seen = catchExit(el);
    await press({ press: 'Shift' });
    await press({ press: 'Shift' });
    expect(seen.url).to.equal(undefined);
    await press({ press: 'Shift' });
    expect(seen.url).to.equal('https://www.bmkg.go.id/cuaca');
  });

  it('no-shortcut turns the Shift shortcut off', async () => {
    const el = await fixture<SebayaCrisisHelp>(
      html`<sebaya-crisis-help no-shortcut .config=${config}></sebaya-crisis-help>`,
    );
    await settled(el);
    const seen = catchExit(el);
    for (let i = 0; i < 3; i += 1) await press({ press: 'Shift' });
    expect(seen.url).to.equal(undefined);
  });

  it('falls back to a harmless default when the exit URL is not safe', async () => {
    const wrap = await fixture<HTMLElement>(html`<div></div>`);
    const errored = nextEvent<{ path?: string }>(wrap, 'sebaya-error');
    wrap.append(
      Object.assign(document.createElement('sebaya-crisis-help'), {
        config: { crisis: { quickExitUrl: 'javascript:alert(1)' } },
      }),
    );
    const el = wrap.firstElementChild as SebayaCrisisHelp;
    expect((await errored).detail.path).to.equal('crisis.quickExitUrl');
    await settled(el);
    expect(el.getAttribute('state')).to.equal('error');
    // The way out stays, to the harmless default.
    expect(shadow(el).querySelector<HTMLAnchorElement>('[part="exit"]')?.href).to.equal('https://www.bmkg.go.id/');
    await expect(el).to.be.accessible();
  });

  it('names a broken line to the site owner (event, console) and keeps the built-in lines for the visitor', async () => {
    const wrap = await fixture<HTMLElement>(html`<div></div>`);
    const errored = nextEvent<{ code: string; message: string; path?: string }>(wrap, 'sebaya-error');
    const el = Object.assign(document.createElement('sebaya-crisis-help'), {
      lang: 'id',
      config: { crisis: { lines: [{ name: 'Ok', phone: '119' }, { phone: 'call me' }] } },
    });
    wrap.append(el);
    const e = await errored;
    expect(e.detail.path).to.equal('crisis.lines[1].name');
    expect(e.detail.message).to.contain('crisis.lines[1].name: wajib diisi');
    await settled(el);
    // The visitor sees the panel as always — a number to call and a way out — not the technical detail.
    expect(textOf(el)).not.to.contain('crisis.lines');
    expect(shadow(el).querySelector('[part="exit"]')).to.exist;
    expect(links(el).map((l) => l.href)).to.include('tel:119,8');
    // The broken config's lines are not shown, not even the valid first one.
    expect(links(el).map((l) => l.href)).not.to.include('tel:119');
  });

  it('shows the site owner what is wrong in debug mode, beside the built-in lines', async () => {
    const el = await fixture<SebayaCrisisHelp>(
      html`<sebaya-crisis-help debug lang="en" .config=${{ crisis: { lines: [{ phone: 'call me' }] } }}></sebaya-crisis-help>`,
    );
    await settled(el);
    expect(el.getAttribute('state')).to.equal('error');
    const owner = shadow(el).querySelector('[part="owner"]');
    expect(owner?.textContent ?? '').to.contain('crisis.lines[0].name');
    // The visitor's part is the panel as always.
    expect(links(el).map((l) => l.href)).to.include('tel:119,8');
    expect(shadow(el).querySelector('[part="exit"]')).to.exist;
    await expect(el).to.be.accessible();
  });

  it('renders hostile names as text and drops hostile links', async () => {
    const strings = [...(await naughtyStrings()).slice(0, 120), ...(await xssPayloads()).slice(0, 60)].filter((s) =>
      s.trim(),
    );
    const lines = strings.map((name) => ({ name, website: name, description: name }));
    (window as unknown as { __pwned?: boolean }).__pwned = false;
    const el = await fixture<SebayaCrisisHelp>(
      html`<sebaya-crisis-help lang="en" .config=${{ crisis: { lines: lines.slice(0, 30) } }}></sebaya-crisis-help>`,
    );
    await settled(el);
    // The schema refuses unsafe websites, naming the first one; safe text still never becomes markup.
    const textOnly = await fixture<SebayaCrisisHelp>(
      html`<sebaya-crisis-help lang="en" .config=${{ crisis: { lines: strings.slice(0, 30).map((name) => ({ name, phone: '119' })) } }}></sebaya-crisis-help>`,
    );
    await settled(textOnly);
    expect(textOnly.getAttribute('state')).to.equal('ready');
    const root = shadow(textOnly);
    expect(root.querySelectorAll('script, img, svg, iframe, object, embed').length).to.equal(0);
    for (const a of root.querySelectorAll('a'))
      expect(a.getAttribute('href') ?? '').to.match(/^(https?:|tel:|mailto:|whatsapp:)/);
    expect((window as unknown as { __pwned?: boolean }).__pwned).to.equal(false);
    expect(el.getAttribute('state')).to.be.oneOf(['ready', 'error']);
  });
});

describe('<sebaya-crisis-help> details that build trust', () => {
  it('makes 112 a call link, also in a site owner’s own words, but not part of a longer number', async () => {
    const el = await fixture<SebayaCrisisHelp>(html`<sebaya-crisis-help lang="id"></sebaya-crisis-help>`);
    await settled(el);
    const emergency = links(el).find((l) => l.href === 'tel:112');
    expect(emergency?.text).to.equal('112');
    el.config = { messages: { id: { 'crisis.emergency': 'Darurat: 112 atau Puskesmas (0274) 123 456.' } } };
    await settled(el);
    expect(
      links(el)
        .filter((l) => l.href.startsWith('tel:'))
        .map((l) => l.href),
    ).to.deep.equal(['tel:119,8', 'tel:112']);
    expect(textOf(el)).to.contain('Darurat: 112 atau Puskesmas (0274) 123 456.');
  });

  it('gives each source link a target of at least 24×24 px and an address that does not undermine it', async () => {
    const el = await fixture<SebayaCrisisHelp>(html`<sebaya-crisis-help lang="id"></sebaya-crisis-help>`);
    await settled(el);
    const sources = [...shadow(el).querySelectorAll<HTMLAnchorElement>('.source a')];
    expect(sources.length).to.equal(2);
    for (const a of sources) {
      const r = a.getBoundingClientRect();
      expect(r.width, a.href).to.be.at.least(24);
      expect(r.height, a.href).to.be.at.least(24);
      expect(a.href).not.to.match(/tak-bisa|tidak-bisa|dihubungi|cannot|unreachable/i);
    }
    expect(textOf(el)).to.match(/diperiksa \d{1,2} \w{3} 20\d\d/);
  });

  it('mentions the Shift shortcut only where it works', async () => {
    const el = await fixture<SebayaCrisisHelp>(html`<sebaya-crisis-help lang="en"></sebaya-crisis-help>`);
    await settled(el);
    expect(textOf(el)).to.contain('Leaves this site at once. You can also press Shift three times.');
    const off = await fixture<SebayaCrisisHelp>(html`<sebaya-crisis-help lang="en" no-shortcut></sebaya-crisis-help>`);
    await settled(off);
    expect(textOf(off)).to.contain('Leaves this site at once.');
    expect(textOf(off)).not.to.contain('Shift');
  });
});
