/**
 * Sebaya's events, typed. Every event is `sebaya-` + kebab-case, bubbles and is composed. Each
 * element declares its own in its `events.ts` by adding to `SebayaEvents` (event name → detail);
 * the base element's `emit` accepts only those, and `GlobalEventHandlersEventMap` lists them all,
 * so `el.addEventListener('sebaya-quiz-answer', (e) => e.detail.correct)` is typed on any page.
 * Type-only: nothing here reaches a bundle.
 */

import type { SebayaErrorDetail } from './problem.js';

export type { SebayaErrorDetail };

/** Event name → detail, for every element; each element's `events.ts` adds its own. */
export interface SebayaEvents {
  /** Rendered content from a valid config (once per load). */
  'sebaya-ready': Record<string, never>;
  /** Something failed. */
  'sebaya-error': SebayaErrorDetail;
}

/** Every Sebaya event as the DOM delivers it. */
export type SebayaEventMap = { [K in keyof SebayaEvents]: CustomEvent<SebayaEvents[K]> };

declare global {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- merges Sebaya's events into the DOM's map
  interface GlobalEventHandlersEventMap extends SebayaEventMap {}
}
