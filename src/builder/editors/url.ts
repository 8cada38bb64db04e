import { html, type PropertyDeclarations } from 'lit';
import { safeUrl } from '../../core/safe-url.js';
import { EditorBase } from './base.js';

/** The scheme a text starts with (`javascript:`, `https:`), lower-cased, after what the URL parser strips. */
export function schemeOf(text: string): string | undefined {
  // eslint-disable-next-line no-control-regex -- the parser drops these, so a browser would too
  const m = /^([a-z][a-z\d+.-]*):/i.exec(text.replace(/[\u0000-\u0020]/g, ''));
  return m?.[1] ? `${m[1].toLowerCase()}:` : undefined;
}

export type UrlReading =
  { ok: true; url: string } | { ok: false; why: 'refused' | 'bad' | 'noContact'; scheme: string };

/**
 * Whether a typed address may go in the config: core/safe-url.ts decides what is safe (the same
 * gate the elements use); `contact` says whether the field's schema also takes `mailto:`/`tel:`
 * (a `Link`) or only web pages (a page or feed address).
 */
export function readUrl(text: string, contact: boolean): UrlReading {
  const scheme = schemeOf(text) ?? '';
  const safe = safeUrl(text);
  if (!safe) return { ok: false, why: scheme ? 'refused' : 'bad', scheme };
  const web = /^https?:$/.test(new URL(safe).protocol);
  if (!web && !contact) return { ok: false, why: 'noContact', scheme };
  // "www.example.org" would resolve as a page beside this one: the owner meant https://.
  if (!scheme && /^www\./i.test(text.trim())) return { ok: false, why: 'bad', scheme };
  return { ok: true, url: text.trim() };
}

/**
 * An address: `https:` and `http:` pages, and with `contact` also `mailto:`, `tel:` and WhatsApp
 * links. Anything else (`javascript:`, `data:`, `file:` …) is refused with a line saying why.
 *
 * @summary Builder field editor: a safe link.
 * @tag sebaya-edit-url
 * @fires sebaya-edit - `detail: { path, value }`: the address as typed (trimmed), or `undefined` when emptied; never a refused one. Bubbles, composed.
 */
export class SebayaEditUrl extends EditorBase {
  static override properties: PropertyDeclarations = {
    ...EditorBase.properties,
    contact: { type: Boolean },
  };

  declare value: string | undefined;
  /** The field also takes `mailto:` and `tel:` (the schema's `Link`). */
  contact = false;
  #input = (e: Event): void => {
    const text = (e.target as HTMLInputElement).value;
    this.draft = text;
    if (!text.trim()) return this.accept(undefined);
    const read = readUrl(text, this.contact);
    if (read.ok) return this.accept(read.url);
    const key =
      read.why === 'bad'
        ? 'url.bad'
        : read.why === 'noContact'
          ? 'url.noMail'
          : this.contact
            ? 'url.refusedMail'
            : 'url.refused';
    this.refuse(this.t(key, { scheme: read.scheme }));
  };

  override render() {
    return html`<div class="root">
      ${this.labelFor('control')}
      <input
        id="control"
        type="url"
        inputmode="url"
        autocomplete="off"
        spellcheck="false"
        .value=${this.draft ?? (typeof this.value === 'string' ? this.value : '')}
        ?required=${this.required}
        aria-invalid=${this.invalid}
        aria-describedby=${this.describedBy()}
        @input=${this.#input}
      />
      ${this.notes()}
    </div>`;
  }
}
