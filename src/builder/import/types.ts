/** What every importer returns (BUILDER-CONTRACT.md → Importers). */

/** A sentence in both of the builder's languages. */
export interface Words {
  readonly id: string;
  readonly en: string;
}

/** One thing an import left out: where it was in the file, and why. */
export interface Skipped {
  /** `line 12`, `VEVENT 3`, `row 7`, or a config path. */
  readonly where: string;
  readonly why: Words;
}

export interface ImportResult {
  readonly items: unknown[];
  /** The config path the items go to, e.g. `calendar.events`. */
  readonly target: string;
  readonly skipped: Skipped[];
  /** What the import changed on the way in (migrations, a `webcal:` address made `https:`). */
  readonly notes?: Words[];
}

export const IMPORT_KINDS = ['ics', 'csv', 'config'] as const;
export type ImportKind = (typeof IMPORT_KINDS)[number];
