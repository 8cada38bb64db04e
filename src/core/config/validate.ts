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
  if (!result.success || errors.length) return { ok: false, issues: [...errors, ...(result.success ? [] : fromValibot(result.issues)), ...structural.filter((i) => i.severity === 'warning')] };
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
export function unknownKeys(schema: v.GenericSchema, input: unknown, path: (string | number)[] = [], root = false): ConfigIssue[] {
  const s = schema as AnySchema;
  if (input === null || typeof input !== 'object') return [];
  if (s.wrapped) return unknownKeys(s.wrapped, input, path);
  // Unions and variants list schemas as options (a picklist lists plain values: nothing to walk).
  if (s.options && (s.type === 'union' || s.type === 'variant')) {
    const fit = s.options.find((o) => v.is(o, input));
    return fit ? unknownKeys(fit, input, path) : [];
  }
  // valibot's object() accepts arrays; a list where a section belongs is a mistake worth naming.
  if (Array.isArray(input) && s.entries) return [{ path, key: 'core.issue.type', params: { expected: '\u0001object', received: '\u0000' }, severity: 'error' }];
  if (Array.isArray(input)) return s.item ? input.flatMap((item, i) => unknownKeys(s.item as AnySchema, item, [...path, i])) : [];
  if (s.entries) {
    const out: ConfigIssue[] = [];
    for (const [key, value] of Object.entries(input)) {
      const entry = s.entries[key];
      if (entry) out.push(...unknownKeys(entry, value, [...path, key]));
      else if (!(root && (SECTION_NAMES as readonly string[]).includes(key))) out.push({ path: [...path, key], key: 'core.issue.unknownKey', severity: 'warning' });
    }
    return out;
  }
  if (s.value && s.type === 'record') return Object.entries(input).flatMap(([k, item]) => unknownKeys(s.value as AnySchema, item, [...path, k]));
  return [];
}

/** Warnings for repeated `id`s in a list (each after the first is named). */
export function duplicateIds(items: readonly { id?: string }[], path: (string | number)[]): ConfigIssue[] {
  const seen = new Set<string>();
  const out: ConfigIssue[] = [];
  items.forEach((item, i) => {
    if (!item.id) return;
    if (seen.has(item.id)) out.push({ path: [...path, i, 'id'], key: 'core.issue.duplicate', params: { id: item.id }, severity: 'error' });
    seen.add(item.id);
  });
  return out;
}
