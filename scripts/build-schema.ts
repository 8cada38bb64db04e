/**
 * Writes dist/sebaya.schema.json from the same valibot schema the elements validate with, and
 * attaches each field's bilingual title and description (each folder's schema-docs.ts) by path.
 * Fails when a field has no docs, or docs name a field that does not exist.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { toJsonSchema, type JsonSchema } from '@valibot/to-json-schema';
import { SiteConfig, sharedDocs, sectionDocs } from '../src/site-schema.js';
import type { FieldDoc, SchemaDocs } from '../src/core/config/docs.js';

const allDocs: SchemaDocs = Object.assign({}, sharedDocs, ...sectionDocs);
const json = toJsonSchema(SiteConfig, { errorMode: 'ignore', target: 'draft-07' }) as Record<string, unknown>;

const missing: string[] = [];
const used = new Set<string>();

function describe(node: Record<string, unknown>, path: string): void {
  const d: FieldDoc | undefined = allDocs[path];
  if (d) {
    used.add(path);
    node.title = `${d.title.en} · ${d.title.id}`;
    node.description = `${d.description.en}\n\n${d.description.id}`;
    node['x-title'] = d.title;
    node['x-description'] = d.description;
  } else missing.push(path || '(root)');
}

function walk(node: unknown, path: string, documented: boolean): void {
  if (!node || typeof node !== 'object') return;
  const n = node as Record<string, unknown>;
  if (documented) describe(n, path);
  for (const key of ['anyOf', 'oneOf', 'allOf'] as const) {
    const options = n[key];
    // Options of a union share the field's path; only objects/arrays inside them add fields.
    if (Array.isArray(options)) for (const o of options) walk(o, path, false);
  }
  const props = n.properties as Record<string, unknown> | undefined;
  if (props) for (const [k, child] of Object.entries(props)) walk(child, path ? `${path}.${k}` : k, true);
  if (n.items && typeof n.items === 'object') walk(n.items, `${path}[]`, true);
  const extra = n.additionalProperties;
  if (extra && typeof extra === 'object' && path !== '' && !isStringMap(extra)) walk(extra, `${path}{}`, true);
}

/** A localised-text record ({ "id": "…" }) documents itself through its field. */
function isStringMap(node: unknown): boolean {
  return (node as { type?: string }).type === 'string';
}

walk(json, '', true);
const unused = Object.keys(allDocs).filter((k) => !used.has(k));
if (missing.length || unused.length) {
  if (missing.length)
    console.error(`Config fields without docs (add them to a schema-docs.ts):\n  ${missing.join('\n  ')}`);
  if (unused.length) console.error(`Docs for fields that do not exist:\n  ${unused.join('\n  ')}`);
  process.exit(1);
}

const out: JsonSchema & Record<string, unknown> = {
  ...(json as JsonSchema),
  $id: 'https://unpkg.com/sebaya/dist/sebaya.schema.json',
};
mkdirSync('dist', { recursive: true });
writeFileSync('dist/sebaya.schema.json', `${JSON.stringify(out, null, 2)}\n`);
console.log(`dist/sebaya.schema.json: ${used.size} fields documented in English and Bahasa Indonesia`);
