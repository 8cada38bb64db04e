/**
 * The form of one task: the schema tree rendered as field editors, groups and lists. A field is a
 * `sebaya-edit-<kind>` element when one is defined (helper E's editors), else a plain control
 * that edits the same value, so the builder works on its own.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { unsafeStatic, html as staticHtml } from 'lit/static-html.js';
import { locateJsonError } from '../core/config/json-error.js';
import { parseIsoTime } from '../calendar/model/time.js';
import { hintOf, labelOf, type UiLang } from './docs.js';
import type { builderT } from './messages.js';
import { getAt, itemName, parsePath } from './model.js';
import type { FieldNode, ListNode, SchemaNode, UnionNode } from './walk.js';

export interface FormContext {
  readonly lang: UiLang;
  readonly t: ReturnType<typeof builderT>;
  readonly config: unknown;
  /** Error message by value path. */
  readonly errors: ReadonlyMap<string, string>;
  /** List items shown open, by value path. */
  readonly open: ReadonlySet<string>;
  /** Text that did not parse in a JSON field, by path (kept so the owner's typing is not lost). */
  readonly drafts: ReadonlyMap<string, string>;
  /** The option of a union the owner picked, by path. */
  readonly shapes: ReadonlyMap<string, number>;
  edit(path: string, value: unknown): void;
  editJson(path: string, text: string): void;
  pickShape(path: string, index: number): void;
  add(path: string, node: ListNode): void;
  move(path: string, from: number, to: number): void;
  remove(path: string, index: number): void;
  toggle(path: string): void;
}

/**
 * JSON typed into a field (a map, hours, a multilingual text as an object): the drafts after it,
 * and the value to apply — none while it does not parse (kept as typed, not applied: the owner
 * finishes the thought without losing it), `undefined` when emptied.
 */
export function jsonDraft(
  drafts: ReadonlyMap<string, string>,
  path: string,
  text: string,
): { drafts: ReadonlyMap<string, string>; value?: unknown } {
  const next = new Map(drafts);
  if (text.trim() && locateJsonError(text)) return { drafts: next.set(path, text) };
  next.delete(path);
  return { drafts: next, value: text.trim() ? (JSON.parse(text) as unknown) : undefined };
}

/** An id safe for `for`/`aria-describedby` from a value path. */
export const domId = (path: string): string => `f-${path.replace(/[^\w-]/g, '_')}`;

export function renderNode(node: SchemaNode, path: string, ctx: FormContext): TemplateResult | typeof nothing {
  if (node.key === '$schema') return nothing;
  switch (node.type) {
    case 'field':
      return renderField(node, path, ctx);
    case 'group':
      return html`<fieldset class="group" data-path=${path} tabindex="-1">
        <legend>${labelOf(path, ctx.lang)}</legend>
        ${hintLine(path, ctx)} ${errorLine(path, ctx)} ${node.fields.map((f) => renderNode(f, join(path, f.key), ctx))}
      </fieldset>`;
    case 'list':
      return renderList(node, path, ctx);
    case 'union':
      return renderUnion(node, path, ctx);
    case 'map':
      return jsonField(path, ctx);
  }
}

const join = (path: string, key: string) => (path ? `${path}.${key}` : key);

const hintLine = (path: string, ctx: FormContext) => {
  const hint = hintOf(path, ctx.lang);
  return hint ? html`<p class="hint" id=${`${domId(path)}-hint`}>${hint}</p>` : nothing;
};
const errorLine = (path: string, ctx: FormContext) => {
  const error = ctx.errors.get(path);
  return error ? html`<p class="error" id=${`${domId(path)}-error`}>${error}</p>` : nothing;
};

/** An event's `allDay`: unset, it follows the form of `start` (a date alone is all day), as the calendar reads it. */
const ALL_DAY = /^calendar\.sources\[\d+\]\.events\[\d+\]\.allDay$/;

/** What the element does with the field unset: the walker's fixed default, or one that follows another field. */
function defaultAt(node: FieldNode, path: string, ctx: FormContext): unknown {
  if (!ALL_DAY.test(path)) return node.default;
  const start = getAt(ctx.config, parsePath(path.replace(/allDay$/, 'start')));
  return typeof start === 'string' ? parseIsoTime(start, 'UTC')?.allDay : undefined;
}

/** Fields whose editor reads the event's `start`: the repeat rule's words, a skipped date's time. */
const STARTS_FROM = /\.(?:rrule|exdates\[\d+\])$/;

function renderField(node: FieldNode, path: string, ctx: FormContext): TemplateResult {
  const tag = `sebaya-edit-${node.kind}`;
  const value = getAt(ctx.config, parsePath(path));
  const label = labelOf(path, ctx.lang);
  const error = ctx.errors.get(path) ?? '';
  if (customElements.get(tag)) {
    // The tag comes from the walker's closed list of kinds, never from config text.
    const t = unsafeStatic(tag);
    return staticHtml`<${t}
      data-path=${path}
      .value=${value}
      .path=${path}
      .label=${label}
      .hint=${hintOf(path, ctx.lang)}
      .lang=${ctx.lang}
      .languages=${['id', 'en']}
      .required=${node.required}
      .error=${error}
      .options=${(node.options ?? []).map((o) => ({ value: o, label: o }))}
      .defaultValue=${defaultAt(node, path, ctx)}
      .start=${STARTS_FROM.test(path) ? getAt(ctx.config, parsePath(path.replace(STARTS_FROM, '.start'))) : undefined}
    ></${t}>`;
  }
  const id = domId(path);
  const described = [hintOf(path, ctx.lang) ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ');
  const common = { id, described: described || undefined, invalid: error ? 'true' : undefined };
  let control: TemplateResult;
  if (node.kind === 'boolean' || node.kind === 'choice') {
    const options = node.kind === 'boolean' ? ['true', 'false'] : (node.options ?? []);
    const current = scalar(value);
    control = html`<select
      id=${common.id}
      data-path=${path}
      aria-describedby=${common.described ?? nothing}
      aria-invalid=${common.invalid ?? nothing}
      @change=${(e: Event) => {
        const raw = (e.target as HTMLSelectElement).value;
        ctx.edit(path, raw === '' ? undefined : node.kind === 'boolean' ? raw === 'true' : raw);
      }}
    >
      <option value="" ?selected=${current === ''}>${ctx.t('notSet')}</option>
      ${options.map(
        (o) =>
          html`<option value=${o} ?selected=${current === o}>
            ${node.kind === 'boolean' ? ctx.t(o === 'true' ? 'yes' : 'no') : o}
          </option>`,
      )}
    </select>`;
  } else if (node.kind === 'hours' || node.kind === 'public-key') {
    return jsonField(path, ctx);
  } else if (node.kind === 'text' && value !== null && typeof value === 'object') {
    return jsonField(path, ctx);
  } else {
    control = html`<input
      id=${common.id}
      data-path=${path}
      type=${node.kind === 'number' ? 'number' : 'text'}
      inputmode=${node.kind === 'phone' ? 'tel' : node.kind === 'url' ? 'url' : nothing}
      aria-describedby=${common.described ?? nothing}
      aria-invalid=${common.invalid ?? nothing}
      aria-required=${node.required ? 'true' : nothing}
      .value=${scalar(value)}
      @input=${(e: Event) => {
        const raw = (e.target as HTMLInputElement).value;
        ctx.edit(path, raw === '' ? undefined : node.kind === 'number' ? Number(raw) : raw);
      }}
    />`;
  }
  return html`<div class="field">
    <label for=${id}>${label}${node.required ? html` <span aria-hidden="true">*</span>` : nothing}</label>
    ${hintLine(path, ctx)} ${errorLine(path, ctx)} ${control}
  </div>`;
}

/** A value edited as JSON (maps, and kinds whose own editor is not loaded). */
function jsonField(path: string, ctx: FormContext): TemplateResult {
  const id = domId(path);
  const draft = ctx.drafts.get(path);
  const value = getAt(ctx.config, parsePath(path));
  const text = draft ?? (value === undefined ? '' : JSON.stringify(value, null, 2));
  const located = draft === undefined ? undefined : locateJsonError(draft);
  const local = located ? lineColumn(draft ?? '', located.offset) : undefined;
  const error = ctx.errors.get(path);
  return html`<div class="field">
    <label for=${id}>${labelOf(path, ctx.lang)} — ${ctx.t('advanced')}</label>
    ${hintLine(path, ctx)} ${errorLine(path, ctx)}
    ${local ? html`<p class="error" id=${`${id}-json`}>${ctx.t('badJson', local)}</p>` : nothing}
    <textarea
      id=${id}
      data-path=${path}
      rows="4"
      spellcheck="false"
      aria-describedby=${
        [hintOf(path, ctx.lang) ? `${id}-hint` : '', error ? `${id}-error` : '', local ? `${id}-json` : '']
          .filter(Boolean)
          .join(' ') || nothing
      }
      aria-invalid=${error || local ? 'true' : nothing}
      .value=${text}
      @input=${(e: Event) => ctx.editJson(path, (e.target as HTMLTextAreaElement).value)}
    ></textarea>
  </div>`;
}

/** A plain value as the text of a control ('' for none). */
const scalar = (value: unknown): string =>
  typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' ? String(value) : '';

export function lineColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset).split('\n');
  return { line: before.length, column: (before.at(-1)?.length ?? 0) + 1 };
}

function renderList(node: ListNode, path: string, ctx: FormContext): TemplateResult {
  const items = (getAt(ctx.config, parsePath(path)) as unknown[] | undefined) ?? [];
  const label = labelOf(path, ctx.lang);
  const what = labelOf(`${path}[]`, ctx.lang);
  const simple = node.item.type === 'field';
  const full = node.max !== undefined && items.length >= node.max;
  // A group, not a section: a section with a name is a landmark, and a list of places inside every
  // place's categories would make landmarks of the same name (axe: landmark-unique).
  return html`<div class="list" role="group" data-path=${path} tabindex="-1" aria-labelledby=${`${domId(path)}-h`}>
    <h3 id=${`${domId(path)}-h`}>${label}</h3>
    ${hintLine(path, ctx)} ${errorLine(path, ctx)}
    <ol>
      ${items.map((item, i) => {
        const itemPath = `${path}[${i}]`;
        const name = simple ? '' : itemName(item, ctx.lang);
        const title = `${ctx.t('item', { what, n: i + 1 })}${name ? `: ${name}` : ''}`;
        const open = simple || ctx.open.has(itemPath);
        const itemError = !open && [...ctx.errors.keys()].some((p) => p.startsWith(itemPath));
        return html`<li data-item=${itemPath}>
          <div class="item-bar">
            ${
              simple
                ? nothing
                : html`<button
                  type="button"
                  class="item-edit"
                  aria-expanded=${open ? 'true' : 'false'}
                  @click=${() => ctx.toggle(itemPath)}
                >
                  ${title}${itemError ? html` — <span class="error">${ctx.t('status.problems')}</span>` : nothing}
                </button>`
            }
            <button
              type="button"
              class="move-up"
              aria-label=${`${ctx.t('moveUp')}: ${title}`}
              ?disabled=${i === 0}
              @click=${() => ctx.move(path, i, i - 1)}
            >
              ↑
            </button>
            <button
              type="button"
              class="move-down"
              aria-label=${`${ctx.t('moveDown')}: ${title}`}
              ?disabled=${i === items.length - 1}
              @click=${() => ctx.move(path, i, i + 1)}
            >
              ↓
            </button>
            <button
              type="button"
              class="remove"
              aria-label=${`${ctx.t('remove')}: ${title}`}
              @click=${() => ctx.remove(path, i)}
            >
              ${ctx.t('remove')}
            </button>
          </div>
          ${open ? renderNode(node.item, itemPath, ctx) : nothing}
        </li>`;
      })}
    </ol>
    <button type="button" class="add" ?disabled=${full} @click=${() => ctx.add(path, node)}>
      ${ctx.t('add', { what })}
    </button>
  </div>`;
}

/** Which shape a value has: the option whose fields it uses most (a string: the first non-group). */
export function shapeOf(node: UnionNode, value: unknown): number {
  if (value === undefined) return 0;
  if (value === null || typeof value !== 'object') {
    const i = node.options.findIndex((o) => o.type === 'field');
    return i < 0 ? 0 : i;
  }
  const keys = Object.keys(value);
  let best = 0;
  let bestScore = -1;
  node.options.forEach((o, i) => {
    const score = o.type === 'group' ? o.fields.filter((f) => keys.includes(f.key)).length : -1;
    if (score > bestScore) [best, bestScore] = [i, score];
  });
  return best;
}

function shapeName(option: SchemaNode, path: string, ctx: FormContext): string {
  if (option.type !== 'group') return labelOf(path, ctx.lang);
  // Named by what the owner gives: the list, else the address; a `type` tag only says which.
  const required = option.fields
    .filter((f) => f.required && f.type !== 'field')
    .concat(option.fields.filter((f) => f.required && f.key !== 'type'))
    .concat(option.fields.filter((f) => f.required));
  const first = required[0] ?? option.fields[0];
  return first ? labelOf(join(path, first.key), ctx.lang) : labelOf(path, ctx.lang);
}

function renderUnion(node: UnionNode, path: string, ctx: FormContext): TemplateResult {
  const value = getAt(ctx.config, parsePath(path));
  const chosen = ctx.shapes.get(path) ?? shapeOf(node, value);
  const option = node.options[chosen] ?? node.options[0];
  const name = `${domId(path)}-shape`;
  return html`<fieldset class="group" data-path=${path} tabindex="-1">
    <legend>${labelOf(path, ctx.lang)}</legend>
    ${hintLine(path, ctx)}
    <div role="radiogroup" aria-label=${ctx.t('shape')} class="shapes">
      ${node.options.map(
        (o, i) =>
          html`<label
            ><input
              type="radio"
              name=${name}
              .checked=${i === chosen}
              @change=${() => ctx.pickShape(path, i)}
            />
            ${shapeName(o, path, ctx)}</label
          >`,
      )}
    </div>
    ${
      option
        ? option.type === 'group'
          ? option.fields.map((f) => renderNode(f, join(path, f.key), ctx))
          : renderNode(option, path, ctx)
        : nothing
    }
  </fieldset>`;
}
