/**
 * Long, real-looking Indonesian text for every element: the names of services, places and
 * activities as village teams write them (full official names, long affixed words such as
 * "dipertanggungjawabkan", addresses with every administrative level). Used by the long-text,
 * 360 px and right-to-left stories beside this file.
 */
import { html, type TemplateResult } from 'lit';
import '../../src/sebaya.js';

const LONG_NAME = 'Layanan Konseling dan Pendampingan Psikososial Pusat Kesehatan Masyarakat Kapanewon Playen I';
const LONG_PLACE =
  'Pendopo Balai Kalurahan Ngunut, Padukuhan Ngunut Kidul RT 03/RW 01, Kapanewon Playen, Kabupaten Gunungkidul, Daerah Istimewa Yogyakarta';
const LONG_WORDS =
  'Pertanggungjawaban, ketidakberdayaan, dan kesejahteraan psikososial dipertanggungjawabkan bersama oleh keluarga, kader, dan pemerintah kalurahan.';

const crisis = {
  lines: [
    {
      name: 'SEJIWA — Layanan Sehat Jiwa Kementerian Kesehatan Republik Indonesia',
      phone: '119',
      extension: '8',
      description: LONG_WORDS,
    },
    {
      name: LONG_NAME,
      phone: '(0274) 391 000',
      hours: 'Senin sampai Kamis pukul 07.30–14.00, Jumat pukul 07.30–11.00, Sabtu pukul 07.30–12.30',
    },
    {
      name: 'Relawan Tim Pelaksana Kesehatan Jiwa Masyarakat Kalurahan Ngunut',
      whatsapp: '0812-0000-0000',
      hours: 'Setiap hari, termasuk hari libur nasional dan cuti bersama',
    },
  ],
  quickExitUrl: 'https://www.bmkg.go.id/',
};

export const LONG_CONFIG = {
  locale: 'id',
  timeZone: 'Asia/Jakarta',
  organization: { name: 'Tim Pelaksana Kesehatan Jiwa Masyarakat Kalurahan Ngunut, Kapanewon Playen' },
  crisis,
  calendar: {
    categories: [
      { id: 'sebaya', label: 'Kelompok dukungan sebaya untuk penyintas dan keluarga pendamping', color: '#0b6b5d' },
      { id: 'pelatihan', label: 'Pelatihan pertolongan pertama psikologis bagi kader kesehatan', color: '#1d4ed8' },
    ],
    sources: [
      {
        events: [
          {
            id: 'kds',
            title: 'Pertemuan Kelompok Dukungan Sebaya “Rukun Agawe Santosa” untuk Penyintas dan Keluarga Pendamping',
            start: '2026-01-08T19:30',
            end: '2026-01-08T21:00',
            rrule: 'FREQ=WEEKLY;BYDAY=TH',
            category: 'sebaya',
            location: LONG_PLACE,
            description: LONG_WORDS,
          },
          {
            id: 'pfa',
            title: 'Pelatihan Pertolongan Pertama Psikologis (Psychological First Aid) bagi Kader Kesehatan Jiwa',
            start: '2026-12-16T08:00',
            end: '2026-12-16T15:00',
            category: 'pelatihan',
            location: LONG_PLACE,
          },
        ],
      },
    ],
  },
  directory: {
    sources: [
      {
        resources: [
          {
            id: 'pkm',
            name: LONG_NAME,
            categories: ['puskesmas', 'psychologist'],
            description: LONG_WORDS,
            address: LONG_PLACE,
            phones: [
              {
                number: '(0274) 000000',
                kind: 'voice',
                label: 'Pendaftaran poli kesehatan jiwa dan konseling psikologi (contoh)',
              },
            ],
            hours: [{ days: ['mo', 'tu', 'we', 'th'], opens: '07:30', closes: '14:00' }],
            cost: 'Gratis bagi peserta Jaminan Kesehatan Nasional (BPJS Kesehatan) dengan surat rujukan',
            lastVerified: '2026-11-01',
          },
        ],
      },
    ],
  },
  quiz: {
    shuffle: false,
    includeBuiltIn: false,
    questions: [
      {
        id: 'panjang',
        statement:
          'Orang dengan gangguan jiwa yang sudah menjalani pengobatan secara teratur tetap tidak dapat dipertanggungjawabkan untuk bekerja, bersekolah, dan berkegiatan di masyarakat.',
        answer: false,
        explanation: `${LONG_WORDS} Dengan pengobatan dan dukungan yang tepat, banyak orang pulih dan kembali berkegiatan.`,
      },
    ],
  },
  supportForm: {
    endpoint: 'https://receiver.example/ok',
    topics: [
      { id: 'keluarga', label: 'Merawat anggota keluarga dengan gangguan jiwa berat yang pernah dipasung' },
      { id: 'cemas', label: 'Kecemasan, ketidakberdayaan, dan kesulitan tidur berkepanjangan' },
    ],
    contact: ['none', 'whatsapp'],
    consentText:
      'Saya memahami bahwa permintaan ini dibaca oleh relawan terlatih Tim Pelaksana Kesehatan Jiwa Masyarakat Kalurahan Ngunut dan tidak dibagikan kepada pihak lain.',
    minFillSeconds: 0,
  },
};

/** Monday 30 November 2026, 09:00 in Jakarta (the directory's "open now" stays the same). */
const NOW = new Date('2026-11-30T09:00:00+07:00');

export const ELEMENTS = ['crisis-help', 'calendar', 'directory', 'quiz', 'support-form'] as const;
export type ElementName = (typeof ELEMENTS)[number];

/** One element with the long-text config (the quiz's saved progress cleared first). */
export function element(name: ElementName, config: unknown = LONG_CONFIG): TemplateResult {
  const stopExit = (e: Event) => e.preventDefault();
  switch (name) {
    case 'crisis-help':
      return html`<sebaya-crisis-help .config=${config} @sebaya-quick-exit=${stopExit}></sebaya-crisis-help>`;
    case 'calendar':
      return html`<sebaya-calendar date="2026-12-01" .config=${config}></sebaya-calendar>`;
    case 'directory':
      return html`<sebaya-directory hash-key="" .now=${NOW} .config=${config}></sebaya-directory>`;
    case 'quiz':
      for (const key of Object.keys(sessionStorage)) if (key.startsWith('sebaya:quiz:')) sessionStorage.removeItem(key);
      return html`<sebaya-quiz .config=${config}></sebaya-quiz>`;
    case 'support-form':
      return html`<sebaya-support-form .config=${config} @sebaya-quick-exit=${stopExit}></sebaya-support-form>`;
  }
}

/** Waits until every Sebaya element in the canvas has settled (ready, empty or error). */
export async function settled(canvas: HTMLElement): Promise<HTMLElement[]> {
  const els = [...canvas.querySelectorAll<HTMLElement>('*')].filter((e) => e.localName.startsWith('sebaya-'));
  for (
    let i = 0;
    i < 400 && els.some((e) => !['ready', 'empty', 'error'].includes(e.getAttribute('state') ?? ''));
    i += 1
  )
    await new Promise((r) => setTimeout(r, 25));
  for (const e of els as (HTMLElement & { updateComplete: Promise<unknown> })[]) await e.updateComplete;
  return els;
}

/** Parts of the element wider than the element itself (text or a control that does not wrap). */
export function overflowing(el: HTMLElement): string[] {
  const right = el.getBoundingClientRect().right + 1;
  const left = el.getBoundingClientRect().left - 1;
  const out: string[] = [];
  // Off-screen on purpose (a honeypot field for bots): nobody sees it, so it cannot stick out.
  const offscreen: HTMLElement[] = [];
  const walk = (root: ParentNode) => {
    for (const node of root.querySelectorAll<HTMLElement>('*')) {
      const box = node.getBoundingClientRect();
      if (offscreen.some((o) => o.contains(node))) continue;
      if (/absolute|fixed/.test(getComputedStyle(node).position) && (box.right <= 0 || box.left >= window.innerWidth)) {
        offscreen.push(node);
        continue;
      }
      if (box.width && box.height && (box.right > right || box.left < left) && !node.closest('dialog:not([open])'))
        out.push(
          `${node.localName}${node.className ? `.${String(node.className).split(' ')[0]}` : ''}${node.getAttribute('part') ? `[part=${node.getAttribute('part')}]` : ''}`,
        );
      if (node.shadowRoot) walk(node.shadowRoot);
    }
  };
  if (el.shadowRoot) walk(el.shadowRoot);
  return [...new Set(out)];
}
