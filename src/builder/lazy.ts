/**
 * The builder's parts that its first screen (task list, summary, export, preview) does not need:
 * the field editors (`sebaya-edit-*`) and the importer (`<sebaya-import>`, with the CSV and .ics
 * readers it loads in turn). They are lazy chunks of `dist/builder.js`, fetched as soon as the page
 * is idle, so they are in before the owner opens a task and the builder keeps working offline once
 * loaded. A task page that opens before they arrive waits for them (a polite "loading" line) rather
 * than showing plain controls that would be swapped for editors under the owner's fingers.
 */
import { html, nothing, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { chunk } from '../core/lazy.js';
import { renderNode, type FormContext } from './fields.js';
import type { GroupNode } from './walk.js';

/**
 * Loads (once per page) and registers the editors and the importer; then, when the page is idle
 * again, the CSV and .ics readers the importer uses, so an import works offline too.
 */
export const loadParts = chunk(() =>
  Promise.all([import('./editors/define.js'), import('./import/define.js')]).then(() => {
    whenIdle(() => {
      import('./import/ics.js').catch(() => undefined);
      import('../directory/model/csv.js').then((csv) => csv.loadPapa()).catch(() => undefined);
    });
    return true as const;
  }),
);

/** Calls `run` when the browser is idle (soon after the page has loaded), or after a short delay. */
export function whenIdle(run: () => void): void {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(run, { timeout: 2000 });
  else setTimeout(run, 200);
}

/**
 * The shell's view of the lazy parts: preloads them when the page is idle, loads them at once when
 * a task page opens, re-renders the host when they arrive, and renders a task page's fields once
 * they are in. After a failed load (the network went away before they came) the fields fall back
 * to the shell's plain controls, which edit the same values; opening a task again tries again.
 */
export class BuilderParts implements ReactiveController {
  #host: ReactiveControllerHost;
  /** Whether the host shows a page that needs the parts (a task page). */
  #needed: () => boolean;
  #wasNeeded = false;
  #state: 'loading' | 'ready' | 'failed' = loadParts.value ? 'ready' : 'loading';

  constructor(host: ReactiveControllerHost, needed: () => boolean) {
    this.#host = host;
    this.#needed = needed;
    host.addController(this);
  }

  hostConnected(): void {
    if (this.#state !== 'ready') whenIdle(() => void this.load());
  }

  hostUpdate(): void {
    const needed = this.#needed();
    if (needed && !this.#wasNeeded) void this.load();
    this.#wasNeeded = needed;
  }

  /** True once a task page can render its fields: the editors are in, or could not be loaded. */
  get settled(): boolean {
    return this.#state !== 'loading';
  }

  /** Loads the parts now; resolves when they are in or the load failed. */
  load(): Promise<void> {
    if (this.#state === 'ready') return Promise.resolve();
    if (this.#state === 'failed') this.#state = 'loading';
    return loadParts().then(
      () => this.#settle('ready'),
      () => this.#settle('failed'),
    );
  }

  #settle(state: 'ready' | 'failed'): void {
    if (this.#state === state) return;
    this.#state = state;
    this.#host.requestUpdate();
  }

  /** A task page's fields, or a polite "loading" line while the editors are on their way. */
  fields(tree: GroupNode, keys: readonly string[], ctx: FormContext, loading: string) {
    if (!this.settled) return html`<p class="loading" role="status">${loading}</p>`;
    return keys.map((key) => {
      const node = tree.fields.find((f) => f.key === key);
      return node ? renderNode(node, key, ctx) : nothing;
    });
  }
}
