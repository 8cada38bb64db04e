/** The inbox's events (see `core/events.ts`). Type-only. Ids only: never a message or a reply. */

export interface InboxEventDetail {
  /** The request's id. */
  readonly id: string;
}

declare module '../core/events.js' {
  interface SebayaEvents {
    /** A reply was sealed to the visitor's reply key and stored by the receiver. */
    'sebaya-inbox-reply-sent': InboxEventDetail;
    /** A request (and its replies) was deleted from the receiver. */
    'sebaya-inbox-deleted': InboxEventDetail;
    /** A request was marked handled, or not handled. */
    'sebaya-inbox-handled': InboxEventDetail & { readonly handled: boolean };
  }
}
