import { html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
export type { RequestDetail } from './events.js';
import type { ConfigOf, Problem } from '../core/element.js';
import { SebayaWidget } from '../core/widget.js';
import { onQuickExit } from '../crisis-help/quick-exit.js';
import { internationalDigits } from '../core/safe-url.js';
import { linkShortNumbers } from '../core/crisis-lines.js';
import type { Catalogs } from '../core/i18n/catalog.js';
import type { SupportFormKey } from './messages.js';
import type * as CourierModule from './model/courier.js';
import type { Courier, SubmitResult } from './model/courier.js';
import type { OutboxRecord } from './model/outbox.js';
import type * as SealModule from './model/seal.js';
import {
  CONTACT_METHODS,
  IDENTIFYING_METHODS,
  URGENCIES,
  cleanRequest,
  dayOf,
  newId,
  plainEnvelope,
  referenceCode,
  type ContactMethod,
  type Envelope,
  type SupportRequest,
  type Urgency,
} from './model/request.js';
import type { SupportFormSection } from './schema.js';
import { styles } from './styles.js';

/**
 * Where the request is, as the visitor sees it. `failing`: saved, but the team's receiver keeps
 * answering with errors (or refused it later); `unsealable`: a key is configured and this device
 * cannot seal, so nothing was sent or saved.
 */
export const SEND_PHASES = ['editing', 'sending', 'queued', 'failing', 'sent', 'rejected', 'unsaved', 'unsealable'] as const;
export type SendPhase = (typeof SEND_PHASES)[number];
/** Phases where the request did not get through: the crisis lines show beside the status. */
const TROUBLE: readonly SendPhase[] = ['failing', 'rejected', 'unsaved', 'unsealable'];
/** After this many error answers from the receiver for one saved request, it is not "offline": say so. */
export const FAILING_AFTER = 3;
/** Answers meaning there is no receiver here at all (no retry helps): said as "not accepting requests". */
const NOT_ACCEPTING = [404, 405, 501];

/** The fields that can be wrong, in form order (the order of the error summary). */
const FIELDS = ['topic', 'message', 'urgency', 'contact', 'consent'] as const;
type Field = (typeof FIELDS)[number];
type Draft = { topic: string; message: string; urgency: Urgency | ''; contactMethod: ContactMethod; contactValue: string };
type Sealer = typeof SealModule;
type Outcome = SubmitResult | { readonly kind: 'unsealable'; readonly id: string };

/** The team's public key could be parsed but not used (WebCrypto refused it). */
class UnusableKeyError extends Error {}

const DRAFT_KEY = 'sebaya:support-form:';
export const DEFAULT_MAX_LENGTH = 2_000;
export const DEFAULT_MIN_FILL_SECONDS = 3;
const NO_KEYS = { id: {}, en: {} } as Catalogs<SupportFormKey>;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/**
 * An anonymous request for support: topic, message, urgency, how to hear back and consent.
 * Nothing is lost: a request that cannot be sent waits in an outbox (IndexedDB) and is retried
 * while the page is open and on the next visit. With `supportForm.publicKey` the request is sealed
 * (HPKE) before it is stored or sent, and never sent or stored unsealed. `urgency: now` shows the
 * crisis lines at once, right under the choice; so does a send that did not get through.
 *
 * @summary Anonymous request for support with an offline outbox and optional end-to-end encryption.
 * @tag sebaya-support-form
 *
 * @attr src - URL of the site config (JSON); reads `supportForm`, `crisis`, `organization`, `locale`, `messages`, `timeZone`.
 * @attr lang - Language (`id`, `en`, or a locale the config adds).
 * @attr theme - `light`, `dark` or `auto`.
 * @attr retry-delay - First retry delay in milliseconds (default 5000); doubles with each attempt, with jitter.
 * @attr phase - Reflected: `editing`, `sending`, `queued`, `failing`, `sent`, `rejected`, `unsaved` or `unsealable`.
 *
 * @fires sebaya-ready - The form is shown.
 * @fires sebaya-error - The config is broken; `detail: { code, message, path? }`.
 * @fires sebaya-request-queued - A request was saved to be sent later; `detail: { id }`.
 * @fires sebaya-request-sent - A request reached the receiver; `detail: { id }`.
 *
 * @csspart base - The root box.
 * @csspart form - The form.
 * @csspart status - The status line (sending, saved, sent, error).
 * @csspart crisis - The crisis lines shown for urgency "now" and when a request did not get through.
 * @csspart call - In that box, a tap-to-call link.
 * @csspart whatsapp - In that box, a WhatsApp link.
 * @csspart website - In that box, the website of a line without a phone number.
 * @csspart submit - The send button.
 * @csspart pending - The list of requests waiting on this device.
 * @csspart error - The error state.
 *
 * @cssprop --sebaya-support-form-accent - Accent of the choices (falls back to --sebaya-color-accent).
 * @cssprop --sebaya-support-form-field-surface - Background of the fields (falls back to --sebaya-color-surface).
 */
export class SebayaSupportForm extends SebayaWidget<SupportFormSection, SupportFormKey> {
  static override styles = [...SebayaWidget.styles, styles];

  // Reactive properties (no decorators: see `SebayaElement.properties`).
  static override properties: PropertyDeclarations = {
    retryDelay: { type: Number, attribute: 'retry-delay' },
    phase: { reflect: true },
    draft: { state: true, attribute: false },
    consent: { state: true, attribute: false },
    errors: { state: true, attribute: false },
    summary: { state: true, attribute: false },
    lastId: { state: true, attribute: false },
    lastUrgency: { state: true, attribute: false },
    refusal: { state: true, attribute: false },
    pending: { state: true, attribute: false },
    sentEarlier: { state: true, attribute: false },
    canSave: { state: true, attribute: false },
    sealer: { state: true, attribute: false },
  };

  /** First retry delay in ms; doubles with each attempt (with jitter). */
  retryDelay = 5_000;

  /** Where the current request is. */
  readonly phase: SendPhase = 'editing';

  protected readonly section = 'supportForm' as const;
  /** Valibot and the schema load as a lazy chunk (with the config-issue strings). */
  protected readonly schema = () => import('./schema.js').then((m) => m.schema);
  /**
   * The form's strings are a lazy chunk loaded in prepare(); before that only the loading and
   * error views show, whose strings come from the core and (config issues) the schema chunk.
   */
  private loadedCatalogs?: Catalogs<SupportFormKey>;
  protected get catalogs(): Catalogs<SupportFormKey> {
    return this.loadedCatalogs ?? NO_KEYS;
  }

  // Reactive state (listed in `properties`):
  private draft: Draft = { topic: '', message: '', urgency: '', contactMethod: 'none', contactValue: '' };
  private consent = false;
  private errors: Partial<Record<Field, string>> = {};
  /** Form-wide problems for the summary ("too fast"); field errors are in `errors`. */
  private summary: string[] = [];
  private declare lastId?: string;
  private declare lastUrgency?: Urgency;
  private declare refusal?: { status: number; reason: string };
  private pending: OutboxRecord[] = [];
  private sentEarlier: string[] = [];
  private canSave = true;

  private courier?: Courier;
  /** The sealing chunk, once loaded; with a `publicKey` and no sealer nothing is sent or saved. */
  private declare sealer?: Sealer;
  private fillStart?: number;

  private get form(): SupportFormSection | undefined {
    return this.siteConfig?.supportForm;
  }

  private get endpoint(): string {
    return new URL(this.form?.endpoint ?? '', document.baseURI).href;
  }

  private get maxLength(): number {
    return this.form?.maxLength ?? DEFAULT_MAX_LENGTH;
  }

  private get methods(): ContactMethod[] {
    const own = this.form?.contact ?? ['none', 'code'];
    return CONTACT_METHODS.filter((m) => own.includes(m));
  }

  private setPhase(next: SendPhase): void {
    (this as { phase: SendPhase }).phase = next;
  }

  // ---- lifecycle ------------------------------------------------------------------------------

  /** Removes this form's quick-exit clean-up. */
  private offQuickExit?: () => void;

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.hasUpdated && this.form && !this.courier) void this.startCourier();
    // The quick exit (crisis panel) deletes what waits here in readable form before it leaves.
    this.offQuickExit = onQuickExit(() => this.courier?.removeUnsealed());
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.offQuickExit?.();
    this.courier?.stop();
    this.courier = undefined;
  }

  /** The form's strings and its courier: every form needs both, so they come beside the config. */
  protected override preload(): void {
    for (const chunk of [import('./messages.js'), import('./model/courier.js')]) chunk.catch(() => undefined);
  }

  protected override async prepare(config: ConfigOf<{ supportForm?: SupportFormSection }>, signal: AbortSignal): Promise<void> {
    const key = config.supportForm?.publicKey;
    this.sealer = undefined;
    // Without WebCrypto (a page served over http:) the device cannot seal: said to the visitor, not as a config error.
    if (key && crypto.subtle) {
      // Loaded now, while the page is online, so sealing works offline later. If it cannot load,
      // the form still shows and says that nothing can be sent from it. The sealing chunk checks
      // the key with WebCrypto (the curve check in public-key.ts stays in the lazy schema).
      const sealer = await this.loadSealer();
      try {
        await sealer?.importRecipientKey(key);
      } catch {
        throw new UnusableKeyError();
      }
    }
    if (!this.loadedCatalogs) {
      const { supportFormEn, supportFormId } = await import('./messages.js');
      this.loadedCatalogs = { id: supportFormId, en: supportFormEn };
      // A new identity makes the base class rebuild its cached translator with these catalogs.
      this.siteConfig = { ...config };
    }
    if (signal.aborted) return;
    await this.restoreDraft();
    if (signal.aborted) return;
    await this.startCourier();
  }

  protected override problemFrom(err: unknown): Problem {
    if (!(err instanceof UnusableKeyError)) return super.problemFrom(err);
    const message = `supportForm.publicKey: ${this.t('supportForm.issue.unusable')}`;
    return { code: 'config-invalid', message, path: 'supportForm.publicKey', details: [message], retryable: false };
  }

  /**
   * Starts the courier, loaded as its own chunk (outbox, delivery, retries) so pages without a
   * form never download it. If the chunk cannot load, the form still shows; sending says so.
   */
  private async startCourier(): Promise<void> {
    this.courier?.stop();
    let loaded: typeof CourierModule;
    try {
      loaded = await import('./model/courier.js');
    } catch {
      this.canSave = false;
      return;
    }
    const courier = await loaded.Courier.create(this.endpoint, {
      timeoutMs: (this.form?.timeoutSeconds ?? 20) * 1000,
      bodyType: this.form?.contentType,
      retryBaseMs: this.retryDelay,
      onSent: (id) => this.onDelivered(id),
      // Another tab sent this form's waiting request: show it as sent here too.
      onSentElsewhere: (id) => {
        if (id === this.lastId && this.waiting) this.onDelivered(id);
      },
      onRejected: () => void this.refreshPending(),
      onChange: () => void this.refreshPending(),
    });
    if (!this.isConnected) {
      courier.stop();
      return;
    }
    this.courier?.stop();
    this.courier = courier;
    this.canSave = courier.canSave;
    courier.start();
    await this.refreshPending();
  }

  /** Loads the sealing chunk (again, after a failure); undefined when it cannot load. */
  private loadSealer(): Promise<Sealer | undefined> {
    return import('./model/seal.js').then(
      (m) => (this.sealer = m),
      () => undefined,
    );
  }

  /** Whether the current request is saved and waiting (`queued`, or `failing`). */
  private get waiting(): boolean {
    return this.phase === 'queued' || this.phase === 'failing';
  }

  private async refreshPending(): Promise<void> {
    this.pending = (await this.courier?.pending()) ?? [];
    // A saved request the receiver keeps failing (or refused on a retry) is no longer "on its way".
    const mine = this.pending.find((r) => r.id === this.lastId);
    if (this.phase === 'queued' && mine && (mine.rejected || (mine.serverErrors ?? 0) >= FAILING_AFTER)) this.setPhase('failing');
  }

  private onDelivered(id: string): void {
    if (id === this.lastId && this.waiting) this.setPhase('sent');
    else this.sentEarlier = [...this.sentEarlier, referenceCode(id)];
    this.emit('sebaya-request-sent', { id });
    void this.refreshPending();
  }

  // ---- draft ----------------------------------------------------------------------------------

  private get draftKey(): string {
    return DRAFT_KEY + this.endpoint;
  }

  /** An empty draft (with the first reply option offered). */
  private blank(): Draft {
    return { topic: '', message: '', urgency: '', contactMethod: this.methods[0] ?? 'none', contactValue: '' };
  }

  /**
   * Reads the draft back. With a `publicKey` it is stored only locked under this tab's key (see
   * `lockDraft`): one locked before a reload cannot be opened and is removed; a plain one (kept
   * before the key was configured) is taken and locked at once.
   */
  private async restoreDraft(): Promise<void> {
    let saved: (Partial<Draft> & { locked?: unknown }) | null;
    try {
      saved = JSON.parse(sessionStorage.getItem(this.draftKey) ?? 'null') as typeof saved;
      if (saved && typeof saved.locked === 'string') saved = JSON.parse(await this.sealer!.unlockDraft(saved.locked, this.draftKey)) as typeof saved;
    } catch {
      saved = null;
      this.storeDraft();
    }
    const methods = this.methods;
    this.draft =
      saved && typeof saved === 'object'
        ? {
            topic: typeof saved.topic === 'string' ? saved.topic : '',
            message: typeof saved.message === 'string' ? saved.message : '',
            urgency: URGENCIES.includes(saved.urgency as Urgency) ? (saved.urgency as Urgency) : '',
            contactMethod: methods.includes(saved.contactMethod as ContactMethod) ? (saved.contactMethod as ContactMethod) : this.blank().contactMethod,
            contactValue: typeof saved.contactValue === 'string' ? saved.contactValue : '',
          }
        : this.blank();
    if (this.draft.message) this.fillStart = performance.now();
    if (saved && this.form?.publicKey) this.saveDraft();
  }

  /** Counts draft writes: a locked write that ends after a newer write (or a clear) is dropped. */
  private draftWrites = 0;

  /** Stores `value` as the draft, or removes it. */
  private storeDraft(value?: string, write = ++this.draftWrites): void {
    if (write !== this.draftWrites) return;
    try {
      if (value) sessionStorage.setItem(this.draftKey, value);
      else sessionStorage.removeItem(this.draftKey);
    } catch {
      // Storage disabled or full: the draft lives only on the page.
    }
  }

  /** Keeps the draft for a reload; with a `publicKey` only as ciphertext under this tab's key, or not at all. */
  private saveDraft(): void {
    const text = JSON.stringify(this.draft);
    const write = ++this.draftWrites;
    if (!this.form?.publicKey) this.storeDraft(text, write);
    else if (!this.sealer) this.storeDraft(undefined, write);
    else
      this.sealer.lockDraft(text, this.draftKey).then(
        (locked) => this.storeDraft(JSON.stringify({ locked }), write),
        () => this.storeDraft(undefined, write),
      );
  }

  private clearDraft(): void {
    this.storeDraft();
    this.draft = this.blank();
    this.consent = false;
    this.fillStart = undefined;
  }

  private change(patch: Partial<Draft>): void {
    this.fillStart ??= performance.now();
    this.draft = { ...this.draft, ...patch };
    if (this.phase !== 'editing' && this.phase !== 'sending') this.setPhase('editing');
    this.saveDraft();
  }

  // ---- validation and sending -----------------------------------------------------------------

  private validate(): Partial<Record<Field, string>> {
    const d = this.draft;
    const errors: Partial<Record<Field, string>> = {};
    if (this.form?.topics?.length && !this.form.topics.some((t) => t.id === d.topic)) errors.topic = this.t('supportForm.error.topic');
    if (!d.message.trim()) errors.message = this.t('supportForm.error.message');
    else if (d.message.length > this.maxLength) errors.message = this.t('supportForm.error.tooLong', { count: d.message.length, max: this.maxLength });
    if (!d.urgency) errors.urgency = this.t('supportForm.error.urgency');
    if (IDENTIFYING_METHODS.includes(d.contactMethod)) {
      const value = d.contactValue.trim();
      if (!value) errors.contact = this.t('supportForm.error.contact');
      else if (d.contactMethod === 'email' ? !EMAIL.test(value) : !internationalDigits(value)) {
        errors.contact = this.t(d.contactMethod === 'email' ? 'supportForm.error.email' : 'supportForm.error.phone');
      }
    }
    if (!this.consent) errors.consent = this.t('supportForm.error.consent');
    return errors;
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    // Once a submit has shown errors, each goes as soon as it is fixed: a red "please choose" under
    // a choice made is confusing. New problems wait for the next submit.
    if ((changed.has('draft') || changed.has('consent')) && Object.keys(this.errors).length) {
      const now = this.validate();
      this.errors = Object.fromEntries(FIELDS.filter((f) => this.errors[f] && now[f]).map((f) => [f, now[f]]));
    }
  }

  private async focusFirstInvalid(): Promise<void> {
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }

  private async onSubmit(e: SubmitEvent): Promise<void> {
    e.preventDefault();
    if (this.phase === 'sending' || !this.form) return;
    const errors = this.validate();
    this.errors = errors;
    this.summary = [];
    if (Object.keys(errors).length) {
      void this.focusFirstInvalid();
      return;
    }
    const minFill = (this.form.minFillSeconds ?? DEFAULT_MIN_FILL_SECONDS) * 1000;
    if (minFill > 0 && (this.fillStart === undefined || performance.now() - this.fillStart < minFill)) {
      this.fillStart ??= performance.now();
      this.summary = [this.t('supportForm.error.tooFast')];
      return;
    }
    const honeypot = this.renderRoot.querySelector<HTMLInputElement>('input[name="website"]')?.value;
    const urgency = this.draft.urgency as Urgency;
    if (honeypot) {
      // A bot filled the hidden field: look as if it worked, send nothing.
      this.lastId = newId();
      this.lastUrgency = urgency;
      this.clearDraft();
      this.setPhase('sent');
      return;
    }
    this.setPhase('sending');
    this.refusal = undefined;
    let result: Outcome;
    try {
      result = await this.send(urgency);
    } catch (err) {
      // Sealing or storage failed in a way the courier could not classify: nothing was sent or saved.
      console.error(`[${this.localName}]`, err);
      result = { kind: 'unsaved', id: newId() };
    }
    this.lastId = result.id;
    this.lastUrgency = urgency;
    if (result.kind === 'sent' || result.kind === 'queued') {
      this.clearDraft();
      this.setPhase(result.kind);
      this.emit(result.kind === 'sent' ? 'sebaya-request-sent' : 'sebaya-request-queued', { id: result.id });
    } else {
      // Rejected, unsaved or unsealable: nothing was kept anywhere but here, so the draft stays.
      if (result.kind === 'rejected') this.refusal = { status: result.status, reason: result.reason };
      this.setPhase(result.kind);
    }
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('.status')?.focus();
  }

  /**
   * Builds, (optionally) stamps and seals the envelope, then hands it to the courier. With a
   * `publicKey`, an envelope that cannot be sealed is neither sent nor saved (`unsealable`).
   */
  private async send(urgency: Urgency): Promise<Outcome> {
    const form = this.form!;
    const d = this.draft;
    const id = newId();
    const method = d.contactMethod;
    const contact = method === 'code' ? { method, value: referenceCode(id) } : IDENTIFYING_METHODS.includes(method) ? { method, value: d.contactValue.trim() } : { method };
    const request: SupportRequest = cleanRequest({ topic: d.topic || 'general', message: d.message, urgency, lang: this.locale, contact });
    const sentAt = dayOf(new Date(), this.timeZone);
    const sealer = form.publicKey && (this.sealer ?? (await this.loadSealer()));
    if (form.publicKey && !sealer) return { kind: 'unsealable', id };
    const pow = form.proofOfWork ? await (await import('./model/pow.js')).solvePow(id, form.proofOfWork.bits) : undefined;
    let envelope: Envelope;
    if (sealer) {
      try {
        envelope = await sealer.sealEnvelope(pow ? { id, sentAt, pow } : { id, sentAt }, request, form.publicKey!);
      } catch (err) {
        console.error(`[${this.localName}]`, err);
        this.sealer = undefined; // says so above the form too
        return { kind: 'unsealable', id };
      }
    } else envelope = plainEnvelope(id, sentAt, request, pow);
    if (!this.courier) await this.startCourier();
    const courier = this.courier;
    if (!courier) return { kind: 'unsaved', id };
    return courier.submit(id, JSON.stringify(envelope), envelope.sealed);
  }

  private async deleteSaved(id: string): Promise<void> {
    await this.courier?.remove(id);
    if (id === this.lastId && this.waiting) this.setPhase('editing');
    await this.refreshPending();
  }

  private writeAnother(): void {
    this.setPhase('editing');
    this.lastId = undefined;
    this.refusal = undefined;
    this.errors = {};
    this.summary = [];
  }

  // ---- rendering ------------------------------------------------------------------------------

  protected renderContent(): TemplateResult {
    const organization = this.text(this.siteConfig?.organization?.name) || this.t('supportForm.team');
    const showForm = this.phase !== 'sent' && !this.waiting;
    // The crisis lines go where the visitor is looking: beside the status after a send that did not
    // get through (or one marked "now"), else right under the urgency choice while writing.
    const trouble = TROUBLE.includes(this.phase);
    const helpAtStatus = trouble || (!showForm && this.lastUrgency === 'now');
    return html`<section class="form-box" aria-labelledby="sf-title">
      <h2 id="sf-title">${this.t('supportForm.title')}</h2>
      <p>${this.t('supportForm.lead', { organization })}</p>
      ${this.form?.publicKey
        ? this.sealer
          ? html`<p class="muted">🔒 ${this.t('supportForm.sealed')}</p>`
          : html`<p class="note">⚠ ${this.t('supportForm.cannotSeal')}</p>`
        : nothing}
      ${this.canSave ? nothing : html`<p class="note">${this.t('supportForm.noStorage')}</p>`}
      <div class="status ${this.phase}" part="status" role="status" aria-live="polite" tabindex="-1">${this.renderStatus()}</div>
      ${helpAtStatus ? this.renderCrisis(trouble) : nothing}
      ${this.renderPending()}
      ${showForm ? this.renderForm(organization, !helpAtStatus && this.draft.urgency === 'now') : html`<div class="actions"><button type="button" @click=${this.writeAnother}>${this.t('supportForm.again')}</button></div>`}
    </section>`;
  }

  private renderStatus(): TemplateResult | typeof nothing {
    const id = this.lastId;
    const code = id ? html`<p>${this.t('supportForm.status.code')} <span class="code">${referenceCode(id)}</span></p>
          <p class="muted">${this.t('supportForm.status.codeHint')}</p>` : nothing;
    const earlier = this.sentEarlier.map((c) => html`<p>${this.t('supportForm.sentEarlier', { code: c })}</p>`);
    switch (this.phase) {
      case 'sending':
        return html`<p><span class="spinner" aria-hidden="true"></span> ${this.t('supportForm.status.sending')}</p>`;
      case 'sent':
        return html`<p><strong>${this.t('supportForm.status.sent')}</strong></p>${code}${earlier}`;
      case 'queued':
      case 'failing': {
        const record = this.pending.find((r) => r.id === id);
        const head =
          this.phase === 'queued'
            ? this.t('supportForm.status.queued')
            : this.t(record?.rejected ? 'supportForm.status.refused' : 'supportForm.status.failing', { status: record?.rejected?.status ?? record?.lastStatus ?? 0 });
        return html`<p><strong>${head}</strong></p>
          <p>${this.t(this.form?.publicKey ? 'supportForm.status.storedSealed' : 'supportForm.status.storedPlain')}</p>
          ${code}
          <div class="actions">
            <button type="button" @click=${() => void this.courier?.flush(true)}>${this.t('supportForm.sendNow')}</button>
            ${record && !record.sealed ? html`<button type="button" @click=${() => void this.deleteSaved(record.id)}>${this.t('supportForm.pending.delete')}</button>` : nothing}
          </div>${earlier}`;
      }
      case 'rejected': {
        const status = this.refusal?.status ?? 0;
        return html`<p><strong>${this.t(NOT_ACCEPTING.includes(status) ? 'supportForm.status.notAccepting' : 'supportForm.status.rejected', { status })}</strong></p>
          ${this.refusal?.reason ? html`<p>${this.t('supportForm.status.reason', { reason: this.refusal.reason })}</p>` : nothing}${earlier}`;
      }
      case 'unsealable':
        return html`<p><strong>${this.t('supportForm.status.unsealable')}</strong></p>${earlier}`;
      case 'unsaved':
        return html`<p><strong>${this.t('supportForm.status.unsaved')}</strong></p>${earlier}`;
      default:
        return earlier.length ? html`${earlier}` : nothing;
    }
  }

  private renderPending(): TemplateResult | typeof nothing {
    const others = this.pending.filter((r) => !(r.id === this.lastId && this.waiting));
    if (!others.length) return nothing;
    return html`<div class="pending note" part="pending">
      <p>${this.t('supportForm.pending', { count: others.length })}</p>
      <ul>
        ${others.map((r) => {
          const code = referenceCode(r.id);
          const how = r.rejected
            ? this.t('supportForm.pending.refused', { status: r.rejected.status })
            : (r.serverErrors ?? 0) >= FAILING_AFTER
              ? this.t('supportForm.pending.failing', { status: r.lastStatus ?? 0 })
              : this.t(r.sealed ? 'supportForm.pending.sealedItem' : 'supportForm.pending.plain');
          return html`<li>
            ${this.t('supportForm.pending.item', { code })} (${how})
            <button type="button" aria-label=${this.t('supportForm.pending.deleteLabel', { code })} @click=${() => void this.deleteSaved(r.id)}>${this.t('supportForm.pending.delete')}</button>
          </li>`;
        })}
      </ul>
    </div>`;
  }

  /** The crisis lines: for urgency "now", or (`trouble`) after a request did not get through. */
  private renderCrisis(trouble: boolean): TemplateResult {
    return html`<section class="crisis" part="crisis" aria-labelledby="sf-crisis">
      <h3 id="sf-crisis">${this.t('crisis.title')}</h3>
      <p>${this.t(trouble ? 'supportForm.help.lead' : 'supportForm.now.lead')}</p>
      <ul>
        ${this.crisisLines.map((line) => html`<li><strong>${this.text(line.name)}</strong> ${this.renderLineActions(line)}</li>`)}
      </ul>
      <p>${linkShortNumbers(this.t('crisis.emergency'))}</p>
    </section>`;
  }

  private describedBy(...ids: (string | false | undefined)[]): string {
    return ids.filter(Boolean).join(' ');
  }

  /** Choosing "now" brings the crisis lines (rendered under the choice) into view at once. */
  private async chooseUrgency(urgency: Urgency): Promise<void> {
    this.change({ urgency });
    if (urgency !== 'now') return;
    await this.updateComplete;
    this.renderRoot.querySelector('.crisis')?.scrollIntoView({ block: 'nearest' });
  }

  private renderForm(organization: string, nowHelp: boolean): TemplateResult {
    const d = this.draft;
    const e = this.errors;
    const topics = this.form?.topics ?? [];
    const max = this.maxLength;
    const req = html`<span class="req">(${this.t('supportForm.required')})</span>`;
    const err = (field: Field) => (e[field] ? html`<p class="error-text" id=${`sf-${field}-error`}>${e[field]}</p>` : nothing);
    const valueLabel = IDENTIFYING_METHODS.includes(d.contactMethod) ? this.t(`supportForm.contact.value.${d.contactMethod}` as SupportFormKey) : '';
    const consentText = this.form?.consentText ? this.text(this.form.consentText) : this.t('supportForm.consent', { organization });
    // A place per field in the summary: fixing one removes its line and leaves the others as they
    // are (text that changed inside the alert would be read out again).
    const fieldErrors = FIELDS.map((f) => (e[f] ? html`<li>${e[f]}</li>` : nothing));
    return html`<form part="form" novalidate @submit=${this.onSubmit}>
      ${this.summary.length || Object.keys(e).length
        ? html`<div class="summary" role="alert">
            <p><strong>${this.t('supportForm.errors')}</strong></p>
            <ul>
              ${this.summary.map((s) => html`<li>${s}</li>`)} ${fieldErrors}
            </ul>
          </div>`
        : nothing}
      ${topics.length
        ? html`<div class="field">
            <label for="sf-topic">${this.t('supportForm.topic')} ${req}</label>
            <select id="sf-topic" name="topic" aria-invalid=${e.topic ? 'true' : 'false'} aria-describedby=${this.describedBy(e.topic && 'sf-topic-error')} @change=${(ev: Event) => this.change({ topic: (ev.target as HTMLSelectElement).value })}>
              <option value="" ?selected=${!d.topic}>${this.t('supportForm.topic.choose')}</option>
              ${topics.map((t) => html`<option value=${t.id} ?selected=${d.topic === t.id}>${this.text(t.label)}</option>`)}
            </select>
            ${err('topic')}
          </div>`
        : nothing}
      <div class="field">
        <label for="sf-message">${this.t('supportForm.message')} ${req}</label>
        <p class="hint" id="sf-message-hint">${this.t('supportForm.message.hint')}</p>
        <textarea
          id="sf-message"
          name="message"
          rows="6"
          maxlength=${max}
          aria-invalid=${e.message ? 'true' : 'false'}
          aria-describedby=${this.describedBy('sf-message-hint', 'sf-message-count', e.message && 'sf-message-error')}
          .value=${live(d.message)}
          @input=${(ev: Event) => this.change({ message: (ev.target as HTMLTextAreaElement).value })}
        ></textarea>
        <p class="count ${d.message.length >= max ? 'over' : ''}" id="sf-message-count">${this.t('supportForm.message.count', { count: d.message.length, max })}</p>
        ${err('message')}
      </div>
      <fieldset>
        <legend>${this.t('supportForm.urgency')} ${req}</legend>
        ${URGENCIES.map(
          (u) => html`<label class="choice"
            ><input
              type="radio"
              name="urgency"
              value=${u}
              aria-invalid=${e.urgency ? 'true' : 'false'}
              aria-describedby=${this.describedBy(e.urgency && 'sf-urgency-error')}
              .checked=${live(d.urgency === u)}
              @change=${() => void this.chooseUrgency(u)}
            />
            ${this.t(`supportForm.urgency.${u}`)}</label
          >`,
        )}
        ${err('urgency')}
      </fieldset>
      ${nowHelp ? this.renderCrisis(false) : nothing}
      <fieldset>
        <legend>${this.t('supportForm.contact')}</legend>
        ${this.methods.map(
          (m) => html`<label class="choice"
            ><input type="radio" name="contact" value=${m} .checked=${live(d.contactMethod === m)} @change=${() => this.change({ contactMethod: m })} />
            <span>${this.t(`supportForm.contact.${m}`)}${IDENTIFYING_METHODS.includes(m) ? html`<span class="identifying">⚠ ${this.t('supportForm.contact.identifying')}</span>` : nothing}</span></label
          >`,
        )}
        ${valueLabel
          ? html`<div class="field">
              <label for="sf-contact-value">${valueLabel} ${req}</label>
              <input
                id="sf-contact-value"
                name="contact-value"
                type=${d.contactMethod === 'email' ? 'email' : 'tel'}
                autocomplete=${d.contactMethod === 'email' ? 'email' : 'tel'}
                aria-invalid=${e.contact ? 'true' : 'false'}
                aria-describedby=${this.describedBy(e.contact && 'sf-contact-error')}
                .value=${live(d.contactValue)}
                @input=${(ev: Event) => this.change({ contactValue: (ev.target as HTMLInputElement).value })}
              />
              ${err('contact')}
            </div>`
          : nothing}
      </fieldset>
      <div class="field">
        <label class="choice"
          ><input
            type="checkbox"
            name="consent"
            aria-invalid=${e.consent ? 'true' : 'false'}
            aria-describedby=${this.describedBy(e.consent && 'sf-consent-error')}
            .checked=${live(this.consent)}
            @change=${(ev: Event) => (this.consent = (ev.target as HTMLInputElement).checked)}
          />
          <span>${consentText}</span></label
        >
        ${err('consent')}
      </div>
      <div class="hp" aria-hidden="true">
        <label for="sf-website">${this.t('supportForm.honeypot')}</label>
        <input id="sf-website" name="website" type="text" tabindex="-1" autocomplete="off" />
      </div>
      <div class="actions">
        <button type="submit" class="primary" part="submit" ?disabled=${this.phase === 'sending'}>${this.t('supportForm.send')}</button>
      </div>
    </form>`;
  }
}
