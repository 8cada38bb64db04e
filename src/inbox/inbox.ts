import { html, LitElement, type PropertyDeclarations, type TemplateResult } from 'lit';
import { chunk } from '../core/lazy.js';
import { base, tokens } from '../core/theme/tokens.js';
import { controls } from '../core/theme/controls.js';
import type { SebayaEvents } from '../core/events.js';
import type { InboxApp } from './app.js';
import { styles } from './styles.js';
export type { InboxEventDetail } from './events.js';

/**
 * Everything past the first screen: the words, the receiver client, the decryption and the views.
 * One lazy chunk, so the entry stays small; sealing a reply (@hpke/core) is a further chunk.
 */
const app = chunk(() => import('./app.js'));

/**
 * Dispatches a bubbling, composed event. Outside the class: the manifest analyzer lists every
 * `new CustomEvent(x)` inside a class as an event named `x` (as in core/element.ts).
 */
const dispatch = <K extends keyof SebayaEvents>(el: HTMLElement, type: K, detail: SebayaEvents[K]): boolean =>
  el.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true }));

/** The four faces of the inbox, reflected as the `state` attribute. */
export const INBOX_STATES = ['loading', 'ready', 'empty', 'error'] as const;
export type InboxState = (typeof INBOX_STATES)[number];

/**
 * The coordinator's inbox: the support requests sent with `<sebaya-support-form>`, opened in this
 * browser with the team's private key (kept in IndexedDB as a non-extractable CryptoKey), sorted
 * with urgency `now` on top; mark handled, answer through a sealed reply, delete, forget a
 * reference code, export the monthly report as CSV. For a page of the team's own, never a public
 * one: it is not part of `sebaya.js` (load `inbox.js`, or the frame page `frame/inbox.html`).
 *
 * @summary The coordinator's inbox: opens sealed support requests in the browser.
 * @tag sebaya-inbox
 *
 * @attr config - URL of the site config (the same sebaya.json as the form: `supportForm.endpoint`, `publicKey`, `topics`). As a property, the config object itself.
 * @attr src - URL of the site config (as on the other elements; `config` wins when both are set).
 * @attr lang - Language (`id` or `en`); without it, the nearest `lang` up the page, the config's `locale`, then `id`.
 * @attr theme - `light`, `dark` or `auto`.
 * @attr state - Reflected: `loading`, `ready`, `empty` or `error`.
 * @csspart loading - The loading line.
 * @csspart request - One request in the list.
 * @fires sebaya-ready - The inbox showed its first screen (the set-up steps or the list). Bubbles, composed.
 * @fires sebaya-error - Something failed; `detail: { code, message, path? }`. Bubbles, composed.
 * @fires sebaya-inbox-reply-sent - A reply was sealed and stored; `detail: { id }` (the request's id). Bubbles, composed.
 * @fires sebaya-inbox-deleted - A request was deleted; `detail: { id }`. Bubbles, composed.
 * @fires sebaya-inbox-handled - A request was marked handled or not; `detail: { id, handled }`. Bubbles, composed.
 */
export class SebayaInbox extends LitElement {
  static override styles = [tokens, base, controls, styles];

  // No decorators (as in SebayaElement): Lit's decorator runtime would cost every bundle 0.4 kB.
  static override properties: PropertyDeclarations = {
    config: {},
    src: {},
    lang: {},
    theme: { reflect: true },
    state: { reflect: true },
  };

  /** URL of the site config, or (as a property) the config object. */
  declare config?: unknown;
  /** URL of the site config. */
  declare src?: string;
  /** Language (`id`, `en`). */
  declare lang: string;
  /** Colour theme: `light`, `dark` or `auto`. */
  declare theme?: 'light' | 'dark' | 'auto';
  /** Current state, reflected as the `state` attribute. */
  state: InboxState = 'loading';

  #app?: InboxApp;
  #appFailed = false;

  /** How often the list is checked for new requests while the page is visible (ms); 0: never. */
  static pollMs = 120_000;

  #poll?: ReturnType<typeof setInterval>;

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('online', this.#onOnline);
    const every = (this.constructor as typeof SebayaInbox).pollMs;
    if (every > 0)
      this.#poll = setInterval(() => {
        if (document.visibilityState === 'visible') this.#app?.poll();
      }, every);
    this.#start();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('online', this.#onOnline);
    clearInterval(this.#poll);
  }

  /** Back online: fetch again what a network failure left out. */
  readonly #onOnline = (): void => this.#app?.online();

  #start(): void {
    this.#appFailed = false;
    app().then(
      (m) => {
        this.#app ??= new m.InboxApp(this);
        this.requestUpdate();
      },
      (err: unknown) => {
        // A missing chunk (an incomplete upload of dist/): one calm line and Retry.
        console.error('[sebaya-inbox] could not load its chunk (is the chunks/ folder next to inbox.js?)', err);
        this.#appFailed = true;
        this.state = 'error';
        this.emit('sebaya-error', { code: 'load-chunk', message: String(err) });
      },
    );
  }

  /**
   * Keeps a private key file (as `sebaya keygen` writes it) on this device, as the "Open the
   * private key file" field does; for a team page that brings its own button.
   */
  async importKeyFile(file: Blob): Promise<void> {
    await (await this.#ready()).importKeyFile(file);
  }

  /** Opens the inbox with a coordinator credential, as the credential form does. */
  async signIn(credential: string, remember = false): Promise<void> {
    await (await this.#ready()).signIn(credential, remember);
  }

  async #ready(): Promise<InboxApp> {
    await app();
    return (this.#app ??= new (await app()).InboxApp(this));
  }

  /** Dispatches one of Sebaya's events, bubbling and composed. */
  emit<K extends keyof SebayaEvents>(type: K, detail: SebayaEvents[K]): void {
    dispatch(this, type, detail);
  }

  /** English when asked for, else Bahasa Indonesia: only for the two lines drawn before the chunk arrives. */
  get #english(): boolean {
    return (this.lang || this.closest('[lang]')?.getAttribute('lang') || 'id').startsWith('en');
  }

  protected override render(): TemplateResult {
    if (this.#app) return html`<div class="root" part="base">${this.#app.render()}</div>`;
    const en = this.#english;
    return html`<div class="root" part="base">
      ${
        this.#appFailed
          ? html`<div class="state" role="status">
            <p>${en ? 'The inbox could not load.' : 'Kotak masuk tidak bisa dimuat.'}</p>
            <button type="button" class="primary" @click=${() => this.#start()}>${en ? 'Try again' : 'Coba lagi'}</button>
          </div>`
          : html`<div class="state loading" part="loading" role="status" aria-live="polite">
            <span class="spinner" aria-hidden="true"></span> ${en ? 'Loading…' : 'Memuat…'}
          </div>`
      }
    </div>`;
  }
}
