/**
 * A spreadsheet (CSV from Google Sheets, Excel, or the directory template) → places for the
 * directory (`directory.sources[].resources[]`). Parsing, column names and cell reading are the
 * directory's own (src/directory/model/csv.ts); the builder adds the column-matching step and names
 * every row it leaves out.
 */
import { columnOf, delimiterOf, loadPapa, readCsv, CSV_COLUMNS, type CsvColumn } from '../../directory/model/csv.js';
import { LOCALIZED } from '../../directory/model/csv-columns.js';
import { ResourceSchema } from '../../directory/schema.js';
import type { ImportResult, Skipped, Words } from './types.js';
import { admit, excerpt } from './words.js';

/** A parsed spreadsheet: its header and its rows (row `i` is the spreadsheet's row `i + 2`). */
export interface CsvTable {
  readonly columns: string[];
  readonly rows: string[][];
}

/** Place field (`name`, `name_en`, `phone`, …) → the index of the column it is read from. */
export type ColumnMapping = Record<string, number>;

/** The place fields a column can fill: the template's columns, and English for the texts. */
export const PLACE_FIELDS: readonly string[] = [
  ...(Object.keys(CSV_COLUMNS) as CsvColumn[]),
  ...LOCALIZED.map((c) => `${c}_en`),
];

/** Reads a CSV: a byte-order mark, `,` `;` or tab, CRLF and quoted new lines. Never throws. */
export async function importCsv(text: string): Promise<CsvTable> {
  const clean = String(text ?? '').replace(/^\uFEFF/, '');
  if (!clean.trim()) return { columns: [], rows: [] };
  const Papa = await loadPapa();
  const parsed = Papa.parse<string[]>(clean, { delimiter: delimiterOf(clean), skipEmptyLines: false });
  const [header = [], ...rows] = parsed.data;
  // A file ending in a new line gives one empty last row: not a row of the sheet.
  while (rows.length && rows[rows.length - 1]!.every((c) => !c.trim())) rows.pop();
  return { columns: header.map((h) => h.trim()), rows };
}

const key = (h: string): string =>
  h
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '');

/** A header the template does not use, matched by one of its words (`Nomor Telepon` → phone). */
function byWord(header: string): string | undefined {
  const words = key(header).split('_');
  const english = words.includes('en') || words.includes('english') || words.includes('inggris');
  const found = (Object.keys(CSV_COLUMNS) as CsvColumn[]).filter((c) =>
    (CSV_COLUMNS[c] as readonly string[]).some((alias) => words.includes(alias)),
  );
  if (found.length !== 1) return undefined;
  const field = found[0]!;
  return english && (LOCALIZED as readonly string[]).includes(field) ? `${field}_en` : field;
}

/** Suggests which column each place field comes from, by header name (Indonesian or English). */
export function matchColumns(columns: readonly string[]): ColumnMapping {
  const mapping: ColumnMapping = {};
  const claim = (field: string | undefined, i: number) => {
    if (field && PLACE_FIELDS.includes(field) && mapping[field] === undefined) mapping[field] = i;
  };
  // Exact names first, so `phone` is not taken by `Nomor telepon kantor` before the `phone` column.
  columns.forEach((h, i) => {
    const c = columnOf(h);
    claim(c ? (c.locale ? `${c.column}_${c.locale}` : c.column) : undefined, i);
  });
  columns.forEach((h, i) => {
    if (!Object.values(mapping).includes(i)) claim(byWord(h), i);
  });
  return mapping;
}

const why = {
  noName: { id: 'tidak punya nama, jadi dilewati', en: 'has no name, so it was left out' },
  cell: (what: string): Words => ({
    id: `${what} tidak dapat dibaca dan tidak diambil`,
    en: `${what} could not be read and was left out`,
  }),
};

/**
 * The rows as places, read with the chosen columns; a row that fails the place schema is
 * skipped with its row number and the schema's message. Ids are kept unique.
 */
export async function placesFrom(
  rows: readonly string[][],
  mapping: ColumnMapping,
  options: { readonly locale?: string } = {},
): Promise<ImportResult> {
  const target = 'directory.places';
  const items: unknown[] = [];
  const skipped: Skipped[] = [];
  const fields = PLACE_FIELDS.filter((f) => mapping[f] !== undefined);
  if (!fields.includes('name')) return { items, target, skipped: [{ where: 'row 1', why: why.noName }] };
  const Papa = await loadPapa();
  const used = new Set<string>();
  for (const [i, row] of rows.entries()) {
    const where = `row ${i + 2}`;
    if (!row.some((c) => c.trim())) continue;
    // The directory's own reader, one row at a time, so each place keeps its row number.
    const text = Papa.unparse([fields, fields.map((f) => row[mapping[f]!] ?? '')]);
    let read;
    try {
      read = await readCsv(text, { locale: options.locale ?? 'id' });
    } catch {
      skipped.push({ where, why: why.noName });
      continue;
    }
    if (!read.items.length) {
      skipped.push({ where, why: why.noName });
      continue;
    }
    for (const d of read.dropped ?? []) skipped.push({ where, why: why.cell(excerpt(d.replace(/^row \d+ /, ''), 60)) });
    admit(ResourceSchema, read.items[0]!, where, { used, items, skipped }, 'tempat');
  }
  return { items, target, skipped };
}
