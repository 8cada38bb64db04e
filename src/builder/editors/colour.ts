import { html, type PropertyDeclarations } from 'lit';
import { EditorBase } from './base.js';
import { ACCENT_CONTRAST, DARK_AGAINST, LIGHT_AGAINST } from '../../core/config/appearance.js';
import { contrastRatio, over, parseHex, shownRatio, toHex, type Rgb } from '../../core/theme/contrast.js';

/** The light theme's surface (`--_sebaya-bg` in core/theme/tokens.ts). */
export const LIGHT_SURFACE = '#ffffff';
/**
 * Category colours mark chips and dots beside text (calendar and directory styles): non-text
 * contrast, WCAG 1.4.11, 3:1.
 */
export const CATEGORY_CONTRAST = 3;

/**
 * The site's accent colours (core/config/appearance.ts) are checked against every surface they are
 * shown on, with the elements' own rule: the editor says the lowest ratio and refuses what the
 * elements would refuse.
 */
const BY_PATH: Readonly<Record<string, { against: readonly string[]; min: number; shown?: string }>> = {
  // `shown`: what the picker starts from while unset, the elements' own accent (core/theme/tokens.ts).
  'appearance.accent': { against: LIGHT_AGAINST, min: ACCENT_CONTRAST, shown: '#0b6b5d' },
  'appearance.accentDark': { against: DARK_AGAINST, min: ACCENT_CONTRAST, shown: '#5fd3bf' },
};

/** A CSS colour name (`teal`) as channels, through the browser's own parser; undefined when unknown. */
function namedColour(name: string): { rgb: Rgb; alpha: number } | undefined {
  if (!/^[a-z]{3,20}$/i.test(name) || typeof document === 'undefined') return undefined;
  const probe = document.createElement('canvas').getContext('2d');
  if (!probe) return undefined;
  probe.fillStyle = '#010203';
  probe.fillStyle = name;
  const got = String(probe.fillStyle);
  // An unknown name leaves the previous fill in place.
  return got === '#010203' && name.toLowerCase() !== 'transparent' ? undefined : parseHex(got);
}

export const readColour = (text: string): { rgb: Rgb; alpha: number } | undefined =>
  parseHex(text) ?? namedColour(text.trim());

/**
 * A colour: the browser's colour picker and the same colour as text (`#rrggbb`, `#rgb`, with alpha,
 * or a CSS colour name). Every colour is measured against `surface` (WCAG contrast); one below
 * `min-contrast` is refused — not emitted — with the measured ratio said.
 *
 * @summary Builder field editor: a colour with a contrast check.
 * @tag sebaya-edit-colour
 * @fires sebaya-edit - `detail: { path, value }`: the colour as typed (or `undefined` when emptied), only when it has enough contrast. Bubbles, composed.
 */
export class SebayaEditColour extends EditorBase {
  static override properties: PropertyDeclarations = {
    ...EditorBase.properties,
    surface: {},
    minContrast: { type: Number, attribute: 'min-contrast' },
  };

  declare value: string | undefined;
  /** The background the colour is shown on. */
  surface = LIGHT_SURFACE;
  /** The contrast needed against `surface`. */
  minContrast = CATEGORY_CONTRAST;
  /** The surfaces to measure against: the path's own (accent colours), else `surface`. */
  get #rule(): { against: readonly string[]; min: number } {
    return BY_PATH[this.path] ?? { against: [this.surface], min: this.minContrast };
  }

  #ratio(text: string): number | undefined {
    const colour = readColour(text);
    if (!colour) return undefined;
    return Math.min(
      ...this.#rule.against.map((hex) => {
        const surface = parseHex(hex)?.rgb ?? ([255, 255, 255] as const);
        return contrastRatio(over(colour, surface), surface);
      }),
    );
  }

  #take(text: string): void {
    this.draft = text;
    // The ratio line follows the draft, kept or not.
    this.requestUpdate();
    if (!text.trim()) return this.accept(undefined);
    const ratio = this.#ratio(text);
    if (ratio === undefined) return this.refuse(this.t('colour.bad'));
    const needed = this.#rule.min;
    if (ratio < needed) return this.refuse(this.t('colour.low', { ratio: shownRatio(ratio), needed }));
    if (!BY_PATH[this.path]) return this.accept(text.trim());
    // An accent colour is kept as #rrggbb (what the elements accept): a name becomes its hex, and
    // a see-through colour is refused (its contrast would depend on what is under it).
    const colour = readColour(text);
    if (!colour || colour.alpha < 1) return this.refuse(this.t('colour.bad'));
    this.accept(toHex(colour.rgb));
  }

  override render() {
    const text = this.draft ?? (typeof this.value === 'string' ? this.value : '');
    const colour = readColour(text);
    const ratio = this.#ratio(text);
    return html`<div class="root">
      ${this.labelFor('control')}
      <div class="row colour">
        <input
          id="picker"
          type="color"
          aria-label=${this.t('colour.picker', { label: this.label })}
          .value=${colour ? toHex(colour.rgb) : (BY_PATH[this.path]?.shown ?? '#000000')}
          @input=${(e: Event) => this.#take((e.target as HTMLInputElement).value)}
        />
        <input
          id="control"
          data-first
          autocomplete="off"
          spellcheck="false"
          .value=${text}
          ?required=${this.required}
          aria-invalid=${this.invalid}
          aria-describedby=${this.describedBy('ratio')}
          @input=${(e: Event) => this.#take((e.target as HTMLInputElement).value)}
        />
      </div>
      <p class="shown" id="ratio">
        ${ratio === undefined ? '' : this.t('colour.ratio', { ratio: shownRatio(ratio), needed: this.#rule.min })}
      </p>
      ${this.notes()}
    </div>`;
  }
}
