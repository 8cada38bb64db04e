/**
 * Anonymous answer counts for the team, only when `quiz.stats.endpoint` is set.
 *
 * Wire format, `POST endpoint` with `Content-Type: text/plain;charset=UTF-8` (a "simple" request:
 * no CORS preflight, so a Google Apps Script or a small PHP file can receive it):
 * ```json
 * { "v": 1, "counts": [ { "questionId": "sebaya-weak-faith", "correct": 1, "incorrect": 0 } ] }
 * ```
 * No cookies, no referrer, no session or visitor id, no time, no chosen option: only how many
 * times each question was answered right or not. Batches are sent when `batchSize` answers are
 * waiting, when the quiz is completed, and when the page is hidden; sending never blocks the quiz,
 * and a batch that fails is dropped (counts are not worth a retry queue or a trace on the phone).
 */
export interface StatsCount {
  readonly questionId: string;
  readonly correct: number;
  readonly incorrect: number;
}

export interface StatsBatch {
  readonly v: 1;
  readonly counts: readonly StatsCount[];
}

export type Send = (url: string, init: RequestInit) => Promise<unknown>;

export const DEFAULT_BATCH_SIZE = 5;

export class StatsBatcher {
  #pending = new Map<string, { correct: number; incorrect: number }>();
  #waiting = 0;
  readonly #send: Send;
  readonly #onHide = () => {
    if (document.visibilityState === 'hidden') this.flush();
  };

  constructor(
    readonly endpoint: string,
    readonly batchSize = DEFAULT_BATCH_SIZE,
    send: Send = (url, init) => fetch(url, init),
  ) {
    this.#send = send;
  }

  /** Starts flushing when the page is hidden or left. */
  attach(): void {
    document.addEventListener('visibilitychange', this.#onHide);
    window.addEventListener('pagehide', this.#onHide);
  }

  /** Stops listening (the pending counts are flushed). */
  detach(): void {
    document.removeEventListener('visibilitychange', this.#onHide);
    window.removeEventListener('pagehide', this.#onHide);
    this.flush();
  }

  record(questionId: string, correct: boolean): void {
    const c = this.#pending.get(questionId) ?? { correct: 0, incorrect: 0 };
    if (correct) c.correct += 1;
    else c.incorrect += 1;
    this.#pending.set(questionId, c);
    this.#waiting += 1;
    if (this.#waiting >= this.batchSize) this.flush();
  }

  /** Sends what is waiting, without waiting for an answer. */
  flush(): void {
    if (!this.#waiting) return;
    const batch: StatsBatch = { v: 1, counts: [...this.#pending].map(([questionId, c]) => ({ questionId, ...c })) };
    this.#pending = new Map();
    this.#waiting = 0;
    try {
      this.#send(this.endpoint, {
        method: 'POST',
        headers: { 'Content-Type': 'text/plain;charset=UTF-8' },
        body: JSON.stringify(batch),
        credentials: 'omit',
        referrerPolicy: 'no-referrer',
        cache: 'no-store',
        keepalive: true,
      }).catch(() => undefined);
    } catch {
      // A synchronous failure (blocked by CSP, bad URL) is dropped like a failed request.
    }
  }
}
