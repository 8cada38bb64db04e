/**
 * Keeps the chosen filters in the URL hash (`#directory?category=…`, see `model/hash.ts`) so a
 * link shares them: read when the element connects and when the hash changes, written with
 * `replaceState` (no history entry per click). An empty key turns it off.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { fromHash, toHash, type Filters } from './model/hash.js';

export class HashSync implements ReactiveController {
  /** The name of the filter state in the hash (`hash-key`), empty for none. */
  readonly #key: () => string;
  /** Applies the filters a hash names. */
  readonly #apply: (filters: Partial<Filters>) => void;
  readonly #onHashChange = (): void => this.read();

  constructor(host: ReactiveControllerHost, key: () => string, apply: (filters: Partial<Filters>) => void) {
    this.#key = key;
    this.#apply = apply;
    host.addController(this);
  }

  hostConnected(): void {
    this.read();
    window.addEventListener('hashchange', this.#onHashChange);
  }

  hostDisconnected(): void {
    window.removeEventListener('hashchange', this.#onHashChange);
  }

  read(): void {
    const key = this.#key();
    const fromUrl = key ? fromHash(key, window.location.hash) : undefined;
    if (fromUrl) this.#apply(fromUrl);
  }

  write(filters: Filters): void {
    const key = this.#key();
    if (!key) return;
    const current = window.location.hash;
    const next = toHash(key, filters);
    // Another widget's hash (or none) stays when there is nothing to say.
    if (next === current || (!next && fromHash(key, current) === undefined)) return;
    try {
      history.replaceState(history.state, '', `${window.location.pathname}${window.location.search}${next}`);
    } catch {
      // A sandboxed frame may refuse; the filters still work.
    }
  }
}
