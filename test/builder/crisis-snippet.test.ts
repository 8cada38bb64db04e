/**
 * The crisis panel's snippet carries links shown before the script runs. Without lines of its own
 * they are the panel's built-in ones (core/crisis-lines.ts `defaultCrisisLines`), in the panel's
 * words: the snippet and the panel never disagree.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/crisis-help/define.js';
import { snippets } from '../../src/builder/views.js';
import { defaultCrisisLines } from '../../src/core/crisis-lines.js';
import { createTranslator } from '../../src/core/i18n/localize.js';
import { coreEn } from '../../src/core/i18n/messages-en.js';
import { coreId } from '../../src/core/i18n/messages.js';
import { safeUrl, telUrl } from '../../src/core/safe-url.js';

/** The links inside the crisis panel's tag of the plain-HTML snippet. */
function fallbackLinks(config: Record<string, unknown>, lang: 'id' | 'en') {
  const page = new DOMParser().parseFromString(snippets(config, '', lang).static ?? '', 'text/html');
  return [...page.querySelectorAll('sebaya-crisis-help a')].map((a) => ({
    href: a.getAttribute('href') ?? '',
    text: a.textContent ?? '',
  }));
}

describe('builder: the crisis snippet’s fallback links', () => {
  for (const lang of ['id', 'en'] as const) {
    it(`without crisis lines, name exactly the panel’s first two built-in lines (${lang})`, async () => {
      const t = createTranslator<string>(lang, [{ id: coreId, en: coreEn }]);
      const [first, second] = defaultCrisisLines(t);
      const links = fallbackLinks({}, lang);
      expect(links).to.have.length(3);
      expect(links.map((l) => l.href)).to.deep.equal([
        telUrl(first!.phone!, first!.extension),
        safeUrl(second!.website),
        'https://www.bmkg.go.id/',
      ]);
      expect(links[0]!.text).to.contain(first!.name);
      expect(links[0]!.text).to.contain(`${first!.phone} ${t('crisis.extension', { extension: first!.extension! })}`);
      expect(links[1]!.text).to.contain(second!.name);
      expect(links[2]!.text).to.equal(t('crisis.exit'));

      // The panel itself, with no config, offers the same two lines at the same addresses.
      const panel = await fixture<HTMLElement & { updateComplete: Promise<unknown> }>(
        html`<sebaya-crisis-help lang=${lang}></sebaya-crisis-help>`,
      );
      await panel.updateComplete;
      const shown = [...panel.shadowRoot!.querySelectorAll('a')].map((a) => a.getAttribute('href'));
      for (const link of links.slice(0, 2)) expect(shown, link.href).to.include(link.href);
      const text = panel.shadowRoot!.textContent ?? '';
      expect(text).to.contain(first!.name);
      expect(text).to.contain(second!.name);
    });
  }

  it('follow the owner’s rewording of the built-in lines, as the panel does', () => {
    const links = fallbackLinks({ messages: { en: { 'crisis.sejiwa.name': 'SEJIWA helpline' } } }, 'en');
    expect(links[0]!.text).to.equal('SEJIWA helpline: Call 119 ext. 8');
  });

  it('use the config’s own lines when it has them', () => {
    const links = fallbackLinks(
      {
        crisis: {
          lines: [
            { name: 'Relawan Ngunut', whatsapp: '+62 812-0000-0000' },
            { name: 'Puskesmas', phone: '(0274) 391021' },
          ],
        },
      },
      'id',
    );
    expect(links.map((l) => l.text)).to.deep.equal([
      'Relawan Ngunut: WhatsApp +62 812-0000-0000',
      'Puskesmas: Telepon (0274) 391021',
      'Keluar cepat',
    ]);
  });
});
