import { html, LitElement, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { defaultCrisisLines } from './crisis-lines.js';
import type { CrisisLine, SchemaSource, SectionName, SharedConfig } from './config/schema.js';
import type { Catalogs, Params } from './i18n/catalog.js';
import { Localize, type LocalizeHost } from './i18n/controller.js';
import type { LocalizedText } from './i18n/localize.js';
import type { CoreKey } from './i18n/messages.js';
import { retryCatalogs } from './i18n/registry.js';
import { chunk, type Chunk } from './lazy.js';
import { ProblemError, type Problem } from './problem.js';
import { base, tokens } from './theme/tokens.js';
import type { SebayaEvents } from './events.js';

/**
 * Dispatches a bubbling, composed event. Outside the class: the manifest analyzer lists every
 * `new CustomEvent(x)` inside a class as an event named `x`.
 */
const dispatch = <K extends keyof SebayaEvents>(
  el: HTMLElement,
  type: K,
  detail: SebayaEvents[K],
  cancelable?: boolean,
): boolean => el.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true, cancelable }));

/** The four faces of every async path. */
export const ELEMENT_STATES = ['loading', 'ready', 'empty', 'error'] as const;
export type ElementState = (typeof ELEMENT_STATES)[number];

export type { SebayaEvents, SebayaEventMap } from './events.js';
export type { Problem, SebayaErrorDetail } from './problem.js';
export type { SchemaSource } from './config/schema.js';

/** Config as elements see it: the shared keys plus their own section. */
export type ConfigOf<S> = SharedConfig & S;

/**
 * Config reading (where it comes from, the fetch and saved copy, inline JSON, validation glue,
 * the words for load failures and a missing config): a lazy chunk, so the crisis panel on its
 * built-in lines stays small. Kept once it has arrived (`problemFrom` and the "saved copy" notice
 * use it synchronously). Validation (valibot) is a further chunk, which it requests beside the fetch.
 */
const configSource = chunk(() => import('./config/source.js'));
/** The site owner's box (a lazy chunk: only with `debug` or `#sebaya-debug`). */
const ownerBox = chunk(() => import('./config/owner.js'));

/**
 * The base every Sebaya element extends: config lifecycle, validation, language, states and the
 * error surface. Subclasses name their config section and schema, their message catalogs, and
 * render their ready state; they never throw out of a lifecycle callback.
 *
 * @attr src - URL of the site config (JSON), resolved against the page; fetched once per page.
 * @attr lang - Language (`id`, `en`, or any locale the config adds messages for).
 * @attr theme - `light`, `dark` or `auto` (default: follow the page's `color-scheme`: light when it
 *   declares none, the device's setting when it declares `light dark`).
 * @attr state - Reflected: `loading`, `ready`, `empty` or `error`, for page CSS.
 * @attr debug - Shows the site owner's box: every config problem with its path, line and column, and unknown keys (also with `#sebaya-debug` in the page address).
 * @csspart as-of - "Showing what was saved on …" when the network failed and a saved copy is shown.
 * @csspart owner - The site owner's box (only with `debug` or `#sebaya-debug`).
 * @fires sebaya-ready - Rendered content from a valid config. Bubbles, composed.
 * @fires sebaya-error - Something failed; `detail: { code, message, path? }`. Bubbles, composed.
 */
export abstract class SebayaElement<Section = unknown, Key extends string = never> extends LitElement {
  static override styles = [tokens, base];

  // Reactive properties are listed here, not marked with decorators: Lit's decorator runtime would
  // add 0.4 kB gzip to every bundle. Subclasses list theirs the same way (Lit merges the lists);
  // a field without an initial value is `declare`d, so that no class field hides Lit's accessor.
  static override properties: PropertyDeclarations = {
    config: { attribute: false },
    src: {},
    lang: {},
    debug: { type: Boolean },
    theme: { reflect: true },
    state: { reflect: true },
    // `attribute: false` is implied by `state`; said again for the custom-elements manifest.
    siteConfig: { state: true, attribute: false },
    asOf: { state: true, attribute: false },
    failure: { state: true, attribute: false },
  };

  /** How long a config fetch may take before it fails with a timeout (ms). */
  static loadTimeoutMs = 15_000;

  /** The site config as an object (takes precedence over an inline script and `src`). */
  declare config?: unknown;

  /** URL of the site config (JSON). */
  declare src?: string;

  /** Language; without it, the nearest `lang` up the page, the config's `locale`, then `id`. */
  declare lang: string;

  /** Shows the site owner's box (what is wrong in the config, where); the config builder sets it. */
  declare debug?: boolean;

  /** Colour theme: `light`, `dark` or `auto` (the page's `color-scheme`, light by default). */
  declare theme?: 'light' | 'dark' | 'auto';

  /** Current state, reflected as the `state` attribute. */
  readonly state: ElementState = 'loading';

  /** The validated config once loaded. */
  declare protected siteConfig?: ConfigOf<{ [K in SectionName]?: Section }>;
  /** When the shown config is a saved copy (the network failed): when it was fetched. */
  declare protected asOf?: number;

  /** Builds the current problem in the current language (so a language switch re-words it). */
  declare private failure?: () => Problem;
  /** The config's warnings (unknown keys), worded in the current language: for the owner box. */
  #notes?: () => readonly string[];

  /** The problem shown in the error state, in the visitor's language. */
  protected get problem(): Problem | undefined {
    return this.failure?.();
  }

  /** Config section this element reads (`undefined` for the crisis panel, which reads shared keys). */
  protected abstract readonly section: SectionName | undefined;
  /**
   * Valibot schema of the element's whole config view (see `siteSchemaFor`), or a function that
   * imports it (`() => import('./schema.js').then((m) => m.schema)`) to keep valibot out of the
   * main bundle.
   */
  protected abstract readonly schema: SchemaSource;
  /** The element's own catalogs in `id` and `en`. */
  protected abstract readonly catalogs: Catalogs<Key>;
  /** Whether the element can work with no config at all. */
  protected readonly worksWithoutConfig: boolean = false;

  #loadRun = 0;
  #loadAbort?: AbortController;
  #announcedState?: 'ready' | 'error';

  /** Render the ready (or empty) state. */
  protected abstract renderContent(): TemplateResult | typeof nothing;
  /** Render the loading state (the widgets' spinner, the crisis panel's built-in lines). */
  protected abstract renderLoading(): TemplateResult;
  /** Render the error state: calm for visitors; the owner box (`renderOwnerBox`) in debug mode. */
  protected abstract renderError(): TemplateResult;

  /**
   * Work after a valid config arrives (fetch feeds, build indexes). May throw a LoadError or
   * return issues; `signal` aborts when a newer config replaces this one.
   */
  protected async prepare(_config: ConfigOf<{ [K in SectionName]?: Section }>, _signal: AbortSignal): Promise<void> {}

  /**
   * Starts fetching the lazy chunks `prepare()` will need, beside the config (no extra round trip
   * after it). Failures are left to `prepare()`, which imports the same modules and reports them.
   */
  protected preload(): void {}

  /** Whether the ready content is empty (shows the empty state styles and `state="empty"`). */
  protected isEmpty(): boolean {
    return false;
  }

  // ---- language (the `Localize` controller; these read it) ------------------------------------

  /** The element's language, words, `Intl` tag and time zone (helpers take it, not the element). */
  // The controller reads the protected `siteConfig` and `catalogs` (its host is this class only).
  protected readonly i18n: Localize<Key> = new Localize<Key>(this as unknown as LocalizeHost<Key>);

  /**
   * The language in use, resolved from `lang`, the page, the config, then `id`. The page's language
   * counts only if the config's `locales` offers it (when set).
   */
  get locale(): string {
    return this.i18n.locale;
  }

  /** The site's time zone (IANA). */
  get timeZone(): string {
    return this.i18n.timeZone;
  }

  /** Translates a key from the element's or the core catalog, with the site owner's overrides. */
  protected t(key: Key | CoreKey, params?: Params): string {
    return this.i18n.t(key, params);
  }

  /** Picks the visitor's language from a string or `{ locale: text }`. */
  protected text(value: LocalizedText | undefined | null): string {
    return this.i18n.text(value);
  }

  /** The BCP 47 tag for `Intl` (`id`, `en`, or the custom locale's base language). */
  protected get intlLocale(): string {
    return this.i18n.intlLocale;
  }

  // ---- lazy chunks ------------------------------------------------------------------------------

  /** Chunks this element waits for: `updateComplete` holds until they are in. */
  readonly #waiting = new Map<Chunk<unknown>, Promise<unknown>>();

  /**
   * A lazy chunk's module, or undefined while it loads: the element re-renders when it arrives,
   * and `updateComplete` waits for it. A failed load is tried again on the next call.
   */
  protected need<T>(c: Chunk<T>): T | undefined {
    if (!c.value && !this.#waiting.has(c)) {
      this.#waiting.set(
        c,
        c()
          .then(
            () => this.requestUpdate(),
            () => undefined,
          )
          .finally(() => this.#waiting.delete(c)),
      );
    }
    return c.value;
  }

  protected override async getUpdateComplete(): Promise<boolean> {
    let done = await super.getUpdateComplete();
    for (let p; (p = this.i18n.pending ?? this.#waiting.values().next().value);) {
      await p;
      done = await super.getUpdateComplete();
    }
    return done;
  }

  // ---- lifecycle -----------------------------------------------------------------------------

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('online', this.#onOnline);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('online', this.#onOnline);
    this.#loadAbort?.abort();
  }

  /** Back online after showing a saved copy or a network error: load again. */
  readonly #onOnline = (): void => {
    if (this.showsStaleData()) this.reload();
  };

  /** Whether what is shown came from a saved copy or a network failure (then `online` reloads). */
  protected showsStaleData(): boolean {
    return this.asOf !== undefined || !!this.problem?.retryable;
  }

  protected override willUpdate(changed: PropertyValues): void {
    if (!this.hasUpdated || changed.has('config') || changed.has('src')) void this.#load();
  }

  protected override updated(): void {
    // One event per load: `sebaya-ready` once content shows (ready and empty are the same
    // outcome; flipping between them while filtering announces nothing), `sebaya-error` on failure.
    // Not while a language chunk loads: the event carries the message in the visitor's language.
    const outcome = this.i18n.pending
      ? undefined
      : this.state === 'error'
        ? 'error'
        : this.state === 'loading'
          ? undefined
          : 'ready';
    if (outcome && outcome !== this.#announcedState) {
      this.#announcedState = outcome;
      if (outcome === 'error' && this.problem) {
        const { code, message, path } = this.problem;
        this.emit('sebaya-error', path ? { code, message, path } : { code, message });
      } else if (outcome === 'ready') this.emit('sebaya-ready', {});
    }
  }

  /** Dispatches one of Sebaya's events (see `events.ts`), bubbling and composed. */
  protected emit<K extends keyof SebayaEvents>(type: K, detail: SebayaEvents[K], cancelable?: boolean): boolean {
    return dispatch(this, type, detail, cancelable);
  }

  #setState(next: ElementState): void {
    (this as { state: ElementState }).state = next;
    if (next === 'loading') this.#announcedState = undefined;
  }

  /** Loads the config again (the Retry button); also refetches a failed `src`. */
  reload(): void {
    if (this.src) configSource.value?.forget(this.src);
    retryCatalogs();
    void this.#load();
  }

  /** Marks the content as changed (e.g. after filtering) so ready/empty is recomputed. */
  protected refreshState(): void {
    if (this.state === 'ready' || this.state === 'empty') this.#setState(this.isEmpty() ? 'empty' : 'ready');
  }

  async #load(): Promise<void> {
    const run = ++this.#loadRun;
    this.#loadAbort?.abort();
    const { signal } = (this.#loadAbort = new AbortController());
    this.failure = this.#notes = undefined;
    this.#setState('loading');
    try {
      const script = this.querySelector(':scope > script[type="application/json"]');
      const hasSource = this.config != null || this.src || script;
      let config = {};
      this.asOf = undefined;
      if (hasSource || !this.worksWithoutConfig) {
        // The element's own chunks load beside the config; validation beside its fetch.
        if (hasSource) this.preload();
        const read = await (
          await configSource()
        ).readConfig(
          {
            config: this.config,
            src: this.src,
            inline: script?.textContent ?? undefined,
            schema: this.schema,
            section: this.section,
            optional: this.worksWithoutConfig,
            tag: this.localName,
            t: (k, p) => this.t(k as Key, p),
            timeoutMs: SebayaElement.loadTimeoutMs,
          },
          signal,
        );
        if (run !== this.#loadRun) return;
        this.#notes = read.notes;
        if ('problem' in read) {
          // A config missing only this element's section still words the error (language, crisis lines).
          if (read.config) this.siteConfig = read.config;
          return this.fail(read.problem);
        }
        config = read.config;
        this.asOf = read.asOf;
      }
      this.siteConfig = config;
      // A config was read through the config chunk, which lays its colours on (none without one).
      configSource.value?.applyAppearance(this, (config as { appearance?: unknown }).appearance);
      await Promise.all([this.prepare(config, signal), this.i18n.load()]);
      // prepare() may have called fail() itself: keep that error state.
      if (run === this.#loadRun && !this.failure) this.#setState(this.isEmpty() ? 'empty' : 'ready');
    } catch (err) {
      if (run === this.#loadRun && !signal.aborted) this.fail(() => this.problemFrom(err));
    }
  }

  /**
   * Turns any failure into a localised problem: a `ProblemError` carries its own, a load failure
   * is worded by the config-reading chunk (the fetching code arrives with it); anything else is a
   * bug or a missing chunk.
   */
  protected problemFrom(err: unknown): Problem {
    if (err instanceof ProblemError) return err.describe();
    const loadProblem = configSource.value?.loadProblem(err, (k, p) => this.t(k, p), this.intlLocale);
    if (loadProblem) return loadProblem;
    const chunk =
      err instanceof TypeError &&
      /dynamically imported module|Importing a module script failed|error loading dynamically/i.test(err.message);
    const message = this.t(chunk ? 'core.load.chunk' : 'core.error.internal');
    // The console line is for the site owner, who is most often missing the chunks/ folder.
    return {
      code: chunk ? 'load-chunk' : 'internal',
      message,
      details: [message, chunk ? `${String(err)} (site owner: is the chunks/ folder next to sebaya.js?)` : String(err)],
      retryable: true,
    };
  }

  /** Shows the error state (and logs the full list for the site owner). */
  protected fail(describe: () => Problem): void {
    this.failure = describe;
    this.#setState('error');
    const problem = describe();
    console.error(
      `[${this.localName}] ${problem.code}: ${problem.message}${problem.details.length > 1 ? `\n${problem.details.join('\n')}` : ''}`,
    );
  }

  // ---- rendering ------------------------------------------------------------------------------

  protected override render(): TemplateResult {
    let body: TemplateResult | typeof nothing;
    try {
      body =
        this.state === 'loading'
          ? this.renderLoading()
          : this.state === 'error'
            ? this.renderError()
            : this.renderContent();
    } catch (err) {
      // A rendering bug must still leave a calm message, never a blank box.
      console.error(`[${this.localName}]`, err);
      this.failure = () => this.problemFrom(err);
      queueMicrotask(() => this.#setState('error'));
      body = this.renderError();
    }
    const shown = this.state === 'ready' || this.state === 'empty';
    return html`<div class="root" part="base">${this.renderAsOf()}${body}${shown ? [this.renderOwnerBox(), this.renderFoot()] : nothing}</div>`;
  }

  /** What closes the ready content (the widgets' crisis-help line); nothing by default. */
  protected renderFoot(): unknown {
    return nothing;
  }

  /** "Showing what was saved on …" when the network failed and a saved copy is shown. */
  protected renderAsOf(): TemplateResult | typeof nothing {
    return this.asOf === undefined || this.state === 'loading' || this.state === 'error' || !configSource.value
      ? nothing
      : configSource.value.renderAsOf(this.asOf, (k, p) => this.t(k, p), this.intlLocale, this.timeZone);
  }

  /**
   * The site owner's box: every problem of the config with its path, line and column, its
   * unknown keys ("did you mean …?"), and the element's `ownerLines()` (a feed that failed). Only with the `debug` property/attribute or `#sebaya-debug`
   * in the page address (it follows `hashchange`); `nothing` otherwise. Its code and words are a
   * lazy chunk of their own. The base renders it in the error view and after ready
   * content; an element that replaces `renderError` without calling it should render it there.
   */
  protected renderOwnerBox(): TemplateResult | typeof nothing {
    const box = (this.debug || location.hash.includes('sebaya-debug')) && this.need(ownerBox);
    return !box
      ? nothing
      : box.renderOwnerBox(
          this.problem,
          [...(this.#notes?.() ?? []), ...(this.state === 'error' ? [] : this.ownerLines())],
          (k, p) => this.t(k, p),
        );
  }

  /**
   * More lines for the owner box in the ready and empty states, in the current language: what a
   * feed's failure was, with its config path and address (visitors see one calm line instead).
   */
  protected ownerLines(): readonly string[] {
    return [];
  }

  /** The crisis lines to offer: the config's, else the built-in national ones. */
  get crisisLines(): readonly CrisisLine[] {
    const own = this.siteConfig?.crisis?.lines;
    return own?.length ? own : defaultCrisisLines((k) => this.t(k));
  }
}
