import { html } from 'lit';
import { EditorBase } from './base.js';
import type { EditorKey } from './messages.js';

const SHAPES = {
  date: { pattern: /^\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])$/, bad: 'date.bad' },
  time: { pattern: /^(?:[01]\d|2[0-3]):[0-5]\d$/, bad: 'time.bad' },
} as const satisfies Record<string, { pattern: RegExp; bad: EditorKey }>;

abstract class NativeDateTime extends EditorBase {
  declare value: string | undefined;
  protected abstract readonly kind: keyof typeof SHAPES;

  #input = (e: Event): void => {
    const input = e.target as HTMLInputElement;
    // The browser's picker hands over '' for a half-typed value: say so, and keep the last good one.
    if (input.value === '')
      return input.validity.badInput ? this.refuse(this.t(SHAPES[this.kind].bad)) : this.accept(undefined);
    if (!SHAPES[this.kind].pattern.test(input.value)) return this.refuse(this.t(SHAPES[this.kind].bad));
    this.accept(input.value);
  };

  override render() {
    return html`<div class="root">
      ${this.labelFor('control')}
      <input
        id="control"
        type=${this.kind}
        .value=${typeof this.value === 'string' ? this.value : ''}
        ?required=${this.required}
        aria-invalid=${this.invalid}
        aria-describedby=${this.describedBy()}
        @input=${this.#input}
        @change=${this.#input}
      />
      ${this.notes()}
    </div>`;
  }
}

/**
 * A day, `YYYY-MM-DD`, with the browser's date picker.
 *
 * @summary Builder field editor: a date.
 * @tag sebaya-edit-date
 * @fires sebaya-edit - `detail: { path, value }`: `'YYYY-MM-DD'`, or `undefined` when emptied. Bubbles, composed.
 */
export class SebayaEditDate extends NativeDateTime {
  protected readonly kind = 'date';
}

/**
 * A time of day, `HH:MM`, with the browser's time picker.
 *
 * @summary Builder field editor: a time of day.
 * @tag sebaya-edit-time
 * @fires sebaya-edit - `detail: { path, value }`: `'HH:MM'`, or `undefined` when emptied. Bubbles, composed.
 */
export class SebayaEditTime extends NativeDateTime {
  protected readonly kind = 'time';
}
