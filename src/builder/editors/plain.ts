import { html, type PropertyDeclarations } from 'lit';
import { EditorBase } from './base.js';

/**
 * Text in one language (an id, a name that is not translated, an email address).
 *
 * @summary Builder field editor: one line (or, with `multiline`, a paragraph) of plain text.
 * @tag sebaya-edit-plain
 * @fires sebaya-edit - `detail: { path, value }`: the text, or `undefined` when emptied. Bubbles, composed.
 */
export class SebayaEditPlain extends EditorBase {
  static override properties: PropertyDeclarations = {
    ...EditorBase.properties,
    multiline: { type: Boolean },
    inputType: { attribute: 'input-type' },
  };

  declare value: string | undefined;
  /** A `<textarea>` instead of one line. */
  multiline = false;
  /** The input's `type` (`text`, `email`…). */
  inputType = 'text';

  #input = (e: Event): void => {
    const text = (e.target as HTMLInputElement | HTMLTextAreaElement).value;
    this.accept(text === '' ? undefined : text);
  };

  override render() {
    const value = typeof this.value === 'string' ? this.value : '';
    return html`<div class="root">
      ${this.labelFor('control')}
      ${
        this.multiline
          ? html`<textarea
            id="control"
            .value=${value}
            ?required=${this.required}
            aria-invalid=${this.invalid}
            aria-describedby=${this.describedBy()}
            @input=${this.#input}
          ></textarea>`
          : html`<input
            id="control"
            type=${this.inputType}
            .value=${value}
            ?required=${this.required}
            aria-invalid=${this.invalid}
            aria-describedby=${this.describedBy()}
            @input=${this.#input}
          />`
      }
      ${this.notes()}
    </div>`;
  }
}
