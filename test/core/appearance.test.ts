/**
 * `appearance`: the site's accent colour from the config (issue #17, the builder's "appearance"
 * task), for owners who cannot add CSS to their site. It reaches the buttons in light and dark,
 * yields to the page's own CSS, and a colour too faint to read is refused with a located message
 * while the crisis panel still shows its lines.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/crisis-help/define.js';
import '../../src/quiz/define.js';
import type { SebayaCrisisHelp } from '../../src/crisis-help/crisis-help.js';
import type { SebayaQuiz } from '../../src/quiz/quiz.js';
import { lowestContrast, LIGHT_AGAINST } from '../../src/core/config/appearance.js';
import { settled, shadow, textOf } from '../helpers/events.js';

/** The "open Healing119.id" button: an outlined button in the accent colour. */
const accentButton = (el: HTMLElement): HTMLElement => {
  const found = [...shadow(el).querySelectorAll<HTMLElement>('a.button')].find((a) =>
    a.textContent?.includes('Healing119'),
  );
  if (!found) throw new Error('no accent button');
  return found;
};

async function panel(config: unknown, attrs: { theme?: string; style?: string } = {}): Promise<SebayaCrisisHelp> {
  const el = await fixture<SebayaCrisisHelp>(
    html`<sebaya-crisis-help lang="en" theme=${attrs.theme ?? 'light'} style=${attrs.style ?? ''}></sebaya-crisis-help>`,
  );
  el.config = config;
  await settled(el);
  return el;
}

describe('appearance: the site’s accent colour', () => {
  it('colours the elements’ buttons in light and in dark, and is accessible', async () => {
    const config = { appearance: { accent: '#7a1f5c', accentDark: '#f0a8d8' } };
    const light = await panel(config);
    expect(getComputedStyle(accentButton(light)).color).to.equal('rgb(122, 31, 92)');
    await expect(light).to.be.accessible();
    const dark = await panel(config, { theme: 'dark' });
    expect(getComputedStyle(accentButton(dark)).color).to.equal('rgb(240, 168, 216)');
    await expect(dark).to.be.accessible();
  });

  it('yields to the page’s own --sebaya-color-accent, and goes when the config drops it', async () => {
    const el = await panel({ appearance: { accent: '#7a1f5c' } }, { style: '--sebaya-color-accent: #123456' });
    expect(getComputedStyle(accentButton(el)).color).to.equal('rgb(18, 52, 86)');
    el.style.removeProperty('--sebaya-color-accent');
    expect(getComputedStyle(accentButton(el)).color).to.equal('rgb(122, 31, 92)');
    el.config = {};
    await settled(el);
    expect(getComputedStyle(accentButton(el)).color).to.equal('rgb(11, 107, 93)');
  });

  it('refuses a colour too faint to read, naming where, and the crisis panel still shows its lines', async () => {
    expect(lowestContrast('#ffd400', LIGHT_AGAINST)).to.be.below(2);
    const quiz = await fixture<SebayaQuiz>(html`<sebaya-quiz lang="en" debug></sebaya-quiz>`);
    quiz.config = { appearance: { accent: '#ffd400' } };
    await settled(quiz);
    expect(quiz.getAttribute('state')).to.equal('error');
    expect(textOf(quiz)).to.contain('appearance.accent');
    expect(textOf(quiz)).to.contain('4.5:1');
    const crisis = await panel({ appearance: { accent: '#ffd400' } });
    expect(textOf(crisis)).to.contain('119');
    // The faint colour never reached a style.
    expect(crisis.style.getPropertyValue('--_sebaya-config-accent')).to.equal('');
  });

  it('takes only #rrggbb: a colour name or anything else is refused and never reaches a style', async () => {
    for (const accent of ['teal', '#123', 'red; background: url(https://tracker.example/)', 'var(--x)']) {
      const quiz = await fixture<SebayaQuiz>(html`<sebaya-quiz lang="id" debug></sebaya-quiz>`);
      quiz.config = { appearance: { accent } };
      await settled(quiz);
      expect(quiz.getAttribute('state'), accent).to.equal('error');
      expect(textOf(quiz)).to.contain('#rrggbb');
      expect(quiz.getAttribute('style') ?? '').not.to.contain('config-accent');
    }
  });
});
