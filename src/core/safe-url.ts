/**
 * The one gate every link passes through. Only `https:`, `http:`, `tel:`, `mailto:` and WhatsApp
 * links survive; everything else (`javascript:`, `data:`, `vbscript:`, `blob:`, `file:` …) is
 * dropped, so a config or a feed can never turn a link into code.
 */
export const SAFE_LINK_PROTOCOLS = ['https:', 'http:', 'tel:', 'mailto:', 'whatsapp:'] as const;

/** The URL relative links resolve against: the page (a placeholder outside a browser). */
export const base = (): string => (typeof document === 'undefined' ? 'https://invalid.example/' : document.baseURI);

/**
 * Returns the absolute, normalised URL when `raw` is a safe link, else `undefined`.
 * Relative URLs are resolved against the page (`document.baseURI`).
 */
export function safeUrl(raw: unknown): string | undefined {
  // The URL parser strips ASCII tab and newline anywhere and C0 controls and spaces at the ends
  // ("java\tscript:" is javascript:), so the protocol checked is the one a browser would follow.
  // Nothing but those characters would resolve to the page itself: that is no link either.
  // eslint-disable-next-line no-control-regex -- control characters are the point
  if (typeof raw !== 'string' || !/[^\u0000-\u0020]/.test(raw)) return undefined;
  try {
    const url = new URL(raw, base());
    return (SAFE_LINK_PROTOCOLS as readonly string[]).includes(url.protocol) ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/** A `tel:` link for a phone number with an optional extension (dialled after a pause). */
export function telUrl(phone: string, extension?: string): string | undefined {
  const digits = phone.replace(/[^\d+]/g, '');
  if (!/^\+?\d{2,16}$/.test(digits)) return undefined;
  const ext = extension?.replace(/\D/g, '');
  return `tel:${digits}${ext ? `,${ext}` : ''}`;
}

/**
 * Normalises an Indonesian or international number to E.164 digits without `+`
 * (`0812-3456-789` → `628123456789`, `+62 812…` → `62812…`). Returns undefined when it is not a number.
 */
export function internationalDigits(phone: string, countryCode = '62'): string | undefined {
  const trimmed = phone.trim();
  let digits = trimmed.replace(/\D/g, '');
  if (!digits) return undefined;
  if (trimmed.startsWith('+')) return digits.length >= 8 ? digits : undefined;
  if (digits.startsWith('00')) digits = digits.slice(2);
  else if (digits.startsWith('0')) digits = countryCode + digits.slice(1);
  return digits.length >= 8 && digits.length <= 15 ? digits : undefined;
}

/** A WhatsApp chat link (`https://wa.me/<digits>`) for a number, or undefined. */
export function whatsappUrl(phone: string): string | undefined {
  const digits = internationalDigits(phone);
  return digits ? `https://wa.me/${digits}` : undefined;
}
