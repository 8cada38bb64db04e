import { html, nothing, type PropertyDeclarations } from 'lit';
import { EditorBase } from './base.js';

export interface ChoiceOption {
  readonly value: string;
  /** Already in the UI language. */
  readonly label: string;
}

/**
 * One of a list (a schema's picklist). A field that is not required offers "(not set)" first.
 *
 * @summary Builder field editor: a choice from a list.
 * @tag sebaya-edit-choice
 * @fires sebaya-edit - `detail: { path, value }`: the chosen value, or `undefined` for "(not set)". Bubbles, composed.
 */
export class SebayaEditChoice extends EditorBase {
  static override properties: PropertyDeclarations = {
    ...EditorBase.properties,
    options: { attribute: false },
    defaultValue: { attribute: false },
  };

  declare value: string | undefined;
  options: readonly ChoiceOption[] = [];
  /** What the element does when unset (the walker's `default`): "(not set)" names it, and choosing it writes nothing. */
  defaultValue: string | undefined;

  #change = (e: Event): void => {
    const chosen = (e.target as HTMLSelectElement).value;
    this.accept(chosen === '' ? undefined : chosen);
  };

  /** "(not set)", or "(default: Month)" when the element has a default. */
  #unset(): string {
    const d = this.defaultValue;
    if (d === undefined) return this.t('choice.none');
    return this.t('choice.default', { label: this.options.find((o) => o.value === d)?.label ?? d });
  }

  override render() {
    const value = typeof this.value === 'string' ? this.value : '';
    const known = this.options.some((o) => o.value === value);
    return html`<div class="root">
      ${this.labelFor('control')}
      <select
        id="control"
        ?required=${this.required}
        aria-invalid=${this.invalid}
        aria-describedby=${this.describedBy()}
        @change=${this.#change}
      >
        ${!this.required || !value ? html`<option value="" ?selected=${!value}>${this.#unset()}</option>` : nothing}
        ${
          // A value the list does not know (an older config) stays visible instead of silently changing.
          value && !known ? html`<option value=${value} selected>${value}</option>` : nothing
        }
        ${this.options.map((o) => html`<option value=${o.value} ?selected=${o.value === value}>${o.label}</option>`)}
      </select>
      ${this.notes()}
    </div>`;
  }
}
