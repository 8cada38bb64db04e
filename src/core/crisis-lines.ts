import type { CrisisLine } from './config/schema.js';

/**
 * Built-in Indonesian crisis services, used when a config names none.
 *
 * Every entry cites the public page it was taken from and the date of the latest public report
 * we read that confirmed the service was running (`checked`). Numbers change: teams should
 * set `crisis.lines` for their own area. Never add 500-454 (the old ASA hotline closed in 2014)
 * or attribute 119 ext 8 to anyone but SEJIWA/Kemenkes.
 */
export const DEFAULT_CRISIS_LINES: readonly CrisisLine[] = [
  {
    id: 'sejiwa',
    name: { id: 'SEJIWA — Layanan Sehat Jiwa (119 ekstensi 8)', en: 'SEJIWA — mental-health counselling line (119 ext. 8)' },
    phone: '119',
    extension: '8',
    hours: { id: 'Gratis', en: 'Free' },
    description: {
      id: 'Layanan konseling psikologi lewat telepon dari HIMPSI bersama Kemenkes.',
      en: 'Psychological counselling by phone, run by HIMPSI with the Ministry of Health.',
    },
    source: {
      label: 'Tribun Jabar / Kemenkes, 14 Mar 2024',
      url: 'https://jabar.tribunnews.com/2024/03/14/viral-unggahan-keluhan-soal-hotline-kesehatan-jiwa-119-tak-bisa-dihubungi-kemenkes-buka-suara',
      checked: '2024-03-14',
    },
  },
  {
    id: 'healing119',
    name: 'Healing119.id',
    website: 'https://healing119.id',
    hours: { id: 'Gratis dan anonim', en: 'Free and anonymous' },
    description: {
      id: 'Layanan Kemenkes untuk pencegahan bunuh diri: situs web, WhatsApp, dan panggilan darurat.',
      en: 'Ministry of Health suicide-prevention service: website, WhatsApp and emergency calls.',
    },
    source: {
      label: 'Kemenkes — Kesehatan Primer dan Komunitas',
      url: 'https://kesprimkom.kemkes.go.id/konten/158/151/0/cegah-bunuh-diri-dukung-kesehatan-jiwa-kenali-layanan-healing119-id',
      checked: '2025-12-01',
    },
  },
];

/** A harmless page to leave to when nobody configured one: the national weather service. */
export const DEFAULT_QUICK_EXIT_URL = 'https://www.bmkg.go.id/';
