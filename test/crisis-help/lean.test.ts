import { expect, fixture, html } from '@open-wc/testing';
import { render } from 'lit';
import '../../src/crisis-help/define.js';
import type { SebayaCrisisHelp } from '../../src/crisis-help/crisis-help.js';
import { nextEvent, settled, textOf } from '../helpers/events.js';

/**
 * The crisis panel on its built-in lines must stay small: config reading (fetching, the saved copy,
 * JSON error positions, their words) and validation are lazy chunks it requests only when it has a
 * config. Each test file runs in a fresh page, so the resource list shows what this one loaded.
 */
const requested = (name: string): boolean =>
  performance.getEntriesByType('resource').some((e) => new URL(e.name).pathname.endsWith(name));

describe('<sebaya-crisis-help> without a config', () => {
  it('shows the lines without loading the config-reading or validation modules', async () => {
    const el = await fixture<SebayaCrisisHelp>(html`<sebaya-crisis-help lang="id"></sebaya-crisis-help>`);
    await settled(el);
    expect(el.getAttribute('state')).to.equal('ready');
    expect(textOf(el)).to.contain('SEJIWA');
    for (const module of [
      '/core/config/source.ts',
      '/core/config/load.ts',
      '/core/net/fetch-text.ts',
      '/core/net/cache.ts',
      '/core/config/json-error.ts',
      '/core/config/check.ts',
      'valibot.js',
    ]) {
      expect(requested(module), module).to.equal(false);
    }
  });

  it('loads them once a config arrives, and words a broken inline config with them for the site owner', async () => {
    const wrap = await fixture<HTMLElement>(html`<div></div>`);
    const errored = nextEvent<{ message: string }>(wrap, 'sebaya-error');
    render(
      html`<sebaya-crisis-help lang="en"><script type="application/json">{ "crisis": { "lines": [ }</script></sebaya-crisis-help>`,
      wrap,
    );
    expect((await errored).detail.message).to.contain(
      'The config written in this page is not valid JSON: unexpected "}" (line 1, column 26)',
    );
    const el = wrap.querySelector<SebayaCrisisHelp>('sebaya-crisis-help')!;
    await settled(el);
    expect(el.getAttribute('state')).to.equal('error');
    expect(requested('/core/config/source.ts')).to.equal(true);
    // The visitor keeps the built-in lines, in English.
    expect(textOf(el)).to.contain('Call 119 ext. 8');
    expect(textOf(el)).not.to.contain('JSON');
  });

  it('names a broken inline config in the language shown, also after a switch', async () => {
    const wrap = await fixture<HTMLElement>(html`<div></div>`);
    let errored = nextEvent<{ message: string }>(wrap, 'sebaya-error');
    render(
      html`<sebaya-crisis-help lang="id"><script type="application/json">{ "crisis": </script></sebaya-crisis-help>`,
      wrap,
    );
    expect((await errored).detail.message).to.contain(
      'Konfigurasi yang ditulis di halaman ini bukan JSON yang benar: akhir berkas tidak terduga',
    );
    const el = wrap.querySelector<SebayaCrisisHelp>('sebaya-crisis-help')!;
    await settled(el);
    errored = nextEvent<{ message: string }>(wrap, 'sebaya-error');
    el.lang = 'en';
    el.reload();
    expect((await errored).detail.message).to.contain(
      'The config written in this page is not valid JSON: unexpected end of file',
    );
    await settled(el);
    expect(textOf(el)).to.contain('Quick exit');
    expect(textOf(el)).not.to.match(/halaman|berkas|Keluar/);
  });
});
