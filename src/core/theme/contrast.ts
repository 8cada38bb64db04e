/**
 * WCAG 2.2 contrast between two colours (relative luminance, 1.4.3 / 1.4.11). Pure; no DOM.
 * A colour with alpha is first laid over the background, as the browser shows it.
 */

export type Rgb = readonly [number, number, number];

/** `#rgb`, `#rgba`, `#rrggbb`, `#rrggbbaa` → channels 0–255 and alpha 0–1; undefined otherwise. */
export function parseHex(text: string): { rgb: Rgb; alpha: number } | undefined {
  const m = /^#([0-9a-f]{3,4}|[0-9a-f]{6}|[0-9a-f]{8})$/i.exec(text.trim());
  if (!m?.[1]) return undefined;
  let hex = m[1];
  if (hex.length <= 4) hex = [...hex].map((c) => c + c).join('');
  const n = (i: number): number => parseInt(hex.slice(i, i + 2), 16);
  return { rgb: [n(0), n(2), n(4)], alpha: hex.length === 8 ? n(6) / 255 : 1 };
}

export const toHex = (rgb: Rgb): string => `#${rgb.map((c) => Math.round(c).toString(16).padStart(2, '0')).join('')}`;

const channel = (c: number): number => {
  const s = c / 255;
  return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
};

export const luminance = ([r, g, b]: Rgb): number => 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);

export function contrastRatio(a: Rgb, b: Rgb): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/** The colour as seen over `surface` (alpha composited). */
export const over = (colour: { rgb: Rgb; alpha: number }, surface: Rgb): Rgb =>
  colour.rgb.map((c, i) => c * colour.alpha + surface[i]! * (1 - colour.alpha)) as unknown as Rgb;

/** Rounded down to 2 decimals, so 2.996 never reads as a passing "3.00". */
export const shownRatio = (ratio: number): string => (Math.floor(ratio * 100) / 100).toFixed(2);
