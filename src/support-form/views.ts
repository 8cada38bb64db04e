/**
 * The support form's templates, as functions of plain data: the status line, the requests waiting
 * on this device and the form itself. The element gathers the data, translates with `t` and
 * handles what the visitor does (`FormActions`).
 */
import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { lineActions, linkShortNumbers } from '../core/crisis-lines.js';
import type { CrisisLine } from '../core/config/schema.js';
import type { Localize } from '../core/i18n/controller.js';
import type { LocalizedText, Translate } from '../core/i18n/localize.js';
import type { SupportFormKey } from './messages.js';
import type { ReplyDesk } from './reply-desk.js';
import { focusWhenReplyShows } from './reply-focus.js';
import { DEFAULT_MAX_LENGTH, FIELDS, offeredMethods, type Draft, type DraftErrors, type Field } from './model/draft.js';
import type { OutboxRecord } from './model/outbox.js';
import { inTrouble, isFailing, isWaiting, refusalKey, type SendPhase } from './model/phase.js';
import { IDENTIFYING_METHODS, URGENCIES, referenceCode, type Urgency } from './model/request.js';
import type { SupportFormSection } from './schema.js';

type T = Translate<SupportFormKey>;
type View = TemplateResult | typeof nothing;

/** What the visitor can do; the element does it. */
export interface FormActions {
  submit(e: SubmitEvent): void;
  /** A change to the draft (choosing urgency "now" also brings the crisis lines into view). */
  change(patch: Partial<Draft>): void;
  agree(consent: boolean): void;
  /** Sends what waits in the outbox now. */
  flush(): void;
  /** Deletes a waiting request. */
  remove(id: string): void;
  /** "Write another request" after one went out. */
  again(): void;
  /** Shows the form (`form`) or "Check for a reply" (`reply`). */
  show(view: string): void;
}

/** What the status line and the list of waiting requests show. */
export interface StatusData {
  readonly phase: SendPhase;
  /** The id of the request last sent (or tried). */
  readonly id?: string;
  /** The requests waiting in the outbox (this one too, while it waits). */
  readonly pending: readonly OutboxRecord[];
  /** Whether a key is configured (what waits is sealed). */
  readonly sealed: boolean;
  readonly refusal?: { readonly status: number; readonly reason: string };
  /** Reference codes of earlier requests that went out while this page was open. */
  readonly earlier: readonly string[];
}

/** The status line's content for each phase. */
export function statusView(t: T, s: StatusData, on: FormActions): View {
  const { phase, id, refusal } = s;
  const record = s.pending.find((r) => r.id === id);
  const earlier = s.earlier.map((c) => html`<p>${t('supportForm.sentEarlier', { code: c })}</p>`);
  if (phase === 'sending')
    return html`<p><span class="spinner" aria-hidden="true"></span> ${t('supportForm.status.sending')}</p>`;
  if (phase === 'editing') return earlier.length ? html`${earlier}` : nothing;
  const code = id
    ? html`<p>${t('supportForm.status.code')} <span class="code">${referenceCode(id)}</span></p>
        <p class="muted">${t('supportForm.status.codeHint')}</p>`
    : nothing;
  const status = (phase === 'rejected' ? refusal?.status : (record?.rejected?.status ?? record?.lastStatus)) ?? 0;
  const head: SupportFormKey =
    phase === 'rejected'
      ? refusalKey(status)
      : phase === 'failing'
        ? record?.rejected
          ? 'supportForm.status.refused'
          : 'supportForm.status.failing'
        : `supportForm.status.${phase}`;
  const rest =
    phase === 'sent'
      ? code
      : isWaiting(phase)
        ? html`
            <p>${t(s.sealed ? 'supportForm.status.storedSealed' : 'supportForm.status.storedPlain')}</p>
            ${code}
            <div class="actions">
              <button type="button" @click=${on.flush}>${t('supportForm.sendNow')}</button>
              ${record && !record.sealed ? html`<button type="button" @click=${() => on.remove(record.id)}>${t('supportForm.pending.delete')}</button>` : nothing}
            </div>`
        : refusal?.reason && phase === 'rejected'
          ? html`
              <p>${t('supportForm.status.reason', { reason: refusal.reason })}</p>`
          : nothing;
  return html`<p><strong>${t(head, { status })}</strong></p>${rest}${earlier}`;
}

/** The other requests waiting on this device, each with a way to delete it. */
export function pendingView(t: T, s: StatusData, on: FormActions): View {
  const others = s.pending.filter((r) => !(r.id === s.id && isWaiting(s.phase)));
  if (!others.length) return nothing;
  return html`<div class="pending note" part="pending">
    <p>${t('supportForm.pending', { count: others.length })}</p>
    <ul>
      ${others.map((r) => {
        const code = referenceCode(r.id);
        const how = r.rejected
          ? t('supportForm.pending.refused', { status: r.rejected.status })
          : isFailing(r)
            ? t('supportForm.pending.failing', { status: r.lastStatus ?? 0 })
            : t(r.sealed ? 'supportForm.pending.sealedItem' : 'supportForm.pending.plain');
        return html`<li>
          ${t('supportForm.pending.item', { code })} (${how})
          <button type="button" aria-label=${t('supportForm.pending.deleteLabel', { code })} @click=${() => on.remove(r.id)}>${t('supportForm.pending.delete')}</button>
        </li>`;
      })}
    </ul>
  </div>`;
}

export interface FormData {
  /** The config's `supportForm`: topics, reply options, longest message, consent text. */
  readonly form?: SupportFormSection;
  readonly draft: Draft;
  readonly consent: boolean;
  readonly errors: DraftErrors;
  /** Form-wide problems ("too fast"), above the field errors in the summary. */
  readonly summary: readonly SupportFormKey[];
  /** The team's name, for the default consent text. */
  readonly organization: string;
  readonly sending: boolean;
  /** The crisis lines, shown right under the urgency choice (for "now"). */
  readonly help: View;
}

const describedBy = (...ids: (string | false | undefined)[]): string => ids.filter(Boolean).join(' ');

/** The form: topic, message, urgency, how to hear back, consent, the honeypot and the send button. */
export function formView(t: T, text: (value: LocalizedText) => string, f: FormData, on: FormActions): TemplateResult {
  const { form, draft: d, errors: e } = f;
  const max = form?.maxLength ?? DEFAULT_MAX_LENGTH;
  const topics = form?.topics ?? [];
  const say = (field: Field) => e[field] && t(e[field], { count: d.message.length, max });
  const req = html`<span class="req">(${t('supportForm.required')})</span>`;
  const err = (field: Field) =>
    e[field] ? html`<p class="error-text" id=${`sf-${field}-error`}>${say(field)}</p>` : nothing;
  const invalid = (field: Field) => (e[field] ? 'true' : 'false');
  const valueLabel = IDENTIFYING_METHODS.includes(d.contactMethod)
    ? t(`supportForm.contact.value.${d.contactMethod}` as SupportFormKey)
    : '';
  // A place per field in the summary: fixing one removes its line and leaves the others as they
  // are (text that changed inside the alert would be read out again).
  const fieldErrors = FIELDS.map((field) => (e[field] ? html`<li>${say(field)}</li>` : nothing));
  return html`<form part="form" novalidate @submit=${on.submit}>
    ${
      f.summary.length || Object.keys(e).length
        ? html`<div class="summary" role="alert">
          <p><strong>${t('supportForm.errors')}</strong></p>
          <ul>
            ${f.summary.map((s) => html`<li>${t(s)}</li>`)} ${fieldErrors}
          </ul>
        </div>`
        : nothing
    }
    ${
      topics.length
        ? html`<div class="field">
          <label for="sf-topic">${t('supportForm.topic')} ${req}</label>
          <select id="sf-topic" name="topic" aria-invalid=${invalid('topic')} aria-describedby=${describedBy(e.topic && 'sf-topic-error')} @change=${(ev: Event) => on.change({ topic: (ev.target as HTMLSelectElement).value })}>
            <option value="" ?selected=${!d.topic}>${t('supportForm.topic.choose')}</option>
            ${topics.map((topic) => html`<option value=${topic.id} ?selected=${d.topic === topic.id}>${text(topic.label)}</option>`)}
          </select>
          ${err('topic')}
        </div>`
        : nothing
    }
    <div class="field">
      <label for="sf-message">${t('supportForm.message')} ${req}</label>
      <p class="hint" id="sf-message-hint">${t('supportForm.message.hint')}</p>
      <textarea
        id="sf-message"
        name="message"
        rows="6"
        maxlength=${max}
        aria-invalid=${invalid('message')}
        aria-describedby=${describedBy('sf-message-hint', 'sf-message-count', e.message && 'sf-message-error')}
        .value=${live(d.message)}
        @input=${(ev: Event) => on.change({ message: (ev.target as HTMLTextAreaElement).value })}
      ></textarea>
      <p class="count ${d.message.length >= max ? 'over' : ''}" id="sf-message-count">${t('supportForm.message.count', { count: d.message.length, max })}</p>
      ${err('message')}
    </div>
    <fieldset>
      <legend>${t('supportForm.urgency')} ${req}</legend>
      ${URGENCIES.map(
        (u) => html`<label class="choice"
          ><input
            type="radio"
            name="urgency"
            value=${u}
            aria-invalid=${invalid('urgency')}
            aria-describedby=${describedBy(e.urgency && 'sf-urgency-error')}
            .checked=${live(d.urgency === u)}
            @change=${() => on.change({ urgency: u })}
          />
          ${t(`supportForm.urgency.${u}`)}</label
        >`,
      )}
      ${err('urgency')}
    </fieldset>
    ${f.help}
    <fieldset>
      <legend>${t('supportForm.contact')}</legend>
      ${offeredMethods(form?.contact).map(
        (m) => html`<label class="choice"
          ><input type="radio" name="contact" value=${m} .checked=${live(d.contactMethod === m)} @change=${() => on.change({ contactMethod: m })} />
          <span>${t(`supportForm.contact.${m}`)}${IDENTIFYING_METHODS.includes(m) ? html`<span class="identifying">⚠ ${t('supportForm.contact.identifying')}</span>` : nothing}</span></label
        >`,
      )}
      ${
        valueLabel
          ? html`<div class="field">
            <label for="sf-contact-value">${valueLabel} ${req}</label>
            <input
              id="sf-contact-value"
              name="contact-value"
              type=${d.contactMethod === 'email' ? 'email' : 'tel'}
              autocomplete=${d.contactMethod === 'email' ? 'email' : 'tel'}
              aria-invalid=${invalid('contact')}
              aria-describedby=${describedBy(e.contact && 'sf-contact-error')}
              .value=${live(d.contactValue)}
              @input=${(ev: Event) => on.change({ contactValue: (ev.target as HTMLInputElement).value })}
            />
            ${err('contact')}
          </div>`
          : nothing
      }
    </fieldset>
    <div class="field">
      <label class="choice"
        ><input
          type="checkbox"
          name="consent"
          aria-invalid=${invalid('consent')}
          aria-describedby=${describedBy(e.consent && 'sf-consent-error')}
          .checked=${live(f.consent)}
          @change=${(ev: Event) => on.agree((ev.target as HTMLInputElement).checked)}
        />
        <span>${form?.consentText ? text(form.consentText) : t('supportForm.consent', { organization: f.organization })}</span></label
      >
      ${err('consent')}
    </div>
    <div class="hp" aria-hidden="true">
      <label for="sf-website">${t('supportForm.honeypot')}</label>
      <input id="sf-website" name="website" type="text" tabindex="-1" autocomplete="off" />
    </div>
    <div class="actions">
      <button type="submit" class="primary" part="submit" ?disabled=${f.sending}>${t('supportForm.send')}</button>
    </div>
  </form>`;
}

/** Everything the form's page shows, gathered by the element. */
export interface PageData extends StatusData {
  readonly form?: SupportFormSection;
  readonly organization: string;
  /** Whether the sealing chunk is in (with a key and no sealer, nothing can be sent). */
  readonly sealing: boolean;
  readonly canSave: boolean;
  readonly draft: Draft;
  readonly consent: boolean;
  readonly errors: DraftErrors;
  readonly summary: readonly SupportFormKey[];
  /** The urgency of the request last sent. */
  readonly lastUrgency?: Urgency;
  /** The crisis lines to offer. */
  readonly lines: readonly CrisisLine[];
  /** `reply` for "Check for a reply" (with `supportForm.replies`), else the form. */
  readonly view: string;
  /** The reply chunk's desk, once it is in (with `supportForm.replies`). */
  readonly reply?: ReplyDesk;
}

let warned = false;
/** Once per page: `view="reply"` on a form whose config has no `replies` (the form shows instead). */
function ownerWarning(): void {
  if (warned) return;
  warned = true;
  console.warn(
    '[sebaya-support-form] view="reply" needs "supportForm.replies": true in the config; the form is shown.',
  );
}

/** The whole ready state: title, key and storage notes, status, crisis lines, waiting requests, the form. */
export function pageView(i18n: Localize<SupportFormKey>, p: PageData, on: FormActions): TemplateResult {
  const t: T = (key, params) => i18n.t(key, params);
  const { form, phase, organization } = p;
  const showForm = phase !== 'sent' && !isWaiting(phase);
  // The crisis lines go where the visitor is looking: beside the status after a send that did not
  // get through (or one marked "now"), else right under the urgency choice while writing.
  const trouble = inTrouble(phase);
  const helpAtStatus = trouble || (!showForm && p.lastUrgency === 'now');
  const help = !helpAtStatus && p.draft.urgency === 'now' ? crisisView(i18n, p.lines, false) : nothing;
  if (p.view === 'reply' && !form?.replies) ownerWarning();
  if (p.view === 'reply' && p.reply)
    return html`<section class="form-box" aria-labelledby="sf-title">
      ${p.reply.checkView(i18n)} ${p.reply.wantsHelp ? crisisView(i18n, p.lines, 'quiet') : nothing}
    </section>`;
  return html`<section class="form-box" aria-labelledby="sf-title">
    <h2 id="sf-title">${t('supportForm.title')}</h2>
    <p>${t('supportForm.lead', { organization })}</p>
    ${
      form?.publicKey
        ? p.sealing
          ? html`<p class="muted">🔒 ${t('supportForm.sealed')}</p>`
          : html`<p class="note">⚠ ${t('supportForm.cannotSeal')}</p>`
        : nothing
    }
    ${p.canSave ? nothing : html`<p class="note">${t('supportForm.noStorage')}</p>`}
    <div class="status ${phase}" part="status" role="status" aria-live="polite" tabindex="-1">${statusView(t, p, on)}</div>
    ${showForm || !form?.replies ? nothing : (p.reply?.secretView(i18n, p.id) ?? html`<p class="note">${t('supportForm.noReplySecret')}</p>`)}
    ${helpAtStatus ? crisisView(i18n, p.lines, trouble) : nothing}
    ${pendingView(t, p, on)}
    ${
      showForm
        ? formView(t, (v) => i18n.text(v), { ...p, sending: phase === 'sending', help }, on)
        : html`<div class="actions"><button type="button" @click=${on.again}>${t('supportForm.again')}</button></div>`
    }
    ${
      form?.replies && showForm
        ? html`<p><button type="button" @click=${(ev: Event) => {
            on.show('reply');
            focusWhenReplyShows((ev.currentTarget as HTMLElement).getRootNode());
          }}>${t('supportForm.checkReply')}</button></p>`
        : nothing
    }
  </section>`;
}

/**
 * The crisis lines: for urgency "now", after a request did not get through (`trouble`), or under
 * "no reply yet" (`quiet`: the reply's own line leads to them).
 */
function crisisView(
  i18n: Localize<SupportFormKey>,
  lines: readonly CrisisLine[],
  trouble: boolean | 'quiet',
): TemplateResult {
  return html`<section class="crisis" part="crisis" aria-labelledby="sf-crisis">
    <h3 id="sf-crisis">${i18n.t('crisis.title')}</h3>
    ${trouble === 'quiet' ? nothing : html`<p>${i18n.t(trouble ? 'supportForm.help.lead' : 'supportForm.now.lead')}</p>`}
    <ul>
      ${lines.map((line) => html`<li><strong>${i18n.text(line.name)}</strong> ${lineActions(i18n, line)}</li>`)}
    </ul>
    <p>${linkShortNumbers(i18n.t('crisis.emergency'))}</p>
  </section>`;
}
