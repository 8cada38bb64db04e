/** The directory's events (see `core/events.ts`). Type-only. */

/** `sebaya-resource-select` detail: the place that was opened. */
export interface ResourceSelectDetail {
  readonly id: string;
}

declare module '../core/events.js' {
  interface SebayaEvents {
    /** A place was opened. */
    'sebaya-resource-select': ResourceSelectDetail;
  }
}
