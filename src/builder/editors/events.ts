/** The field editors' event (see `core/events.ts`). Type-only. */
import type { EditDetail } from './base.js';

export type { EditDetail };

declare module '../../core/events.js' {
  interface SebayaEvents {
    /** A field editor accepted a new value for its config path. */
    'sebaya-edit': EditDetail;
  }
}
