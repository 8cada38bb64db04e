/** The support form's events (see `core/events.ts`). Type-only. Never the message. */

/** `sebaya-request-queued` / `sebaya-request-sent` detail: the request's id, nothing else. */
export interface RequestDetail {
  readonly id: string;
}

declare module '../core/events.js' {
  interface SebayaEvents {
    /** A request waits in the outbox (offline, or the receiver failed). */
    'sebaya-request-queued': RequestDetail;
    /** The receiver accepted a request. */
    'sebaya-request-sent': RequestDetail;
  }
}
