/**
 * Plain-language documentation of config fields, in English and Bahasa Indonesia, emitted as
 * JSON Schema `title` and `description` by `scripts/build-schema.ts`. Kept out of the runtime
 * bundle: the schema (fields.ts, schema.ts, each element's schema.ts) is the single source of
 * validation; these texts are attached to it by path, and the build fails if a field has none.
 *
 * Paths: `crisis.lines[].phone` — `[]` for "every item of a list", `{}` for "every value of a map".
 */
export interface FieldDoc {
  readonly title: { readonly en: string; readonly id: string };
  readonly description: { readonly en: string; readonly id: string };
}
export type SchemaDocs = Readonly<Record<string, FieldDoc>>;

/** Shorthand: doc('Title', 'Judul', 'What it is.', 'Apa itu.'). */
export const doc = (titleEn: string, titleId: string, descriptionEn: string, descriptionId: string): FieldDoc => ({
  title: { en: titleEn, id: titleId },
  description: { en: descriptionEn, id: descriptionId },
});
