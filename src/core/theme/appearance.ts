/**
 * Lays the config's `appearance` colours on an element (see core/config/appearance.ts): private
 * custom properties under the page's own `--sebaya-color-accent`, removed when the config drops
 * them. Only `#rrggbb` is ever set, so nothing else from a config reaches a style.
 */
const HEX = /^#[0-9a-f]{6}$/i;

export function applyAppearance(host: HTMLElement, appearance: unknown): void {
  const a = (appearance ?? {}) as { accent?: unknown; accentDark?: unknown };
  for (const [name, value] of [
    ['--_sebaya-config-accent', a.accent],
    ['--_sebaya-config-accent-dark', a.accentDark],
  ] as const) {
    if (typeof value === 'string' && HEX.test(value)) host.style.setProperty(name, value);
    else host.style.removeProperty(name);
  }
}
