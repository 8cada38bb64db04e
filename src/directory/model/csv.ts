/**
 * The spreadsheet reader (a lazy chunk: loaded only for `type: "csv"` sources). Parsing is Papa
 * Parse's; this module maps the documented columns (docs/directory.md) to resources.
 *
 * Cells are data, never formulas: a cell such as `=HYPERLINK(…)` stays that text, is shown as
 * text, and `csvCell()` neutralises it if it is ever written back out to a spreadsheet.
 */
import type * as Papa from 'papaparse';
import type { LocalizedText } from '../../core/i18n/localize.js';
import { isTimeZone } from '../../core/i18n/intl-extra.js';
import { safeUrl } from '../../core/safe-url.js';
import { parseHoursText } from './hours-text.js';
import { parsePhone, splitExtension } from './phone.js';
import { EMAIL, geoOf, isFree, slug, type PhoneEntry, type PhoneKind, type ResourceInput } from './resource.js';
import { MalformedSource, type SourceRead } from './source-read.js';
import { CSV_COLUMNS, LOCALIZED, type CsvColumn } from './csv-columns.js';

export { CSV_COLUMNS, type CsvColumn } from './csv-columns.js';

let papa: Promise<typeof Papa> | undefined;

/**
 * Loads Papa Parse. It ships as UMD only; a bundler wraps it as CommonJS, while an unbundled
 * browser (the test runner) evaluates it as an ES module where it cannot reach a global. Offering a
 * one-shot AMD `define` while it loads works in both, and hands any other AMD call to the page's own loader.
 * A failed load is not kept: Retry (or the next feed) imports it again. `load` is the import (a
 * seam for the test that makes it fail).
 */
export function loadPapa(load: () => Promise<unknown> = () => import('papaparse')): Promise<typeof Papa> {
  papa ??= (async () => {
    const g = globalThis as { define?: ((...args: unknown[]) => unknown) & { amd?: unknown } };
    const own = g.define;
    let captured: typeof Papa | undefined;
    const shim = Object.assign(
      function define(this: unknown, ...args: unknown[]) {
        const [deps, factory] = args;
        if (
          !captured &&
          args.length === 2 &&
          Array.isArray(deps) &&
          deps.length === 0 &&
          typeof factory === 'function'
        ) {
          captured = (factory as () => typeof Papa)();
          return undefined;
        }
        return own?.apply(this, args);
      },
      { amd: own?.amd ?? {} },
    );
    g.define = shim;
    try {
      const mod = (await load()) as { default?: typeof Papa } & Partial<typeof Papa>;
      const found = captured ?? (mod.default?.parse ? mod.default : mod.parse ? (mod as typeof Papa) : undefined);
      if (!found) throw new Error('papaparse did not load');
      return found;
    } finally {
      if (g.define === shim) {
        if (own) g.define = own;
        else delete g.define;
      }
    }
  })();
  const pending = papa;
  pending.catch(() => {
    if (papa === pending) papa = undefined;
  });
  return pending;
}

const headerKey = (h: string): string =>
  h
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .trim()
    .replace(/[()]/g, ' ')
    .replace(/[\s\-.:]+/g, '_')
    .replace(/^_+|_+$/g, '');

/** Which documented column (and language, for `name_en`) a header names. */
export function columnOf(header: string): { column: CsvColumn; locale?: string } | undefined {
  const key = headerKey(header);
  const direct = (Object.keys(CSV_COLUMNS) as CsvColumn[]).find((c) =>
    (CSV_COLUMNS[c] as readonly string[]).includes(key),
  );
  if (direct) return { column: direct };
  const m = /^(.+)_([a-z]{2,3})$/.exec(key);
  if (!m?.[1] || !m[2]) return undefined;
  const base = (Object.keys(CSV_COLUMNS) as CsvColumn[]).find((c) =>
    (CSV_COLUMNS[c] as readonly string[]).includes(m[1] as string),
  );
  return base && (LOCALIZED as readonly CsvColumn[]).includes(base) ? { column: base, locale: m[2] } : undefined;
}

/** Splits a multi-value cell on `;` (and new lines). */
export const values = (cell: string | undefined): string[] =>
  (cell ?? '')
    .split(/[;\n]/)
    .map((s) => s.trim())
    .filter(Boolean);

/** The delimiter of the header line: `,` (Google Sheets), `;` (Excel in Indonesian) or tab. */
export function delimiterOf(text: string): string {
  const first = text.slice(0, text.search(/\r?\n|$/));
  const count = (d: string) => first.split(d).length - 1;
  const best = [',', ';', '\t'].sort((a, b) => count(b) - count(a))[0] ?? ',';
  return count(best) ? best : ',';
}

const YES = /^(?:y|ya|yes|true|1|gratis|free|benar)$/i;
const NO = /^(?:n|no|tidak|false|0|bayar|berbayar|paid|salah)$/i;

function isoDate(raw: string): string | undefined {
  const s = raw.trim();
  let y: number, m: number, d: number;
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})/.exec(s);
  const dmy = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(s);
  if (iso) [y, m, d] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
  else if (dmy) [d, m, y] = [Number(dmy[1]), Number(dmy[2]), Number(dmy[3])];
  else return undefined;
  const t = new Date(Date.UTC(y, m - 1, d));
  if (t.getUTCFullYear() !== y || t.getUTCMonth() !== m - 1 || t.getUTCDate() !== d) return undefined;
  return t.toISOString().slice(0, 10);
}

function link(raw: string): string | undefined {
  const s = raw.trim();
  if (/^https?:\/\//i.test(s)) return safeUrl(s);
  if (/^[\w-]+(?:\.[\w-]+)+(?:[/?#]\S*)?$/.test(s)) return safeUrl(`https://${s}`);
  return undefined;
}

function phones(cell: string | undefined, kind: PhoneKind, where: string, dropped: string[]): PhoneEntry[] {
  const out: PhoneEntry[] = [];
  for (const v of values(cell)) {
    const m = /^([^:+\d(]*[^:\s]):\s*(.+)$/.exec(v);
    const label = m?.[1]?.trim();
    const { number, extension } = splitExtension(m?.[2] ?? v);
    if (!parsePhone(number, extension)) {
      dropped.push(`${where} ${kind}: ${JSON.stringify(v.slice(0, 40))}`);
      continue;
    }
    out.push({ number, kind, ...(label ? { label } : {}), ...(extension ? { extension } : {}) });
  }
  return out;
}

export interface CsvOptions {
  /** The language of plain text columns (`name`); `name_en` adds English. */
  readonly locale: string;
}

/** Parses a published spreadsheet into resources; rows without a name are skipped and named. */
export async function readCsv(text: string, { locale }: CsvOptions): Promise<SourceRead> {
  const Papa = await loadPapa();
  const parsed = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), {
    delimiter: delimiterOf(text),
    skipEmptyLines: false,
  });
  const [header, ...rows] = parsed.data;
  if (!header) throw new MalformedSource('empty');
  const columns = header.map(columnOf);
  if (!columns.some((c) => c?.column === 'name' && !c.locale)) throw new MalformedSource('no-name-column');

  const items: ResourceInput[] = [];
  const skipped: string[] = [];
  const dropped: string[] = [];
  const used = new Set<string>();
  rows.forEach((row, r) => {
    // Row numbers as the spreadsheet shows them (the header is row 1); blank rows are passed over.
    const where = `row ${r + 2}`;
    if (!row.some((v) => v.trim())) return;
    const cell: Partial<Record<CsvColumn, string>> = {};
    const localized: Partial<Record<CsvColumn, Record<string, string>>> = {};
    columns.forEach((c, i) => {
      const value = (row[i] ?? '').trim();
      if (!c || !value) return;
      if (c.locale) (localized[c.column] ??= {})[c.locale] = value;
      else cell[c.column] ??= value;
    });
    const text = (column: CsvColumn): LocalizedText | undefined => {
      const plain = cell[column];
      const more = localized[column];
      if (!more) return plain;
      return plain ? { [locale]: plain, ...more } : more;
    };
    const name = text('name');
    if (!name) {
      skipped.push(`${where}: name is missing`);
      return;
    }
    let id = cell.id ?? slug(typeof name === 'string' ? name : (Object.values(name)[0] ?? ''));
    for (let n = 2; used.has(id); n += 1)
      id = `${cell.id ?? slug(String(typeof name === 'string' ? name : Object.values(name)[0]))}-${n}`;
    used.add(id);

    const hours = cell.hours ? parseHoursText(cell.hours) : { rules: [], rejected: [] };
    for (const part of hours.rejected) dropped.push(`${where} hours: ${JSON.stringify(part.slice(0, 40))}`);
    const website = cell.website ? link(cell.website) : undefined;
    if (cell.website && !website) dropped.push(`${where} website: ${JSON.stringify(cell.website.slice(0, 40))}`);
    const email = cell.email && EMAIL.test(cell.email) ? cell.email : undefined;
    if (cell.email && !email) dropped.push(`${where} email: ${JSON.stringify(cell.email.slice(0, 40))}`);
    const lastVerified = cell.last_verified ? isoDate(cell.last_verified) : undefined;
    const geo = cell.lat || cell.lon ? geoOf(cell.lat, cell.lon) : undefined;
    const timeZone = cell.time_zone && isTimeZone(cell.time_zone) ? cell.time_zone : undefined;
    const freeCell = cell.free ?? '';
    const free = YES.test(freeCell) ? true : NO.test(freeCell) ? false : undefined;
    const cost = text('cost');
    const description = text('description');
    const address = text('address');
    const hoursNote = text('hours_note');
    const keywords = text('keywords');

    items.push({
      id,
      name,
      categories: values(cell.categories),
      ...(description ? { description } : {}),
      ...(cell.area ? { area: cell.area } : {}),
      ...(address ? { address } : {}),
      phones: [
        ...phones(cell.phone, 'voice', where, dropped),
        ...phones(cell.whatsapp, 'whatsapp', where, dropped),
        ...phones(cell.sms, 'sms', where, dropped),
      ],
      ...(email ? { email } : {}),
      ...(website ? { website } : {}),
      hours: hours.rules,
      ...(hoursNote ? { hoursNote } : {}),
      ...(timeZone ? { timeZone } : {}),
      ...(cost ? { cost } : {}),
      ...(isFree(free, cost) !== undefined ? { free: isFree(free, cost) } : {}),
      languages: values(cell.languages).map((l) => l.toLowerCase()),
      ...(geo ? { geo } : {}),
      ...(lastVerified ? { lastVerified } : {}),
      ...(keywords ? { keywords } : {}),
    });
  });
  return { items, skipped, dropped };
}

export { csvCell, toCsv } from './csv-write.js';
