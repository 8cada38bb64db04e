/**
 * The reply chunk of `<sebaya-support-form>` (only with `supportForm.replies`): it makes the reply
 * secret when a request is sent, shows it once with Copy and "remember on this device", and runs
 * the "Check for a reply" view. The element holds one desk and asks it for templates; the desk
 * keeps what the visitor typed across every answer, so nothing typed is lost.
 */
import type { TemplateResult } from 'lit';
import type { Localize } from '../core/i18n/controller.js';
import { registerCatalogs } from '../core/i18n/registry.js';
import { replyEn, replyId } from './messages-reply.js';
import type { SupportFormKey } from './messages.js';
import {
  askForReplies,
  checkProblem,
  makeReplySecret,
  mendSecret,
  remember,
  remembered,
  type ReplyOutcome,
  type ReplySecret,
} from './model/reply-client.js';
import type { ReplyTo } from './model/reply.js';
import { replyFocusTarget } from './reply-focus.js';
import { checkView, secretView } from './reply-views.js';
import { replyWordsEn } from './reply-words-en.js';
import { replyWordsId } from './reply-words-id.js';

registerCatalogs({ id: replyId, en: replyEn });

/** What the desk needs of its element: a re-render, the `view` it switches, and where to put the focus. */
export interface DeskHost {
  view: string;
  requestUpdate(): void;
  readonly updateComplete: Promise<boolean>;
  readonly renderRoot: HTMLElement | DocumentFragment;
}

const isEnglish = (locale: string): boolean => locale.toLowerCase().split('-')[0] === 'en';

export class ReplyDesk {
  /** The secret of the request last sent from this page: in memory, on the phone only if remembered. */
  sent?: ReplySecret & { readonly id: string };
  /** Whether the visitor ticked "remember on this device" for `sent`. */
  keep = false;
  /** False once storage refused to keep it. */
  canKeep = true;
  /** Whether a secret is kept on this device for this receiver (`remembered` on a later visit, or `forgotten`). */
  stored: 'remembered' | 'forgotten' | undefined;
  /** What Copy did: copied to the clipboard, or (without one) selected the text. */
  copied?: 'copied' | 'selected';
  /** The "Check for a reply" fields, as typed. */
  code = '';
  words = '';
  checking = false;
  problem?: 'code' | 'words';
  outcome?: ReplyOutcome;

  readonly #host: DeskHost;
  readonly #endpoint: () => string;

  constructor(host: DeskHost, endpoint: () => string) {
    this.#host = host;
    this.#endpoint = endpoint;
    const saved = remembered(endpoint());
    if (saved) {
      this.stored = 'remembered';
      this.code = saved.code;
      this.words = saved.words.join(' ');
    }
  }

  #update(): void {
    this.#host.requestUpdate();
  }

  /**
   * Makes the secret for request `id` in the form's language and returns what the request carries;
   * undefined when this device cannot derive keys (the request then goes without a way to reply).
   */
  async prepare(id: string, locale: string): Promise<ReplyTo | undefined> {
    try {
      const secret = await makeReplySecret(id, isEnglish(locale) ? replyWordsEn : replyWordsId);
      this.sent = { ...secret, id };
      this.keep = false;
      this.copied = undefined;
      this.#update();
      return secret.replyTo;
    } catch (err) {
      console.error('[sebaya-support-form] no reply secret could be made; the request goes without one.', err);
      return undefined;
    }
  }

  /** Copies the code and the words; without a clipboard, selects them so the visitor can copy or write them. */
  async copy(text: HTMLElement): Promise<void> {
    try {
      await navigator.clipboard.writeText((text.textContent ?? '').replace(/\s+/g, ' ').trim());
      this.copied = 'copied';
    } catch {
      getSelection()?.selectAllChildren(text);
      this.copied = 'selected';
    }
    this.#update();
  }

  /** Keeps the sent secret on this device, or forgets it. */
  remember(keep: boolean): void {
    if (!this.sent) return;
    this.canKeep = remember(this.#endpoint(), keep ? this.sent : undefined);
    this.keep = keep && this.canKeep;
    this.stored = this.keep ? 'remembered' : undefined;
    this.#update();
  }

  /** Removes the secret kept on this device (the fields keep what they show, until the page closes). */
  forget(): void {
    remember(this.#endpoint(), undefined);
    this.keep = false;
    this.stored = 'forgotten';
    this.#update();
  }

  /**
   * The "Check for a reply" view, filled with the secret just made when there is one. The button
   * pressed is gone with the view, so the focus goes to the first empty field, or to Check.
   */
  open(): void {
    if (this.sent) {
      this.code = this.sent.code;
      this.words = this.sent.words.join(' ');
    }
    this.outcome = undefined;
    this.problem = undefined;
    this.#host.view = 'reply';
    void this.#focus(replyFocusTarget);
  }

  /** Back to the form: the focus goes to its status line (what happened), or its first field. */
  back(): void {
    this.#host.view = 'form';
    void this.#focus(
      (root) =>
        root.querySelector<HTMLElement>('.status:not(:empty)') ??
        root.querySelector<HTMLElement>('form select, form textarea, form input'),
    );
  }

  async #focus(pick: (root: HTMLElement | DocumentFragment) => HTMLElement | null): Promise<void> {
    await this.#host.updateComplete;
    pick(this.#host.renderRoot)?.focus();
  }

  type(field: 'code' | 'words', value: string): void {
    this[field] = value;
    if (this.problem === field) this.problem = undefined;
    this.#update();
  }

  /** Derives the keys, asks the receiver and shows what came back; each step keeps the fields as typed. */
  async check(form: HTMLFormElement | undefined, locale: string): Promise<void> {
    if (this.checking) return;
    const lists = isEnglish(locale) ? [replyWordsEn, replyWordsId] : [replyWordsId, replyWordsEn];
    const words = mendSecret(this.words, lists);
    this.problem = checkProblem(this.code, words);
    this.outcome = undefined;
    if (this.problem) {
      this.#update();
      await this.#host.updateComplete;
      form?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
      return;
    }
    this.checking = true;
    this.#update();
    try {
      this.outcome = await askForReplies(this.#endpoint(), this.code, words);
    } catch (err) {
      // Only the key derivation can throw (no WebCrypto here): said like a server that cannot be reached.
      console.error('[sebaya-support-form] replies could not be checked.', err);
      this.outcome = { kind: 'unreachable' };
    } finally {
      this.checking = false;
      this.#update();
    }
  }

  /** Whether the crisis lines belong under the check view (no reply, or no answer at all). */
  get wantsHelp(): boolean {
    return this.outcome?.kind === 'none' || this.outcome?.kind === 'unreachable';
  }

  secretView(i18n: Localize<SupportFormKey>, id: string | undefined): TemplateResult | undefined {
    return this.sent && this.sent.id === id ? secretView(i18n, this, this.sent) : undefined;
  }

  checkView(i18n: Localize<SupportFormKey>): TemplateResult {
    return checkView(i18n, this);
  }
}
