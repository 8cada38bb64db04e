import { expect, fixture, html } from '@open-wc/testing';
import '../../src/crisis-help/define.js';
import { defineElement } from '../../src/core/define.js';
import { SebayaCrisisHelp } from '../../src/crisis-help/crisis-help.js';
import { links, nextEvent, settled, shadow, textOf } from '../helpers/events.js';

/** A panel whose validation chunk fails to load, as when `chunks/` was not copied beside sebaya.js. */
class ChunkLessPanel extends SebayaCrisisHelp {
  protected override readonly schema = () =>
    Promise.reject(new TypeError('Failed to fetch dynamically imported module: /chunks/schema.js'));
}
defineElement('test-chunkless-crisis-help', ChunkLessPanel);

/** A config URL nobody else on the page has asked for (each is fetched once per page). */
let n = 0;
const configUrl = (query: string): string => `/__test__/config?${query}&id=never-fails-${(n += 1)}-${Date.now()}`;

/** What a visitor must always get: the built-in line to call, at full size, and the way out — no error box. */
function expectBuiltInPanel(el: HTMLElement): void {
  const root = shadow(el);
  const call = root.querySelector<HTMLAnchorElement>('a[part="call"]');
  expect(call?.getAttribute('href')).to.equal('tel:119,8');
  expect(call!.getBoundingClientRect().height).to.be.at.least(44);
  expect(root.querySelector('section[aria-labelledby] h2')?.textContent).to.equal('Butuh bantuan sekarang?');
  expect(root.querySelector('a[part="exit"]')?.getAttribute('href')).to.equal('https://www.bmkg.go.id/');
  expect(root.querySelector('[role="alert"], [part="error"], [part="retry"]')).to.equal(null);
}

describe('<sebaya-crisis-help> never fails a visitor', () => {
  const cases: { name: string; code: RegExp; make: () => HTMLElement }[] = [
    {
      name: 'broken JSON at src',
      code: /^load-syntax$/,
      make: () => Object.assign(document.createElement('sebaya-crisis-help'), { src: configUrl('case=invalid-json') }),
    },
    {
      name: 'a wrong type in crisis',
      code: /^config-invalid$/,
      make: () =>
        Object.assign(document.createElement('sebaya-crisis-help'), { config: { crisis: { lines: 'SEJIWA 119' } } }),
    },
    {
      name: 'a failed fetch',
      code: /^load-http$/,
      make: () => Object.assign(document.createElement('sebaya-crisis-help'), { src: configUrl('case=500') }),
    },
    {
      name: 'a chunk that does not load',
      code: /^load-chunk$/,
      make: () => Object.assign(document.createElement('test-chunkless-crisis-help'), { src: configUrl('case=ok') }),
    },
  ];
  for (const c of cases) {
    it(`keeps the built-in lines and the quick exit on ${c.name}, and tells the site owner`, async () => {
      const wrap = await fixture<HTMLElement>(html`<div lang="id"></div>`);
      const errored = nextEvent<{ code: string; message: string }>(wrap, 'sebaya-error');
      const el = c.make() as SebayaCrisisHelp;
      wrap.append(el);
      expect((await errored).detail.code).to.match(c.code);
      await settled(el);
      expect(el.getAttribute('state')).to.equal('error');
      expectBuiltInPanel(el);
      await expect(el).to.be.accessible();
    });
  }

  it('keeps the compact bar a bar on a broken config', async () => {
    const wrap = await fixture<HTMLElement>(html`<div lang="id"></div>`);
    const errored = nextEvent(wrap, 'sebaya-error');
    wrap.append(
      Object.assign(document.createElement('sebaya-crisis-help'), {
        layout: 'bar',
        config: { crisis: { lines: [{ phone: 42 }] } },
      }),
    );
    await errored;
    const el = wrap.firstElementChild as SebayaCrisisHelp;
    await settled(el);
    expect(shadow(el).querySelector('aside[part="bar"]')).to.exist;
    expect(links(el).map((l) => l.href)).to.include.members(['tel:119,8', 'https://www.bmkg.go.id/']);
  });

  it('draws the built-in lines at once while the config loads, then the config’s, without moving focus or announcing', async () => {
    const el = await fixture<SebayaCrisisHelp>(
      html`<sebaya-crisis-help lang="en" src=${configUrl('case=alt&delay=1500')}></sebaya-crisis-help>`,
    );
    let ready = 0;
    el.addEventListener('sebaya-ready', () => (ready += 1));
    // Loading: the national line to call and the way out are there, and nothing says "loading".
    expect(el.getAttribute('state')).to.equal('loading');
    const call = shadow(el).querySelector<HTMLAnchorElement>('a[part="call"]')!;
    expect(call.getAttribute('href')).to.equal('tel:119,8');
    expect(shadow(el).querySelector('a[part="exit"]')).to.exist;
    expect(shadow(el).querySelector('[role="status"], [aria-live], [aria-busy]')).to.equal(null);
    expect(textOf(el)).not.to.match(/Loading|Memuat/);
    call.focus();
    await settled(el);
    // Ready: the config's line replaces it in place; the visitor's focus stays on the call link.
    expect(links(el).map((l) => l.href))
      .to.include('tel:112')
      .and.not.include('tel:119,8');
    expect(textOf(el)).to.contain('Alternative line');
    expect(shadow(el).activeElement).to.equal(call);
    expect(call.getAttribute('href')).to.equal('tel:112');
    expect(ready).to.equal(1);
    await expect(el).to.be.accessible();
  });
});
