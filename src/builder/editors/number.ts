import { html } from 'lit';
import { EditorBase } from './base.js';

/** `12`, `1.5`, `1,5` (the Indonesian decimal comma) → a number; anything else → undefined. */
export function parseNumber(text: string): number | undefined {
  const t = text.trim().replace(',', '.');
  if (!/^[-+]?(?:\d+\.?\d*|\.\d+)$/.test(t)) return undefined;
  const n = Number(t);
  return Number.isFinite(n) ? n : undefined;
}

/**
 * A number. Typed as text so the decimal comma works on Indonesian keyboards; a draft that is not a
 * number is kept on screen and refused (never emitted), saying how to write one.
 *
 * @summary Builder field editor: a number.
 * @tag sebaya-edit-number
 * @fires sebaya-edit - `detail: { path, value }`: the number, or `undefined` when emptied. Bubbles, composed.
 */
export class SebayaEditNumber extends EditorBase {
  declare value: number | undefined;
  #input = (e: Event): void => {
    const text = (e.target as HTMLInputElement).value;
    this.draft = text;
    if (!text.trim()) return this.accept(undefined);
    const n = parseNumber(text);
    if (n === undefined) return this.refuse(this.t('number.bad'));
    this.accept(n);
  };

  override render() {
    const shown = this.draft ?? (typeof this.value === 'number' ? String(this.value) : '');
    return html`<div class="root">
      ${this.labelFor('control')}
      <input
        id="control"
        type="text"
        inputmode="decimal"
        .value=${shown}
        ?required=${this.required}
        aria-invalid=${this.invalid}
        aria-describedby=${this.describedBy()}
        @input=${this.#input}
      />
      ${this.notes()}
    </div>`;
  }
}
