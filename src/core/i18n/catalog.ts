/**
 * Message catalogs. A message is a template with `{name}` placeholders, or a plural form chosen
 * by `Intl.PluralRules` from the `count` parameter. Each element defines its English catalog as the
 * list of keys, and every other built-in language is typed against it: a missing key is a type error.
 */
export type PluralMessage = { readonly zero?: string; readonly one?: string; readonly few?: string; readonly other: string };
export type Message = string | PluralMessage;
export type Catalog<K extends string = string> = { readonly [P in K]: Message };

/** The languages every element ships. */
export const BUILT_IN_LOCALES = ['id', 'en'] as const;
export type BuiltInLocale = (typeof BUILT_IN_LOCALES)[number];

export type Catalogs<K extends string> = { readonly [L in BuiltInLocale]: Catalog<K> };

export type Params = Readonly<Record<string, string | number>>;

/** Config-supplied overrides: locale → key → message. */
export type MessageOverrides = Readonly<Record<string, Readonly<Record<string, Message>>>>;
