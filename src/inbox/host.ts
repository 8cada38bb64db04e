import type { ReactiveControllerHost } from 'lit';
import type { SebayaEvents } from '../core/events.js';

/** What the controller (app.ts) needs of `<sebaya-inbox>`: declared apart, as the element imports the controller. */
export interface InboxHost extends ReactiveControllerHost, HTMLElement {
  config?: unknown;
  src?: string;
  lang: string;
  readonly renderRoot: HTMLElement | DocumentFragment;
  state: 'loading' | 'ready' | 'empty' | 'error';
  emit<K extends keyof SebayaEvents>(type: K, detail: SebayaEvents[K]): void;
}
