import * as v from 'valibot';
import { fromValibot, type ConfigIssue } from './issues.js';
import { SECTION_NAMES } from './schema.js';

export interface Validation<T> {
  readonly ok: boolean;
  readonly value?: T;
  /** Errors (fatal) and warnings (unknown keys), each with its path. */
  readonly issues: readonly ConfigIssue[];
}

/** Validates a site config against an element's schema and lists unknown keys as warnings. */
export function validateConfig<T extends v.GenericSchema>(schema: T, input: unknown): Validation<v.InferOutput<T>> {
  const result = v.safeParse(schema, input, { abortPipeEarly: true });
  const structural = unknownKeys(schema, input, [], true);
  const errors = structural.filter((i) => i.severity === 'error');
  if (!result.success || errors.length)
    return {
      ok: false,
      issues: [
        ...errors,
        ...(result.success ? [] : fromValibot(result.issues)),
        ...structural.filter((i) => i.severity === 'warning'),
      ],
    };
  return { ok: true, value: result.output, issues: structural };
}

type AnySchema = v.GenericSchema & {
  entries?: Record<string, AnySchema>;
  wrapped?: AnySchema;
  item?: AnySchema;
  value?: AnySchema;
  options?: AnySchema[];
};

/**
 * Lists where an object is expected (errors), and keys the schema does not know, as warnings: a typo such as `quickExitURL` is
 * reported to the site owner instead of silently doing nothing.
 */
export function unknownKeys(
  schema: v.GenericSchema,
  input: unknown,
  path: (string | number)[] = [],
  root = false,
): ConfigIssue[] {
  const out: ConfigIssue[] = [];
  walkKeys(schema, input, [...path], root, out);
  return out;
}

/**
 * The walk of `unknownKeys`, into one list and along one path that grows and shrinks as it goes
 * (copied only for an issue): with thousands of inline items, a new path array and a new result
 * list per value cost as much as the validation itself.
 */
function walkKeys(s: AnySchema, input: unknown, path: (string | number)[], root: boolean, out: ConfigIssue[]): void {
  if (input === null || typeof input !== 'object') return;
  if (s.wrapped) return walkKeys(s.wrapped, input, path, false, out);
  // Unions and variants list schemas as options (a picklist lists plain values: nothing to walk).
  if (s.options && (s.type === 'union' || s.type === 'variant')) {
    const fit = shapeOf(s, input);
    if (fit) walkKeys(fit, input, path, false, out);
    return;
  }
  if (Array.isArray(input)) {
    // valibot's object() accepts arrays; a list where a section belongs is a mistake worth naming.
    if (s.entries)
      out.push({
        path: [...path],
        key: 'core.issue.type',
        params: { expected: '\u0001object', received: '\u0000' },
        severity: 'error',
      });
    else if (s.item)
      for (let i = 0; i < input.length; i += 1) {
        path.push(i);
        walkKeys(s.item, input[i], path, false, out);
        path.pop();
      }
    return;
  }
  const record = input as Record<string, unknown>;
  if (s.entries) {
    for (const key of Object.keys(record)) {
      const entry = Object.hasOwn(s.entries, key) ? s.entries[key] : undefined;
      if (entry) {
        path.push(key);
        walkKeys(entry, record[key], path, false, out);
        path.pop();
      } else if (!(root && (SECTION_NAMES as readonly string[]).includes(key))) {
        // `calender` → `calendar`, `quickExitURL` → `quickExitUrl`: the known key it is closest to.
        const suggestion = closest(key, root ? [...Object.keys(s.entries), ...SECTION_NAMES] : Object.keys(s.entries));
        out.push({
          path: [...path, key],
          key: suggestion ? 'core.issue.didYouMean' : 'core.issue.unknownKey',
          params: suggestion ? { suggestion } : undefined,
          severity: 'warning',
        });
      }
    }
    return;
  }
  if (s.value && s.type === 'record')
    for (const key of Object.keys(record)) {
      path.push(key);
      walkKeys(s.value, record[key], path, false, out);
      path.pop();
    }
}

/**
 * The option of a union an object or list is written in: the one sharing most keys with it (a
 * variant's by its tag), without validating it again — with 2,000 inline events, validating each
 * source against every option a second time cost a third of the calendar's wait.
 */
function shapeOf(union: AnySchema & { key?: string }, input: object): AnySchema | undefined {
  const options = union.options ?? [];
  if (Array.isArray(input)) return options.find((o) => unwrapped(o).item);
  const keys = Object.keys(input);
  let best: AnySchema | undefined;
  let bestScore = -1;
  for (const option of options) {
    const o = unwrapped(option);
    if (!o.entries && !(o.value && o.type === 'record')) continue;
    let score = o.entries ? keys.filter((k) => k in (o.entries as object)).length : 0;
    const tag = union.key;
    if (tag && o.entries?.[tag] && v.is(o.entries[tag], (input as Record<string, unknown>)[tag])) score += 1_000;
    if (score > bestScore) [best, bestScore] = [option, score];
  }
  return best;
}

const unwrapped = (s: AnySchema): AnySchema => (s.wrapped ? unwrapped(s.wrapped) : s);

/**
 * The known key a mistyped one most likely meant: the closest by edit distance (ignoring case;
 * a swap of two neighbours counts once), if it is close enough to be a typo: at most one edit
 * for a short key, two for a key of six letters or more.
 */
export function closest(word: string, known: readonly string[]): string | undefined {
  const a = word.toLowerCase();
  let best: string | undefined;
  let bestDistance = Math.min(2, Math.max(1, Math.floor(a.length / 3))) + 1;
  for (const candidate of known) {
    const b = candidate.toLowerCase();
    if (Math.abs(a.length - b.length) >= bestDistance) continue;
    // Optimal string alignment distance, three rows.
    let before: number[] = [];
    let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
    for (let i = 1; i <= a.length; i += 1) {
      const row = [i];
      for (let j = 1; j <= b.length; j += 1) {
        const cost = a[i - 1] === b[j - 1] ? 0 : 1;
        let d = Math.min((prev[j] as number) + 1, (row[j - 1] as number) + 1, (prev[j - 1] as number) + cost);
        if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
          d = Math.min(d, (before[j - 2] as number) + 1);
        row.push(d);
      }
      before = prev;
      prev = row;
    }
    const distance = prev[b.length] as number;
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
}

/** Warnings for repeated `id`s in a list (each after the first is named). */
export function duplicateIds(items: readonly { id?: string }[], path: (string | number)[]): ConfigIssue[] {
  const seen = new Set<string>();
  const out: ConfigIssue[] = [];
  items.forEach((item, i) => {
    if (!item.id) return;
    if (seen.has(item.id))
      out.push({ path: [...path, i, 'id'], key: 'core.issue.duplicate', params: { id: item.id }, severity: 'error' });
    seen.add(item.id);
  });
  return out;
}
