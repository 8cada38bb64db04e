/** The crisis panel's events (see `core/events.ts`). Type-only. */

/** `sebaya-quick-exit` detail: where the quick exit is about to go. The event is cancelable. */
export interface QuickExitDetail {
  readonly url: string;
}

declare module '../core/events.js' {
  interface SebayaEvents {
    /** Before the quick exit leaves; cancel it to stay. */
    'sebaya-quick-exit': QuickExitDetail;
  }
}
