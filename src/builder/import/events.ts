/** The importer's event (see `core/events.ts`). Type-only. */
import type { ImportResult } from './types.js';

export type { ImportResult };

declare module '../../core/events.js' {
  interface SebayaEvents {
    /** An import the owner confirmed: the items, where they go, and what was left out and why. */
    'sebaya-import': ImportResult;
  }
}
