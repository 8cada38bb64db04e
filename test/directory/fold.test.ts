import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/directory/define.js';
import type { SebayaDirectory } from '../../src/directory/directory.js';
import { settled, shadow } from '../helpers/events.js';
import { MONDAY_9, baseConfig } from './config.js';
import { allByRole, byRole, isShown, measured } from './page.js';

/** A directory in a box `width` px wide (a phone is 360), measured and drawn. */
async function mountAt(width: number, config: unknown = baseConfig()): Promise<SebayaDirectory> {
  const wrap = await fixture<HTMLDivElement>(
    html`<div style=${`width: ${width}px`}><sebaya-directory lang="id" hash-key="" .now=${MONDAY_9} .config=${config}></sebaya-directory></div>`,
  );
  const el = wrap.querySelector<SebayaDirectory>('sebaya-directory')!;
  await settled(el);
  await measured(el);
  return el;
}

const FILTERS = ['Kategori', 'Wilayah', 'Bahasa'];

describe('<sebaya-directory> filters on a phone', () => {
  it('folds the filters behind one "Filters" button on a phone, leaving the search in view', async () => {
    const el = await mountAt(360);
    const toggle = byRole(el, 'button', 'Saringan');
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    expect(toggle.getAttribute('aria-controls')).to.equal('filters');
    expect(byRole(el, 'searchbox', 'Cari')).to.exist;
    for (const name of FILTERS) expect(allByRole(el, 'combobox', name), name).to.have.length(0);
    expect(allByRole(el, 'checkbox', /Buka sekarang/)).to.have.length(0);
    // The button and the first place are on the first screen: the filters no longer fill it.
    const first = shadow(el).querySelector('.resource')!;
    expect(first.getBoundingClientRect().top - el.getBoundingClientRect().top).to.be.below(300);
    const box = toggle.getBoundingClientRect();
    expect(Math.min(box.width, box.height)).to.be.at.least(24);
    await expect(el).to.be.accessible();

    toggle.click();
    await el.updateComplete;
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    for (const name of FILTERS) expect(isShown(byRole(el, 'combobox', name)), name).to.equal(true);
    expect(isShown(byRole(el, 'checkbox', /Buka sekarang/))).to.equal(true);
    await expect(el).to.be.accessible();
  });

  it('counts the filters in use on the button, also when folded', async () => {
    const el = await mountAt(360);
    byRole(el, 'button', 'Saringan').click();
    await el.updateComplete;
    const category = byRole(el, 'combobox', 'Kategori') as HTMLSelectElement;
    category.value = 'puskesmas';
    category.dispatchEvent(new Event('change', { bubbles: true }));
    await el.updateComplete;
    byRole(el, 'checkbox', /Buka sekarang/).click();
    await el.updateComplete;
    const toggle = byRole(el, 'button', 'Saringan (2 aktif)');
    toggle.click();
    await el.updateComplete;
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    expect(allByRole(el, 'combobox', 'Kategori')).to.have.length(0);
    expect(byRole(el, 'button', 'Saringan (2 aktif)')).to.equal(toggle);
    await expect(el).to.be.accessible();
  });

  it('works with the keyboard: Enter unfolds, Tab goes on into the filters', async () => {
    const el = await mountAt(360);
    byRole(el, 'searchbox', 'Cari').focus();
    await sendKeys({ press: 'Tab' });
    const toggle = shadow(el).activeElement as HTMLElement;
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    await sendKeys({ press: 'Tab' });
    expect(shadow(el).activeElement).to.equal(byRole(el, 'combobox', 'Kategori'));
    // Space folds it again from the button.
    toggle.focus();
    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
  });

  it('speaks English', async () => {
    const el = await mountAt(360);
    el.lang = 'en';
    await settled(el);
    expect(byRole(el, 'button', 'Filters')).to.exist;
  });

  it('shows the filters unfolded, with no button, on a wide screen', async () => {
    const el = await mountAt(900);
    expect(allByRole(el, 'button', /^Saringan/, { hidden: true })).to.have.length(0);
    for (const name of FILTERS) expect(isShown(byRole(el, 'combobox', name)), name).to.equal(true);
  });
});
