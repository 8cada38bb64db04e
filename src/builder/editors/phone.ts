import { html, nothing, type PropertyDeclarations } from 'lit';
import { EditorBase, dispatchEdit } from './base.js';
import { readPhone } from './phone-number.js';

/**
 * A phone number, typed in any usual way and kept in one form (`+62812…`; see phone-number.ts),
 * which is shown under the field. What is wrong with a number (letters, too short, too long) is said
 * at once and the number is not emitted.
 *
 * WhatsApp: with `whatsapp-path` set, a "this number also takes WhatsApp" checkbox edits that
 * path too — a crisis line's `whatsapp` (the number, or `undefined`) or a directory phone's `kind`
 * (a path ending in `.kind`: `'whatsapp'` or `'voice'`). `whatsapp` says whether it is ticked.
 *
 * @summary Builder field editor: a phone number (+62 normalisation, WhatsApp toggle).
 * @tag sebaya-edit-phone
 * @fires sebaya-edit - `detail: { path, value }`: the number in its kept form (or `undefined` when emptied); the WhatsApp checkbox fires it for `whatsapp-path`. Bubbles, composed.
 */
export class SebayaEditPhone extends EditorBase {
  static override properties: PropertyDeclarations = {
    ...EditorBase.properties,
    whatsapp: { type: Boolean },
    whatsappPath: { attribute: 'whatsapp-path' },
  };

  declare value: string | undefined;
  whatsapp = false;
  whatsappPath = '';
  #whatsappValue(on: boolean, phone: string | undefined): unknown {
    if (this.whatsappPath.endsWith('.kind')) return on ? 'whatsapp' : 'voice';
    return on ? phone : undefined;
  }

  #input = (e: Event): void => {
    const text = (e.target as HTMLInputElement).value;
    this.draft = text;
    if (!text.trim()) return this.accept(undefined);
    const read = readPhone(text);
    if (!read.ok) {
      const key =
        read.problem === 'letters' ? 'phone.letters' : read.problem === 'tooShort' ? 'phone.tooShort' : 'phone.tooLong';
      return this.refuse(this.t(key, { count: read.digits }));
    }
    this.accept(read.phone);
    // A crisis line's WhatsApp number follows its phone number while the box is ticked.
    if (this.whatsapp && this.whatsappPath && !this.whatsappPath.endsWith('.kind'))
      dispatchEdit(this, this.whatsappPath, read.phone);
  };

  #toggle = (e: Event): void => {
    this.whatsapp = (e.target as HTMLInputElement).checked;
    const phone = typeof this.value === 'string' ? this.value : undefined;
    dispatchEdit(this, this.whatsappPath, this.#whatsappValue(this.whatsapp, phone));
  };

  override render() {
    const value = typeof this.value === 'string' ? this.value : '';
    const read = value ? readPhone(value) : undefined;
    const shown =
      read?.ok && !this.refusal ? this.t(read.short ? 'phone.short' : 'phone.shown', { phone: read.phone }) : '';
    const notMobile = this.whatsapp && read?.ok === true && !read.mobile;
    return html`<div class="root">
      ${this.labelFor('control')}
      <input
        id="control"
        type="tel"
        inputmode="tel"
        autocomplete="off"
        .value=${this.draft ?? value}
        ?required=${this.required}
        aria-invalid=${this.invalid}
        aria-describedby=${this.describedBy('shown')}
        @input=${this.#input}
      />
      <p class="shown" id="shown">${shown}</p>
      ${this.notes()}
      ${
        this.whatsappPath
          ? html`<label class="check" for="whatsapp">
              <input id="whatsapp" type="checkbox" .checked=${this.whatsapp} aria-describedby="whatsapp-note" @change=${this.#toggle} />
              <span>${this.t('phone.whatsapp')}</span>
            </label>
            <p class="problem" id="whatsapp-note">${notMobile ? this.t('phone.whatsapp.mobile') : nothing}</p>`
          : nothing
      }
    </div>`;
  }
}
