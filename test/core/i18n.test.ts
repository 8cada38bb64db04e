import { expect } from '@open-wc/testing';
import { createTranslator, formatMessage, resolveText } from '../../src/core/i18n/localize.js';
import { coreId } from '../../src/core/i18n/messages.js';
import { coreEn } from '../../src/core/i18n/messages-en.js';
import { formatDate } from '../../src/core/i18n/format.js';

describe('i18n', () => {
  it('resolves localised text with fallbacks', () => {
    const t = { id: 'Kelompok dukungan sebaya', en: 'Peer support group' };
    expect(resolveText(t, 'en')).to.equal('Peer support group');
    expect(resolveText(t, 'en-GB')).to.equal('Peer support group');
    expect(resolveText(t, 'jv', ['id'])).to.equal('Kelompok dukungan sebaya');
    expect(resolveText({ en: 'Only English' }, 'id', ['id'])).to.equal('Only English');
    expect(resolveText('plain', 'en')).to.equal('plain');
    expect(resolveText(undefined, 'en')).to.equal('');
  });

  it('has every core key in Indonesian', () => {
    expect(Object.keys(coreId).sort()).to.deep.equal(Object.keys(coreEn).sort());
  });

  it('fills placeholders and plural forms', () => {
    expect(formatMessage({ one: '{count} problem', other: '{count} problems' }, 'en', { count: 1 })).to.equal(
      '1 problem',
    );
    expect(formatMessage({ one: '{count} problem', other: '{count} problems' }, 'en', { count: 3 })).to.equal(
      '3 problems',
    );
    expect(formatMessage('Halo {name}', 'id', { name: 'Sari' })).to.equal('Halo Sari');
    expect(formatMessage('Keep {unknown}', 'id', {})).to.equal('Keep {unknown}');
  });

  it('lets site owners override and add languages', () => {
    const t = createTranslator(
      'jv',
      [
        { jv: { 'core.loading': 'Ngentosi…' }, id: { 'core.error.retry': 'Ulangi' } },
        { id: coreId, en: coreEn },
      ],
      ['id'],
    );
    expect(t('core.loading')).to.equal('Ngentosi…');
    expect(t('core.error.retry')).to.equal('Ulangi');
    expect(t('core.error.title')).to.equal(coreId['core.error.title']);
  });

  it('formats dates in the site time zone, whatever the browser zone', () => {
    const d = new Date('2026-12-08T02:30:00Z'); // 09:30 WIB
    expect(formatDate(d, 'id', 'Asia/Jakarta', { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' })).to.equal(
      '09.30',
    );
    expect(formatDate(d, 'en', 'Asia/Jayapura', { hour: 'numeric', minute: '2-digit', hour12: false })).to.equal(
      '11:30',
    );
  });
});

describe('English as a lazy chunk', () => {
  it('is loaded for an English element before it says it is ready, and on a switch before updateComplete', async () => {
    await import('../../src/crisis-help/define.js');
    const shadowText = (el: Element) => el.shadowRoot?.textContent?.replace(/\s+/g, ' ') ?? '';
    const en = document.createElement('sebaya-crisis-help');
    en.setAttribute('lang', 'en');
    const ready = new Promise<string>((resolve) =>
      en.addEventListener('sebaya-ready', () => resolve(shadowText(en)), { once: true }),
    );
    document.body.append(en);
    // At the moment `sebaya-ready` fires, the English words are already on screen.
    expect(await ready)
      .to.contain('Need help now?')
      .and.not.contain('Butuh bantuan sekarang?');

    const id = document.createElement('sebaya-crisis-help');
    const idReady = new Promise((resolve) => id.addEventListener('sebaya-ready', resolve, { once: true }));
    document.body.append(id);
    await idReady;
    expect(shadowText(id)).to.contain('Butuh bantuan sekarang?');
    id.setAttribute('lang', 'en-GB');
    await (id as unknown as { updateComplete: Promise<boolean> }).updateComplete;
    expect(shadowText(id)).to.contain('Need help now?');
    en.remove();
    id.remove();
  });
});
