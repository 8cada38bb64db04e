/** Site configs for <sebaya-directory> tests: a small Gunungkidul directory (numbers are fictional). */

/** Monday 30 November 2026, 09:00 in Jakarta. */
export const MONDAY_9 = new Date('2026-11-30T09:00:00+07:00');
/** Monday 30 November 2026, 23:30 in Jakarta. */
export const MONDAY_2330 = new Date('2026-11-30T23:30:00+07:00');

export const AREAS = [
  { id: '34.03', name: 'Kabupaten Gunungkidul' },
  { id: '34.03.01', name: 'Wonosari' },
  { id: '34.03.03', name: 'Playen' },
  { id: '34.03.03.2006', name: 'Ngunut' },
  { id: '34.04', name: 'Kabupaten Sleman' },
];

export const RESOURCES = [
  {
    id: 'sejiwa',
    name: 'SEJIWA 119 ext 8',
    categories: ['hotline'],
    description: { id: 'Telekonseling psikologi.', en: 'Psychological counselling by phone.' },
    phones: [{ number: '119', kind: 'voice', extension: '8' }],
    cost: 'Gratis',
    languages: ['id'],
  },
  {
    id: 'pkm-playen-1',
    name: 'Puskesmas Playen I',
    categories: ['puskesmas', 'psychologist'],
    description: 'Layanan kesehatan jiwa dan konseling psikolog setiap Selasa.',
    area: '34.03.03',
    address: 'Jl. Playen–Paliyan, Playen',
    geo: { lat: -7.935, lon: 110.553 },
    phones: [
      { number: '(0274) 000001', kind: 'voice', label: 'Pendaftaran' },
      { number: '0812-0000-0001', kind: 'whatsapp' },
    ],
    hours: [
      { days: ['mo', 'tu', 'we', 'th'], opens: '07:30', closes: '14:00' },
      { days: ['fr'], opens: '07:30', closes: '11:00' },
    ],
    cost: 'Gratis dengan BPJS',
    languages: ['id', 'jv'],
    lastVerified: '2023-01-10',
    email: 'pkm.playen1@example.org',
    website: 'https://example.org/pkm-playen-1',
  },
  {
    id: 'pkm-wonosari-1',
    name: 'Puskesmas Wonosari I',
    categories: ['puskesmas'],
    area: 'Wonosari',
    geo: { lat: -7.965, lon: 110.6 },
    phones: [{ number: '(0274) 000002', kind: 'voice' }],
    hours: [{ days: ['mo', 'tu', 'we', 'th', 'fr', 'sa'], opens: '07:30', closes: '12:00' }],
    lastVerified: '2026-10-01',
  },
  {
    id: 'grhasia',
    name: 'RS Jiwa Grhasia',
    categories: ['hospital', 'psychiatrist'],
    description: 'Rumah sakit jiwa milik Pemerintah Daerah DIY. IGD 24 jam.',
    area: '34.04',
    address: 'Jl. Kaliurang Km 17, Pakem, Sleman',
    geo: { lat: -7.66, lon: 110.42 },
    hours: [{ days: ['mo', 'tu', 'we', 'th', 'fr', 'sa', 'su'], opens: '00:00', closes: '24:00' }],
    cost: 'BPJS atau umum',
    languages: ['id'],
  },
  {
    id: 'sebaya-ngunut',
    name: { id: 'Kelompok Dukungan Sebaya Ngunut', en: 'Ngunut peer support group' },
    categories: ['peer-support'],
    description: 'Pertemuan untuk keluarga dan penyintas. Malam hari.',
    area: '34.03.03.2006',
    phones: [{ number: '0812-0000-0007', kind: 'whatsapp' }],
    hours: [{ days: ['mo'], opens: '20:00', closes: '01:00' }],
    free: true,
    languages: ['jv', 'id'],
  },
];

export const baseConfig = (more: Record<string, unknown> = {}, directory: Record<string, unknown> = {}) => ({
  locale: 'id',
  timeZone: 'Asia/Jakarta',
  crisis: { lines: [{ name: 'SEJIWA', phone: '119', extension: '8' }] },
  ...more,
  directory: {
    sources: [{ resources: RESOURCES }],
    areas: AREAS,
    categories: [{ id: 'peer-support', label: { id: 'Kelompok sebaya', en: 'Peer group' } }],
    corrections: { email: 'koreksi@example.org' },
    staleAfterDays: 365,
    ...directory,
  },
});
