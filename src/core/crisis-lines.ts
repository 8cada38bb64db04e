import { html, nothing, type TemplateResult } from 'lit';
import type { CrisisLine } from './config/schema.js';
import type { Params } from './i18n/catalog.js';
import type { LocalizedText } from './i18n/localize.js';
import type { CoreKey } from './i18n/messages.js';
import { safeUrl, telUrl, whatsappUrl } from './safe-url.js';

type DefaultLineKey = 'crisis.sejiwa.name' | 'crisis.sejiwa.about' | 'crisis.healing119.about';

/**
 * Built-in Indonesian crisis services, used when a config names none.
 *
 * Every entry cites the public page it was taken from and the date of the latest public report
 * we read that confirmed the service was running (`checked`). SEJIWA's cites the state news
 * agency's report of the Presidential Staff Office's statement on relaunching SEJIWA with HIMPSI
 * (no page of the Ministry's own about 119 ext. 8 was found; replace it with one when there is,
 * and never with an article whose address says the line cannot be reached). Numbers change: teams should
 * set `crisis.lines` for their own area. Never add 500-454 (the old ASA hotline closed in 2014)
 * or attribute 119 ext 8 to anyone but SEJIWA/Kemenkes.
 *
 * Their words are messages of the core catalog (`crisis.sejiwa.*`, `crisis.healing119.*`), so the
 * English ones load with the English chunk and a site owner can reword them in `config.messages`.
 * Both services are free; neither source gives opening hours, so none are shown.
 */
export function defaultCrisisLines(t: (key: DefaultLineKey) => string): readonly CrisisLine[] {
  return [
    {
      id: 'sejiwa',
      name: t('crisis.sejiwa.name'),
      phone: '119',
      extension: '8',
      description: t('crisis.sejiwa.about'),
      source: {
        label: 'ANTARA, siaran pers Kantor Staf Presiden',
        url: 'https://m.antaranews.com/amp/berita/3278767/moeldoko-minta-bantuan-psikologi-sejiwa-perluas-layanan',
        checked: '2022-12-01',
      },
    },
    {
      id: 'healing119',
      name: 'Healing119.id',
      website: 'https://healing119.id',
      description: t('crisis.healing119.about'),
      source: {
        label: 'Kemenkes — Kesehatan Primer dan Komunitas',
        url: 'https://kesprimkom.kemkes.go.id/konten/158/151/0/cegah-bunuh-diri-dukung-kesehatan-jiwa-kenali-layanan-healing119-id',
        checked: '2025-12-01',
      },
    },
  ];
}

/** A harmless page to leave to when nobody configured one: the national weather service. */
export const DEFAULT_QUICK_EXIT_URL = 'https://www.bmkg.go.id/';

/**
 * A sentence with its short emergency numbers (`112`, `119`: three digits standing alone, not part
 * of a longer number) as call links, the rest as text — for the "in an emergency call 112" line,
 * whichever words a site owner gives it.
 */
export const linkShortNumbers = (text: string): (string | TemplateResult)[] =>
  text
    .split(/(?<!\d[\s-]?)\b(\d{3})\b(?![\s-]?\d)/)
    .map((part, i) => (i % 2 ? html`<a href="tel:${part}">${part}</a>` : part));

/** What wording a line needs: an element's `Localize` controller (`this.i18n`). */
export interface LineWords {
  t(key: CoreKey, params?: Params): string;
  text(value: LocalizedText | undefined | null): string;
}

/**
 * The ways to reach a crisis line, the same wherever lines are offered (the crisis panel, the
 * support form's "need help now" box, the directory): call (its number as people dial it:
 * `119 ekstensi 8`), WhatsApp, else its website. `compact` leaves the WhatsApp number out of its button.
 */
export function lineActions(i18n: LineWords, line: CrisisLine, compact = false): TemplateResult {
  const name = i18n.text(line.name);
  const tel = line.phone ? telUrl(line.phone, line.extension) : undefined;
  const wa = line.whatsapp ? whatsappUrl(line.whatsapp) : undefined;
  const web = safeUrl(line.website);
  const dial = line.phone
    ? `${line.phone}${line.extension ? ` ${i18n.t('crisis.extension', { extension: line.extension })}` : ''}`
    : '';
  const call = i18n.t('crisis.call', { name: dial });
  return html`${tel ? html`<a class="button call" part="call" href=${tel} aria-label=${`${call} — ${name}`}><span aria-hidden="true">☎</span> ${call}</a>` : nothing}
    ${wa ? html`<a class="button" part="whatsapp" href=${wa} rel="noopener noreferrer" target="_blank">${i18n.t('crisis.whatsapp', { name: compact ? '' : (line.whatsapp ?? '') })}</a>` : nothing}
    ${web && !tel ? html`<a class="button" part="website" href=${web} rel="noopener noreferrer" target="_blank">${i18n.t('crisis.website', { name })}</a>` : nothing}`;
}
