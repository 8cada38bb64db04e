/**
 * A generated corpus of broken configs — wrong types at every path, nulls, missing keys, huge
 * arrays, deep nesting, 10 MB strings, unknown sections — thrown at every element. For each: no
 * uncaught exception, and either a working element or a calm error whose owner box names the path.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/calendar/define.js';
import '../../src/crisis-help/define.js';
import '../../src/directory/define.js';
import '../../src/quiz/define.js';
import '../../src/support-form/define.js';
import type { SebayaElement } from '../../src/core/element.js';
import { settled, shadow, textOf } from '../helpers/events.js';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

const BASES: Record<string, Json> = {
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

interface Case {
  readonly tag: string;
  readonly name: string;
  readonly config: Json;
}

function corpus(): Case[] {
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

/** "calendar.sources[0].events[0].start: …" or "the config: …" (English). */
const NAMES_A_PATH = /(^|\s)([A-Za-z$_][\w$]*(\.[A-Za-z$_][\w$]*|\[\d+\]|\["[^"]*"\])*|the config): /;

describe('a corpus of broken configs', function () {
  this.timeout(600_000);
  const uncaught: string[] = [];
  const onError = (e: ErrorEvent) => uncaught.push(e.message);
  const onRejection = (e: PromiseRejectionEvent) => uncaught.push(String(e.reason));
  before(() => {
    window.addEventListener('error', onError);
    window.addEventListener('unhandledrejection', onRejection);
  });
  after(() => {
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onRejection);
  });

  it('never throws, and every broken config shows an error naming its path', async () => {
    const cases = corpus();
    expect(cases.length).to.be.at.least(500);
    const quiet = { error: console.error, warn: console.warn };
    console.error = () => undefined;
    console.warn = () => undefined;
    let errors = 0;
    const problems: string[] = [];
    try {
      for (const c of cases) {
        const wrap = await fixture<HTMLElement>(html`<div></div>`);
        const el = document.createElement(c.tag) as SebayaElement;
        el.lang = 'en';
        el.debug = true; // the site owner's box names the path (visitors see one calm line)
        el.config = c.config;
        wrap.append(el);
        await settled(el, 10_000);
        const state = el.getAttribute('state');
        const text = textOf(el);
        if (!text) problems.push(`${c.tag} ${c.name}: blank`);
        if (state === 'error') {
          errors += 1;
          if (!NAMES_A_PATH.test(text)) problems.push(`${c.tag} ${c.name}: no path in "${text.slice(0, 140)}"`);
          // What a visitor reads (all but the owner box) names no path (the crisis panel shows its lines instead).
          const owner = shadow(el).querySelector('[part="owner"]')?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
          if (c.tag !== 'sebaya-crisis-help' && NAMES_A_PATH.test(text.replace(owner, '')))
            problems.push(`${c.tag} ${c.name}: a path shown to visitors`);
        } else if (state !== 'ready' && state !== 'empty') problems.push(`${c.tag} ${c.name}: state ${state}`);
        wrap.remove();
      }
    } finally {
      console.error = quiet.error;
      console.warn = quiet.warn;
    }
    expect(problems).to.deep.equal([]);
    expect(uncaught).to.deep.equal([]);
    expect(errors).to.be.at.least(500);
  });
});
