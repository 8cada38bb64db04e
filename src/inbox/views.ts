/**
 * The inbox's templates: the set-up steps, the list and its tools. Everything from a request, the
 * config or the server is bound as text, never as HTML. Labels, hints and errors share the
 * element's shadow root with their fields, so `aria-describedby` always reaches them.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { live as liveValue } from 'lit/directives/live.js';
import { ref } from 'lit/directives/ref.js';
import { repeat } from 'lit/directives/repeat.js';
import type { InboxKey } from './messages.js';
import type { Failure } from './model/client.js';
import type { InboxConfig } from './model/config.js';
import { samePoint } from './model/key-file.js';
import type { StoredKey } from './model/key-store.js';
import { referenceCode } from '../support-form/model/request.js';
import { reportMonths } from './model/csv.js';
import type { Row } from './model/requests.js';

export const PHASES = ['loading', 'config-error', 'need-key', 'need-credential', 'fetching', 'list'] as const;
export type Phase = (typeof PHASES)[number];

/** What the views read and call (the controller in app.ts implements it). */
export interface InboxView {
  readonly phase: Phase;
  readonly config?: InboxConfig;
  readonly key?: StoredKey;
  readonly loaded: boolean;
  readonly rows: readonly Row[];
  readonly shown: number;
  readonly failure?: Failure;
  readonly said: string;
  readonly keyError?: InboxKey;
  readonly credError?: InboxKey;
  readonly forgetError?: InboxKey;
  readonly generatedPublicKey?: string;
  readonly createdCredential?: { credential: string; hash: string };
  readonly replying?: string;
  readonly confirming?: { kind: 'delete' | 'forget' | 'forget-key'; id: string };
  readonly withMessages: boolean;
  readonly month: string;
  readonly busy: boolean;
  t(key: InboxKey, params?: Record<string, string | number>): string;
  topicLabel(id: string): string;
  day(day: string): string;
  retry(): void;
  reloadConfig(): void;
  importKeyFile(file: Blob): Promise<void>;
  generateKey(): Promise<void>;
  forgetKey(): Promise<void>;
  signIn(credential: string, remember: boolean): Promise<void>;
  signOut(): void;
  createCredential(): Promise<void>;
  refresh(): Promise<void>;
  setHandled(id: string, handled: boolean): Promise<void>;
  sendReply(id: string, text: string): Promise<boolean>;
  remove(id: string): Promise<void>;
  askForget(code: string): void;
  forget(code: string): Promise<void>;
  exportCsv(): void;
  showMore(): void;
  ask(kind: 'delete' | 'forget-key', id?: string): void;
  cancel(): void;
  openReply(id: string): void;
  /** The reply being written to a request (kept through a failure, a 401 and a new sign-in). */
  draft(id: string): string;
  keepDraft(id: string, text: string): void;
  setWithMessages(value: boolean): void;
  setMonth(month: string): void;
  monthName(month: string): string;
}

/** The key on this device is not the pair of the config's public key: new requests will not open. */
const keyMismatch = (v: InboxView): boolean =>
  !!(v.key && v.config?.publicKey && !samePoint(v.key.publicKey, v.config.publicKey));

/** Moves focus to an element as soon as it is drawn (a confirm step, a reply box). */
const focusOnDraw = ref((el) => {
  if (el instanceof HTMLElement) requestAnimationFrame(() => el.focus());
});

const live = (v: InboxView): TemplateResult =>
  html`<p class="visually-hidden" role="status" aria-live="polite">${v.said}</p>`;

export function renderInbox(v: InboxView): TemplateResult {
  return html`<h2>${v.t('inbox.title')}</h2>
    ${live(v)}${body(v)}`;
}

function body(v: InboxView): TemplateResult {
  switch (v.phase) {
    case 'loading':
    case 'fetching':
      return html`<div class="state loading" part="loading" role="status">
        <span class="spinner" aria-hidden="true"></span> ${v.t(v.phase === 'fetching' ? 'inbox.opening' : 'inbox.loading')}
      </div>`;
    case 'config-error':
      return html`<div class="state error" part="error">
        <p>${v.t('inbox.config.error')}</p>
        <button type="button" class="primary" @click=${() => v.reloadConfig()}>${v.t('inbox.retry')}</button>
      </div>`;
    case 'need-key':
      return keyStep(v);
    case 'need-credential':
      return html`${keyHeld(v)}${credentialStep(v)}`;
    case 'list':
      return list(v);
  }
}

function keyStep(v: InboxView): TemplateResult {
  const error = v.keyError ? html`<p class="field-error" id="key-error">${v.t(v.keyError)}</p>` : nothing;
  return html`<section aria-labelledby="key-title">
    <h3 id="key-title">${v.t('key.title')}</h3>
    <p>${v.t('key.lead')}</p>
    <label for="key-file">${v.t('key.import')}</label>
    <p class="muted" id="key-file-hint">${v.t('key.import.hint')}</p>
    <input
      id="key-file"
      type="file"
      accept=".json,application/json"
      aria-describedby=${v.keyError ? 'key-file-hint key-error' : 'key-file-hint'}
      aria-invalid=${v.keyError ? 'true' : 'false'}
      @change=${(e: Event) => {
        const file = (e.target as HTMLInputElement).files?.[0];
        if (file) void v.importKeyFile(file);
      }}
    />
    ${error}
    <p>
      <button type="button" aria-describedby="key-generate-hint" @click=${() => void v.generateKey()}>
        ${v.t('key.generate')}
      </button>
    </p>
    <p class="muted" id="key-generate-hint">${v.t('key.generate.hint')}</p>
  </section>`;
}

function keyHeld(v: InboxView): TemplateResult {
  if (!v.key) return html``;
  const confirming = v.confirming?.kind === 'forget-key';
  return html`<section aria-labelledby="held-title">
    <h3 id="held-title">${v.t('key.title')}</h3>
    ${
      v.generatedPublicKey
        ? html`<p>${v.t('key.generated')}</p>
          <pre>${v.generatedPublicKey}</pre>`
        : nothing
    }
    <p>${v.t('key.held', { kid: v.key.publicKey.kid ?? '' })}</p>
    ${keyMismatch(v) ? html`<p class="notice bad">${v.t('key.mismatch')}</p>` : nothing}
    ${
      confirming
        ? html`<p>${v.t('key.forget.confirm')}</p>
          <div class="bar">
            <button type="button" class="primary" ${focusOnDraw} @click=${() => void v.forgetKey()}>
              ${v.t('key.forget.yes')}
            </button>
            <button type="button" @click=${() => v.cancel()}>${v.t('cancel')}</button>
          </div>`
        : html`<button type="button" @click=${() => v.ask('forget-key')}>${v.t('key.forget')}</button>`
    }
  </section>`;
}

/** A one-line field the browser must not remember or correct (a credential, a reference code), with its error. */
function secretField(
  v: InboxView,
  f: {
    id: string;
    name: string;
    type: 'password' | 'text';
    label: InboxKey;
    error: InboxKey | undefined;
    hint?: string;
  },
): TemplateResult {
  const described = [f.hint, f.error ? `${f.id}-error` : undefined].filter(Boolean).join(' ');
  return html`<label for=${f.id}>${v.t(f.label)}</label>
    <input
      id=${f.id}
      name=${f.name}
      type=${f.type}
      autocomplete="off"
      spellcheck="false"
      aria-invalid=${f.error ? 'true' : 'false'}
      aria-describedby=${described || nothing}
    />
    ${f.error ? html`<p class="field-error" id=${`${f.id}-error`}>${v.t(f.error)}</p>` : nothing}`;
}

function credentialStep(v: InboxView): TemplateResult {
  const submit = (e: Event): void => {
    e.preventDefault();
    const form = e.target as HTMLFormElement;
    const field = form.elements.namedItem('credential') as HTMLInputElement;
    const remember = (form.elements.namedItem('remember') as HTMLInputElement).checked;
    void v.signIn(field.value, remember);
  };
  const created = v.createdCredential;
  return html`<section aria-labelledby="cred-title">
    <h3 id="cred-title">${v.t('cred.title')}</h3>
    <form @submit=${submit} novalidate>
      ${secretField(v, { id: 'credential', name: 'credential', type: 'password', label: 'cred.label', error: v.credError })}
      <label class="check"><input type="checkbox" name="remember" aria-describedby="remember-hint" /> ${v.t('cred.remember')}</label>
      <p class="muted" id="remember-hint">${v.t('cred.remember.hint')}</p>
      <button type="submit" class="primary">${v.t('cred.submit')}</button>
    </form>
    <p>
      <button type="button" @click=${() => void v.createCredential()}>${v.t('cred.create')}</button>
    </p>
    ${
      created
        ? html`<p>${v.t('cred.created')}</p>
          <pre>${created.credential}</pre>
          <pre>${created.hash}</pre>`
        : nothing
    }
  </section>`;
}

const failureNotice = (v: InboxView): TemplateResult | typeof nothing =>
  v.failure
    ? html`<div class="notice bad" part="failure">
        <p>${v.t(`fail.${v.failure}`)}</p>
        <button type="button" class="primary" @click=${() => v.retry()}>${v.t('inbox.retry')}</button>
      </div>`
    : nothing;

function list(v: InboxView): TemplateResult {
  const unopened = v.rows.filter((r) => r.unopened === 'key').length;
  const malformed = v.rows.filter((r) => r.unopened === 'shape').length;
  const readable = v.rows.filter((r) => r.request);
  const shown = readable.slice(0, v.shown);
  return html`<div class="bar">
      <button type="button" class="primary" ?disabled=${v.busy} @click=${() => void v.refresh()}>${v.t('list.refresh')}</button>
      <button type="button" @click=${() => v.signOut()}>${v.t('cred.signout')}</button>
    </div>
    ${failureNotice(v)} ${keyMismatch(v) ? html`<p class="notice bad">${v.t('key.mismatch')}</p>` : nothing}
    ${unopened ? html`<p class="notice bad" part="unopened">${v.t('list.unopened', { count: unopened })}</p>` : nothing}
    ${malformed ? html`<p class="notice">${v.t('list.malformed', { count: malformed })}</p>` : nothing}
    ${
      readable.length === 0
        ? // Nothing to say about an inbox that could not be read (the failure or the count says why).
          v.loaded && !unopened && !malformed
          ? html`<p class="state" part="empty" id="list-top" tabindex="-1">${v.t('list.empty')}</p>`
          : nothing
        : html`<p class="muted" id="list-top" tabindex="-1">
            ${v.t('list.count', { shown: shown.length, total: readable.length })}
          </p>
          <ul class="requests">
            ${repeat(
              shown,
              (r) => r.id,
              (r) => request(v, r),
            )}
          </ul>
          ${
            readable.length > shown.length
              ? html`<button type="button" @click=${() => v.showMore()}>${v.t('list.more')}</button>`
              : nothing
          }`
    }
    ${forgetByCode(v)} ${report(v)} ${keyHeld(v)}`;
}

function contactLine(v: InboxView, r: Row): string {
  const c = r.request!.contact;
  return v.t(`contact.${c.method}`, { value: c.value ?? '' });
}

function request(v: InboxView, r: Row): TemplateResult {
  const q = r.request!;
  const code = referenceCode(r.id);
  const confirming = v.confirming?.kind === 'delete' && v.confirming.id === r.id;
  // Fifty "Delete" buttons need their request's name: its topic and code, as a description.
  const which = `topic-${r.id} code-${r.id}`;
  return html`<li class="request ${q.urgency === 'now' ? 'now' : ''} ${r.handled ? 'handled' : ''}" part="request">
    <h3 id="topic-${r.id}">${v.topicLabel(q.topic)}</h3>
    <p class="tags">
      <span class="urgency-${q.urgency}">${v.t(`urgency.${q.urgency}`)}</span>
      <span>${v.t('row.day', { day: v.day(r.day) })}</span>
      <span id="code-${r.id}">${v.t('row.code', { code })}</span>
      ${r.sealed ? nothing : html`<span>${v.t('row.unsealed')}</span>`}
      ${r.replies ? html`<span>${v.t('row.replies', { count: r.replies })}</span>` : nothing}
    </p>
    <p class="message">${q.message}</p>
    <p><strong>${v.t('row.contact')}:</strong> ${contactLine(v, r)}</p>
    ${q.contact.method === 'code' && !q.reply ? html`<p class="muted">${v.t('reply.none')}</p>` : nothing}
    <div class="bar">
      <label class="check">
        <input
          type="checkbox"
          aria-describedby=${which}
          .checked=${liveValue(r.handled)}
          @change=${(e: Event) => void v.setHandled(r.id, (e.target as HTMLInputElement).checked)} />
        ${v.t('row.mark')}
      </label>
      ${
        q.reply
          ? v.replying === r.id
            ? nothing
            : html`<button type="button" aria-describedby=${which} @click=${() => v.openReply(r.id)}>
                ${v.t('reply.open')}
              </button>`
          : nothing
      }
      ${
        confirming
          ? nothing
          : html`<button type="button" aria-describedby=${which} @click=${() => v.ask('delete', r.id)}>
            ${v.t('delete.open')}
          </button>`
      }
    </div>
    ${
      confirming
        ? html`<p>${v.t('delete.confirm')}</p>
          <div class="bar">
            <button type="button" class="primary" ${focusOnDraw} @click=${() => void v.remove(r.id)}>${v.t('delete.yes')}</button>
            <button type="button" @click=${() => v.cancel()}>${v.t('cancel')}</button>
          </div>`
        : nothing
    }
    ${v.replying === r.id ? replyForm(v, r, code) : nothing}
  </li>`;
}

function replyForm(v: InboxView, r: Row, code: string): TemplateResult {
  const id = `reply-${r.id}`;
  const submit = async (e: Event): Promise<void> => {
    e.preventDefault();
    const area = (e.target as HTMLFormElement).elements.namedItem('reply') as HTMLTextAreaElement;
    await v.sendReply(r.id, area.value);
  };
  return html`<form @submit=${submit}>
    <label for=${id}>${v.t('reply.label', { code })}</label>
    <p class="muted" id="${id}-hint">${v.t('reply.hint')}</p>
    <textarea
      id=${id}
      name="reply"
      maxlength="4000"
      aria-describedby="${id}-hint"
      .value=${liveValue(v.draft(r.id))}
      @input=${(e: Event) => v.keepDraft(r.id, (e.target as HTMLTextAreaElement).value)}
      ${focusOnDraw}
    ></textarea>
    <div class="bar">
      <button type="submit" class="primary">${v.t('reply.send')}</button>
      <button type="button" @click=${() => v.cancel()}>${v.t('cancel')}</button>
    </div>
  </form>`;
}

function forgetByCode(v: InboxView): TemplateResult {
  const confirming = v.confirming?.kind === 'forget' ? v.confirming.id : undefined;
  const submit = (e: Event): void => {
    e.preventDefault();
    v.askForget(((e.target as HTMLFormElement).elements.namedItem('code') as HTMLInputElement).value);
  };
  return html`<section aria-labelledby="forget-title">
    <h3 id="forget-title">${v.t('forget.title')}</h3>
    <p class="muted" id="forget-hint">${v.t('forget.hint')}</p>
    <form @submit=${submit} novalidate>
      ${secretField(v, { id: 'forget-code', name: 'code', type: 'text', label: 'forget.label', error: v.forgetError, hint: 'forget-hint' })}
      <p><button type="submit">${v.t('forget.submit')}</button></p>
    </form>
    ${
      confirming
        ? html`<p>${v.t('forget.confirm', { code: `${confirming.slice(0, 4)}-${confirming.slice(4)}` })}</p>
          <div class="bar">
            <button type="button" class="primary" ${focusOnDraw} @click=${() => void v.forget(confirming)}>${v.t('delete.yes')}</button>
            <button type="button" @click=${() => v.cancel()}>${v.t('cancel')}</button>
          </div>`
        : nothing
    }
  </section>`;
}

function report(v: InboxView): TemplateResult {
  const months = reportMonths(v.rows);
  const handled = months.length > 0;
  return html`<section aria-labelledby="export-title">
    <h3 id="export-title">${v.t('export.title')}</h3>
    <p class="muted">${v.t('export.hint')}</p>
    <label for="export-month">${v.t('export.month')}</label>
    <select id="export-month" @change=${(e: Event) => v.setMonth((e.target as HTMLSelectElement).value)}>
      <option value="" ?selected=${!v.month}>${v.t('export.month.all')}</option>
      ${months.map((m) => html`<option value=${m} ?selected=${v.month === m}>${v.monthName(m)}</option>`)}
    </select>
    <label class="check">
      <input
        type="checkbox"
        .checked=${liveValue(v.withMessages)}
        aria-describedby="export-messages-hint"
        @change=${(e: Event) => v.setWithMessages((e.target as HTMLInputElement).checked)}
      />
      ${v.t('export.messages')}
    </label>
    <p class="muted" id="export-messages-hint">${v.t('export.messages.hint')}</p>
    ${
      handled
        ? html`<button type="button" @click=${() => v.exportCsv()}>${v.t('export.download')}</button>`
        : html`<p>${v.t('export.none')}</p>`
    }
  </section>`;
}
