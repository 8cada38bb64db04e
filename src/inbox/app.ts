/**
 * The inbox behind its first screen (a lazy chunk): set-up (key, credential), the list and every
 * action on it. A Lit reactive controller: it holds the state, the element only draws
 * `render()`. The templates are in views.ts; the pure work in model/.
 */
import type { ReactiveController, TemplateResult } from 'lit';
import { downloadFile } from '../core/download.js';
import { chunk } from '../core/lazy.js';
import { dayOf, newId } from '../support-form/model/request.js';
import type { InboxHost } from './host.js';
import type { InboxKey } from './messages.js';
import { Receiver, ReceiverError, type Failure } from './model/client.js';
import { ConfigProblem, inboxConfig, readConfig, type InboxConfig } from './model/config.js';
import {
  credentialHash,
  CREDENTIAL,
  forgetCredential,
  keepCredential,
  keptCredential,
  newCredential,
} from './model/credential.js';
import { reportCsv } from './model/csv.js';
import { KeyFileError, newKeyFile, parseKeyFile } from './model/key-file.js';
import { forgetKey, keepKey, storedKey, type StoredKey } from './model/key-store.js';
import { createOpener, rawPoint, type Opener } from './model/open.js';
import { normalizeCode, openAll, sortRows, type Row } from './model/requests.js';
import { renderInbox, type InboxView, type Phase } from './views.js';
import { csvWords, formatDay, formatMonth, localeOf, topicLabel, translate, type Params } from './words.js';

const sealing = chunk(() => import('../support-form/model/reply.js'));

/** How many rows the list draws at first and adds with each "show more". */
export const PAGE = 50;

export class InboxApp implements ReactiveController, InboxView {
  phase: Phase = 'loading';
  config?: InboxConfig;
  key?: StoredKey;
  rows: Row[] = [];
  shown = PAGE;
  /** A failure of the last call, shown above what is kept on screen. */
  failure?: Failure;
  /** The last thing said in the polite live region. */
  said = '';
  keyError?: InboxKey;
  credError?: InboxKey;
  generatedPublicKey?: string;
  createdCredential?: { credential: string; hash: string };
  replying?: string;
  confirming?: { kind: 'delete' | 'forget' | 'forget-key'; id: string };
  forgetError?: InboxKey;
  withMessages = false;
  /** The month the report counts (`YYYY-MM`), or '' for every month kept. */
  month = '';
  busy = false;
  /** Whether the list came from the receiver at least once since sign-in (else an empty list says nothing). */
  loaded = false;

  #opener?: Opener;
  #receiver?: Receiver;
  #last?: string;
  #seen: { config: unknown; src?: string } = { config: undefined };
  #run = 0;
  #abort?: AbortController;
  #readyFired = false;
  #retry: () => Promise<void> = () => this.refresh();

  constructor(readonly host: InboxHost) {
    host.addController(this);
    void this.load();
  }

  hostUpdate(): void {
    if (this.host.config !== this.#seen.config || this.host.src !== this.#seen.src) void this.load();
  }

  // ---- words -----------------------------------------------------------------------------------

  get locale(): 'id' | 'en' {
    return localeOf(this.host, this.config);
  }

  t = (key: InboxKey, params: Params = {}): string => translate(this.locale, this.config, key, params);
  topicLabel = (id: string): string => topicLabel(this.locale, this.config, id);
  day = (day: string): string => formatDay(this.locale, day);
  monthName = (month: string): string => formatMonth(this.locale, month);

  // ---- loading ---------------------------------------------------------------------------------

  #update(): void {
    const { phase } = this;
    this.host.state =
      phase === 'loading' || phase === 'fetching'
        ? 'loading'
        : phase === 'config-error'
          ? 'error'
          : phase === 'list' && this.rows.length === 0
            ? this.loaded
              ? 'empty'
              : 'error'
            : 'ready';
    this.host.requestUpdate();
    if (!this.#readyFired && this.host.state !== 'loading' && this.host.state !== 'error') {
      this.#readyFired = true;
      void this.host.updateComplete.then(() => this.host.emit('sebaya-ready', {}));
    }
  }

  say(text: string): void {
    // Cleared first, so the same words said twice are announced twice.
    this.said = '';
    this.host.requestUpdate();
    setTimeout(() => {
      this.said = text;
      this.host.requestUpdate();
    }, 50);
  }

  configProblem?: ConfigProblem;

  async load(): Promise<void> {
    const run = ++this.#run;
    this.#seen = { config: this.host.config, src: this.host.src };
    this.#abort?.abort();
    const { signal } = (this.#abort = new AbortController());
    this.phase = 'loading';
    this.configProblem = undefined;
    this.#update();
    // The key comes out of IndexedDB while the config is fetched.
    const before = this.key;
    const key = storedKey().catch(() => undefined);
    try {
      this.config = inboxConfig(await readConfig(this.host.config, this.host.src, signal));
    } catch (err) {
      if (run !== this.#run || signal.aborted) return;
      this.configProblem = err instanceof ConfigProblem ? err : new ConfigProblem('config', String(err), true);
      this.phase = 'config-error';
      this.#update();
      // The owner's line names the config path; the coordinator sees one calm line.
      const { path, message } = this.configProblem;
      console.error(`[sebaya-inbox] config: ${message}`);
      this.host.emit('sebaya-error', { code: 'config', message, path });
      return;
    }
    if (run !== this.#run) return;
    const stored = await key;
    if (run !== this.#run) return;
    // A key opened, made or forgotten during this load is newer than what the load read.
    if (this.key === before) this.key = stored;
    await this.#next();
  }

  /** The next set-up step, or the list once the key and the credential are there. */
  async #next(): Promise<void> {
    if (!this.key) {
      this.phase = 'need-key';
      return this.#update();
    }
    const kept = keptCredential();
    if (!kept || !this.config) {
      this.phase = 'need-credential';
      return this.#update();
    }
    this.#opener = await createOpener(this.key.privateKey, rawPoint(this.key.publicKey));
    this.#receiver = new Receiver(this.config.endpoint, kept.credential);
    this.rows = [];
    this.#last = undefined;
    this.loaded = false;
    this.shown = PAGE;
    this.phase = 'fetching';
    this.#update();
    await this.refresh(true);
  }

  /** Fetches what arrived since the last look, opens it and merges it in; `quiet`: say only what is new. */
  refresh = async (quiet = false): Promise<void> => {
    if (!this.#receiver || !this.#opener) return;
    this.busy = true;
    this.host.requestUpdate();
    try {
      // Each page is opened while the next one is fetched.
      const opening: Promise<Row[]>[] = [];
      let count = this.rows.length;
      let last = this.#last;
      for await (const page of this.#receiver.pages(this.#last)) {
        opening.push(openAll(page, this.#opener, count));
        count += page.length;
        last = page.at(-1)?.cursor ?? last;
      }
      const fresh = (await Promise.all(opening)).flat();
      this.#last = last;
      this.rows = sortRows([...this.rows, ...fresh]);
      this.failure = undefined;
      this.phase = 'list';
      this.loaded = true;
      if (fresh.length) this.say(this.t('list.new', { count: fresh.length }));
      else if (!quiet) this.say(this.t('list.none.new'));
    } catch (err) {
      this.#failed(err, () => this.refresh(quiet));
      if (this.phase === 'fetching' && this.failure !== undefined) this.phase = 'list';
    } finally {
      this.busy = false;
      this.#update();
    }
  };

  /** A call failed: 401 goes back to the credential step; anything else keeps what is shown. */
  #failed(err: unknown, retry: () => Promise<void>): void {
    // A TypeError is a chunk that could not be fetched (the reply sealing): the network.
    const failure: Failure =
      err instanceof ReceiverError ? err.failure : err instanceof TypeError ? 'offline' : 'server';
    console.error(`[sebaya-inbox] ${err instanceof ReceiverError ? err.message : String(err)}`);
    this.host.emit('sebaya-error', { code: failure, message: this.t(`fail.${failure}`) });
    if (failure === 'unauthorized') {
      forgetCredential();
      this.credError = 'cred.wrong';
      this.phase = 'need-credential';
      this.failure = undefined;
      this.say(this.t('cred.wrong'));
      return;
    }
    this.failure = failure;
    this.#retry = retry;
    this.say(this.t(`fail.${failure}`));
  }

  retry = (): void => {
    this.failure = undefined;
    this.host.requestUpdate();
    void this.#retry();
  };

  reloadConfig = (): void => void this.load();

  // ---- set-up ----------------------------------------------------------------------------------

  importKeyFile = async (file: Blob): Promise<void> => {
    this.keyError = undefined;
    try {
      this.key = await keepKey(parseKeyFile(await file.text()));
      this.generatedPublicKey = undefined;
    } catch (err) {
      this.keyError =
        err instanceof KeyFileError ? (err.reason === 'json' ? 'key.bad.json' : 'key.bad.shape') : 'key.bad.storage';
      this.say(this.t(this.keyError));
      return this.#update();
    }
    this.say(this.t('key.held', { kid: this.key.publicKey.kid ?? '' }));
    // Still loading (the config on its way): the load goes on to the next step with this key.
    if (this.phase !== 'loading') await this.#next();
  };

  generateKey = async (): Promise<void> => {
    this.keyError = undefined;
    const file = await newKeyFile(this.t('key.file.comment'));
    downloadFile(
      this.host.renderRoot,
      'sebaya-private-key.json',
      'application/json',
      `${JSON.stringify(file, null, 2)}\n`,
    );
    try {
      this.key = await keepKey(file.privateKey);
    } catch {
      this.keyError = 'key.bad.storage';
      return this.#update();
    }
    const { kty, crv, x, y, kid } = file.publicKey;
    this.generatedPublicKey = JSON.stringify({ kty, crv, x, y, kid }, null, 2);
    this.say(this.t('key.generated'));
    if (this.phase !== 'loading') await this.#next();
  };

  forgetKey = async (): Promise<void> => {
    this.confirming = undefined;
    await forgetKey().catch(() => undefined);
    this.key = undefined;
    this.#opener = undefined;
    this.rows = [];
    this.say(this.t('key.forgotten'));
    await this.#next();
  };

  signIn = async (credential: string, remember: boolean): Promise<void> => {
    const value = credential.trim();
    if (!CREDENTIAL.test(value)) {
      this.credError = 'cred.shape';
      return this.#update();
    }
    this.credError = undefined;
    this.createdCredential = undefined;
    keepCredential(value, remember);
    await this.#next();
  };

  signOut = (): void => {
    forgetCredential();
    this.#receiver = undefined;
    this.rows = [];
    this.phase = 'need-credential';
    this.#update();
  };

  createCredential = async (): Promise<void> => {
    const credential = newCredential();
    this.createdCredential = { credential, hash: await credentialHash(credential) };
    this.host.requestUpdate();
  };

  // ---- actions on requests ---------------------------------------------------------------------

  #replace(id: string, change: (r: Row) => Row | undefined): void {
    this.rows = sortRows(this.rows.flatMap((r) => (r.id === id ? (change(r) ?? []) : [r])));
  }

  setHandled = async (id: string, handled: boolean): Promise<void> => {
    try {
      await this.#receiver!.setHandled(id, handled);
      this.#replace(id, (r) => ({ ...r, handled }));
      this.say(this.t(handled ? 'row.marked' : 'row.unmarked'));
      this.host.emit('sebaya-inbox-handled', { id, handled });
    } catch (err) {
      this.#failed(err, () => this.setHandled(id, handled));
    }
    this.#update();
  };

  sendReply = async (id: string, text: string): Promise<boolean> => {
    const row = this.rows.find((r) => r.id === id);
    if (!row?.request?.reply) return false;
    if (!text.trim()) {
      this.say(this.t('reply.empty'));
      return false;
    }
    try {
      const { sealReply } = await sealing();
      const sealed = await sealReply(
        row.request.reply,
        // Tagged with the visitor's language, which the team answers in.
        { text, lang: row.request.lang },
        {
          id: newId(),
          // The team's calendar day (the config's time zone), as the visitor's form dates requests.
          sentAt: dayOf(new Date(), this.config?.timeZone ?? 'Asia/Jakarta'),
        },
      );
      await this.#receiver!.reply(id, sealed);
    } catch (err) {
      this.#failed(err, async () => void (await this.sendReply(id, text)));
      this.#update();
      return false;
    }
    this.#replace(id, (r) => ({ ...r, replies: r.replies + 1 }));
    this.#drafts.delete(id);
    this.replying = undefined;
    this.say(this.t('reply.sent'));
    this.host.emit('sebaya-inbox-reply-sent', { id });
    this.#update();
    return true;
  };

  remove = async (id: string): Promise<void> => {
    this.confirming = undefined;
    try {
      await this.#receiver!.remove(id);
    } catch (err) {
      // Already gone from the server: gone from the list too.
      if (!(err instanceof ReceiverError && err.failure === 'missing')) {
        this.#failed(err, () => this.remove(id));
        return this.#update();
      }
    }
    this.#replace(id, () => undefined);
    this.#focusList();
    this.say(this.t('deleted'));
    this.host.emit('sebaya-inbox-deleted', { id });
    this.#update();
  };

  /** First press: check the code and ask to confirm; the confirm button calls `forget`. */
  askForget = (code: string): void => {
    const normalized = normalizeCode(code);
    this.forgetError = normalized ? undefined : 'forget.shape';
    this.confirming = normalized ? { kind: 'forget', id: normalized } : undefined;
    this.host.requestUpdate();
  };

  forget = async (code: string): Promise<void> => {
    this.confirming = undefined;
    try {
      const count = await this.#receiver!.forget(code);
      this.rows = this.rows.filter((r) => !r.id.replace(/-/g, '').toUpperCase().startsWith(code));
      this.say(this.t('forget.done', { count }));
      this.#focusList();
    } catch (err) {
      this.#failed(err, () => this.forget(code));
    }
    this.#update();
  };

  exportCsv = (): void => {
    const csv = reportCsv(this.rows, csvWords(this.t, this.topicLabel), this.withMessages, this.month);
    downloadFile(
      this.host.renderRoot,
      `sebaya-report-${this.month || new Date().toISOString().slice(0, 10)}.csv`,
      'text/csv',
      `\ufeff${csv}`,
    );
  };

  showMore = (): void => this.#set({ shown: this.shown + PAGE });

  ask = (kind: 'delete' | 'forget-key', id = ''): void => this.#set({ confirming: { kind, id } });

  cancel = (): void => this.#set({ confirming: undefined, replying: undefined });

  readonly #drafts = new Map<string, string>();
  draft = (id: string): string => this.#drafts.get(id) ?? '';
  keepDraft = (id: string, text: string): void => void this.#drafts.set(id, text);

  /** After a request leaves the list, focus goes to the top of the list, not to the page's start. */
  #focusList(): void {
    void this.host.updateComplete.then(() => this.host.renderRoot.querySelector<HTMLElement>('#list-top')?.focus());
  }

  openReply = (id: string): void => {
    sealing().catch(() => undefined); // fetched while the reply is written; sending waits for it
    this.#set({ replying: id });
  };

  setWithMessages = (value: boolean): void => this.#set({ withMessages: value });
  setMonth = (month: string): void => this.#set({ month });

  /** The element's timer: a quiet look for new requests, unless one is under way or failing. */
  poll = (): void => void (this.phase === 'list' && !this.busy && !this.failure && this.refresh(true));

  /** Back online after a network failure: fetch again (the element calls it on `online`). */
  online = (): void => void (this.failure === 'offline' && this.retry());

  /** A change of what is on screen only (nothing to fetch). */
  #set(patch: Partial<Pick<InboxApp, 'shown' | 'confirming' | 'replying' | 'withMessages' | 'month'>>): void {
    Object.assign(this, patch);
    this.host.requestUpdate();
  }

  render(): TemplateResult {
    return renderInbox(this);
  }
}
