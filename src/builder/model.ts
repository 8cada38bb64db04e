/**
 * The builder's config value and the edits made to it. The config stays one plain JSON object (the
 * file the owner downloads); every edit returns a new object so Lit sees the change and the
 * previous value can be kept for Undo.
 */
export type Config = Record<string, unknown>;
export type Segment = string | number;

/** `crisis.lines[0].phone` → ['crisis', 'lines', 0, 'phone']; `messages["jv"]` → ['messages', 'jv']. */
export function parsePath(path: string): Segment[] {
  const out: Segment[] = [];
  const re = /([^.[\]]+)|\[(\d+)\]|\["((?:[^"\\]|\\.)*)"\]/g;
  for (const m of path.matchAll(re)) {
    if (m[1] !== undefined) out.push(m[1]);
    else if (m[2] !== undefined) out.push(Number(m[2]));
    else out.push(JSON.parse(`"${m[3] ?? ''}"`) as string);
  }
  return out;
}

export function getAt(root: unknown, path: readonly Segment[]): unknown {
  let cur = root;
  for (const seg of path) {
    if (cur === null || typeof cur !== 'object') return undefined;
    cur = (cur as Record<Segment, unknown>)[seg];
  }
  return cur;
}

const isEmpty = (value: unknown): boolean =>
  value === undefined ||
  value === '' ||
  (value !== null && typeof value === 'object' && !Array.isArray(value) && !Object.keys(value).length);

/**
 * A copy of `root` with `value` at `path`, creating objects and lists on the way. An empty value
 * (undefined, '', {}) removes the key, and an object left empty goes too, so clearing a field
 * does not leave `"organization": {}` behind for the validator to complain about.
 */
export function setAt(root: unknown, path: readonly Segment[], value: unknown): unknown {
  if (!path.length) return value;
  const [head, ...rest] = path as [Segment, ...Segment[]];
  const inner = setAt(getAt(root, [head]), rest, value);
  if (typeof head === 'number') {
    const list = Array.isArray(root) ? [...(root as unknown[])] : [];
    // A text item emptied stays an empty item (as added), not an object; an item emptied whole is {}.
    list[head] = inner ?? (typeof list[head] === 'string' ? '' : {});
    return list;
  }
  const obj: Record<string, unknown> =
    root && typeof root === 'object' && !Array.isArray(root) ? { ...(root as Record<string, unknown>) } : {};
  if (isEmpty(inner)) delete obj[head];
  else obj[head] = inner;
  return obj;
}

/** The list at `path` with `item` inserted at `index` (the end by default). */
export function insertItem(root: unknown, path: readonly Segment[], item: unknown, index?: number): unknown {
  const list = [...((getAt(root, path) as unknown[] | undefined) ?? [])];
  list.splice(index ?? list.length, 0, item);
  return setAt(root, path, list);
}

/** The list with item `from` moved to `to` (both within range; otherwise unchanged). */
export function moveItem(root: unknown, path: readonly Segment[], from: number, to: number): unknown {
  const list = [...((getAt(root, path) as unknown[] | undefined) ?? [])];
  if (from < 0 || to < 0 || from >= list.length || to >= list.length) return root;
  const [item] = list.splice(from, 1);
  list.splice(to, 0, item);
  return setAt(root, path, list);
}

/** Removes item `index`; returns the new root and the removed item (kept for Undo). */
export function removeItem(root: unknown, path: readonly Segment[], index: number): { root: unknown; item: unknown } {
  const list = [...((getAt(root, path) as unknown[] | undefined) ?? [])];
  const [item] = list.splice(index, 1);
  // An emptied list stays (a section such as calendar needs its `sources` key even when empty).
  return { root: setAt(root, path, list), item };
}

/** The name an item goes by in its list: its name, title or label (in `lang`), else its id. */
export function itemName(item: unknown, lang: string): string {
  if (typeof item === 'string') return item;
  if (!item || typeof item !== 'object') return '';
  const o = item as Record<string, unknown>;
  for (const key of ['name', 'title', 'label', 'statement', 'prompt', 'number', 'url', 'id']) {
    const value = o[key];
    if (typeof value === 'string' && value.trim()) return value;
    if (value && typeof value === 'object') {
      const texts = value as Record<string, unknown>;
      const text = texts[lang] ?? Object.values(texts).find((t) => typeof t === 'string' && t.trim());
      if (typeof text === 'string' && text.trim()) return text;
    }
  }
  return '';
}

/**
 * The open list items after the items of the list at `path` changed places: `to(i)` is item i's
 * new index (-1 when it is gone). Items of other lists stay as they are.
 */
export function reindexOpen(open: ReadonlySet<string>, path: string, to: (i: number) => number): Set<string> {
  const prefix = `${path}[`;
  const out = new Set<string>();
  for (const p of open) {
    const m = p.startsWith(prefix) ? /^(\d+)\](.*)$/.exec(p.slice(prefix.length)) : null;
    if (!m) {
      if (!p.startsWith(prefix)) out.add(p);
      continue;
    }
    const i = to(Number(m[1]));
    if (i >= 0) out.add(`${prefix}${i}]${m[2] ?? ''}`);
  }
  return out;
}

// The share link: the config in the URL fragment, which browsers never send to a server.

/** `#config=<base64url of the JSON>`. */
export function toFragment(config: unknown): string {
  const bytes = new TextEncoder().encode(JSON.stringify(config));
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return `#config=${btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '')}`;
}

/** The config of a `#config=` fragment; undefined when there is none or it is not readable. */
export function fromFragment(hash: string): Config | undefined {
  const m = /(?:^#|&)config=([A-Za-z0-9_-]+)/.exec(hash);
  if (!m?.[1]) return undefined;
  try {
    const binary = atob(m[1].replace(/-/g, '+').replace(/_/g, '/'));
    const text = new TextDecoder('utf-8', { fatal: true }).decode(Uint8Array.from(binary, (c) => c.charCodeAt(0)));
    const value: unknown = JSON.parse(text);
    return value && typeof value === 'object' && !Array.isArray(value) ? (value as Config) : undefined;
  } catch {
    return undefined;
  }
}

// The draft kept in this browser between visits.

export const DRAFT_KEY = 'sebaya-builder:draft';

export interface Draft {
  readonly config: Config;
  /** Tasks the owner has marked as finished. */
  readonly done: readonly string[];
  /** The config before the last import, while "Undo import" is offered (kept across a reload). */
  readonly previous?: Config;
}

export function loadDraft(storage: Storage | undefined = globalThis.localStorage): Draft | undefined {
  try {
    const raw = storage?.getItem(DRAFT_KEY);
    if (!raw) return undefined;
    const parsed = JSON.parse(raw) as Partial<Draft>;
    if (!parsed.config || typeof parsed.config !== 'object' || Array.isArray(parsed.config)) return undefined;
    const previous = parsed.previous;
    return {
      config: parsed.config,
      done: Array.isArray(parsed.done) ? parsed.done.filter((d) => typeof d === 'string') : [],
      ...(previous && typeof previous === 'object' && !Array.isArray(previous) ? { previous } : {}),
    };
  } catch {
    return undefined;
  }
}

/** Saves the draft; false when the browser refuses (private mode, full storage). */
export function saveDraft(draft: Draft, storage: Storage | undefined = globalThis.localStorage): boolean {
  try {
    storage?.setItem(DRAFT_KEY, JSON.stringify(draft));
    return !!storage;
  } catch {
    return false;
  }
}

export function clearDraft(storage: Storage | undefined = globalThis.localStorage): void {
  try {
    storage?.removeItem(DRAFT_KEY);
  } catch {
    // Nothing kept, nothing to clear.
  }
}
