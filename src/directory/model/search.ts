/**
 * Full-text search over resources with MiniSearch: case- and accent-insensitive, word prefixes
 * (search as you type), small typos, names ranked above descriptions, every language's text
 * indexed (a visitor may type Indonesian or English whatever the page language). Pure.
 */
import MiniSearch from 'minisearch';
import type { LocalizedText } from '../../core/i18n/localize.js';
import { fold, type Resource } from './resource.js';

/** Words too common to narrow a search (Indonesian and English). */
const STOP_WORDS = new Set(['di', 'ke', 'dari', 'yang', 'dan', 'atau', 'untuk', 'dengan', 'the', 'and', 'or', 'of', 'in', 'for', 'to', 'a', 'an', 'at']);

const ASCII = /^[\x20-\x7e]*$/;
const folded = new Map<string, string | null>();

/** Lower case, accents removed, stop words dropped (memoised: a directory repeats its words a lot). */
export function searchTerm(term: string): string | null {
  let t = folded.get(term);
  if (t === undefined) {
    const f = ASCII.test(term) ? term.toLowerCase() : fold(term);
    t = f && !STOP_WORDS.has(f) ? f : null;
    if (folded.size > 50_000) folded.clear();
    folded.set(term, t);
  }
  return t;
}

const SPLIT = /[\s\p{P}\p{S}]+/u;
const tokenize = (text: string): string[] => text.split(SPLIT).filter(Boolean);

/** Edits allowed for a typed word: none for short words, one from 4 letters, two from 6 (a swapped pair is two edits). */
export function typoBudget(term: string): number {
  return term.length >= 6 ? 2 : term.length >= 4 ? 1 : 0;
}

const allText = (value: LocalizedText | undefined): string => (value === undefined ? '' : typeof value === 'string' ? value : Object.values(value).join(' '));

interface Doc {
  readonly i: number;
  /** Names and other names. */
  readonly name: string;
  /** Category labels, area names and the address. */
  readonly tags: string;
  /** The description. */
  readonly body: string;
}

export interface IndexLabels {
  /** Every label of a category, in every language. */
  readonly category: (id: string) => string;
  /** An area's name and its ancestors' names. */
  readonly area: (id: string) => string;
}

/**
 * Lets the page handle input between two slices of indexing. `setTimeout(0)` would do, but nested
 * timers are clamped to 4 ms each (50 slices: 200 ms of idling); `scheduler.yield()` and a
 * MessageChannel hop are not.
 */
function yieldToPage(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (scheduler?.yield) return scheduler.yield();
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}

/** Lists longer than this are indexed in slices of this many, between which the page stays responsive. */
export const INDEX_SLICE = 500;

export class SearchIndex {
  private readonly mini: MiniSearch<Doc>;
  private readonly docs: readonly Doc[];
  private complete = false;
  private hay?: string[];
  /** Resolves once every resource is in the index (at once for short lists, in slices for long ones). */
  readonly ready: Promise<void>;

  constructor(
    readonly resources: readonly Resource[],
    labels: IndexLabels,
    slice = INDEX_SLICE,
  ) {
    this.mini = new MiniSearch<Doc>({
      idField: 'i',
      fields: ['name', 'tags', 'body'],
      tokenize,
      processTerm: searchTerm,
      searchOptions: {
        boost: { name: 4, tags: 2, body: 1 },
        // Only the word being typed is a prefix; the words before it are complete.
        prefix: (_term, i, terms) => i === terms.length - 1,
        fuzzy: (term) => typoBudget(term),
        combineWith: 'AND',
        weights: { fuzzy: 0.3, prefix: 0.6 },
      },
    });
    const docs: Doc[] = resources.map((r, i) => ({
      i,
      name: `${allText(r.name)} ${allText(r.keywords)}`,
      tags: `${r.categories.map((c) => labels.category(c)).join(' ')} ${r.area ? labels.area(r.area) : ''} ${allText(r.address)}`,
      body: allText(r.description),
    }));
    this.docs = docs;
    if (docs.length <= slice) {
      this.mini.addAll(docs);
      this.complete = true;
      this.ready = Promise.resolve();
    } else {
      const mini = this.mini;
      this.ready = (async () => {
        for (let at = 0; at < docs.length; at += slice) {
          mini.addAll(docs.slice(at, at + slice));
          await yieldToPage();
        }
        this.complete = true;
        this.last = undefined;
        this.hay = undefined;
      })();
    }
  }

  /** Whether every resource is indexed (before that, search scans the text: no typos, no ranking). */
  get isComplete(): boolean {
    return this.complete;
  }

  /** While a long list is still being indexed: every word must start a word of the text (in list order). */
  private scan(terms: readonly string[]): number[] {
    this.hay ??= this.docs.map((d) => ` ${tokenize(`${d.name} ${d.tags} ${d.body}`).map((t) => searchTerm(t) ?? '').join(' ')}`);
    const needles = terms.map((t) => ` ${t}`);
    const out: number[] = [];
    this.hay.forEach((h, i) => {
      if (needles.every((n) => h.includes(n))) out.push(i);
    });
    return out;
  }

  private last?: { key: string; hits: number[] };

  /** Indexes of matching resources, best first; all of them (in order) for an empty query. */
  search(query: string): number[] {
    const terms = tokenize(query).map(searchTerm).filter((t): t is string => !!t);
    // A word of one letter narrows nothing worth the work: wait for the second letter.
    if (terms.length && (terms[terms.length - 1]?.length ?? 0) < 2) terms.pop();
    if (!terms.length) return this.resources.map((_r, i) => i);
    const key = terms.join(' ');
    if (!this.complete) return this.scan(terms);
    if (this.last?.key === key) return this.last.hits;
    // A two-letter word being typed matches the start of names, categories and places, not of every description word.
    const short = (terms[terms.length - 1]?.length ?? 0) < 3;
    const hits = this.mini.search(key, short ? { fields: ['name', 'tags'] } : {}).map((hit) => hit.id as number);
    this.last = { key, hits };
    return hits;
  }
}
