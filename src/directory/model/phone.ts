/**
 * Phone numbers as people write them in Indonesia (`0812-3456-7890`, `(0274) 391021`, `+62 812…`,
 * `119 ext 8`, `1500-567`) turned into links: tap to call, WhatsApp, SMS. Pure; no DOM.
 */
import { internationalDigits, telUrl, whatsappUrl } from '../../core/safe-url.js';
import type { PhoneEntry, PhoneKind } from './resource.js';

export interface PhoneNumber {
  /** As written (quotes and stray spaces removed). */
  readonly display: string;
  /** Digits to dial: `+62…` for Indonesian numbers, as written for short service numbers. */
  readonly dial: string;
  /** An Indonesian mobile number (`08…`, `+628…`): can take SMS and WhatsApp. */
  readonly mobile: boolean;
  readonly extension?: string;
}

/** Toll-free and premium prefixes are dialled as written (never with +62). */
const NATIONAL_ONLY = /^0(?:800|804|807|809)/;

/** Splits `119 ext 8`, `119 ekst. 8`, `119,8` into number and extension. */
export function splitExtension(raw: string): { number: string; extension?: string } {
  const m = /^(.*?\d)\s*(?:,|;|\bext\.?|\bekst\.?|\bekstensi|\bx)\s*(\d{1,6})\s*$/i.exec(raw.trim());
  return m?.[1] && m[2] ? { number: m[1], extension: m[2] } : { number: raw.trim() };
}

/** Parses a written number; undefined when it holds no dialable digits. */
export function parsePhone(raw: string, extension?: string): PhoneNumber | undefined {
  const split = splitExtension(raw.replace(/["'\u200b]/g, ''));
  const display = split.number.replace(/\s+/g, ' ').trim();
  const ext = (extension ?? split.extension)?.replace(/\D/g, '') || undefined;
  const digits = display.replace(/\D/g, '');
  if (digits.length < 2 || digits.length > 16) return undefined;
  let dial: string;
  let mobile = false;
  if (display.startsWith('+')) {
    dial = `+${digits}`;
    mobile = digits.startsWith('628');
  } else if (digits.startsWith('0') && !NATIONAL_ONLY.test(digits) && digits.length >= 8) {
    const intl = internationalDigits(digits);
    if (!intl) return undefined;
    dial = `+${intl}`;
    mobile = digits.startsWith('08');
  } else if (digits.startsWith('62') && digits.length >= 10) {
    dial = `+${digits}`;
    mobile = digits.startsWith('628');
  } else {
    dial = digits;
  }
  return { display, dial, mobile, ...(ext ? { extension: ext } : {}) };
}

/** `sms:` link for digits we produced ourselves (so nothing but `+` and digits can get in). */
export function smsUrl(dial: string): string | undefined {
  return /^\+?\d{3,16}$/.test(dial) ? `sms:${dial}` : undefined;
}

export interface PhoneAction {
  readonly kind: 'call' | 'whatsapp' | 'sms';
  readonly href: string;
}

export interface PhoneLine {
  readonly number: PhoneNumber;
  readonly label?: PhoneEntry['label'];
  readonly kinds: readonly PhoneKind[];
  readonly actions: readonly PhoneAction[];
}

/**
 * Groups a resource's phone entries by number (a number listed as voice and WhatsApp is one
 * line with two buttons) and lists the links: call for voice, WhatsApp for whatsapp, SMS for
 * sms and for Indonesian mobile numbers listed as voice.
 */
export function phoneLines(entries: readonly PhoneEntry[]): PhoneLine[] {
  const byDial = new Map<string, { number: PhoneNumber; label?: PhoneEntry['label']; kinds: Set<PhoneKind> }>();
  for (const entry of entries) {
    const number = parsePhone(entry.number, entry.extension);
    if (!number) continue;
    const key = `${number.dial},${number.extension ?? ''}`;
    const line = byDial.get(key) ?? { number, label: entry.label, kinds: new Set<PhoneKind>() };
    line.kinds.add(entry.kind);
    line.label ??= entry.label;
    byDial.set(key, line);
  }
  return [...byDial.values()].map(({ number, label, kinds }) => {
    const actions: PhoneAction[] = [];
    const tel = kinds.has('voice') ? telUrl(number.dial, number.extension) : undefined;
    if (tel) actions.push({ kind: 'call', href: tel });
    const wa = kinds.has('whatsapp') ? whatsappUrl(number.dial) : undefined;
    if (wa) actions.push({ kind: 'whatsapp', href: wa });
    const sms = kinds.has('sms') || (kinds.has('voice') && number.mobile) ? smsUrl(number.dial) : undefined;
    if (sms) actions.push({ kind: 'sms', href: sms });
    return { number, ...(label !== undefined ? { label } : {}), kinds: [...kinds], actions };
  });
}
