/**
 * Labels and hints of config fields, by path, in the builder's language: the same bilingual docs
 * that `scripts/build-schema.ts` publishes in the JSON Schema.
 */
import type { FieldDoc } from '../core/config/docs.js';
import { sectionDocs, sharedDocs } from '../site-schema.js';
import { docsPath } from './walk.js';

export type UiLang = 'id' | 'en';

const all: Readonly<Record<string, FieldDoc>> = Object.assign({}, sharedDocs, ...sectionDocs);

/** The doc of a value path (`crisis.lines[0].phone`) or a docs path (`crisis.lines[].phone`). */
export function fieldDoc(path: string): FieldDoc | undefined {
  return all[docsPath(path)];
}

export function labelOf(path: string, lang: UiLang): string {
  return fieldDoc(path)?.title[lang] ?? path;
}

/**
 * How a JSON writer gives text in several languages; the builder's text editor has a tab per
 * language instead, so the hint leaves it out.
 */
const JSON_TEXT_FORM = /,? (?:as text or|sebagai teks atau) \{ "id": …, "en": … \}/;

export function hintOf(path: string, lang: UiLang): string {
  return (fieldDoc(path)?.description[lang] ?? '').replace(JSON_TEXT_FORM, '');
}
