import { html } from 'lit';
import { EditorBase } from './base.js';

/**
 * Yes or no: one checkbox, its label beside it.
 *
 * @summary Builder field editor: a yes/no switch (checkbox).
 * @tag sebaya-edit-boolean
 * @fires sebaya-edit - `detail: { path, value }`: `true` or `false`. Bubbles, composed.
 */
export class SebayaEditBoolean extends EditorBase {
  declare value: boolean | undefined;

  #change = (e: Event): void => this.accept((e.target as HTMLInputElement).checked);

  override render() {
    return html`<div class="root">
      <label class="check" for="control">
        <input
          id="control"
          type="checkbox"
          .checked=${this.value === true}
          aria-invalid=${this.invalid}
          aria-describedby=${this.describedBy()}
          @change=${this.#change}
        />
        <span>${this.label}${this.requiredMark()}</span>
      </label>
      ${this.notes()}
    </div>`;
  }
}
