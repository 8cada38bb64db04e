/**
 * `appearance`: the site's own accent colour, for owners who cannot add CSS to their site (an
 * OpenSID article, a WordPress post). Each colour must keep WCAG AA contrast (4.5:1) with every
 * surface it is shown on and the text laid on it, so a village colour can never make a button or
 * a link unreadable: the light one against the light surfaces and white button text, the dark one
 * against the dark surfaces and the dark button text (core/theme/tokens.ts). A page's own
 * `--sebaya-color-accent` still wins over it.
 */
import * as v from 'valibot';
import { contrastRatio, parseHex, type Rgb } from '../theme/contrast.js';

/** What AA asks of text and of white (or dark) text on the accent. */
export const ACCENT_CONTRAST = 4.5;
/** The light theme's surface, muted surface and text on the accent (tokens.ts). */
export const LIGHT_AGAINST = ['#ffffff', '#f3f5f7'] as const;
/** The dark theme's surface, muted surface and text on the accent (tokens.ts). */
export const DARK_AGAINST = ['#15191f', '#222831', '#06201b'] as const;

/** The lowest contrast of `hex` against each of `against` (undefined when not `#rrggbb`). */
export function lowestContrast(hex: string, against: readonly string[]): number | undefined {
  const colour = /^#[0-9a-f]{6}$/i.test(hex) ? parseHex(hex)?.rgb : undefined;
  if (!colour) return undefined;
  return Math.min(...against.map((c) => contrastRatio(colour, parseHex(c)?.rgb as Rgb)));
}

const accent = (against: readonly string[]) =>
  v.pipe(
    v.string(),
    v.regex(/^#[0-9a-f]{6}$/i, 'core.issue.hexColour'),
    v.check((hex) => (lowestContrast(hex, against) ?? 0) >= ACCENT_CONTRAST, 'core.issue.contrast'),
  );

export const AccentLight = accent(LIGHT_AGAINST);
export const AccentDark = accent(DARK_AGAINST);

export const Appearance = v.object({
  accent: v.optional(AccentLight),
  accentDark: v.optional(AccentDark),
});
export type Appearance = v.InferOutput<typeof Appearance>;
