/**
 * Full-text search over resources with a compact inverted index of our own (a few kB less than a
 * search library): case- and accent-insensitive, word prefixes (search as you type), small typos,
 * names ranked above descriptions, every language's text indexed (a visitor may type Indonesian or
 * English whatever the page language). Pure.
 */
import type { LocalizedText } from '../../core/i18n/localize.js';
import type { AreaTree } from './areas.js';
import { fold, type Resource } from './resource.js';

/** Words too common to narrow a search (Indonesian and English). */
const STOP_WORDS = new Set([
  'di',
  'ke',
  'dari',
  'yang',
  'dan',
  'atau',
  'untuk',
  'dengan',
  'the',
  'and',
  'or',
  'of',
  'in',
  'for',
  'to',
  'a',
  'an',
  'at',
]);

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

const allText = (value: LocalizedText | undefined): string =>
  value === undefined ? '' : typeof value === 'string' ? value : Object.values(value).join(' ');

/** A resource's text by field: names and other names; category labels, area names and the address; the description. */
type Doc = readonly [name: string, tags: string, body: string];

const docOf = (r: Resource, labels: IndexLabels): Doc => [
  `${allText(r.name)} ${allText(r.keywords)}`,
  `${r.categories.map((c) => labels.category(c)).join(' ')} ${r.area ? labels.area(r.area) : ''} ${allText(r.address)}`,
  allText(r.description),
];

export interface IndexLabels {
  /** Every label of a category, in every language. */
  readonly category: (id: string) => string;
  /** An area's name and its ancestors' names. */
  readonly area: (id: string) => string;
}

/**
 * The labels of a directory: a category by its id, its configured label and its names in
 * `catalogs` (a built-in one's, in every language); an area by its names and its ancestors'.
 */
export function indexLabels(
  areas: AreaTree,
  categories: readonly { id: string; label: LocalizedText }[],
  catalogs: readonly Readonly<Record<string, unknown>>[],
): IndexLabels {
  const configured = new Map(categories.map((c) => [c.id, c.label]));
  return {
    category: memo(
      (id) =>
        `${id.replace(/-/g, ' ')} ${allText(configured.get(id))} ${catalogs.map((c) => (c[`directory.category.${id}`] as string | undefined) ?? '').join(' ')}`,
    ),
    area: memo((id) =>
      areas
        .ancestors(id)
        .map((a) => allText(areas.get(a)?.name) || a)
        .join(' '),
    ),
  };
}

/** `label` worked out once per id: thousands of places share a few categories and areas. */
function memo(label: (id: string) => string): (id: string) => string {
  const known = new Map<string, string>();
  return (id) => {
    let text = known.get(id);
    if (text === undefined) known.set(id, (text = label(id)));
    return text;
  };
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

/** How much a match counts in each field of a document: name, tags, body (the order of `Doc`). */
const BOOST = [4, 2, 1] as const;
const FIELDS = BOOST.length;
/** A word matching the start of a longer term counts a little over half an exact match... */
const PREFIX = 0.6;
/** ...and one a typo away, less still (halved again for two typos). */
const FUZZY = 0.3;
/** BM25's usual constants: how fast repeats of a word stop adding up, and how much a long text dilutes one. */
const K1 = 1.2;
const B = 0.75;

/**
 * A posting packs a document and how often the term occurs in the field in one small integer,
 * `doc << 4 | count`, the count capped at 15 (plenty to rank by). Postings come in document order.
 */
const COUNT_BITS = 4;
const MAX_COUNT = (1 << COUNT_BITS) - 1;

/** First index of `sorted` whose string is not below `key`. */
function lowerBound(sorted: readonly string[], key: string): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((sorted[mid] as string) < key) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Finds the terms of a sorted list 1 to `budget` edits (Levenshtein: insert, delete or replace a
 * letter) away from `word`, and calls `visit` with each one's position and edits. Whole terms, and
 * with `typing` also their first `word.length` letters or more: the word being typed may start a
 * longer term with a typo in it. (No edits: exact and prefix matches, found otherwise.)
 *
 * One row of the edit table per letter of the term, no deeper than a match can be. Consecutive
 * sorted terms share their first letters, hence those rows (a walk of a trie without building
 * one); a row with every cell over budget ends a term's walk, as further letters only add edits;
 * terms too short (or, whole, too long) to match are not walked at all.
 */
function nearTerms(
  word: string,
  budget: number,
  typing: boolean,
  terms: readonly string[],
  visit: (at: number, edits: number) => void,
): void {
  const m = word.length;
  const width = m + 1;
  /** Deeper rows only hold distances over budget. */
  const deepest = m + budget;
  // Cells saturate at 255, far over any budget.
  const rows = new Uint8ClampedArray((deepest + 1) * width);
  for (let i = 0; i <= m; i += 1) rows[i] = i;
  let prev = '';
  let depth = 0;
  for (let at = 0; at < terms.length; at += 1) {
    const term = terms[at] as string;
    const length = term.length;
    // A term shorter or (whole) longer than the budget allows cannot match (rows kept for the next).
    if (length < m - budget || (!typing && length > deepest)) continue;
    let j = 0;
    while (j < depth && term[j] === prev[j]) j += 1;
    const end = Math.min(length, deepest);
    let least = 0;
    while (j < end && least <= budget) {
      j += 1;
      const c = term[j - 1];
      const row = j * width;
      const above = row - width;
      rows[row] = least = j;
      for (let i = 1; i <= m; i += 1) {
        const cell = Math.min(
          (rows[above + i - 1] as number) + (word[i - 1] === c ? 0 : 1),
          (rows[above + i] as number) + 1,
          (rows[row + i - 1] as number) + 1,
        );
        rows[row + i] = cell;
        if (cell < least) least = cell;
      }
    }
    prev = term;
    depth = j;
    // The last column holds the edits to the term's first j letters: to all of them if the walk got
    // there, and while typing the fewest to its first m or more.
    let edits = j < length ? 255 : (rows[j * width + m] as number);
    if (typing) for (let r = m; r <= j; r += 1) edits = Math.min(edits, rows[r * width + m] as number);
    // Past a row over budget, the same for every term starting with the same letters: those are not walked.
    let last = at;
    if (least > budget) {
      const start = term.slice(0, j);
      while (terms[last + 1]?.startsWith(start)) last += 1;
    }
    if (edits && edits <= budget) for (let t = at; t <= last; t += 1) visit(t, edits);
    at = last;
  }
}

export class SearchIndex {
  // Set once the index is complete (nothing reads them before).
  /** Index terms, sorted: a prefix is a range. */
  private terms!: string[];
  /**
   * Postings of each term in each field (list `term * FIELDS + field`), all in one array from
   * `starts[list]` to `starts[list + 1]`: a few big objects, which the garbage collector does not
   * copy around as it would tens of thousands of small arrays.
   */
  private postings!: Int32Array;
  private starts!: Uint32Array;
  /** Words in each field of each document: `lengths[doc * FIELDS + field]`. */
  private readonly lengths: Uint32Array;
  /** Words in each field over all documents (for the average length). */
  private readonly totals = [0, 0, 0];
  /** A document's text (made once), kept for `scan` until the index is complete. */
  private doc?: (d: number) => Doc;
  private complete = false;
  private hay?: string[];
  /** Resolves once every resource is in the index (at once for short lists, in slices for long ones). */
  readonly ready: Promise<void>;

  constructor(
    readonly resources: readonly Resource[],
    labels: IndexLabels,
    slice = INDEX_SLICE,
  ) {
    // Each place's text is put together as its slice is indexed, not all before the first list.
    const docs: (Doc | undefined)[] = new Array<Doc | undefined>(resources.length);
    const doc = (this.doc = (d: number): Doc => (docs[d] ??= docOf(resources[d] as Resource, labels)));
    this.lengths = new Uint32Array(resources.length * FIELDS);
    /** Each term's postings by field while indexing (sorted into `terms` and `postings` once complete). */
    const found = new Map<string, number[][]>();
    let size = 0;
    /** Indexes a slice of documents. */
    const add = (from: number) => {
      for (let d = from; d < Math.min(from + slice, resources.length); d += 1) {
        const texts = doc(d);
        for (let field = 0; field < FIELDS; field += 1) {
          const text = texts[field] as string;
          let words = 0;
          for (const token of text.split(SPLIT)) {
            const term = searchTerm(token);
            if (!term) continue;
            words += 1;
            let lists = found.get(term);
            if (!lists) found.set(term, (lists = [[], [], []]));
            const list = lists[field] as number[];
            const last = list.at(-1) ?? -1;
            // Postings come in document order: a repeat in this document is the last one.
            if (last >> COUNT_BITS === d) {
              if ((last & MAX_COUNT) < MAX_COUNT) list[list.length - 1] = last + 1;
            } else {
              list.push((d << COUNT_BITS) | 1);
              size += 1;
            }
          }
          this.lengths[d * FIELDS + field] = words;
          this.totals[field]! += words;
        }
      }
    };
    /** Sorts the terms (their postings alongside, copied into one array) so a prefix is a range found by binary search. */
    const finish = () => {
      this.terms = [...found.keys()].sort();
      const starts = (this.starts = new Uint32Array(this.terms.length * FIELDS + 1));
      const postings = (this.postings = new Int32Array(size));
      let end = 0;
      this.terms.forEach((term, at) =>
        (found.get(term) as number[][]).forEach((list, field) => {
          postings.set(list, end);
          starts[at * FIELDS + field + 1] = end += list.length;
        }),
      );
      this.complete = true;
      // The text is only needed by `scan`.
      this.hay = undefined;
      this.doc = undefined;
    };
    // Runs at once up to the first `await`: a list of one slice is indexed before the constructor returns.
    this.ready = (async () => {
      for (let at = 0; at < resources.length; at += slice) {
        if (at) await yieldToPage();
        add(at);
      }
      finish();
    })();
  }

  /** Whether every resource is indexed (before that, search scans the text: no typos, no ranking). */
  get isComplete(): boolean {
    return this.complete;
  }

  /** While a long list is still being indexed: every word must start a word of the text (in list order). */
  private scan(terms: readonly string[]): number[] {
    const doc = this.doc;
    this.hay ??= this.resources.map(
      (_, d) =>
        ` ${tokenize(doc ? doc(d).join(' ') : '')
          .map((t) => searchTerm(t) ?? '')
          .join(' ')}`,
    );
    const needles = terms.map((t) => ` ${t}`);
    return this.hay.flatMap((h, i) => (needles.every((n) => h.includes(n)) ? [i] : []));
  }

  private last?: { key: string; hits: number[] };
  /** Every resource in list order: the answer to an empty search (shared: callers only read it). */
  private everything?: number[];
  /** Score buffers reused by every search (a keystroke should leave no garbage the size of the list). */
  private buffers?: [Float64Array, Float64Array];

  /** Indexes of matching resources, best first; all of them (in order) for an empty query. */
  search(query: string): readonly number[] {
    const terms = tokenize(query)
      .map(searchTerm)
      .filter((t): t is string => !!t);
    // A word of one letter narrows nothing worth the work: wait for the second letter.
    if ((terms.at(-1)?.length ?? 2) < 2) terms.pop();
    if (!terms.length) return (this.everything ??= [...this.resources.keys()]);
    const key = terms.join(' ');
    if (!this.complete) return this.scan(terms);
    if (this.last?.key === key) return this.last.hits;
    const hits = this.rank(terms);
    this.last = { key, hits };
    return hits;
  }

  /** Documents matching every word (AND), best first: by the sum of their scores for each word. */
  private rank(words: readonly string[]): number[] {
    const [total, scores] = (this.buffers ??= [
      new Float64Array(this.resources.length),
      new Float64Array(this.resources.length),
    ]);
    total.fill(0);
    words.forEach((word, w) => {
      // Only the last word is still being typed: the words before it are complete.
      this.score(word, w === words.length - 1, scores);
      // A document missing a word drops out for good.
      for (let d = 0; d < total.length; d += 1)
        total[d] = scores[d] && (total[d] || !w) ? (total[d] as number) + (scores[d] as number) : 0;
    });
    // Best first, equal scores in list order: the documents grouped by score (in list order), then
    // the few distinct scores sorted by the typed array's own numeric sort, three times faster than
    // sorting thousands of hits with a comparator (the first letters typed match thousands).
    const byScore = new Map<number, number[]>();
    for (let d = 0; d < total.length; d += 1) {
      const score = total[d] as number;
      if (!score) continue;
      const same = byScore.get(score);
      if (same) same.push(d);
      else byScore.set(score, [d]);
    }
    const ranked = Float64Array.from(byScore.keys()).sort();
    const hits: number[] = [];
    for (let k = ranked.length - 1; k >= 0; k -= 1)
      for (const d of byScore.get(ranked[k] as number) ?? []) hits.push(d);
    return hits;
  }

  /** Each document's score for one word: 0 where it does not match. */
  private score(word: string, typing: boolean, scores: Float64Array): void {
    const count = this.resources.length;
    scores.fill(0);
    // A two-letter word being typed matches the start of names, categories and places, not of every description word.
    const fields = typing && word.length < 3 ? 2 : FIELDS;
    /**
     * Adds a matching term's score to each document holding it: BM25 in each field (rare terms and
     * short fields weigh more, repeats less and less), times the field's boost and the match's
     * weight. (BM25's constant factor k1 + 1 is left out: it scales every score alike.)
     */
    const collect = (at: number, weight: number) => {
      for (let field = 0; field < fields; field += 1) {
        const from = this.starts[at * FIELDS + field] as number;
        const to = this.starts[at * FIELDS + field + 1] as number;
        const rarity = weight * (BOOST[field] as number) * Math.log(1 + count / (to - from));
        const average = (this.totals[field] as number) / count;
        for (let k = from; k < to; k += 1) {
          const p = this.postings[k] as number;
          const d = p >> COUNT_BITS;
          const tf = p & MAX_COUNT;
          scores[d]! +=
            (rarity * tf) / (tf + K1 * (1 - B + (B * (this.lengths[d * FIELDS + field] as number)) / average));
        }
      }
    };
    // The word itself, and while typing every term it starts (the more of the term typed, the closer to PREFIX).
    for (
      let p = lowerBound(this.terms, word);
      this.terms[p]?.startsWith(word) && (typing || this.terms[p] === word);
      p += 1
    ) {
      const length = (this.terms[p] as string).length;
      collect(p, length === word.length ? 1 : PREFIX * (0.5 + (0.5 * word.length) / length));
    }
    const budget = typoBudget(word);
    if (budget) nearTerms(word, budget, typing, this.terms, (p, edits) => collect(p, FUZZY / edits));
  }
}
