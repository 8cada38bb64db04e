/**
 * Reads every directory source at once (inline, JSON, CSV, HSDS); one failing source never hides
 * the others. The JSON, CSV and HSDS readers are lazy chunks, loaded only when a config names such a source.
 * Each feed's last good copy is kept (IndexedDB): offline, it is read instead, with the time it was saved.
 */
import { chunk } from '../../core/lazy.js';
import { absoluteUrl } from '../../core/config/load.js';
import { fetchTextCached, LoadError, parseJson } from '../../core/net/fetch-text.js';
import type { SourceConfig, SourceType } from '../schema.js';
import { uniqueIds, type Resource } from './resource.js';
import { fromConfig, MalformedSource, type MalformedDetail, type SourceRead } from './source-read.js';

// Also here for callers of the sources API (the readers import them from `source-read.ts`, not from here).
export { fromConfig, MalformedSource, type SourceRead } from './source-read.js';

/** Why a source gave nothing (or less than it holds). */
export type SourceProblem =
  | { readonly kind: 'load'; readonly error: LoadError }
  /** The file was read but is not what its type promises (`detail` is a short reason code). */
  | { readonly kind: 'malformed'; readonly detail: MalformedDetail };

export interface SourceFailure {
  readonly index: number;
  readonly url?: string;
  readonly label?: SourceConfig['name'];
  readonly problem: SourceProblem;
}

export interface SourceSkip {
  readonly index: number;
  readonly url?: string;
  readonly label?: SourceConfig['name'];
  /** Entries left out and, for the site owner, why (path: reason). */
  readonly count: number;
  readonly reasons: readonly string[];
}

/** A feed the network could not refresh, read from the copy saved on `asOf` (epoch ms). */
export interface SourceSaved {
  readonly index: number;
  readonly url?: string;
  readonly label?: SourceConfig['name'];
  readonly asOf: number;
}

export interface LoadedSources {
  readonly resources: Resource[];
  readonly saved: SourceSaved[];
  /** Values left out of kept entries, for the console. */
  readonly dropped: string[];
  readonly failures: SourceFailure[];
  readonly skipped: SourceSkip[];
}

/** `csv` for `.csv` URLs and Google Sheets `output=csv` links, else `json`. */
export function sourceType(source: SourceConfig): SourceType {
  if (source.type) return source.type;
  return /\.csv(?:$|[?#])|[?&](?:output|format)=csv\b/i.test(source.url ?? '') ? 'csv' : 'json';
}

export interface ReadOptions {
  readonly signal?: AbortSignal;
  /** The site's default language: plain CSV columns are in it, `name_en` columns add English. */
  readonly locale: string;
  readonly timeoutMs?: number;
}

/** The feed readers: lazy chunks, each loaded once, and only for a feed of its kind. */
const csvReader = chunk(() => import('./csv.js'));
const hsdsReader = chunk(() => import('./hsds.js'));
const jsonReader = chunk(() => import('./json.js'));

async function readSource(source: SourceConfig, index: number, options: ReadOptions): Promise<SourceRead> {
  if (source.resources) return { items: source.resources.map(fromConfig), skipped: [] };
  const url = absoluteUrl(source.url ?? '');
  // The reader (and for a spreadsheet, Papa Parse) downloads while the feed does, not after it.
  const guess = source.type ?? sourceType(source);
  const reader =
    guess === 'csv' ? csvReader().then((m) => m.loadPapa()) : guess === 'hsds' ? hsdsReader() : jsonReader();
  reader.catch(() => undefined);
  const { text, type, asOf } = await fetchTextCached(url, {
    ...(options.signal ? { signal: options.signal } : {}),
    ...(options.timeoutMs ? { timeoutMs: options.timeoutMs } : {}),
  });
  const read = await readText(source, index, options, url, text, type);
  return asOf === undefined ? read : { ...read, asOf };
}

async function readText(
  source: SourceConfig,
  index: number,
  options: ReadOptions,
  url: string,
  text: string,
  type: string,
): Promise<SourceRead> {
  // Without a `type`, a server that says text/csv is believed; else the URL decides.
  const kind = source.type ?? (/\bcsv\b/i.test(type) ? 'csv' : sourceType(source));
  if (kind === 'csv') {
    if (/html/i.test(type) || /^\s*<(!doctype|html)/i.test(text)) throw new MalformedSource('html');
    const { readCsv } = await csvReader();
    return readCsv(text, { locale: options.locale });
  }
  const data = parseJson(text, source.url ?? url, type);
  if (kind === 'hsds') {
    const { readHsds } = await hsdsReader();
    return readHsds(data);
  }
  const { readJsonResources } = await jsonReader();
  return readJsonResources(data, ['directory', 'sources', index, 'url']);
}

/** Reads all sources in parallel; applies each source's default category and area. */
export async function loadSources(sources: readonly SourceConfig[], options: ReadOptions): Promise<LoadedSources> {
  const settled = await Promise.allSettled(sources.map((s, i) => readSource(s, i, options)));
  const resources: Resource[] = [];
  const failures: SourceFailure[] = [];
  const skipped: SourceSkip[] = [];
  const dropped: string[] = [];
  const saved: SourceSaved[] = [];
  settled.forEach((result, index) => {
    const source = sources[index] as SourceConfig;
    const where = {
      index,
      ...(source.url ? { url: source.url } : {}),
      ...(source.name !== undefined ? { label: source.name } : {}),
    };
    if (result.status === 'rejected') {
      const err: unknown = result.reason;
      if (err instanceof LoadError) failures.push({ ...where, problem: { kind: 'load', error: err } });
      else if (err instanceof MalformedSource)
        failures.push({ ...where, problem: { kind: 'malformed', detail: err.detail } });
      else throw err;
      return;
    }
    const { items, skipped: reasons, asOf } = result.value;
    if (asOf !== undefined) saved.push({ ...where, asOf });
    for (const d of result.value.dropped ?? []) dropped.push(`directory.sources[${index}] ${d}`);
    if (!items.length && !reasons.length && !source.resources)
      failures.push({ ...where, problem: { kind: 'malformed', detail: 'empty' } });
    if (reasons.length) skipped.push({ ...where, count: reasons.length, reasons });
    for (const item of items) {
      const categories =
        source.category && !item.categories.includes(source.category)
          ? [...item.categories, source.category]
          : item.categories;
      const area = item.area ?? source.area;
      resources.push({ ...item, categories, ...(area !== undefined ? { area } : {}), source: index });
    }
  });
  return { resources: uniqueIds(resources), saved, dropped, failures, skipped };
}
