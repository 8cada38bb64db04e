/**
 * The courier moves envelopes from the form (and the outbox) to the endpoint: at-least-once from
 * the browser, exactly-once for the team because the receiver drops repeats by `id`.
 *
 * - `submit` stores the envelope in the outbox first (so a reload mid-send loses nothing), then
 *   tries to send it at once.
 * - Queued envelopes are retried with backoff and jitter on a timer while the page is open, at
 *   once on `online`, and on the next page load (`start`).
 * - Without IndexedDB it sends directly and reports that nothing could be saved.
 */
import { attempt, backoff, DEFAULT_TIMEOUT_MS, type BodyType } from './delivery.js';
import { Outbox, type OutboxRecord } from './outbox.js';

export type SubmitResult =
  | { readonly kind: 'sent'; readonly id: string }
  | { readonly kind: 'queued'; readonly id: string }
  | { readonly kind: 'rejected'; readonly id: string; readonly status: number; readonly reason: string }
  /** No outbox, and sending failed: nothing was saved; the draft stays. */
  | { readonly kind: 'unsaved'; readonly id: string };

export interface CourierOptions {
  readonly timeoutMs?: number;
  /** Content-Type of the POST (default `application/json`). */
  readonly bodyType?: BodyType;
  /** First retry delay; doubles with each attempt. */
  readonly retryBaseMs?: number;
  /** A queued envelope (from any earlier page) was delivered. */
  readonly onSent?: (id: string) => void;
  /** Another tab (another courier) delivered an envelope: this tab may be showing it as waiting. */
  readonly onSentElsewhere?: (id: string) => void;
  /** A queued envelope was refused for good. */
  readonly onRejected?: (id: string, status: number, reason: string) => void;
  /** The outbox changed (for showing what waits). */
  readonly onChange?: () => void;
}

type LockManagerLike = {
  request(name: string, options: { ifAvailable: boolean }, cb: (lock: unknown) => Promise<unknown>): Promise<unknown>;
};

/** Runs `fn` holding the Web Lock `name`, or resolves `undefined` if another tab holds it. Without Web Locks, just runs `fn`. */
async function withLock<T>(name: string, fn: () => Promise<T>): Promise<T | undefined> {
  const locks = (globalThis.navigator as { locks?: LockManagerLike } | undefined)?.locks;
  if (!locks?.request) return fn();
  return (await locks.request(name, { ifAvailable: true }, async (lock) => (lock ? fn() : undefined))) as T | undefined;
}

export class Courier {
  /** Identifies this courier's leases (one per form instance, like one per tab). */
  readonly owner = crypto.randomUUID();
  private timer?: ReturnType<typeof setTimeout>;
  private running?: Promise<void>;
  private again = false;
  /** Whether a flush asked for while one ran wanted every request tried now (`online`, a new submit). */
  private againForce = false;
  private started = false;
  private readonly timeoutMs: number;
  private readonly retryBaseMs: number;
  private readonly onOnline = () => void this.flush(true);
  /** Tells the other tabs (and other forms on this page) what this courier delivered. */
  private readonly channel =
    typeof BroadcastChannel === 'undefined' ? undefined : new BroadcastChannel('sebaya:outbox');

  constructor(
    readonly endpoint: string,
    private readonly outbox: Outbox | undefined,
    private readonly options: CourierOptions = {},
  ) {
    this.timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
    this.retryBaseMs = options.retryBaseMs ?? 5_000;
    this.channel?.addEventListener('message', (e: MessageEvent<{ type?: string; id?: unknown; owner?: string }>) => {
      if (e.data?.type === 'sent' && typeof e.data.id === 'string' && e.data.owner !== this.owner) {
        this.options.onSentElsewhere?.(e.data.id);
        this.options.onChange?.();
      }
    });
  }

  private announceSent(id: string): void {
    try {
      this.channel?.postMessage({ type: 'sent', id, owner: this.owner });
    } catch {
      // Stopped while the request was on its way (the form left the page): it was still delivered.
    }
  }

  /** Opens the outbox (if the browser has one) and returns a courier for `endpoint`. */
  static async create(endpoint: string, options: CourierOptions = {}): Promise<Courier> {
    return new Courier(endpoint, await Outbox.open(), options);
  }

  /** Whether requests can be kept on this device. */
  get canSave(): boolean {
    return this.outbox !== undefined;
  }

  /** How long a claim holds: longer than one attempt can take, so a live sender is never overtaken. */
  private get leaseMs(): number {
    return Math.round(this.timeoutMs * 1.5) + 1_000;
  }

  /** Starts the retry machinery: sends what waits now, then on `online` and on a timer. */
  start(): void {
    if (this.started) return;
    this.started = true;
    globalThis.addEventListener?.('online', this.onOnline);
    void this.flush(true);
  }

  stop(): void {
    this.started = false;
    globalThis.removeEventListener?.('online', this.onOnline);
    clearTimeout(this.timer);
    this.outbox?.close();
    this.channel?.close();
  }

  /** What waits in the outbox for this endpoint. */
  async pending(): Promise<OutboxRecord[]> {
    try {
      return (await this.outbox?.list(this.endpoint)) ?? [];
    } catch {
      return [];
    }
  }

  /** Deletes a waiting request (the visitor's choice). */
  async remove(id: string): Promise<void> {
    await this.outbox?.remove(id);
    this.options.onChange?.();
  }

  /** Deletes every request stored in readable form on this device, of any endpoint (the quick exit). */
  async removeUnsealed(): Promise<void> {
    await this.outbox?.removeUnsealed();
    this.options.onChange?.();
  }

  /** Stores the envelope (if it can), then tries to deliver it now. */
  async submit(id: string, body: string, sealed: boolean): Promise<SubmitResult> {
    const result = await withLock(`sebaya:outbox:${id}`, () => this.submitLocked(id, body, sealed));
    this.schedule();
    this.options.onChange?.();
    return result ?? { kind: 'queued', id };
  }

  private async submitLocked(id: string, body: string, sealed: boolean): Promise<SubmitResult> {
    const now = Date.now();
    let saved = false;
    if (this.outbox) {
      try {
        await this.outbox.put({
          id,
          endpoint: this.endpoint,
          body,
          sealed,
          createdAt: now,
          attempts: 0,
          nextAttemptAt: 0,
          leaseUntil: now + this.leaseMs,
          leaseOwner: this.owner,
        });
        saved = true;
      } catch {
        saved = false;
      }
    }
    const result = await attempt(this.endpoint, body, this.timeoutMs, undefined, this.options.bodyType);
    if (result.kind === 'delivered') {
      if (saved) await this.outbox?.remove(id).catch(() => undefined);
      this.announceSent(id);
      return { kind: 'sent', id };
    }
    if (result.kind === 'rejected') {
      if (saved) await this.outbox?.remove(id).catch(() => undefined);
      return { kind: 'rejected', id, status: result.status, reason: result.reason };
    }
    if (!saved) return { kind: 'unsaved', id };
    await this.release(id, 1, result.status);
    return { kind: 'queued', id };
  }

  /** Gives the record back for a later attempt, counting an error answer (`status`) from the receiver. */
  private async release(id: string, attempts: number, status?: number): Promise<void> {
    const next = Date.now() + backoff(attempts, this.retryBaseMs);
    await this.outbox
      ?.update(id, (r) => ({
        ...r,
        attempts,
        nextAttemptAt: next,
        leaseUntil: 0,
        leaseOwner: '',
        ...(status ? { serverErrors: (r.serverErrors ?? 0) + 1, lastStatus: status } : {}),
      }))
      .catch(() => undefined);
  }

  /** Tries every due request (all of them when `force`). Never two flushes at once in one courier. */
  flush(force = false): Promise<void> {
    if (this.running) {
      // Run again when this one ends, keeping `force`: an `online` during a timer's flush must not
      // leave a request to wait out its backoff.
      this.again = true;
      this.againForce ||= force;
      return this.running;
    }
    this.running = (async () => {
      try {
        let forceNow = force;
        do {
          this.again = false;
          this.againForce = false;
          for (const record of await this.pending()) {
            if (record.rejected) continue;
            await withLock(`sebaya:outbox:${record.id}`, () => this.sendRecord(record.id, forceNow));
          }
          forceNow = this.againForce;
        } while (this.again);
      } finally {
        this.running = undefined;
        this.schedule();
        this.options.onChange?.();
      }
    })();
    return this.running;
  }

  private async sendRecord(id: string, force: boolean): Promise<void> {
    const claimed = await this.outbox?.claim(id, this.owner, this.leaseMs, force).catch(() => undefined);
    if (!claimed) return;
    const result = await attempt(claimed.endpoint, claimed.body, this.timeoutMs, undefined, this.options.bodyType);
    if (result.kind === 'delivered') {
      await this.outbox?.remove(id).catch(() => undefined);
      this.announceSent(id);
      this.options.onSent?.(id);
    } else if (result.kind === 'rejected') {
      const rejected = { status: result.status, reason: result.reason };
      await this.outbox?.update(id, (r) => ({ ...r, rejected, leaseUntil: 0, leaseOwner: '' })).catch(() => undefined);
      this.options.onRejected?.(id, result.status, result.reason);
    } else {
      await this.release(id, claimed.attempts + 1, result.status);
    }
  }

  /** Sets the timer for the earliest due request. */
  private schedule(): void {
    clearTimeout(this.timer);
    if (!this.started) return;
    void this.pending().then((records) => {
      if (!this.started) return;
      const due = records.filter((r) => !r.rejected).map((r) => Math.max(r.nextAttemptAt, r.leaseUntil));
      if (!due.length) return;
      const wait = Math.min(2 ** 31 - 1, Math.max(50, Math.min(...due) - Date.now()));
      clearTimeout(this.timer);
      this.timer = setTimeout(() => void this.flush(false), wait);
    });
  }
}
