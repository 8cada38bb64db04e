import { expect, fixture, html } from '@open-wc/testing';
import '../../src/crisis-help/define.js';
import type { SebayaCrisisHelp } from '../../src/crisis-help/crisis-help.js';
import { links, nextEvent, settled, shadow, textOf } from '../helpers/events.js';

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
    await expect(el).to.be.accessible();
  });
});
