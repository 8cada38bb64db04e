import { expect, fixture, html } from '@open-wc/testing';
import '../../src/crisis-help/define.js';
import { upgradePlaceholders } from '../../src/core/placeholders.js';
import type { SebayaCrisisHelp } from '../../src/crisis-help/crisis-help.js';
import { settled, textOf } from '../helpers/events.js';

describe('data-sebaya placeholders', () => {
  it('become the element in place, each data-* attribute its attribute', async () => {
    const wrap = await fixture<HTMLElement>(html`<article>
      <p>before</p>
      <div data-sebaya="crisis-help" data-lang="en" data-layout="bar" data-no-shortcut="" id="help" class="x"><a href="https://www.bmkg.go.id/">Quick exit</a></div>
      <p>after</p>
    </article>`);
    upgradePlaceholders(wrap);
    const el = wrap.querySelector('sebaya-crisis-help') as SebayaCrisisHelp;
    expect(el).to.exist;
    expect(wrap.children[1]).to.equal(el);
    expect(el.getAttribute('lang')).to.equal('en');
    expect(el.getAttribute('layout')).to.equal('bar');
    expect(el.hasAttribute('no-shortcut')).to.equal(true);
    expect(el.id).to.equal('help');
    expect(wrap.querySelector('[data-sebaya]')).to.equal(null);
    await settled(el);
    expect(textOf(el)).to.contain('Need help now?');
    expect(el.querySelector('a')?.getAttribute('href')).to.equal('https://www.bmkg.go.id/'); // fallback kept, hidden
  });

  it('reads JSON a sanitiser left as text, also HTML-escaped or in CDATA', async () => {
    const wrap = await fixture<HTMLElement>(html`<div></div>`);
    wrap.innerHTML = `<div data-sebaya="crisis-help" data-lang="en">{ "crisis": { "lines": [ { "name": "Escaped &amp; kept", "phone": "112" } ] } }</div>
      <div data-sebaya="crisis-help" data-lang="en"><![CDATA[{ "crisis": { "lines": [ { "name": "In CDATA", "phone": "112" } ] } }]]></div>`;
    upgradePlaceholders(wrap);
    const [a, b] = [...wrap.querySelectorAll('sebaya-crisis-help')] as SebayaCrisisHelp[];
    await settled(a!);
    await settled(b!);
    expect(textOf(a!)).to.contain('Escaped & kept');
    expect(b!.getAttribute('state')).to.equal('ready');
  });

  it('upgrades placeholders added to the page later', async () => {
    upgradePlaceholders();
    const wrap = await fixture<HTMLElement>(html`<div></div>`);
    const late = document.createElement('div');
    late.setAttribute('data-sebaya', 'crisis-help');
    wrap.append(late);
    await new Promise((r) => setTimeout(r, 0));
    expect(wrap.querySelector('sebaya-crisis-help')).to.exist;
  });

  it('ignores names that are not element names', async () => {
    const wrap = await fixture<HTMLElement>(html`<div><div data-sebaya="x onload=alert(1)"></div><div data-sebaya=""></div></div>`);
    upgradePlaceholders(wrap);
    expect(wrap.querySelectorAll('[data-sebaya]').length).to.equal(2);
  });
});
