import { html, nothing, type PropertyDeclarations, type TemplateResult } from 'lit';
import { DEFAULT_QUICK_EXIT_URL, defaultCrisisLines, lineActions, linkShortNumbers } from '../core/crisis-lines.js';
export type { QuickExitDetail } from './events.js';
import type { CrisisLine, SharedConfig } from '../core/config/schema.js';
import { SebayaElement } from '../core/element.js';
import { chunk } from '../core/lazy.js';
import type { Catalogs } from '../core/i18n/catalog.js';
import { formatDate } from '../core/i18n/format.js';
import { safeUrl } from '../core/safe-url.js';
import { installQuickExitShortcut, quickExit } from './quick-exit.js';
import { crisisStyles } from './styles.js';

/** The sticky bar's styles and room-keeping: a lazy chunk. */
const sticky = chunk(() => import('./sticky.js'));

export const CRISIS_LAYOUTS = ['full', 'bar', 'sticky'] as const;
export type CrisisLayout = (typeof CRISIS_LAYOUTS)[number];

/** The crisis panel reads only shared keys; its strings live in the core catalog. */
const NO_KEYS: Catalogs<never> = { id: {}, en: {} };

/**
 * Crisis lines (tap to call, WhatsApp, web) and a quick-exit link, reachable from everywhere.
 *
 * It never waits and never fails: the built-in national lines show at once, the config's replace
 * them when it arrives, and a broken config (bad JSON, a wrong type, a failed fetch or chunk) leaves
 * the built-in lines and the quick exit in place — `sebaya-error` and the console tell the site owner.
 *
 * @summary Crisis lines and a quick exit.
 * @tag sebaya-crisis-help
 *
 * @attr layout - `full` (default: a panel with every line), `bar` (one compact row) or `sticky` (a
 *   compact bar that stays at the top of the screen while the page scrolls: put it first in `<body>`;
 *   it keeps the page's `scroll-padding-top` at its height, so a focused field is never under it).
 * @attr src - URL of the site config (JSON); reads `crisis`, `locale`, `messages`.
 * @attr lang - Language (`id`, `en`, or a locale the config adds).
 * @attr theme - `light`, `dark` or `auto`.
 * @attr no-shortcut - Turns off the Shift ×3 quick-exit shortcut for this element.
 *
 * @fires sebaya-ready - The lines are shown.
 * @fires sebaya-error - The config is broken; `detail: { code, message, path? }`.
 * @fires sebaya-quick-exit - Before leaving; `detail: { url }`. Cancelable (the page stays if cancelled).
 *
 * @csspart base - The root box.
 * @csspart panel - The full layout's box.
 * @csspart bar - The bar and sticky layouts' row.
 * @csspart lines - The list of lines.
 * @csspart line - One line.
 * @csspart call - A tap-to-call link.
 * @csspart whatsapp - A WhatsApp link.
 * @csspart website - The website of a line without a phone number.
 * @csspart exit - The quick-exit link.
 * @csspart error - The error state.
 *
 * @cssprop --sebaya-crisis-accent - Accent of the panel (falls back to --sebaya-color-danger).
 * @cssprop --sebaya-color-surface - Background.
 * @cssprop --sebaya-color-text - Text colour.
 */
export class SebayaCrisisHelp extends SebayaElement<never, never> {
  static override styles = [...SebayaElement.styles, crisisStyles];

  // Reactive properties (no decorators: see `SebayaElement.properties`).
  static override properties: PropertyDeclarations = {
    layout: { reflect: true },
    noShortcut: { type: Boolean, attribute: 'no-shortcut' },
  };

  /** `full`, `bar` or `sticky`. */
  layout: CrisisLayout = 'full';

  /** Turns off the Shift ×3 shortcut for this element. */
  noShortcut = false;

  protected readonly section = undefined;
  protected readonly schema = () => import('../core/config/schema.js').then((m) => m.SharedConfig);
  protected readonly catalogs = NO_KEYS;
  protected override readonly worksWithoutConfig = true;

  #removeShortcut?: () => void;

  override connectedCallback(): void {
    super.connectedCallback();
    if (!this.noShortcut)
      this.#removeShortcut = installQuickExitShortcut(
        () => this.#exitUrl,
        (url) => this.leave(url),
      );
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#removeShortcut?.();
    this.#removeShortcut = undefined;
    void this.#room?.then((stop) => stop());
    this.#room = undefined;
  }

  /** The sticky bar's styles and room on the page: a lazy chunk (most pages have none); stopped on disconnect. */
  #room?: Promise<() => void>;

  protected override updated(): void {
    super.updated();
    // A chunk that fails is asked for again on the next update (the panel itself never waits for it).
    if (this.layout === 'sticky')
      this.#room ??= sticky().then(
        (m) => m.stick(this),
        () => ((this.#room = undefined), () => {}),
      );
  }

  get #exitUrl(): string {
    return safeUrl(this.siteConfig?.crisis?.quickExitUrl) ?? DEFAULT_QUICK_EXIT_URL;
  }

  /** Leaves the page now (unless a listener cancels `sebaya-quick-exit`). */
  leave(url = this.#exitUrl): void {
    if (this.emit('sebaya-quick-exit', { url }, true)) quickExit(url);
  }

  #onExitClick(e: MouseEvent): void {
    // A modified click (new tab) is the visitor's choice; a plain one replaces this page.
    if (e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
    e.preventDefault();
    this.leave();
  }

  protected renderContent(): TemplateResult {
    return this.#render(this.crisisLines);
  }

  /** While the config loads, the lines shown so far (the built-in ones at first): nothing to wait for. */
  protected renderLoading(): TemplateResult {
    return this.renderContent();
  }

  /** A broken config never takes the help away: the built-in lines and the way out, as always. */
  protected renderError(): TemplateResult {
    // What is wrong goes to the site owner only: the console, sebaya-error, and the owner box in debug mode.
    return html`${this.#render(defaultCrisisLines((k) => this.t(k)))}${this.renderOwnerBox()}`;
  }

  #render(lines: readonly CrisisLine[]): TemplateResult {
    const sticky = this.layout === 'sticky';
    // A complementary landmark: a page often has the bar on top and the full panel (a region of
    // the same name) further down. The sticky bar offers the first line only, to stay one row.
    return sticky || this.layout === 'bar'
      ? html`<aside class="bar ${sticky ? 'sticky' : ''}" part="bar" aria-label=${this.t('crisis.title')}>
          ${sticky ? nothing : html`<p class="title">${this.t('crisis.title')}</p>`}
          <div class="actions">${lines.slice(0, sticky ? 1 : 2).map((line) => lineActions(this.i18n, line, true))}</div>
          ${this.#renderExit()}
        </aside>`
      : html`<section class="panel" part="panel" aria-labelledby="crisis-title">
          <h2 id="crisis-title">${this.t('crisis.title')}</h2>
          <p>${this.t('crisis.lead')}</p>
          <ul class="lines" part="lines">
            ${lines.map((line) => this.#renderLine(line))}
          </ul>
          <p class="muted">${linkShortNumbers(this.t('crisis.emergency'))}</p>
          <div class="exit-row">
            ${this.#renderExit()}<span class="muted"
              >${this.t('crisis.exitHint')} ${this.noShortcut ? nothing : html`<span class="shortcut">${this.t('crisis.exitShortcut')}</span>`}</span
            >
          </div>
        </section>`;
  }

  #renderLine(line: CrisisLine): TemplateResult {
    const source = line.source;
    const sourceUrl = safeUrl(source?.url);
    return html`<li class="line" part="line">
      <span class="name">${this.text(line.name)}</span>
      ${line.description ? html`<span>${this.text(line.description)}</span>` : nothing}
      ${line.hours ? html`<span class="muted">${this.t('crisis.hours', { hours: this.text(line.hours) })}</span>` : nothing}
      <span class="actions">${lineActions(this.i18n, line)}</span>
      ${
        source && (sourceUrl || source.label)
          ? html`<span class="source muted"
            >${this.t('crisis.source', {
              source: this.text(source.label) || sourceUrl || '',
              date: source.checked
                ? formatDate(new Date(`${source.checked}T12:00:00Z`), this.intlLocale, 'UTC', { dateStyle: 'medium' })
                : '—',
            })}
            ${sourceUrl ? html`<a href=${sourceUrl} rel="noopener noreferrer" target="_blank">↗<span class="visually-hidden">${this.text(source.label) || sourceUrl}</span></a>` : nothing}</span
          >`
          : nothing
      }
    </li>`;
  }

  #renderExit(): TemplateResult {
    return html`<a class="button exit" part="exit" href=${this.#exitUrl} rel="noreferrer" @click=${this.#onExitClick}><span aria-hidden="true">✕</span> ${this.t('crisis.exit')}</a>`;
  }
}

/** The config view of the crisis panel: shared keys only. */
export type CrisisHelpConfig = SharedConfig;
