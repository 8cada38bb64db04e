import type { Message, MessageOverrides, Params } from './catalog.js';

/** Text that is either one string or a map of locale → string. */
export type LocalizedText = string | Readonly<Record<string, string>>;

/** The primary language subtag, lower-cased: `en-GB` → `en`. */
export const baseLanguage = (tag: string): string => tag.toLowerCase().split(/[-_]/)[0] ?? '';

/**
 * Picks the text for `locale` from a string or a locale map: the exact tag, then its base
 * language, then each fallback in turn, then any text there is.
 */
export function resolveText(
  value: LocalizedText | undefined | null,
  locale: string,
  fallbacks: readonly string[] = [],
): string {
  if (value == null) return '';
  if (typeof value === 'string') return value;
  for (const tag of [locale, baseLanguage(locale), ...fallbacks]) {
    const hit = value[tag];
    if (typeof hit === 'string' && hit) return hit;
  }
  for (const hit of Object.values(value)) if (typeof hit === 'string' && hit) return hit;
  return '';
}

const pluralRules = new Map<string, Intl.PluralRules>();
function pluralCategory(locale: string, count: number): Intl.LDMLPluralRule {
  let rules = pluralRules.get(locale);
  if (!rules) {
    try {
      rules = new Intl.PluralRules(locale);
    } catch {
      rules = new Intl.PluralRules('en');
    }
    pluralRules.set(locale, rules);
  }
  return rules.select(count);
}

/** Fills `{name}` placeholders; picks a plural form by `params.count`. */
export function formatMessage(message: Message, locale: string, params: Params = {}): string {
  let template: string;
  if (typeof message === 'string') template = message;
  else {
    const count = Number(params.count ?? 0);
    const category = count === 0 && message.zero ? 'zero' : pluralCategory(locale, count);
    template = (message as Record<string, string | undefined>)[category] ?? message.other;
  }
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

export type Translate<K extends string> = (key: K, params?: Params) => string;

/** Catalogs by language (locale → key → message); a layer may lack a language or a key. */
export type CatalogLayer = Readonly<Record<string, Readonly<Record<string, Message>> | undefined>>;

/**
 * A translator for one locale over layers of catalogs: the site owner's overrides first, then the
 * built-in ones. Lookup order for a key: every layer in `locale`, then in its base language, then
 * the same for each fallback locale, then Indonesian, then English.
 */
export function createTranslator<K extends string>(
  locale: string,
  layers: readonly CatalogLayer[],
  fallbacks: readonly string[] = [],
): Translate<K> {
  const chain = [
    ...new Set([locale, baseLanguage(locale), ...fallbacks.flatMap((f) => [f, baseLanguage(f)]), 'id', 'en']),
  ];
  return (key, params) => {
    for (const tag of chain) {
      for (const layer of layers) {
        const message = layer[tag]?.[key];
        if (message !== undefined) return formatMessage(message, tag, params);
      }
    }
    return key;
  };
}

/** True if a message for `locale` exists in built-in catalogs or in the overrides. */
export function hasLanguage(locale: string, builtIn: readonly string[], overrides: MessageOverrides = {}): boolean {
  const tag = locale.toLowerCase();
  return (
    builtIn.includes(tag) || builtIn.includes(baseLanguage(tag)) || tag in overrides || baseLanguage(tag) in overrides
  );
}
