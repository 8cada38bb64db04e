import { html, nothing, type PropertyDeclarations } from 'lit';
import { EditorBase } from './base.js';
import { languageName } from './words.js';
import { tabStyles } from './styles.js';

export type TextValue = string | Readonly<Record<string, string>> | undefined;

/** The texts by language: a plain string belongs to the config's default language. */
export function textsOf(value: TextValue, locale: string): Record<string, string> {
  if (typeof value === 'string') return { [locale]: value };
  return value && typeof value === 'object' ? { ...value } : {};
}

/**
 * The value to keep after an edit: nothing when every language is empty; a plain string while
 * only the default language is filled and the value was a string (or nothing) before, so a
 * one-language site's config stays as the owner wrote it; otherwise `{ lang: text }` of the
 * filled languages.
 */
export function textValue(before: TextValue, texts: Readonly<Record<string, string>>, locale: string): TextValue {
  const filled = Object.entries(texts).filter(([, text]) => text !== '');
  if (filled.length === 0) return undefined;
  const [only] = filled;
  if (filled.length === 1 && only?.[0] === locale && (before === undefined || typeof before === 'string'))
    return only[1];
  return Object.fromEntries(filled);
}

const LANGUAGE_CODE = /^[a-z]{2,3}$/;

/**
 * Text a visitor reads, in each of the site's languages: a tab per language (a real ARIA tablist:
 * arrow keys, Home, End), `id` and `en` first, then every language of `languages` and of the value;
 * "add a language" adds a tab. Required means the config's default language (`locale`) is filled.
 *
 * @summary Builder field editor: multilingual text (a string or `{ id, en, … }`).
 * @tag sebaya-edit-text
 * @fires sebaya-edit - `detail: { path, value }`: a string, `{ lang: text }`, or `undefined` when every language is empty. Bubbles, composed.
 */
export class SebayaEditText extends EditorBase {
  static override styles = [...EditorBase.styles, tabStyles];

  static override properties: PropertyDeclarations = {
    ...EditorBase.properties,
    locale: {},
    multiline: { type: Boolean },
    selected: { state: true },
    adding: { state: true },
    added: { state: true },
  };

  declare value: TextValue;
  /** The config's default language: a plain string value is in it. */
  locale = 'id';
  /** A `<textarea>` per language instead of one line. */
  multiline = false;
  protected selected = '';
  protected adding = false;
  protected added: readonly string[] = [];

  get #tabs(): string[] {
    const all = [
      'id',
      'en',
      this.locale,
      ...this.languages,
      ...Object.keys(textsOf(this.value, this.locale)),
      ...this.added,
    ];
    return [...new Set(all.filter((l) => LANGUAGE_CODE.test(l)))];
  }

  #choose(lang: string, focus = false): void {
    this.selected = lang;
    if (focus)
      void this.updateComplete.then(() =>
        this.renderRoot.querySelector<HTMLElement>(`[role="tab"][data-lang="${lang}"]`)?.focus(),
      );
  }

  #keydown = (e: KeyboardEvent): void => {
    const tabs = this.#tabs;
    const at = tabs.indexOf(this.#current);
    const to =
      e.key === 'ArrowRight'
        ? (at + 1) % tabs.length
        : e.key === 'ArrowLeft'
          ? (at - 1 + tabs.length) % tabs.length
          : e.key === 'Home'
            ? 0
            : e.key === 'End'
              ? tabs.length - 1
              : -1;
    const lang = tabs[to];
    if (lang === undefined) return;
    e.preventDefault();
    this.#choose(lang, true);
  };

  get #current(): string {
    return this.#tabs.includes(this.selected) ? this.selected : this.locale;
  }

  #input = (e: Event): void => {
    const texts = textsOf(this.value, this.locale);
    texts[this.#current] = (e.target as HTMLInputElement | HTMLTextAreaElement).value;
    const next = textValue(this.value, texts, this.locale);
    this.value = next;
    this.accept(next);
  };

  #add = (e: Event): void => {
    e.preventDefault();
    const input = this.renderRoot.querySelector<HTMLInputElement>('#new-lang')!;
    const code = input.value.trim().toLowerCase();
    if (!LANGUAGE_CODE.test(code)) return this.refuse(this.t('text.add.bad'));
    this.refusal = '';
    this.added = [...this.added, code];
    this.adding = false;
    this.#choose(code, true);
  };

  override focus(options?: FocusOptions): void {
    this.renderRoot.querySelector<HTMLElement>('#control')?.focus(options);
  }

  override render() {
    const texts = textsOf(this.value, this.locale);
    const current = this.#current;
    const missingDefault = this.required && !texts[this.locale];
    const fieldLabel = this.t('text.lang', { label: this.label, language: languageName(this.lang, current) });
    const field = {
      value: texts[current] ?? '',
      describedBy: this.describedBy(missingDefault ? 'default' : ''),
    };
    return html`<div class="root">
      <span class="label" id="label">${this.label}${this.requiredMark()}</span>
      <div role="tablist" class="tabs" aria-label=${this.t('text.tabs', { label: this.label })} @keydown=${this.#keydown}>
        ${this.#tabs.map(
          (lang) =>
            html`<button
              type="button"
              role="tab"
              id=${`tab-${lang}`}
              data-lang=${lang}
              aria-selected=${lang === current ? 'true' : 'false'}
              aria-controls="panel"
              tabindex=${lang === current ? '0' : '-1'}
              @click=${() => this.#choose(lang)}
            >
              ${languageName(this.lang, lang)}${
                texts[lang]
                  ? nothing
                  : html`<span class="empty" aria-hidden="true"> ○</span
                    ><span class="visually-hidden"> ${this.t('text.empty')}</span>`
              }
            </button>`,
        )}
      </div>
      <div role="tabpanel" id="panel" aria-labelledby=${`tab-${current}`}>
        <label for="control" class="visually-hidden">${fieldLabel}</label>
        ${
          this.multiline
            ? html`<textarea id="control" lang=${current} .value=${field.value} aria-invalid=${this.invalid} aria-describedby=${field.describedBy} @input=${this.#input}></textarea>`
            : html`<input id="control" lang=${current} .value=${field.value} aria-invalid=${this.invalid} aria-describedby=${field.describedBy} @input=${this.#input} />`
        }
      </div>
      ${
        missingDefault
          ? html`<p class="problem" id="default">${this.t('text.needDefault', { language: languageName(this.lang, this.locale) })}</p>`
          : nothing
      }
      ${this.notes()}
      ${
        this.adding
          ? html`<form class="row add" @submit=${this.#add}>
            <div>
              <label for="new-lang">${this.t('text.add.code')}</label>
              <input id="new-lang" autocomplete="off" maxlength="3" />
            </div>
            <button type="submit">${this.t('text.add.ok')}</button>
          </form>`
          : html`<button
            type="button"
            class="add"
            @click=${() => {
              this.adding = true;
              void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('#new-lang')?.focus());
            }}
          >
            ${this.t('text.add')}
          </button>`
      }
    </div>`;
  }
}
