import { html, nothing, type PropertyDeclarations } from 'lit';
import { EditorBase } from './base.js';

/**
 * Yes or no: one checkbox, its label beside it. With `defaultValue` (what the element does when the
 * field is unset), an unset field shows that state marked "(default)" and writes nothing until
 * changed; a set field keeps what the owner chose (an explicit `false` equal to the default too)
 * and offers going back to the default, the only way it is unset.
 *
 * @summary Builder field editor: a yes/no switch (checkbox).
 * @tag sebaya-edit-boolean
 * @fires sebaya-edit - `detail: { path, value }`: `true` or `false` as ticked, or `undefined` from "Back to the default". Bubbles, composed.
 */
export class SebayaEditBoolean extends EditorBase {
  static override properties: PropertyDeclarations = {
    ...EditorBase.properties,
    defaultValue: { attribute: false },
  };

  declare value: boolean | undefined;
  /** The element's behaviour when unset (the walker's `default`); undefined when it has none. */
  defaultValue: boolean | undefined;

  #change = (e: Event): void => {
    // What the owner ticks is written, the default's value too: only "Back to the default" unsets it.
    this.accept((e.target as HTMLInputElement).checked);
  };

  #reset = (): void => {
    this.accept(undefined);
    this.updateComplete.then(
      () => this.focus(),
      () => undefined,
    );
  };

  override render() {
    const known = typeof this.defaultValue === 'boolean';
    const set = typeof this.value === 'boolean';
    const checked = set ? this.value === true : this.defaultValue === true;
    return html`<div class="root">
      <label class="check" for="control">
        <input
          id="control"
          type="checkbox"
          .checked=${checked}
          aria-invalid=${this.invalid}
          aria-describedby=${this.describedBy()}
          @change=${this.#change}
        />
        <span>${this.label}${this.requiredMark()}${known && !set ? html` <span class="req">(${this.t('default')})</span>` : nothing}</span>
      </label>
      ${
        known && set
          ? html`<button type="button" class="reset" @click=${this.#reset}>
            ${this.t('default.use', { value: this.t(this.defaultValue ? 'default.yes' : 'default.no') })}
          </button>`
          : nothing
      }
      ${this.notes()}
    </div>`;
  }
}
