/**
 * The editors' words: a message in the builder's UI language with its `{placeholders}` filled.
 * Only two languages: the builder is for site owners, who work in Bahasa Indonesia or English.
 */
import { editorsEn } from './messages-en.js';
import { editorsId, type EditorKey } from './messages.js';

export type UiLang = 'id' | 'en';
export type Params = Readonly<Record<string, string | number>>;

export const uiLang = (lang: string | undefined): UiLang => (lang?.toLowerCase().startsWith('en') ? 'en' : 'id');

export function say(lang: string | undefined, key: EditorKey, params: Params = {}): string {
  const text = (uiLang(lang) === 'en' ? editorsEn : editorsId)[key];
  return text.replace(/\{(\w+)\}/g, (m, name: string) => (name in params ? String(params[name]) : m));
}

/** A language's name in the UI language (`jv` → "Jawa" / "Javanese"), the code when Intl has none. */
export function languageName(lang: string | undefined, code: string): string {
  if (code === 'id' || code === 'en') return say(lang, `language.${code}`);
  try {
    return new Intl.DisplayNames([uiLang(lang)], { type: 'language' }).of(code) ?? code;
  } catch {
    return code;
  }
}
