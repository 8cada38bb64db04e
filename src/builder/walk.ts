/**
 * Walks the valibot schemas the elements validate with (SiteConfig) and says, for each config
 * path, what the builder shows there: a field editor (one kind of the contract's table), a group
 * of fields, a list, a map, or a choice between shapes. Labels and hints are not copied here: they
 * are looked up by the same path in the schema docs, so the builder and the published JSON Schema
 * never disagree.
 */
import type * as v from 'valibot';
import { Color, Rrule } from '../calendar/schema.js';
import { AccentDark, AccentLight } from '../core/config/appearance.js';
import { Email, ExitUrl, FetchUrl, Id, IsoDate, Link, LocaleTag, Phone, TimeZone } from '../core/config/fields.js';
import { PublicKey } from '../support-form/schema.js';
import { DOCUMENTED_DEFAULTS } from './defaults.js';

/** The editor kinds of BUILDER-CONTRACT.md; the tag is `sebaya-edit-<kind>`. */
export type EditorKind =
  | 'plain'
  | 'text'
  | 'number'
  | 'boolean'
  | 'choice'
  | 'date'
  | 'time'
  | 'phone'
  | 'hours'
  | 'colour'
  | 'url'
  | 'public-key'
  | 'rrule'
  | 'datetime';

interface Base {
  /** Docs path: `crisis.lines[].phone` (`[]` each item, `{}` each map value). */
  readonly path: string;
  /** The key in its parent object ('' for a list item, a map value or the root). */
  readonly key: string;
  readonly required: boolean;
}
export interface FieldNode extends Base {
  readonly type: 'field';
  readonly kind: EditorKind;
  /** The allowed values of a choice. */
  readonly options?: readonly string[];
  /**
   * What the element does when the field is unset: the schema's `v.optional(x, default)`, or the
   * default it applies in code (defaults.ts). Absent when there is no fixed one.
   */
  readonly default?: unknown;
}
export interface GroupNode extends Base {
  readonly type: 'group';
  readonly fields: readonly SchemaNode[];
}
export interface ListNode extends Base {
  readonly type: 'list';
  readonly item: SchemaNode;
  readonly max?: number;
}
export interface MapNode extends Base {
  readonly type: 'map';
  readonly value: SchemaNode;
}
/** A value that may take one of several shapes (a calendar source: inline events or a feed URL). */
export interface UnionNode extends Base {
  readonly type: 'union';
  readonly options: readonly SchemaNode[];
}
export type SchemaNode = FieldNode | GroupNode | ListNode | MapNode | UnionNode;

type Raw = v.GenericSchema & {
  default?: unknown;
  entries?: Record<string, Raw>;
  wrapped?: Raw;
  item?: Raw;
  value?: Raw;
  options?: readonly (Raw | string)[];
  pipe?: readonly { type: string; requirement?: unknown; message?: unknown }[];
};

/** Shared field schemas that have an editor of their own (matched by identity, not by shape). */
const BY_SCHEMA = new Map<unknown, EditorKind>([
  [Phone, 'phone'],
  [Link, 'url'],
  [FetchUrl, 'url'],
  [ExitUrl, 'url'],
  [IsoDate, 'date'],
  [Color, 'colour'],
  [AccentLight, 'colour'],
  [AccentDark, 'colour'],
  [PublicKey, 'public-key'],
  [Rrule, 'rrule'],
  [Email, 'plain'],
  [Id, 'plain'],
  [LocaleTag, 'plain'],
  [TimeZone, 'plain'],
]);

/** Paths whose whole subtree one editor owns. */
const BY_PATH: Readonly<Record<string, EditorKind>> = {
  'directory.sources[].resources[].hours': 'hours',
  'calendar.sources[].events[].start': 'datetime',
  'calendar.sources[].events[].end': 'datetime',
  'calendar.sources[].events[].exdates[]': 'datetime',
};

/** Messages of pipe checks that mark a string as a clock time. */
const TIME_MESSAGES = new Set(['directory.issue.time']);

function unwrap(schema: Raw): { schema: Raw; required: boolean; fallback?: unknown } {
  let s = schema;
  let required = true;
  let fallback: unknown;
  while (s.wrapped && (s.type === 'optional' || s.type === 'nullish' || s.type === 'exact_optional')) {
    required = false;
    // `v.optional(x, value)`; a default computed by a function is not a fixed one.
    if (fallback === undefined && s.default !== undefined && typeof s.default !== 'function') fallback = s.default;
    s = s.wrapped;
  }
  return { schema: s, required, fallback };
}

/** Text in one language or several: `string | { [lang]: string }`. */
function isMultilingual(s: Raw): boolean {
  const options = (s.options ?? []) as Raw[];
  return (
    s.type === 'union' &&
    options.length === 2 &&
    options.some((o) => o.type === 'string') &&
    options.some((o) => o.type === 'record' && o.value?.type === 'string')
  );
}

function maxOf(s: Raw): number | undefined {
  const action = s.pipe?.find((a) => a.type === 'max_length');
  return typeof action?.requirement === 'number' ? action.requirement : undefined;
}

/** The builder's view of a schema at `path`. */
export function walk(schema: v.GenericSchema, path = '', key = ''): SchemaNode {
  const { schema: s, required, fallback } = unwrap(schema);
  const documented = fallback ?? DOCUMENTED_DEFAULTS[path];
  const base = { path, key, required, ...(documented === undefined ? {} : { default: documented }) };
  const known = BY_PATH[path] ?? BY_SCHEMA.get(s);
  if (known) return { type: 'field', kind: known, ...base };
  if (isMultilingual(s)) return { type: 'field', kind: 'text', ...base };
  switch (s.type) {
    case 'object':
    case 'loose_object':
    case 'strict_object':
      return {
        type: 'group',
        ...base,
        fields: Object.entries(s.entries ?? {}).map(([k, child]) => walk(child, path ? `${path}.${k}` : k, k)),
      };
    case 'array':
      return { type: 'list', ...base, item: walk(s.item as Raw, `${path}[]`), max: maxOf(s) };
    case 'record':
      return { type: 'map', ...base, value: walk(s.value as Raw, `${path}{}`) };
    case 'union':
    case 'variant':
      return { type: 'union', ...base, options: ((s.options ?? []) as Raw[]).map((o) => walk(o, path, key)) };
    case 'picklist':
      return { type: 'field', kind: 'choice', options: (s.options ?? []) as string[], ...base };
    case 'number':
      return { type: 'field', kind: 'number', ...base };
    case 'boolean':
      return { type: 'field', kind: 'boolean', ...base };
    case 'string': {
      const time = s.pipe?.some((a) => typeof a.message === 'string' && TIME_MESSAGES.has(a.message));
      return { type: 'field', kind: time ? 'time' : 'plain', ...base };
    }
    default:
      throw new Error(`builder: no editor for a ${s.type} at ${path || '(root)'}`);
  }
}

/** Every node of a tree, depth first (a union's options share their parent's path). */
export function* nodes(node: SchemaNode): Generator<SchemaNode> {
  yield node;
  if (node.type === 'group') for (const f of node.fields) yield* nodes(f);
  else if (node.type === 'list') yield* nodes(node.item);
  else if (node.type === 'map') yield* nodes(node.value);
  else if (node.type === 'union') for (const o of node.options) yield* nodes(o);
}

/** `crisis.lines[0].phone` → `crisis.lines[].phone` (the docs' path of a value's path). */
export function docsPath(path: string): string {
  return path.replace(/\[\d+\]/g, '[]').replace(/\["(?:[^"\\]|\\.)*"\]/g, '{}');
}

/** The child node of a group by key. */
export function child(node: SchemaNode | undefined, key: string): SchemaNode | undefined {
  return node?.type === 'group' ? node.fields.find((f) => f.key === key) : undefined;
}
