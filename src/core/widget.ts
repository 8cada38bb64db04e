import { html, nothing, type PropertyDeclarations, type TemplateResult } from 'lit';
import { defaultCrisisLines } from './crisis-lines.js';
import { SebayaElement } from './element.js';
import { telUrl } from './safe-url.js';
import { controls } from './theme/controls.js';

/**
 * The base of the four widgets (calendar, support form, quiz, directory): the crisis panel's base
 * (`SebayaElement`) plus what only widgets show — a loading view, an error view with Retry, and the
 * crisis-help line at their foot — and the controls' styles (buttons, fields, states). The crisis
 * panel does without them: it never shows a loading or an error view.
 *
 * @attr no-help - Hides the crisis-help line at the foot of the element (also hidden while a `<sebaya-crisis-help>` is on the page).
 * @csspart loading - The loading state (a spinner and "Memuat…" / "Loading…", a polite status).
 * @csspart retry - The Try again button of the error view (only where retrying can help).
 * @csspart help - The crisis-help line ("Need to talk to someone now? …").
 * @csspart error - The error view visitors see: one calm line, Retry where retrying can help, the crisis-help line.
 */
export abstract class SebayaWidget<Section = unknown, Key extends string = never> extends SebayaElement<Section, Key> {
  static override styles = [...SebayaElement.styles, controls];

  // Reactive properties (no decorators: see `SebayaElement.properties`).
  static override properties: PropertyDeclarations = { noHelp: { type: Boolean, attribute: 'no-help' } };

  /** Hides the crisis-help line at the foot of the element (keep it unless every page shows the crisis panel). */
  noHelp = false;

  protected renderLoading(): TemplateResult {
    return html`<div class="state loading" part="loading" role="status" aria-live="polite"><span class="spinner" aria-hidden="true"></span> ${this.t('core.loading')}</div>`;
  }

  /**
   * What visitors see when something failed: one calm line, Retry where retrying can help (the
   * network), and the crisis-help line. The technical detail goes to the site owner: the console,
   * `sebaya-error`, and the owner box (`renderOwnerBox`), shown here only in debug mode.
   */
  protected renderError(): TemplateResult {
    return html`<div class="state" part="error" role="status">
      <p>${this.t('core.error.title')}</p>
      ${this.problem?.retryable ? html`<p><button type="button" class="primary" part="retry" @click=${() => this.reload()}>${this.t('core.error.retry')}</button></p>` : nothing}
      ${this.renderHelpLine()} ${this.renderOwnerBox()}
    </div>`;
  }

  /**
   * The same way to help, in the same place, in every widget (WCAG 3.2.6; the error view has its
   * own), unless the page shows the crisis panel itself: then once is enough.
   */
  protected override renderFoot(): unknown {
    return this.noHelp || document.querySelector('sebaya-crisis-help') ? nothing : this.renderHelpLine();
  }

  /** The way to the crisis lines, shown in the same place by every widget. */
  protected renderHelpLine(): TemplateResult {
    // A line to call: the config's first with a phone number, else the national one.
    const line = this.crisisLines.find((l) => l.phone) ?? defaultCrisisLines((k) => this.t(k))[0];
    const href = line?.phone ? telUrl(line.phone, line.extension) : undefined;
    return html`<p class="help" part="help">
      ${this.t('core.error.help')} ${href && line ? html`<a href=${href}>${this.text(line.name)}</a>` : nothing}
    </p>`;
  }
}
