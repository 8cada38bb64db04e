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
import { corpus } from './broken-corpus.js';

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
