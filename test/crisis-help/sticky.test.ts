import { expect, fixture, html } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import '../../src/crisis-help/define.js';
import type { SebayaCrisisHelp } from '../../src/crisis-help/crisis-help.js';
import { settled, shadow } from '../helpers/events.js';

const frames = (): Promise<void> => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => r())));
const inView = (r: DOMRect): boolean => r.top >= 0 && r.left >= 0 && r.bottom <= innerHeight && r.right <= innerWidth;
const overlap = (a: DOMRect, b: DOMRect): boolean =>
  a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

/** A long page (a form in the middle) with the sticky bar first, as the README says to put it. */
async function longPage(): Promise<{ page: HTMLElement; bar: SebayaCrisisHelp; fields: HTMLInputElement[] }> {
  const page = await fixture<HTMLElement>(html`<div lang="id">
    <sebaya-crisis-help layout="sticky"></sebaya-crisis-help>
    <div style="height: 2400px"></div>
    <form>${[1, 2, 3, 4, 5, 6].map((i) => html`<p style="margin: 0 0 300px"><label>Isian ${i} <input name=${`f${i}`} /></label></p>`)}</form>
    <div style="height: 2400px"></div>
  </div>`);
  const bar = page.querySelector<SebayaCrisisHelp>('sebaya-crisis-help')!;
  await settled(bar);
  // Its styles and scroll padding come with a small lazy chunk.
  while (getComputedStyle(bar).position !== 'sticky' || !document.documentElement.style.scrollPaddingTop)
    await frames();
  await frames();
  return { page, bar, fields: [...page.querySelectorAll('input')] };
}

describe('<sebaya-crisis-help layout="sticky">', () => {
  before(() => setViewport({ width: 360, height: 640 }));
  after(() => setViewport({ width: 800, height: 600 }));

  it('keeps the call link and the quick exit on screen mid-page, one compact row of ≥ 24 px targets', async () => {
    const { bar } = await longPage();
    window.scrollTo(0, 3000);
    await frames();
    const call = shadow(bar).querySelector('a[part="call"]')!.getBoundingClientRect();
    const exit = shadow(bar).querySelector('a[part="exit"]')!.getBoundingClientRect();
    expect(inView(call), 'call link in view').to.equal(true);
    expect(inView(exit), 'quick exit in view').to.equal(true);
    for (const r of [call, exit]) expect(Math.min(r.width, r.height)).to.be.at.least(24);
    // One row: both at the same height, and the bar takes little of a 640 px screen.
    expect(Math.abs(call.top - exit.top)).to.be.below(4);
    expect(bar.getBoundingClientRect().height).to.be.below(80);
    await expect(bar).to.be.accessible();
  });

  it('never hides a focused field: the page scrolls it clear of the bar', async () => {
    const { bar, fields } = await longPage();
    window.scrollTo(0, 3000);
    await frames();
    // Going back up the form (Shift+Tab, or a form that moves focus to an error) scrolls a field
    // above the screen to its top edge: without room kept for the bar it would sit under it.
    for (const field of fields) {
      field.focus();
      await frames();
      const barBox = bar.getBoundingClientRect();
      const box = field.getBoundingClientRect();
      expect(inView(box), `${field.name} in view`).to.equal(true);
      expect(overlap(box, barBox), `${field.name} under the bar`).to.equal(false);
      for (const part of ['call', 'exit'])
        expect(inView(shadow(bar).querySelector(`a[part="${part}"]`)!.getBoundingClientRect()), part).to.equal(true);
    }
    for (const field of [...fields].reverse()) {
      field.focus();
      await frames();
      expect(
        overlap(field.getBoundingClientRect(), bar.getBoundingClientRect()),
        `${field.name} under the bar`,
      ).to.equal(false);
    }
  });

  it('gives the page its scroll padding back when it leaves, and keeps a page’s own', async () => {
    const { page } = await longPage();
    expect(document.documentElement.style.scrollPaddingTop).to.match(/^\d+(\.\d+)?px$/);
    page.remove();
    await frames();
    expect(document.documentElement.style.scrollPaddingTop).to.equal('');
    document.documentElement.style.scrollPaddingTop = '5rem';
    try {
      const { bar } = await longPage();
      await frames();
      expect(document.documentElement.style.scrollPaddingTop).to.equal('5rem');
      expect(getComputedStyle(bar).position).to.equal('sticky');
    } finally {
      document.documentElement.style.scrollPaddingTop = '';
    }
  });
});
