/** Writing CSV that a spreadsheet opens as plain data (reading is in `csv.ts`). Pure. */

/** Characters that make a spreadsheet treat a cell as a formula (OWASP: CSV injection). */
const FORMULA_START = /^[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/;

/** A plain number (`-7.935`, a latitude) is data, not a formula: it stays a number. */
const NUMBER = /^[+-]?\d+(?:\.\d+)?$/;

/** One cell for writing a CSV file: quoted when needed, a leading formula character neutralised with `'`. */
export function csvCell(value: string): string {
  const safe = FORMULA_START.test(value) && !NUMBER.test(value) ? `'${value}` : value;
  return /[",;\r\n]/.test(safe) || safe !== safe.trim() ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** Writes rows (first row = header) as CSV that a spreadsheet opens as plain data. */
export function toCsv(rows: readonly (readonly string[])[]): string {
  return rows.map((row) => row.map(csvCell).join(',')).join('\r\n');
}
