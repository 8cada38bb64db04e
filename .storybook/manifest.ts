/**
 * What Storybook shows of an element, read from the Custom Elements Manifest (custom-elements.json,
 * written by `npm run analyze` from each class's JSDoc block).
 *
 * Storybook's own reading turns every class member into a control, private, protected, static and
 * read-only ones included (72 across the five elements), and lists each reflected property twice
 * (`noHelp` and `no-help`). Here a designer gets only the public API: one row per attribute (a
 * control when it can be set), the `config` property as an object, events as actions, and the CSS
 * parts and custom properties as documentation; `date` gets a date picker and `src` a text box.
 */
import type { ArgTypes } from '@storybook/web-components-vite';

type InputType = ArgTypes[string];

interface Typed {
  name: string;
  description?: string;
  summary?: string;
  type?: { text: string };
  default?: string;
}
interface Member extends Typed {
  kind: 'field' | 'method';
  privacy?: 'public' | 'protected' | 'private';
  static?: boolean;
  readonly?: boolean;
  attribute?: string;
}
interface Attribute extends Typed {
  fieldName?: string;
  readonly?: boolean;
}
export interface ElementDeclaration {
  tagName?: string;
  name: string;
  summary?: string;
  description?: string;
  members?: Member[];
  attributes?: Attribute[];
  events?: Typed[];
  slots?: Typed[];
  cssParts?: Typed[];
  cssProperties?: Typed[];
}
export interface Manifest {
  modules: { declarations?: ElementDeclaration[] }[];
}

/** The declaration of `tagName` in the manifest. */
export function declarationOf(manifest: Manifest, tagName: string): ElementDeclaration | undefined {
  for (const mod of manifest.modules) for (const d of mod.declarations ?? []) if (d.tagName === tagName) return d;
  return undefined;
}

/** Not for designers: private, protected, static, `_`/`#`-named members, and methods. */
export function isInternal(member: Member): boolean {
  return (
    member.kind !== 'field' ||
    member.privacy === 'private' ||
    member.privacy === 'protected' ||
    !!member.static ||
    /^[_#]/.test(member.name)
  );
}

/** `'light' | 'dark' | 'auto' | undefined` → ['light', 'dark', 'auto']; undefined when not a list of string literals. */
export function literalOptions(type: string | undefined): string[] | undefined {
  if (!type) return undefined;
  const parts = type
    .split('|')
    .map((p) => p.trim())
    .filter((p) => p !== 'undefined' && p !== 'null');
  return parts.length > 1 && parts.every((p) => /^'[^']*'$/.test(p)) ? parts.map((p) => p.slice(1, -1)) : undefined;
}

/** The control for a settable value of this name and type. */
function controlFor(name: string, type: string | undefined): InputType['control'] {
  if (name === 'date') return { type: 'date' };
  if (name === 'src') return { type: 'text' };
  const options = literalOptions(type);
  if (options) return { type: 'inline-radio' };
  const t = (type ?? '').replace(/\s*\|\s*undefined/, '');
  if (t === 'boolean') return { type: 'boolean' };
  if (t === 'number') return { type: 'number' };
  if (t === 'string' || /^[A-Z]\w*$/.test(t)) return { type: 'text' }; // a named alias is a string union here (`CalendarView`)
  return { type: 'object' };
}

const row = (item: Typed, category: string, control: InputType['control'] | false): InputType => ({
  name: item.name,
  description: item.description ?? item.summary ?? '',
  control,
  ...(control && literalOptions(item.type?.text) ? { options: literalOptions(item.type?.text) } : {}),
  table: {
    category,
    ...(item.type?.text ? { type: { summary: item.type.text } } : {}),
    ...(item.default !== undefined ? { defaultValue: { summary: item.default } } : {}),
  },
});

/** Storybook argTypes for `tagName`: the public API only (see the top of this file). */
export function argTypesFor(manifest: Manifest, tagName: string): ArgTypes {
  const d = declarationOf(manifest, tagName);
  if (!d) return {};
  const members = new Map((d.members ?? []).map((m) => [m.name, m]));
  const out: ArgTypes = {};
  for (const attr of d.attributes ?? []) {
    const member = attr.fieldName ? members.get(attr.fieldName) : undefined;
    if (member && isInternal(member)) continue;
    // Reflected state (`state`, `phase`) is the element's to set: documented, not a control.
    const readonly = attr.readonly || member?.readonly;
    // Keyed by the property name (as the stories' args are: `noHelp`), shown as the attribute (`no-help`).
    out[attr.fieldName ?? attr.name] = row(
      attr,
      'attributes',
      readonly ? false : controlFor(attr.name, attr.type?.text),
    );
  }
  for (const m of d.members ?? []) {
    if (isInternal(m) || m.attribute) continue;
    // Read-only getters (locale, timeZone, …) are for scripts, not for a designer's controls.
    out[m.name] = row(
      m,
      m.readonly ? 'properties (read only)' : 'properties',
      m.readonly ? false : controlFor(m.name, m.type?.text),
    );
  }
  // Documented events only (the analyzer also lists the parameter of a generic dispatch helper).
  for (const e of (d.events ?? []).filter((e) => e.description)) {
    const handler = `on${e.name.replace(/(?:^|-)(\w)/g, (_, c: string) => c.toUpperCase())}`;
    out[handler] = { name: handler, action: e.name, table: { disable: true } };
    out[e.name] = row(e, 'events', false);
  }
  for (const s of d.slots ?? [])
    out[`slot ${s.name || '(default)'}`] = row({ ...s, name: s.name || '(default)' }, 'slots', false);
  for (const p of d.cssParts ?? []) out[`::part(${p.name})`] = row(p, 'css shadow parts', false);
  for (const p of d.cssProperties ?? []) out[p.name] = row(p, 'css custom properties', false);
  return out;
}

/** The args a designer can set (what the Controls panel lists as editable). */
export function controlNames(argTypes: ArgTypes): string[] {
  return Object.entries(argTypes)
    .filter(([, a]) => a.control && !a.table?.disable)
    .map(([k]) => k)
    .sort();
}

/** The `date` control's value (a timestamp at local midnight once picked) as the attribute's `YYYY-MM-DD`. */
export function isoDay(date: unknown): string | undefined {
  if (typeof date !== 'number') return typeof date === 'string' && date ? date : undefined;
  const d = new Date(date);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/**
 * Puts the story's args for the element's attributes on each `tagName` element of the canvas, so
 * every control works whether or not the story's render binds it. A `src` replaces the story's
 * `config` (the property would otherwise win). `theme` is the preview's (it weighs the toolbar).
 */
export function applyArgs(manifest: Manifest, tagName: string, root: ParentNode, args: Record<string, unknown>): void {
  const d = declarationOf(manifest, tagName);
  if (!d) return;
  const members = new Map((d.members ?? []).map((m) => [m.name, m]));
  for (const el of root.querySelectorAll(tagName)) {
    for (const attr of d.attributes ?? []) {
      const key = attr.fieldName ?? attr.name;
      const member = members.get(key);
      const value = key === 'date' ? isoDay(args[key]) : args[key];
      if (
        key === 'theme' ||
        value === undefined ||
        value === null ||
        attr.readonly ||
        member?.readonly ||
        (member && isInternal(member))
      )
        continue;
      if (typeof value === 'boolean') el.toggleAttribute(attr.name, value);
      else if (typeof value === 'string' || typeof value === 'number') el.setAttribute(attr.name, String(value));
      if (key === 'src' && value) (el as HTMLElement & { config?: unknown }).config = undefined;
    }
  }
}
