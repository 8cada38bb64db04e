import type { Catalog } from '../core/i18n/catalog.js';

/** Config-issue strings of <sebaya-support-form> (shown before the form's own catalog loads). */
export const supportFormIssuesEn = {
  'supportForm.issue.coordinate': 'is not a base64url coordinate of 32 bytes',
  'supportForm.issue.privateKey':
    'is the PRIVATE part of the key: remove "d" from the config at once, and make a new key pair (this one is no longer secret)',
  'supportForm.issue.notOnCurve': 'is not a valid P-256 public key (the point is not on the curve)',
  'supportForm.issue.unusable': 'cannot be used as a public key by this browser',
} as const satisfies Catalog;

export type SupportFormIssueKey = keyof typeof supportFormIssuesEn;

export const supportFormIssuesId: Catalog<SupportFormIssueKey> = {
  'supportForm.issue.coordinate': 'bukan koordinat base64url sepanjang 32 byte',
  'supportForm.issue.privateKey':
    'adalah bagian PRIVAT kunci: segera hapus "d" dari konfigurasi, dan buat pasangan kunci baru (kunci ini sudah tidak rahasia)',
  'supportForm.issue.notOnCurve': 'bukan kunci publik P-256 yang valid (titiknya tidak berada pada kurva)',
  'supportForm.issue.unusable': 'tidak bisa dipakai sebagai kunci publik oleh peramban ini',
};
