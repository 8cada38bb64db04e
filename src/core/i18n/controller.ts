import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { SharedConfig } from '../config/schema.js';
import { BUILT_IN_LOCALES, type Catalog, type Catalogs, type MessageOverrides, type Params } from './catalog.js';
import { DEFAULT_TIME_ZONE } from './format.js';
import {
  baseLanguage,
  createTranslator,
  hasLanguage,
  resolveText,
  type LocalizedText,
  type Translate,
} from './localize.js';
import { coreId, type CoreKey } from './messages.js';
import { catalogFrom, catalogVersion, lazyCatalogs, loadCatalog } from './registry.js';

/** English is a lazy chunk, loaded when a page or a config asks for it (see `load`). */
const CORE_EN = () => import('./messages-en.js').then((m) => m.coreEn);

/** The `Intl` tag of each language asked for (the check is slow enough to matter in a long list). */
const intlTags = new Map<string, string>();

/** What the controller needs of its element: its `lang`, its site config and its own catalogs. */
export interface LocalizeHost<Key extends string = string> extends ReactiveControllerHost, HTMLElement {
  readonly siteConfig?: SharedConfig;
  readonly catalogs: Catalogs<Key>;
}

/**
 * Re-renders every connected host when a `lang` attribute changes anywhere on the page, and when
 * the address's hash changes (`#sebaya-debug` shows or hides the owner box).
 */
const watchers = new Set<ReactiveControllerHost>();
let observer: MutationObserver | undefined;

/**
 * An element's language: which one (its `lang`, the page's, the config's, then `id`), its words
 * (the element's catalogs, the core's, the site owner's overrides, and what lazy chunks add), the
 * `Intl` tag and the site's time zone; it loads the English chunks when they are needed and
 * re-renders its host when the page's language changes. Helpers (a detail dialog, notices, the
 * quiz) take the controller, not the element.
 */
export class Localize<Key extends string = never> implements ReactiveController {
  readonly #host: LocalizeHost<Key>;
  /** The language, worked out once per update (a long list asks for it hundreds of times). */
  #renderLocale?: string;
  #cached?: { locale: string; config: unknown; version: number; fn: Translate<Key | CoreKey> };
  /** While a language chunk loads; the host's `updateComplete` waits for it. */
  pending?: Promise<void>;

  constructor(host: LocalizeHost<Key>) {
    (this.#host = host).addController(this);
  }

  hostConnected(): void {
    watchers.add(this.#host);
    if (!observer && typeof MutationObserver !== 'undefined') {
      const all = () => watchers.forEach((w) => w.requestUpdate());
      addEventListener('hashchange', all);
      observer = new MutationObserver(all);
      observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'], subtree: true });
    }
  }

  hostDisconnected(): void {
    watchers.delete(this.#host);
  }

  hostUpdate(): void {
    this.#renderLocale = undefined;
    this.#renderLocale = this.locale;
    if (this.pending) return;
    const pending = this.load();
    if (pending) {
      this.pending = pending.then(() => {
        this.pending = undefined;
        this.#host.requestUpdate();
      });
    }
  }

  hostUpdated(): void {
    this.#renderLocale = undefined;
  }

  /**
   * The language in use, resolved from `lang`, the page, the config, then `id`. The page's language
   * counts only if the config's `locales` offers it (when set): a WordPress page left at
   * `lang="en-US"` then keeps an Indonesian site in Indonesian.
   */
  get locale(): string {
    if (this.#renderLocale) return this.#renderLocale;
    const config = this.#host.siteConfig;
    const overrides = (config?.messages ?? {}) as MessageOverrides;
    const page = this.#pageLang();
    const offered = !page || !config?.locales || config.locales.some((l) => baseLanguage(l) === baseLanguage(page));
    for (const c of [this.#host.lang, offered && page, config?.locale, 'id'])
      if (c && hasLanguage(c, BUILT_IN_LOCALES, overrides)) return c.toLowerCase();
    return 'id';
  }

  #pageLang(): string | undefined {
    let node: Node | null = this.#host.parentNode;
    while (node) {
      if (node instanceof Element && node.hasAttribute('lang')) return node.getAttribute('lang') ?? undefined;
      node = node instanceof ShadowRoot ? node.host : node.parentNode;
    }
    return undefined;
  }

  /** The site's time zone (IANA). */
  get timeZone(): string {
    return this.#host.siteConfig?.timeZone ?? DEFAULT_TIME_ZONE;
  }

  /** The BCP 47 tag for `Intl` (`id`, `en`, or the custom locale's base language). */
  get intlLocale(): string {
    const l = this.locale;
    let tag = intlTags.get(l);
    if (tag === undefined) {
      try {
        tag = Intl.DateTimeFormat.supportedLocalesOf([l]).length ? l : baseLanguage(l) || 'id';
      } catch {
        tag = 'id';
      }
      intlTags.set(l, tag);
    }
    return tag;
  }

  /** Translates a key from the element's or the core catalog, with the site owner's overrides. */
  t(key: Key | CoreKey, params?: Params): string {
    const locale = this.locale;
    const config = this.#host.siteConfig;
    let cached = this.#cached;
    if (cached?.locale !== locale || cached.config !== config || cached.version !== catalogVersion) {
      const own = this.#host.catalogs;
      const layers = [
        (config?.messages ?? {}) as MessageOverrides,
        { id: own.id, en: catalogFrom(own.en) },
        { id: coreId, en: catalogFrom(CORE_EN) },
        lazyCatalogs,
      ];
      cached = this.#cached = {
        locale,
        config,
        version: catalogVersion,
        fn: createTranslator(locale, layers, config?.locale ? [config.locale] : []),
      };
    }
    return cached.fn(key, params);
  }

  /** Picks the visitor's language from a string or `{ locale: text }`. */
  text(value: LocalizedText | undefined | null): string {
    return resolveText(value, this.locale, [this.#host.siteConfig?.locale ?? 'id', 'id', 'en']);
  }

  /**
   * Loads the lazy built-in catalogs the current language reads (English, for a page, an element
   * or a config in English). Indonesian is complete and always there, so every other chain ends
   * before English. Undefined when nothing is missing.
   */
  load(): Promise<void> | undefined {
    if (![this.locale, this.#host.siteConfig?.locale].some((l) => l && baseLanguage(l) === 'en')) return undefined;
    const pending = [loadCatalog(CORE_EN), loadCatalog(this.#host.catalogs.en as () => Promise<Catalog>)].filter(
      (p) => p !== undefined,
    );
    return pending.length ? Promise.all(pending).then(() => undefined) : undefined;
  }
}
