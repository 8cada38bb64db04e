/**
 * Templates of anonymous replies (reply chunk): the secret shown once after sending, and the
 * "Check for a reply" view. Everything from the team and the visitor is bound as text.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { ref } from 'lit/directives/ref.js';
import type { Localize } from '../core/i18n/controller.js';
import type { Params } from '../core/i18n/catalog.js';
import type { ReplyKey } from './messages-reply.js';
import type { SupportFormKey } from './messages.js';
import type { OpenedReply, ReplyOutcome, ReplySecret } from './model/reply-client.js';

/** What the templates read of the desk, and what they ask it to do. */
export interface DeskView {
  readonly keep: boolean;
  readonly canKeep: boolean;
  readonly stored?: 'remembered' | 'forgotten';
  readonly copied?: 'copied' | 'selected';
  readonly code: string;
  readonly words: string;
  readonly checking: boolean;
  readonly problem?: 'code' | 'words';
  readonly outcome?: ReplyOutcome;
  copy(text: HTMLElement): Promise<void>;
  remember(keep: boolean): void;
  forget(): void;
  open(): void;
  back(): void;
  type(field: 'code' | 'words', value: string): void;
  check(form: HTMLFormElement | undefined, locale: string): Promise<void>;
}

type I18n = Localize<SupportFormKey>;
const say = (i18n: I18n, key: ReplyKey, params?: Params): string => i18n.t(key as unknown as SupportFormKey, params);

/** A `lang` attribute only for what looks like a language tag (a reply names its own language). */
const langOf = (lang: string): string | typeof nothing =>
  /^[a-z]{2,3}(-[A-Za-z0-9]{1,8})*$/.test(lang) ? lang : nothing;

/**
 * Brings the secret into view when it first shows, after the status line took the focus (at 360 px
 * it is below the fold). One function for every render, so Lit calls it only for a new element.
 */
const intoView = (el?: Element): void => {
  if (el) requestAnimationFrame(() => el.scrollIntoView({ block: 'nearest' }));
};

/**
 * Brings an answer into view when it arrives (at 360 px it lands below Check): whole when it
 * fits, else from its top (`scroll-padding-top` keeps it clear of a sticky crisis bar).
 */
const answerIntoView = (el?: Element): void => {
  if (!el) return;
  requestAnimationFrame(() =>
    el.scrollIntoView({ block: el.getBoundingClientRect().height > innerHeight * 0.7 ? 'start' : 'nearest' }),
  );
};

/** The reference code and the five words, once, with Copy, "remember" and the way to the check view. */
export function secretView(i18n: I18n, desk: DeskView, sent: ReplySecret): TemplateResult {
  const t = (key: ReplyKey, params?: Params) => say(i18n, key, params);
  const copy = (ev: Event) => {
    const box = (ev.currentTarget as HTMLElement).closest('.reply-secret')?.querySelector<HTMLElement>('.secret-text');
    if (box) void desk.copy(box);
  };
  const copied =
    desk.copied === 'copied' ? t('supportForm.reply.copied') : desk.copied ? t('supportForm.reply.selected') : '';
  return html`<section class="reply-secret note" part="reply-secret" aria-labelledby="sf-secret-title" ${ref(intoView)}>
    <h3 id="sf-secret-title">${t('supportForm.reply.secret.title')}</h3>
    <p>${t('supportForm.reply.secret.lead')}</p>
    <p class="secret-text">
      <span>${t('supportForm.reply.secret.code')}</span> <span class="code">${sent.code}</span><br />
      <span>${t('supportForm.reply.secret.words')}</span> <span class="code words">${sent.words.join(' ')}</span>
    </p>
    <div class="actions">
      <button type="button" @click=${copy}>${t('supportForm.reply.copy')}</button>
      <button type="button" @click=${() => desk.open()}>${t('supportForm.reply.open')}</button>
    </div>
    <p class="muted" role="status" aria-live="polite">${copied}</p>
    <label class="choice"
      ><input type="checkbox" .checked=${live(desk.keep)} @change=${(ev: Event) => desk.remember((ev.target as HTMLInputElement).checked)} />
      <span>${t('supportForm.reply.remember')}</span></label
    >
    ${desk.keep ? html`<p class="muted">${t('supportForm.reply.remembered')}</p>` : nothing}
    ${desk.canKeep ? nothing : html`<p>${t('supportForm.reply.notRemembered')}</p>`}
  </section>`;
}

/** The day a reply was sent, in the visitor's language (a calendar day: no time zone moves it). */
function dayText(i18n: I18n, day: string): string {
  const date = new Date(`${day}T00:00:00Z`);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day) || Number.isNaN(date.getTime())) return day;
  return new Intl.DateTimeFormat(i18n.intlLocale, { dateStyle: 'long', timeZone: 'UTC' }).format(date);
}

function repliesView(i18n: I18n, replies: readonly OpenedReply[]): TemplateResult {
  return html`<div ${ref(answerIntoView)}>
    <p><strong>${say(i18n, 'supportForm.reply.found', { count: replies.length })}</strong></p>
    <ol class="replies">
      ${replies.map(
        (r) => html`<li>
          <p class="muted">${say(i18n, 'supportForm.reply.day', { day: dayText(i18n, r.sentAt) })}</p>
          <p class="reply-text" lang=${langOf(r.lang)}>${r.text}</p>
        </li>`,
      )}
    </ol>
  </div>`;
}

function outcomeView(i18n: I18n, desk: DeskView, retry: () => void): TemplateResult | typeof nothing {
  const t = (key: ReplyKey, params?: Params) => say(i18n, key, params);
  if (desk.checking)
    return html`<p><span class="spinner" aria-hidden="true"></span> ${t('supportForm.reply.checking')}</p>`;
  switch (desk.outcome?.kind) {
    case 'replies':
      return repliesView(i18n, desk.outcome.replies);
    case 'none':
      return html`<p ${ref(answerIntoView)}>${t('supportForm.reply.none')}</p>`;
    case 'limited':
      return html`<p ${ref(answerIntoView)}>${t('supportForm.reply.limited', { count: desk.outcome.minutes })}</p>`;
    case 'unreachable':
      return html`<div ${ref(answerIntoView)}>
        <p>${t('supportForm.reply.unreachable')}</p>
        <div class="actions"><button type="button" @click=${retry}>${t('supportForm.reply.retry')}</button></div>
      </div>`;
    default:
      return nothing;
  }
}

/** "Check for a reply": the code and the words, Check, and what the receiver had. */
export function checkView(i18n: I18n, desk: DeskView): TemplateResult {
  const t = (key: ReplyKey, params?: Params) => say(i18n, key, params);
  const locale = i18n.locale;
  let form: HTMLFormElement | undefined;
  const submit = (ev: SubmitEvent) => {
    ev.preventDefault();
    form = ev.currentTarget as HTMLFormElement;
    void desk.check(form, locale);
  };
  const retry = () => void desk.check(form, locale);
  const field = (name: 'code' | 'words', value: string) => {
    const bad = desk.problem === name;
    return html`<div class="field">
      <label for=${`sf-reply-${name}`}>${t(`supportForm.reply.${name}`)}</label>
      <p class="hint" id=${`sf-reply-${name}-hint`}>${t(`supportForm.reply.${name}.hint`)}</p>
      <input
        id=${`sf-reply-${name}`}
        name=${`reply-${name}`}
        type="text"
        autocomplete="off"
        autocapitalize=${name === 'code' ? 'characters' : 'none'}
        spellcheck="false"
        aria-invalid=${bad ? 'true' : 'false'}
        aria-describedby=${`sf-reply-${name}-hint${bad ? ` sf-reply-${name}-error` : ''}`}
        .value=${live(value)}
        @input=${(ev: Event) => desk.type(name, (ev.target as HTMLInputElement).value)}
      />
      ${bad ? html`<p class="error-text" id=${`sf-reply-${name}-error`}>${t(`supportForm.reply.bad.${name}`)}</p>` : nothing}
    </div>`;
  };
  return html`<h2 id="sf-title">${t('supportForm.reply.title')}</h2>
    <p>${t('supportForm.reply.lead')}</p>
    <form part="reply-form" novalidate @submit=${submit}>
      ${field('code', desk.code)} ${field('words', desk.words)}
      <div class="actions">
        <!-- aria-disabled, not disabled: a disabled button drops the keyboard user's focus while checking. -->
        <button type="submit" class="primary" aria-disabled=${desk.checking ? 'true' : 'false'}>
          ${t('supportForm.reply.check')}
        </button>
      </div>
    </form>
    <div class="status reply-status" part="status" role="status" aria-live="polite" tabindex="-1">${outcomeView(i18n, desk, retry)}</div>
    ${
      desk.stored === 'remembered'
        ? html`<p class="muted">${t('supportForm.reply.storedHere')}</p>
            <div class="actions"><button type="button" @click=${() => desk.forget()}>${t('supportForm.reply.forget')}</button></div>`
        : nothing
    }
    <p class="muted" role="status" aria-live="polite">${desk.stored === 'forgotten' ? t('supportForm.reply.forgotten') : ''}</p>
    <div class="actions"><button type="button" @click=${() => desk.back()}>${t('supportForm.reply.back')}</button></div>`;
}
