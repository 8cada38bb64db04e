import { nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
export type { RequestDetail } from './events.js';
import type { ConfigOf } from '../core/element.js';
import { chunk } from '../core/lazy.js';
import { invalidConfig, ProblemError } from '../core/problem.js';
import { SebayaWidget } from '../core/widget.js';
import { onQuickExit } from '../crisis-help/quick-exit.js';
import type { Catalogs } from '../core/i18n/catalog.js';
import type { SupportFormKey } from './messages.js';
import type { Courier, SubmitResult } from './model/courier.js';
import {
  DraftStore,
  draftFrom,
  draftKey,
  emptyDraft,
  offeredMethods,
  requestFrom,
  stillWrong,
  validate,
  type Draft,
  type DraftErrors,
} from './model/draft.js';
import type { OutboxRecord } from './model/outbox.js';
import { isFailing, isWaiting, type SendPhase } from './model/phase.js';
import { buildEnvelope, dayOf, newId, referenceCode, type Urgency } from './model/request.js';
import type { SupportFormSection } from './schema.js';
import { styles } from './styles.js';
import type { FormActions } from './views.js';
import type { ReplyDesk } from './reply-desk.js';

export { SEND_PHASES, FAILING_AFTER, type SendPhase } from './model/phase.js';
export { DEFAULT_MAX_LENGTH } from './model/draft.js';

type Sealer = Awaited<ReturnType<typeof sealChunk>>;
type Outcome = SubmitResult | { readonly kind: 'unsealable'; readonly id: string };

/**
 * The form's lazy chunks. Every form needs its words, its templates and its courier, so they come
 * beside the config (`preload`); sealing only with a team key, proof of work only when asked.
 */
const words = chunk(() => import('./messages.js'));
const views = chunk(() => import('./views.js'));
const courierChunk = chunk(() => import('./model/courier.js'));
const sealChunk = chunk(() => import('./model/seal.js'));
const powChunk = chunk(() => import('./model/pow.js'));
/** Anonymous replies: only with `supportForm.replies`, once a request is sent or `view="reply"` asks. */
const replyChunk = chunk(() => import('./reply-desk.js'));

export const DEFAULT_MIN_FILL_SECONDS = 3;
const NO_KEYS = { id: {}, en: {} } as Catalogs<SupportFormKey>;
const state = (names: string): PropertyDeclarations =>
  Object.fromEntries(names.split(' ').map((name) => [name, { state: true, attribute: false }]));

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
 * @attr view - `reply` shows "Check for a reply" (with `supportForm.replies`) instead of the form; reflected.
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
 * @csspart reply-secret - After sending (with `replies`): the reference code and the reply secret.
 * @csspart reply-form - The "Check for a reply" form.
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
    view: { reflect: true },
    // Private state: each change re-renders; no attribute (Lit's accessors need plain names, not `#private`).
    ...state('draft consent errors summary lastId lastUrgency refusal pending sentEarlier canSave sealer'),
  };

  /** First retry delay in ms; doubles with each attempt (with jitter). */
  retryDelay = 5_000;

  /** `reply`: "Check for a reply" (with `supportForm.replies`); anything else: the form. */
  view = 'form';

  /** Where the current request is. */
  readonly phase: SendPhase = 'editing';

  protected readonly section = 'supportForm' as const;
  /** Valibot and the schema load as a lazy chunk (with the config-issue strings). */
  protected readonly schema = () => import('./schema.js').then((m) => m.schema);
  /**
   * The form's strings are a lazy chunk loaded in prepare(); before that only the loading and
   * error views show, whose strings come from the core and (config issues) the schema chunk.
   */
  #catalogs?: Catalogs<SupportFormKey>;
  protected get catalogs(): Catalogs<SupportFormKey> {
    return this.#catalogs ?? NO_KEYS;
  }

  // Reactive state (listed in `properties`):
  private draft: Draft = emptyDraft();
  private consent = false;
  /** Field errors shown, as message keys (translated when rendered). */
  private errors: DraftErrors = {};
  /** Form-wide problems for the summary ("too fast"); field errors are in `errors`. */
  private summary: SupportFormKey[] = [];
  declare private lastId?: string;
  declare private lastUrgency?: Urgency;
  declare private refusal?: { status: number; reason: string };
  private pending: OutboxRecord[] = [];
  private sentEarlier: string[] = [];
  private canSave = true;
  /** The sealing chunk, once loaded; with a `publicKey` and no sealer nothing is sent or saved. */
  declare private sealer?: Sealer;

  #courier?: Courier;
  #fillStart?: number;
  /** The session copy of the draft, kept for a reload. */
  #drafts = new DraftStore();
  /** What the visitor does in the templates (views.ts). */
  #on: FormActions = {
    submit: (e) => void this.#submit(e),
    change: (patch) => void this.#change(patch),
    agree: (consent) => (this.consent = consent),
    flush: () => void this.#courier?.flush(true),
    remove: (id) => void this.#deleteSaved(id),
    again: () => this.#writeAnother(),
    show: (view) => (this.view = view),
  };
  #desk?: ReplyDesk;

  get #form(): SupportFormSection | undefined {
    return this.siteConfig?.supportForm;
  }

  get #endpoint(): string {
    return new URL(this.#form?.endpoint ?? '', document.baseURI).href;
  }

  #setPhase(next: SendPhase): void {
    (this as { phase: SendPhase }).phase = next;
  }

  // ---- lifecycle ------------------------------------------------------------------------------

  /** Removes this form's quick-exit clean-up. */
  #offQuickExit?: () => void;

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.hasUpdated && this.#form && !this.#courier) void this.#startCourier();
    // The quick exit (crisis panel) deletes what waits here in readable form before it leaves.
    this.#offQuickExit = onQuickExit(() => this.#courier?.removeUnsealed());
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#offQuickExit?.();
    this.#courier?.stop();
    this.#courier = undefined;
  }

  /** The form's words, templates and courier: every form needs them, so they come beside the config. */
  protected override preload(): void {
    for (const c of [words, views, courierChunk]) c().catch(() => undefined);
  }

  protected override async prepare(
    config: ConfigOf<{ supportForm?: SupportFormSection }>,
    signal: AbortSignal,
  ): Promise<void> {
    const key = config.supportForm?.publicKey;
    this.sealer = undefined;
    // Without WebCrypto (a page served over http:) the device cannot seal: said to the visitor, not as a config error.
    if (key && crypto.subtle) {
      // Loaded now, while the page is online, so sealing works offline later. If it cannot load,
      // the form still shows and says that nothing can be sent from it. The sealing chunk checks
      // the key with WebCrypto (the curve check in public-key.ts stays in the lazy schema).
      const sealer = await this.#loadSealer();
      try {
        await sealer?.importRecipientKey(key);
      } catch {
        // The key could be parsed but not used (WebCrypto refused it).
        throw new ProblemError(() =>
          invalidConfig('supportForm.publicKey', `supportForm.publicKey: ${this.t('supportForm.issue.unusable')}`),
        );
      }
    }
    // Without its templates the form cannot show: a chunk that does not load is the error view, with Retry.
    await views();
    if (!this.#catalogs) {
      const { supportFormId } = await words();
      this.#catalogs = { id: supportFormId, en: () => import('./messages-en.js').then((m) => m.supportFormEn) };
      // A new identity makes the base class rebuild its cached translator with these catalogs.
      this.siteConfig = { ...config };
    }
    // English (for a page, an element or a config in English) before the form shows.
    await this.i18n.load();
    if (signal.aborted) return;
    await this.#restoreDraft();
    if (signal.aborted) return;
    await this.#startCourier();
  }

  /**
   * Starts the courier, loaded as its own chunk (outbox, delivery, retries) so pages without a
   * form never download it. If the chunk cannot load, the form still shows; sending says so.
   */
  async #startCourier(): Promise<void> {
    this.#courier?.stop();
    let loaded;
    try {
      loaded = await courierChunk();
    } catch {
      this.canSave = false;
      return;
    }
    const courier = await loaded.Courier.create(this.#endpoint, {
      timeoutMs: (this.#form?.timeoutSeconds ?? 20) * 1000,
      bodyType: this.#form?.contentType,
      retryBaseMs: this.retryDelay,
      onSent: (id) => this.#onDelivered(id),
      // Another tab sent this form's waiting request: show it as sent here too.
      onSentElsewhere: (id) => {
        if (id === this.lastId && isWaiting(this.phase)) this.#onDelivered(id);
      },
      onRejected: () => void this.#refreshPending(),
      onChange: () => void this.#refreshPending(),
    });
    if (!this.isConnected) {
      courier.stop();
      return;
    }
    this.#courier?.stop();
    this.#courier = courier;
    this.canSave = courier.canSave;
    courier.start();
    await this.#refreshPending();
  }

  /** Loads the sealing chunk (again, after a failure); undefined when it cannot load. */
  #loadSealer(): Promise<Sealer | undefined> {
    return sealChunk()
      .then((m) => (this.sealer = m))
      .catch(() => undefined);
  }

  async #refreshPending(): Promise<void> {
    this.pending = (await this.#courier?.pending()) ?? [];
    // A saved request the receiver keeps failing (or refused on a retry) is no longer "on its way".
    const mine = this.pending.find((r) => r.id === this.lastId);
    if (this.phase === 'queued' && mine && isFailing(mine)) this.#setPhase('failing');
  }

  #onDelivered(id: string): void {
    if (id === this.lastId && isWaiting(this.phase)) this.#setPhase('sent');
    else this.sentEarlier = [...this.sentEarlier, referenceCode(id)];
    this.emit('sebaya-request-sent', { id });
    void this.#refreshPending();
  }

  // ---- draft ----------------------------------------------------------------------------------

  /**
   * Reads the draft back. With a `publicKey` it is stored only locked under this tab's key (see
   * `lockDraft`): one locked before a reload cannot be opened and is removed; a plain one (kept
   * before the key was configured) is taken and locked at once.
   */
  async #restoreDraft(): Promise<void> {
    const saved = await this.#drafts.read(draftKey(this.#endpoint), this.sealer);
    this.draft = draftFrom(saved, offeredMethods(this.#form?.contact));
    if (this.draft.message) this.#fillStart = performance.now();
    if (saved && this.#form?.publicKey) this.#saveDraft();
  }

  /** Keeps the draft for a reload; with a `publicKey` only as ciphertext under this tab's key, or not at all. */
  #saveDraft(): void {
    this.#drafts.save(this.draft, this.#form?.publicKey, this.sealer);
  }

  #clearDraft(): void {
    this.#drafts.clear();
    this.draft = emptyDraft(offeredMethods(this.#form?.contact));
    this.consent = false;
    this.#fillStart = undefined;
  }

  /** Choosing urgency "now" also brings the crisis lines (rendered under the choice) into view. */
  async #change(patch: Partial<Draft>): Promise<void> {
    this.#fillStart ??= performance.now();
    this.draft = { ...this.draft, ...patch };
    if (this.phase !== 'editing' && this.phase !== 'sending') this.#setPhase('editing');
    this.#saveDraft();
    if (patch.urgency !== 'now') return;
    await this.updateComplete;
    this.renderRoot.querySelector('.crisis')?.scrollIntoView({ block: 'nearest' });
  }

  // ---- validation and sending -----------------------------------------------------------------

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    // Once a submit has shown errors, each goes as soon as it is fixed: a red "please choose" under
    // a choice made is confusing. New problems wait for the next submit.
    if ((changed.has('draft') || changed.has('consent')) && Object.keys(this.errors).length)
      this.errors = stillWrong(this.errors, validate(this.draft, this.consent, this.#form));
  }

  async #submit(e: SubmitEvent): Promise<void> {
    e.preventDefault();
    if (this.phase === 'sending' || !this.#form) return;
    const errors = validate(this.draft, this.consent, this.#form);
    this.errors = errors;
    this.summary = [];
    if (Object.keys(errors).length) {
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
      return;
    }
    const minFill = (this.#form.minFillSeconds ?? DEFAULT_MIN_FILL_SECONDS) * 1000;
    if (minFill > 0 && (this.#fillStart === undefined || performance.now() - this.#fillStart < minFill)) {
      this.#fillStart ??= performance.now();
      this.summary = ['supportForm.error.tooFast'];
      return;
    }
    const honeypot = this.renderRoot.querySelector<HTMLInputElement>('input[name="website"]')?.value;
    const urgency = this.draft.urgency as Urgency;
    if (honeypot) {
      // A bot filled the hidden field: look as if it worked, send nothing.
      this.lastId = newId();
      this.lastUrgency = urgency;
      this.#clearDraft();
      this.#setPhase('sent');
      return;
    }
    this.#setPhase('sending');
    this.refusal = undefined;
    let result: Outcome;
    try {
      result = await this.#send();
    } catch (err) {
      // Sealing or storage failed in a way the courier could not classify: nothing was sent or saved.
      console.error(`[${this.localName}]`, err);
      result = { kind: 'unsaved', id: newId() };
    }
    this.lastId = result.id;
    this.lastUrgency = urgency;
    if (result.kind === 'sent' || result.kind === 'queued') {
      this.#clearDraft();
      this.#setPhase(result.kind);
      this.emit(result.kind === 'sent' ? 'sebaya-request-sent' : 'sebaya-request-queued', { id: result.id });
    } else {
      // Rejected, unsaved or unsealable: nothing was kept anywhere but here, so the draft stays.
      if (result.kind === 'rejected') this.refusal = { status: result.status, reason: result.reason };
      this.#setPhase(result.kind);
    }
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('.status')?.focus();
  }

  /**
   * Builds, (optionally) stamps and seals the envelope, then hands it to the courier. With a
   * `publicKey`, an envelope that cannot be sealed is neither sent nor saved (`unsealable`).
   */
  async #send(): Promise<Outcome> {
    const form = this.#form!;
    const id = newId();
    const sealer = form.publicKey ? (this.sealer ?? (await this.#loadSealer())) : undefined;
    if (form.publicKey && !sealer) return { kind: 'unsealable', id };
    const head = { id, sentAt: dayOf(new Date(), this.timeZone) };
    const desk = form.replies && (await replyChunk().catch(() => undefined)) ? this.#replies() : undefined;
    const request = requestFrom(this.draft, id, this.locale, await desk?.prepare(id, this.locale));
    const solvePow = async (bits: number) => (await powChunk()).solvePow(id, bits);
    const envelope = await buildEnvelope(head, request, form, sealer, solvePow, this.#sealFailed);
    if (!envelope) return { kind: 'unsealable', id };
    if (!this.#courier) await this.#startCourier();
    return this.#courier?.submit(id, JSON.stringify(envelope), envelope.sealed) ?? { kind: 'unsaved', id };
  }

  /** Sealing failed: nothing is sent or saved, and the form says it cannot seal. */
  #sealFailed = (err: unknown): void => {
    console.error(`[${this.localName}]`, err);
    this.sealer = undefined;
  };

  async #deleteSaved(id: string): Promise<void> {
    await this.#courier?.remove(id);
    if (id === this.lastId && isWaiting(this.phase)) this.#setPhase('editing');
    await this.#refreshPending();
  }

  #writeAnother(): void {
    this.#setPhase('editing');
    this.lastId = undefined;
    this.refusal = undefined;
    this.errors = {};
    this.summary = [];
  }

  // ---- rendering ------------------------------------------------------------------------------

  /** The reply desk once its chunk is in (with `supportForm.replies`; asked for here, it loads). */
  #replies(): ReplyDesk | undefined {
    const m = this.#form?.replies ? this.need(replyChunk) : undefined;
    return m && (this.#desk ??= new m.ReplyDesk(this, () => this.#endpoint));
  }

  protected renderContent(): TemplateResult | typeof nothing {
    // In since `prepare` (asked again, and waited for, if a test or a page re-rendered first).
    const v = this.need(views);
    const form = this.#form;
    const { draft, consent, errors, summary, pending, refusal, lastUrgency, canSave, phase, view } = this;
    const page = {
      ...{ draft, consent, errors, summary, pending, refusal, lastUrgency, canSave, phase, view, form },
      id: this.lastId,
      sealed: !!form?.publicKey,
      sealing: !!this.sealer,
      earlier: this.sentEarlier,
      organization: this.text(this.siteConfig?.organization?.name) || this.t('supportForm.team'),
      lines: this.crisisLines,
      reply: this.view === 'reply' || this.#desk ? this.#replies() : undefined,
    };
    return v ? v.pageView(this.i18n, page, this.#on) : nothing;
  }
}
