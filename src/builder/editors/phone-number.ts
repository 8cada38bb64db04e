/**
 * A phone number as a site owner types it (`0812-3456-789`, `62812…`, `+62 812 3456 789`,
 * `(0274) 391021`, `119`) in the one form the config keeps: `+62 812-3456-789` for Indonesian
 * mobiles and `+62 274 391021` for landlines (grouped: the elements show the number as kept, and
 * visitors read it), `+<country>…` for others, the digits as written for short service numbers (119, 1500-567) and
 * toll-free ones (0800…), which cannot be dialled with +62. Pure; no DOM.
 */

export type PhoneProblem = 'letters' | 'tooShort' | 'tooLong';

export type PhoneReading =
  | { readonly ok: true; readonly phone: string; readonly mobile: boolean; readonly short: boolean }
  | { readonly ok: false; readonly problem: PhoneProblem; readonly digits: number };

const TOLL_FREE = /^0(?:800|804|807|809)/;
/** E.164 allows 15 digits after the +. */
const MAX_DIGITS = 15;

/** Area codes of two digits after the 0 (Jakarta, Bandung, Semarang, Surabaya, Medan); others have three. */
const TWO_DIGIT_AREA = /^(?:21|22|24|31|61)/;

/** `+62 812-3456-7890` (a mobile), `+62 274 391021` (a landline), `+<digits>` elsewhere. */
function grouped(all: string): string {
  if (!all.startsWith('62')) return `+${all}`;
  const national = all.slice(2);
  if (national.startsWith('8'))
    return `+62 ${national.slice(0, 3)}-${national
      .slice(3)
      .match(/.{1,4}/g)!
      .join('-')}`;
  const area = TWO_DIGIT_AREA.test(national) ? 2 : 3;
  return `+62 ${national.slice(0, area)} ${national.slice(area)}`;
}

export function readPhone(raw: string): PhoneReading {
  const text = raw.trim();
  const digits = text.replace(/\D/g, '');
  if (!/^\+?[\d\s().\-/]+$/.test(text) || !digits) return { ok: false, problem: 'letters', digits: digits.length };
  const fail = (problem: PhoneProblem): PhoneReading => ({ ok: false, problem, digits: digits.length });
  const international = (all: string): PhoneReading => {
    if (all.length < 8) return fail('tooShort');
    if (all.length > MAX_DIGITS) return fail('tooLong');
    return { ok: true, phone: grouped(all), mobile: all.startsWith('628'), short: false };
  };
  if (text.startsWith('+')) return international(digits);
  if (digits.startsWith('00')) return international(digits.slice(2));
  if (TOLL_FREE.test(digits))
    return digits.length > MAX_DIGITS ? fail('tooLong') : { ok: true, phone: digits, mobile: false, short: true };
  // A national number: 0 + area code (2–3 digits) + at least 5, or 08 + at least 8 for a mobile.
  if (digits.startsWith('0')) return digits.length < 9 ? fail('tooShort') : international(`62${digits.slice(1)}`);
  if (digits.startsWith('62') && digits.length >= 10) return international(digits);
  // A mobile number typed without its 0 (812…).
  if (digits.startsWith('8') && digits.length >= 9) return international(`62${digits}`);
  if (digits.length < 3) return fail('tooShort');
  if (digits.length <= 8) return { ok: true, phone: digits, mobile: false, short: true };
  return fail('tooLong');
}
