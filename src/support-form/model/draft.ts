/**
 * The request a visitor is writing, before it is sent: the empty draft, what a stored one may
 * hold, its validation (message keys, translated by the element) and the session copy kept for a
 * reload. Pure: no DOM, no Lit; the storage and the lock are handed in.
 */
import { internationalDigits } from '../../core/safe-url.js';
import type { SupportFormKey } from '../messages.js';
import {
  CONTACT_METHODS,
  IDENTIFYING_METHODS,
  URGENCIES,
  cleanRequest,
  referenceCode,
  type ContactMethod,
  type ReplyTo,
  type SupportRequest,
  type Urgency,
} from './request.js';

export interface Draft {
  readonly topic: string;
  readonly message: string;
  readonly urgency: Urgency | '';
  readonly contactMethod: ContactMethod;
  readonly contactValue: string;
}

/** The fields that can be wrong, in form order (the order of the error summary). */
export const FIELDS = ['topic', 'message', 'urgency', 'contact', 'consent'] as const;
export type Field = (typeof FIELDS)[number];
/** What is wrong with each field, as a message key (`supportForm.error.tooLong` takes `{ count, max }`). */
export type DraftErrors = Partial<Record<Field, SupportFormKey>>;

/** What validation needs from the config (`supportForm`). */
export interface DraftRules {
  /** The topics offered; with any, one of them must be chosen. */
  readonly topics?: readonly { readonly id: string }[];
  /** Longest message (`DEFAULT_MAX_LENGTH` when not set). */
  readonly maxLength?: number;
}

export const DEFAULT_MAX_LENGTH = 2_000;

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** The reply options offered, in form order: those of `contact` (config), else `none` and `code`. */
export const offeredMethods = (contact: readonly ContactMethod[] = ['none', 'code']): ContactMethod[] =>
  CONTACT_METHODS.filter((m) => contact.includes(m));

/** An empty draft, with the first of the reply options offered (`none` without any). */
export const emptyDraft = (methods: readonly ContactMethod[] = []): Draft => ({
  topic: '',
  message: '',
  urgency: '',
  contactMethod: methods[0] ?? 'none',
  contactValue: '',
});

/**
 * A draft from what was stored (anything JSON can hold): each field that is not a string is left
 * empty; an urgency that does not exist and a reply option not offered are dropped.
 */
export function draftFrom(saved: unknown, methods: readonly ContactMethod[]): Draft {
  const draft = emptyDraft(methods) as Record<keyof Draft, string>;
  if (saved && typeof saved === 'object') {
    for (const key of Object.keys(draft) as (keyof Draft)[]) {
      const value = (saved as Partial<Record<keyof Draft, unknown>>)[key];
      if (typeof value === 'string') draft[key] = value;
    }
  }
  if (!URGENCIES.includes(draft.urgency as Urgency)) draft.urgency = '';
  if (!methods.includes(draft.contactMethod as ContactMethod)) draft.contactMethod = methods[0] ?? 'none';
  return draft as unknown as Draft;
}

/** What is wrong with the draft (and the consent), field by field; empty when it can be sent. */
export function validate(d: Draft, consent: boolean, rules: DraftRules = {}): DraftErrors {
  const errors: DraftErrors = {};
  if (rules.topics?.length && !rules.topics.some((t) => t.id === d.topic)) errors.topic = 'supportForm.error.topic';
  if (!d.message.trim()) errors.message = 'supportForm.error.message';
  else if (d.message.length > (rules.maxLength ?? DEFAULT_MAX_LENGTH)) errors.message = 'supportForm.error.tooLong';
  if (!d.urgency) errors.urgency = 'supportForm.error.urgency';
  if (IDENTIFYING_METHODS.includes(d.contactMethod)) {
    const value = d.contactValue.trim();
    const email = d.contactMethod === 'email';
    if (!value) errors.contact = 'supportForm.error.contact';
    else if (email ? !EMAIL.test(value) : !internationalDigits(value))
      errors.contact = email ? 'supportForm.error.email' : 'supportForm.error.phone';
  }
  if (!consent) errors.consent = 'supportForm.error.consent';
  return errors;
}

/**
 * The errors still to show once the visitor edits: of those `shown`, the ones `now` still has (with
 * the current message). A problem that was fixed goes; a new one waits for the next submit.
 */
export const stillWrong = (shown: DraftErrors, now: DraftErrors): DraftErrors =>
  Object.fromEntries(FIELDS.filter((f) => shown[f] && now[f]).map((f) => [f, now[f]]));

/**
 * The request the draft makes, as it goes on the wire. Urgency must be chosen (see `validate`); the
 * reply option `code` carries the request's own reference code; `reply` is the key and token of a
 * reply secret (with `supportForm.replies`).
 */
export function requestFrom(d: Draft, id: string, lang: string, reply?: ReplyTo): SupportRequest {
  const method = d.contactMethod;
  const contact =
    method === 'code'
      ? { method, value: referenceCode(id) }
      : IDENTIFYING_METHODS.includes(method)
        ? { method, value: d.contactValue.trim() }
        : { method };
  return cleanRequest({
    topic: d.topic || 'general',
    message: d.message,
    urgency: d.urgency as Urgency,
    lang,
    contact,
    reply,
  });
}

/** The session key of a form's draft: one per receiver. */
export const draftKey = (endpoint: string): string => 'sebaya:support-form:' + endpoint;

/** Locks a draft's text under a key held only in memory, and opens it (the sealing chunk's `lockDraft`, `unlockDraft`). */
export interface DraftLock {
  lockDraft(text: string, label: string): Promise<string>;
  unlockDraft(locked: string, label: string): Promise<string>;
}

/**
 * The copy of the draft kept for a reload (sessionStorage): as JSON, or, when a key is configured,
 * only locked (`{ "locked": "…" }`). Writes land in order: a locked write that ends after a newer
 * write (or a clear) is dropped, so a late one never brings back a draft that was sent.
 */
export class DraftStore {
  #writes = 0;
  #key = '';

  /**
   * What was stored under `key` (anything JSON holds, or null), opened with `lock` when it is
   * locked; later writes go under the same key. What cannot be read or opened (locked before a
   * reload) is removed, and null comes back.
   */
  async read(key: string, lock?: DraftLock): Promise<unknown> {
    this.#key = key;
    try {
      const saved = JSON.parse(sessionStorage.getItem(key) ?? 'null') as { locked?: unknown } | null;
      return saved && typeof saved.locked === 'string' ? JSON.parse(await lock!.unlockDraft(saved.locked, key)) : saved;
    } catch {
      this.clear();
      return null;
    }
  }

  /**
   * Keeps `draft`: as JSON when not `sealed`; when `sealed`, only locked with `lock`, and without a
   * lock (or when locking fails) not at all.
   */
  save(draft: Draft, sealed: unknown, lock?: DraftLock): void {
    const text = JSON.stringify(draft);
    const write = ++this.#writes;
    if (!sealed) this.#put(text, write);
    else if (!lock) this.#put(undefined, write);
    else
      lock.lockDraft(text, this.#key).then(
        (locked) => this.#put(JSON.stringify({ locked }), write),
        () => this.#put(undefined, write),
      );
  }

  /** Removes the draft (and drops any locked write still under way). */
  clear(): void {
    this.#put();
  }

  #put(value?: string, write = ++this.#writes): void {
    if (write !== this.#writes) return;
    try {
      if (value) sessionStorage.setItem(this.#key, value);
      else sessionStorage.removeItem(this.#key);
    } catch {
      // Storage disabled or full: the draft lives only on the page.
    }
  }
}
