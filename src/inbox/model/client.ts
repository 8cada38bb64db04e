/**
 * The coordinator's side of the receiver contract (docs/receiver-contract.md): every call with
 * `Authorization: Bearer <credential>`, every failure sorted into what the coordinator can do about
 * it. Nothing here decrypts: the receiver hands back envelopes exactly as stored.
 */
import type { SealedReply } from '../../support-form/model/reply.js';

/** What went wrong, in the terms of what to do next. */
export const FAILURES = ['offline', 'unauthorized', 'rate-limited', 'missing', 'server'] as const;
export type Failure = (typeof FAILURES)[number];

export class ReceiverError extends Error {
  constructor(
    readonly failure: Failure,
    /** For the console: the status and the receiver's `error` (never a body we sent). */
    readonly detail: string,
  ) {
    super(`${failure}: ${detail}`);
  }
}

/** One stored request as the receiver lists it. */
export interface Item {
  readonly cursor: string;
  readonly receivedAt: string;
  readonly handled: boolean;
  readonly replies: readonly { id: string; sentAt: string }[];
  readonly envelope: Record<string, unknown>;
}

export interface Page {
  readonly requests: readonly Item[];
  readonly next: string | null;
}

const TIMEOUT_MS = 20_000;
/** How many the inbox asks for at once (the contract allows 1 to 500). */
export const PAGE_SIZE = 500;

export class Receiver {
  constructor(
    readonly endpoint: string,
    private readonly credential: string,
  ) {}

  async #call(path: string, body?: unknown): Promise<unknown> {
    let res: Response;
    try {
      res = await fetch(this.endpoint.replace(/\/+$/, '') + path, {
        method: body === undefined ? 'GET' : 'POST',
        headers: {
          Authorization: `Bearer ${this.credential}`,
          ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
        },
        body: body === undefined ? undefined : JSON.stringify(body),
        cache: 'no-store',
        credentials: 'omit',
        signal: AbortSignal.timeout(TIMEOUT_MS),
      });
    } catch (err) {
      throw new ReceiverError('offline', String(err));
    }
    let json: unknown;
    try {
      json = await res.json();
    } catch {
      json = undefined;
    }
    if (res.ok) {
      if (json === undefined) throw new ReceiverError('server', `${res.status}: not JSON`);
      return json;
    }
    const said = json && typeof json === 'object' ? (json as { error?: unknown }).error : undefined;
    const reason = typeof said === 'string' ? said : '';
    const detail = `${res.status}${reason ? `: ${reason.slice(0, 200)}` : ''}`;
    const failure: Failure =
      res.status === 401
        ? 'unauthorized'
        : res.status === 429
          ? 'rate-limited'
          : res.status === 404
            ? 'missing'
            : 'server';
    throw new ReceiverError(failure, detail);
  }

  /** Every request after `after` (all when undefined), page by page, following `next`. */
  async *pages(after?: string, max = 20_000): AsyncGenerator<readonly Item[]> {
    let cursor = after;
    let count = 0;
    for (;;) {
      const q = new URLSearchParams({ limit: String(PAGE_SIZE) });
      if (cursor) q.set('after', cursor);
      const page = (await this.#call(`/inbox?${q}`)) as Page;
      if (!page || !Array.isArray(page.requests)) throw new ReceiverError('server', 'the list is not { requests }');
      cursor = page.requests.at(-1)?.cursor ?? cursor;
      count += page.requests.length;
      yield page.requests;
      if (!page.next || count >= max) return;
    }
  }

  async setHandled(id: string, handled: boolean): Promise<void> {
    await this.#call(`/inbox/${encodeURIComponent(id)}/handled`, { handled });
  }

  async reply(id: string, reply: SealedReply & { token: string }): Promise<void> {
    await this.#call(`/inbox/${encodeURIComponent(id)}/reply`, reply);
  }

  async remove(id: string): Promise<void> {
    await this.#call(`/inbox/${encodeURIComponent(id)}/delete`, {});
  }

  /** Deletes every request of a reference code; how many there were. */
  async forget(code: string): Promise<number> {
    const answer = (await this.#call('/inbox/forget', { code })) as { deleted?: unknown };
    return typeof answer?.deleted === 'number' ? answer.deleted : 0;
  }
}
