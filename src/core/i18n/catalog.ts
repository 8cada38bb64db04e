/**
 * Message catalogs. A message is a template with `{name}` placeholders, or a plural form chosen
 * by `Intl.PluralRules` from the `count` parameter. Each element defines its English catalog as the
 * list of keys, and every other built-in language is typed against it: a missing key is a type error.
 */
export type PluralMessage = {
  readonly zero?: string;
  readonly one?: string;
  readonly few?: string;
  readonly other: string;
};
export type Message = string | PluralMessage;
export type Catalog<K extends string = string> = { readonly [P in K]: Message };

/** The languages every element ships. */
export const BUILT_IN_LOCALES = ['id', 'en'] as const;
export type BuiltInLocale = (typeof BUILT_IN_LOCALES)[number];

/**
 * A catalog in the bundle, or a loader for one that comes as a lazy chunk. Indonesian, the default
 * and every chain's fallback, is always in the bundle; English loads when a page asks for it.
 */
export type CatalogSource<K extends string = string> = Catalog<K> | (() => Promise<Catalog<K>>);

export type Catalogs<K extends string> = { readonly id: Catalog<K>; readonly en: CatalogSource<K> };

export type Params = Readonly<Record<string, string | number>>;

/** Config-supplied overrides: locale → key → message. */
export type MessageOverrides = Readonly<Record<string, Readonly<Record<string, Message>>>>;
