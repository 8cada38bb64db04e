import { html, LitElement, nothing, type PropertyDeclarations, type TemplateResult } from 'lit';
import { base, tokens } from '../../core/theme/tokens.js';
import { editorStyles } from './styles.js';
import { say, type Params } from './words.js';
import type { EditorKey } from './messages.js';

/** `detail` of `sebaya-edit`: the config path and the value the editor accepted for it. */
export interface EditDetail {
  readonly path: string;
  readonly value: unknown;
}

/**
 * Dispatches `sebaya-edit`. Outside the class: the manifest analyzer lists every
 * `new CustomEvent(x)` inside a class as an event named `x` (as in core/element.ts).
 */
export const dispatchEdit = (el: HTMLElement, path: string, value: unknown): boolean =>
  el.dispatchEvent(
    new CustomEvent<EditDetail>('sebaya-edit', { detail: { path, value }, bubbles: true, composed: true }),
  );

/** Equal as JSON: the builder may hand back a copy of the object the editor emitted. */
export const sameValue = (a: unknown, b: unknown): boolean => a === b || JSON.stringify(a) === JSON.stringify(b);

/**
 * What every field editor shares (BUILDER-CONTRACT.md): the common properties, the label with its
 * hint and problems wired to the control by `aria-describedby` (in the same shadow root, so the
 * description never crosses a boundary), the `sebaya-edit` event and `focus()` on the first control.
 * An editor's own refusal (`refusal`) is announced politely and never emitted as a value.
 */
export abstract class EditorBase extends LitElement {
  static override styles = [tokens, base, editorStyles];

  // No decorators (as in SebayaElement): Lit's decorator runtime would cost every bundle 0.4 kB.
  static override properties: PropertyDeclarations = {
    value: { attribute: false },
    path: {},
    label: {},
    hint: {},
    lang: {},
    languages: { attribute: false },
    required: { type: Boolean },
    error: {},
    refusal: { state: true },
  };

  declare value: unknown;
  path = '';
  label = '';
  hint = '';
  languages: readonly string[] = ['id', 'en'];
  required = false;
  error = '';
  /** Why the last input was not kept, in the UI language ('' when it was). */
  protected refusal = '';

  protected t(key: EditorKey, params?: Params): string {
    return say(this.lang, key, params);
  }

  /** Emits a value the editor accepts and clears its own refusal. */
  protected accept(value: unknown, path = this.path): void {
    this.refusal = '';
    if (path === this.path) this.#emitted = { value };
    dispatchEdit(this, path, value);
  }

  #emitted: { value: unknown } | undefined;

  /**
   * A draft (what the owner typed: `0812-…` for the kept `+62812…`) stays on screen while the value
   * is the one the editor emitted; a value from elsewhere (undo, an import) replaces it.
   */
  protected override willUpdate(changed: Map<PropertyKey, unknown>): void {
    if (changed.has('value') && (!this.#emitted || !sameValue(this.#emitted.value, this.value))) {
      this.#emitted = undefined;
      this.refusal = '';
      this.valueFromOutside();
    }
  }

  /** What the owner typed, shown instead of `value` until a value comes from elsewhere. */
  protected draft: string | undefined;

  /** Drops the editor's draft: `value` was set by the builder, not typed here. */
  protected valueFromOutside(): void {
    this.draft = undefined;
  }

  protected refuse(why: string): void {
    this.refusal = why;
  }

  /** The ids the control's `aria-describedby` names: only those with text. */
  protected describedBy(...more: string[]): string {
    return [this.hint ? 'hint' : '', this.error ? 'error' : '', 'refusal', ...more].filter(Boolean).join(' ');
  }

  protected get invalid(): 'true' | 'false' {
    return this.error || this.refusal ? 'true' : 'false';
  }

  protected labelFor(id: string, text = this.label): TemplateResult {
    return html`<label for=${id}>${text}${this.requiredMark()}</label>`;
  }

  protected requiredMark(): TemplateResult | typeof nothing {
    return this.required ? html` <span class="req">(${this.t('required')})</span>` : nothing;
  }

  /** Hint, the shell's located error, and the editor's own refusal (a polite live region). */
  protected notes(): TemplateResult {
    return html`${this.hint ? html`<p class="hint" id="hint">${this.hint}</p>` : nothing}
      ${this.error ? html`<p class="problem" id="error">${this.t('error.prefix')} ${this.error}</p>` : nothing}
      <p class="problem" id="refusal" role="status" aria-live="polite">${this.refusal}</p>`;
  }

  /**
   * Text the owner types where the editor's controls cannot express the value (a date with an
   * offset, an RRULE with BYSETPOS): kept as written — emptied, it is removed; accepted only when
   * `valid`, else refused with `bad`.
   */
  protected takeWritten(text: string, valid: (text: string) => boolean, bad: EditorKey): void {
    if (text === '') return this.accept(undefined);
    if (!valid(text)) return this.refuse(this.t(bad));
    this.accept(text);
  }

  /**
   * The view of a value kept as written: a text box labelled `label`, the line saying it is kept,
   * `more` (a sentence of what it means), and the button back to the editor's own controls.
   */
  protected renderWritten(
    raw: string,
    words: { label: string; kept: string; back: string },
    onInput: (text: string) => void,
    onBack: () => void | Promise<void>,
    more: { html: TemplateResult | typeof nothing; id?: string } = { html: nothing },
  ): TemplateResult {
    return html`<div class="root">
      <label for="control">${words.label}${this.requiredMark()}</label>
      <input
        id="control"
        class="raw"
        type="text"
        spellcheck="false"
        autocomplete="off"
        .value=${raw}
        aria-invalid=${this.invalid}
        aria-describedby=${this.describedBy('kept', ...(more.id ? [more.id] : []))}
        @input=${(e: Event) => onInput((e.target as HTMLInputElement).value.trim())}
      />
      <p class="hint" id="kept">${words.kept}</p>
      ${more.html}
      <p><button type="button" @click=${() => void onBack()}>${words.back}</button></p>
      ${this.notes()}
    </div>`;
  }

  override focus(options?: FocusOptions): void {
    // A selector list matches in document order: the marked control first, then the first of any.
    const first =
      this.renderRoot.querySelector<HTMLElement>('[data-first]') ??
      this.renderRoot.querySelector<HTMLElement>('input, select, textarea, button, [tabindex="0"]');
    first?.focus(options);
    // The field's problem is under its control and hint: on a phone, bring it into view too (the
    // least scroll that does), so the owner sees what is wrong where the summary link led.
    if (!options?.preventScroll) this.renderRoot.querySelector('#error')?.scrollIntoView({ block: 'nearest' });
  }
}
