/**
 * The generated corpus of broken configs (wrong types at every path, nulls, missing keys, huge
 * arrays, deep nesting, 10 MB strings, unknown sections), one base config per element. Shared by
 * the elements' hardening test and the builder's config import test.
 */
export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

export const BASES: Record<string, Json> = {
  'sebaya-crisis-help': {
    crisis: {
      lines: [{ name: 'SEJIWA', phone: '119', extension: '8', hours: 'Gratis' }],
      quickExitUrl: 'https://www.bmkg.go.id/',
    },
  },
  'sebaya-calendar': {
    timeZone: 'Asia/Jakarta',
    calendar: {
      categories: [{ id: 'peer', label: 'Peer' }],
      sources: [
        { category: 'peer', events: [{ id: 'e', title: 'Kelompok', start: '2026-12-03T19:30', location: 'Balai' }] },
      ],
    },
  },
  'sebaya-quiz': {
    quiz: {
      mode: 'learn',
      questions: [{ id: 'q', statement: 'Gangguan jiwa bisa pulih.', answer: true, explanation: 'Bisa.' }],
    },
  },
  'sebaya-directory': {
    directory: {
      sources: [
        {
          resources: [
            {
              id: 'r',
              name: 'Puskesmas Playen I',
              categories: ['puskesmas'],
              phones: [{ number: '0274 123456', kind: 'voice' }],
            },
          ],
        },
      ],
    },
  },
  'sebaya-support-form': {
    supportForm: { endpoint: '/__test__/support-form-receive?box=corpus', topics: [{ id: 't', label: 'Cemas' }] },
  },
};

const deep = (depth: number): Json => {
  let node: Json = 'bottom';
  for (let i = 0; i < depth; i += 1) node = { nested: node };
  return node;
};

const typeOf = (v: Json): string => (v === null ? 'null' : Array.isArray(v) ? 'array' : typeof v);

/** Every path in a JSON value (objects and arrays included), root first. */
function paths(value: Json, at: (string | number)[] = []): (string | number)[][] {
  const out = [at];
  if (Array.isArray(value)) value.forEach((v, i) => out.push(...paths(v, [...at, i])));
  else if (value && typeof value === 'object')
    for (const [k, v] of Object.entries(value)) out.push(...paths(v, [...at, k]));
  return out;
}

function setAt(root: Json, path: (string | number)[], value: Json | undefined): Json {
  if (!path.length) return value === undefined ? null : value;
  const copy = structuredClone(root) as Record<string | number, Json>;
  let node = copy;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, Json>;
  const last = path[path.length - 1]!;
  if (value === undefined) {
    if (Array.isArray(node)) node.splice(Number(last), 1);
    else delete node[last];
  } else node[last] = value;
  return copy;
}

const getAt = (root: Json, path: (string | number)[]): Json =>
  path.reduce<Json>((n, k) => (n as Record<string | number, Json>)[k]!, root);

const HUGE_STRING = 'x'.repeat(10 * 1024 * 1024);
const REPLACEMENTS: Json[] = [
  null,
  42,
  -1.5,
  0,
  true,
  false,
  'teks',
  [],
  {},
  [null, 7, 'x'],
  [[[]]],
  { a: { b: [] } },
  deep(300),
  Array.from({ length: 20_000 }, () => null),
];

export interface Case {
  readonly tag: string;
  readonly name: string;
  readonly config: Json;
}

export function corpus(): Case[] {
  const cases: Case[] = [];
  for (const [tag, base] of Object.entries(BASES)) {
    for (const path of paths(base)) {
      const original = getAt(base, path);
      for (const r of REPLACEMENTS)
        if (typeOf(r) !== typeOf(original))
          cases.push({ tag, name: `${path.join('.') || '(root)'} = ${typeOf(r)}`, config: setAt(base, path, r) });
      if (path.length) cases.push({ tag, name: `${path.join('.')} removed`, config: setAt(base, path, undefined) });
    }
    cases.push({
      tag,
      name: 'a 10 MB string',
      config: setAt(
        base,
        paths(base).find((p) => typeof getAt(base, p) === 'string')!,
        HUGE_STRING,
      ),
    });
    cases.push({ tag, name: 'an unknown section', config: { ...(base as object), somethingElse: { a: 1 } } });
    cases.push({ tag, name: 'deeply nested root', config: deep(2_000) });
  }
  return cases;
}
