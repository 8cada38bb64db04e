import type { CrisisLine } from './config/schema.js';

type DefaultLineKey = 'crisis.sejiwa.name' | 'crisis.sejiwa.about' | 'crisis.healing119.about';

/**
 * Built-in Indonesian crisis services, used when a config names none.
 *
 * Every entry cites the public page it was taken from and the date of the latest public report
 * we read that confirmed the service was running (`checked`). Numbers change: teams should
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
        label: 'Tribun Jabar / Kemenkes',
        url: 'https://jabar.tribunnews.com/2024/03/14/viral-unggahan-keluhan-soal-hotline-kesehatan-jiwa-119-tak-bisa-dihubungi-kemenkes-buka-suara',
        checked: '2024-03-14',
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
