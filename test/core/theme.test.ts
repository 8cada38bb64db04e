import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import '../../src/crisis-help/define.js';
import '../../src/calendar/define.js';
import type { SebayaCalendar } from '../../src/calendar/calendar.js';
import type { SebayaCrisisHelp } from '../../src/crisis-help/crisis-help.js';
import { settled, shadow } from '../helpers/events.js';

const WHITE = 'rgb(255, 255, 255)';
const DARK = 'rgb(21, 25, 31)';

/** The colour a visitor sees behind an element's content. */
const surface = (el: HTMLElement): string => getComputedStyle(shadow(el).querySelector('.root')!).backgroundColor;

/** WCAG relative luminance and contrast ratio of `rgb(r, g, b)` colours. */
const luminance = (rgb: string): number =>
  (rgb.match(/\d+(\.\d+)?/g) ?? [])
    .slice(0, 3)
    .map(Number)
    .map((c) => (c / 255 <= 0.03928 ? c / 255 / 12.92 : ((c / 255 + 0.055) / 1.055) ** 2.4))
    .reduce((s, c, i) => s + c * [0.2126, 0.7152, 0.0722][i]!, 0);
const contrast = (a: string, b: string): number => {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
};

async function panelIn(pageScheme: string | undefined, theme?: string): Promise<SebayaCrisisHelp> {
  const page = await fixture<HTMLElement>(
    html`<div style=${pageScheme ? `color-scheme: ${pageScheme}` : ''}><sebaya-crisis-help lang="id" theme=${theme ?? 'auto'}></sebaya-crisis-help></div>`,
  );
  const el = page.querySelector<SebayaCrisisHelp>('sebaya-crisis-help')!;
  await settled(el);
  return el;
}

describe('theme follows the host page, not only the device', () => {
  afterEach(() => emulateMedia({ colorScheme: 'light' }));

  it('stays light on a dark-mode phone when the page declares no colour scheme', async () => {
    await emulateMedia({ colorScheme: 'dark' });
    expect(surface(await panelIn(undefined))).to.equal(WHITE);
    expect(surface(await panelIn('normal'))).to.equal(WHITE);
    expect(surface(await panelIn('light'))).to.equal(WHITE);
  });

  it('follows the device on a `light dark` page', async () => {
    await emulateMedia({ colorScheme: 'dark' });
    const el = await panelIn('light dark');
    expect(surface(el)).to.equal(DARK);
    await expect(el).to.be.accessible();
    await emulateMedia({ colorScheme: 'light' });
    expect(surface(el)).to.equal(WHITE);
  });

  it('is dark on a dark page whatever the device', async () => {
    await emulateMedia({ colorScheme: 'light' });
    expect(surface(await panelIn('dark'))).to.equal(DARK);
  });

  it('lets theme="light" and theme="dark" win over the page', async () => {
    await emulateMedia({ colorScheme: 'dark' });
    expect(surface(await panelIn('light dark', 'light'))).to.equal(WHITE);
    await emulateMedia({ colorScheme: 'light' });
    const dark = await panelIn(undefined, 'dark');
    expect(surface(dark)).to.equal(DARK);
    // Links and the call button are worded in the dark colours too.
    expect(getComputedStyle(shadow(dark).querySelector('a[part="call"]')!).backgroundColor).to.equal(
      'rgb(255, 157, 151)',
    );
  });
});

describe('category colours', () => {
  it('pass 3:1 against the light and the dark surfaces (and their muted variants)', async () => {
    const categories = Array.from({ length: 8 }, (_, i) => ({ id: `c${i}`, label: `Kategori ${i + 1}` }));
    for (const theme of ['light', 'dark']) {
      const el = await fixture<SebayaCalendar>(
        html`<sebaya-calendar lang="id" theme=${theme} .config=${{ calendar: { categories, sources: [{ events: [] }] } }}></sebaya-calendar>`,
      );
      await settled(el);
      const root = shadow(el).querySelector('.root')!;
      const bg = getComputedStyle(root).backgroundColor;
      const muted = getComputedStyle(root).getPropertyValue('--_sebaya-bg-muted').trim();
      // The muted surface as the browser resolves it (through light-dark()).
      const probe = root.appendChild(document.createElement('span'));
      probe.style.color = muted;
      const mutedRgb = getComputedStyle(probe).color;
      probe.remove();
      const swatches = [...shadow(el).querySelectorAll('.filters .swatch')];
      expect(swatches.length).to.equal(8);
      for (const s of swatches) {
        const c = getComputedStyle(s).backgroundColor;
        expect(contrast(c, bg), `${theme} ${c} on ${bg}`).to.be.at.least(3);
        expect(contrast(c, mutedRgb), `${theme} ${c} on ${mutedRgb}`).to.be.at.least(3);
      }
    }
  });
});
