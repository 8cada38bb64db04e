import { html, nothing, type PropertyDeclarations } from 'lit';
import { downloadFile } from '../../core/download.js';
import { newKeyFile } from '../../inbox/model/key-file.js';
import type { PublicPoint } from '../../inbox/model/key-store.js';
import { EditorBase } from './base.js';

const B64_32 = /^[A-Za-z0-9_-]{43}$/;

export type KeyReading =
  { readonly ok: true; readonly key: PublicPoint } | { readonly ok: false; readonly why: 'private' | 'json' | 'shape' };

/**
 * A pasted public key: a bare JWK or `{ publicKey: JWK }`. Anything holding a private part
 * (`d` anywhere, or a `privateKey`) is refused whole: a key file pasted by mistake must not end up
 * on a website. Only the public fields are kept.
 */
export function readPublicKey(text: string): KeyReading {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, why: 'json' };
  }
  if (!json || typeof json !== 'object') return { ok: false, why: 'shape' };
  const outer = json as Record<string, unknown>;
  const inner =
    outer.publicKey && typeof outer.publicKey === 'object' ? (outer.publicKey as Record<string, unknown>) : outer;
  if ('d' in outer || 'privateKey' in outer || 'd' in inner) return { ok: false, why: 'private' };
  const { kty, crv, x, y, kid } = inner;
  if (
    kty !== 'EC' ||
    crv !== 'P-256' ||
    typeof x !== 'string' ||
    typeof y !== 'string' ||
    !B64_32.test(x) ||
    !B64_32.test(y)
  )
    return { ok: false, why: 'shape' };
  const key: PublicPoint = { kty, crv, x, y, ...(typeof kid === 'string' && kid.length <= 100 ? { kid } : {}) };
  return { ok: true, key };
}

/**
 * The team's public key for sealed requests (`supportForm.publicKey`): paste it, or make a new
 * P-256 pair here. The private half goes straight into the downloaded key file — the exact
 * `sebaya keygen` format, written by the inbox's own writer — and nowhere else: no storage, no
 * property, no event. A pasted private key is refused and wiped from the field.
 *
 * @summary Builder field editor: the team's public key (paste or generate).
 * @tag sebaya-edit-public-key
 * @fires sebaya-edit - `detail: { path, value }`: the public JWK `{ kty, crv, x, y, kid? }`, or `undefined` when removed. Bubbles, composed.
 */
export class SebayaEditPublicKey extends EditorBase {
  static override properties: PropertyDeclarations = {
    ...EditorBase.properties,
    generated: { state: true },
    busy: { state: true },
  };

  declare value: PublicPoint | undefined;
  protected generated = false;
  protected busy = false;

  protected override valueFromOutside(): void {
    this.generated = false;
  }

  #paste = (e: Event): void => {
    const area = e.target as HTMLTextAreaElement;
    if (!area.value.trim()) return;
    const read = readPublicKey(area.value);
    if (read.ok) {
      area.value = '';
      this.generated = false;
      return this.accept(read.key);
    }
    if (read.why === 'private') {
      // Wiped at once: the private key must not stay on screen, in the page, or in an autosave.
      area.value = '';
      return this.refuse(this.t('key.private'));
    }
    this.refuse(this.t(read.why === 'json' ? 'key.badJson' : 'key.badShape'));
  };

  #generate = async (): Promise<void> => {
    this.busy = true;
    try {
      const file = await newKeyFile(this.t('key.file.comment'));
      downloadFile(
        this.renderRoot,
        'sebaya-private-key.json',
        'application/json',
        `${JSON.stringify(file, null, 2)}\n`,
      );
      const { kty, crv, x, y, kid } = file.publicKey;
      this.accept({ kty, crv, x, y, ...(kid ? { kid } : {}) });
      this.generated = true;
    } finally {
      this.busy = false;
    }
  };

  override focus(options?: FocusOptions): void {
    this.renderRoot.querySelector<HTMLElement>('#control')?.focus(options);
  }

  override render() {
    const key = this.value && typeof this.value === 'object' ? this.value : undefined;
    return html`<div class="root">
      <span class="label">${this.label}${this.requiredMark()}</span>
      ${this.hint ? html`<p class="hint" id="hint">${this.hint}</p>` : nothing}
      <p role="status" aria-live="polite" class="key-state">
        ${key ? this.t(this.generated ? 'key.generated' : 'key.current') : this.t('key.none')}
      </p>
      ${key ? html`<pre class="key" tabindex="0" aria-label=${this.t('key.current')}>${JSON.stringify(key, null, 2)}</pre>` : nothing}
      <label for="control">${this.t('key.paste')}</label>
      <textarea
        id="control"
        spellcheck="false"
        autocomplete="off"
        aria-invalid=${this.invalid}
        aria-describedby=${['paste-hint', this.describedBy()].join(' ')}
        @input=${this.#paste}
      ></textarea>
      <p class="hint" id="paste-hint">${this.t('key.paste.hint')}</p>
      ${this.error ? html`<p class="problem" id="error">${this.t('error.prefix')} ${this.error}</p>` : nothing}
      <p class="problem" id="refusal" role="status" aria-live="polite">${this.refusal}</p>
      <div class="row actions">
        <button type="button" ?disabled=${this.busy} aria-describedby="generate-hint" @click=${this.#generate}>
          ${this.t('key.generate')}
        </button>
        ${key ? html`<button type="button" @click=${() => this.accept(undefined)}>${this.t('key.clear')}</button>` : nothing}
      </div>
      <p class="hint" id="generate-hint">${this.t('key.generate.hint')}</p>
    </div>`;
  }
}
