import { expect, fixture, html } from '@open-wc/testing';
import type { ReactiveElement } from 'lit';
import '../../src/calendar/define.js';
import '../../src/crisis-help/define.js';
import '../../src/directory/define.js';
import '../../src/quiz/define.js';
import '../../src/support-form/define.js';
import { upgradePlaceholder, upgradePlaceholders } from '../../src/core/placeholders.js';
import type { SebayaCrisisHelp } from '../../src/crisis-help/crisis-help.js';
import { settled, textOf } from '../helpers/events.js';
import { fixtureText, naughtyStrings, xssPayloads } from '../helpers/fixtures.js';

/** What no placeholder may ever put on an element, whatever the element declares. */
const FORBIDDEN =
  /^(on.*|style|tabindex|autofocus|id|class|slot|is|contenteditable|popover.*|draggable|inert|nonce|part|exportparts)$/i;
const TAGS = [
  'sebaya-calendar',
  'sebaya-crisis-help',
  'sebaya-directory',
  'sebaya-quiz',
  'sebaya-support-form',
] as const;
const observed = (tag: string) => (customElements.get(tag) as unknown as typeof ReactiveElement).observedAttributes;
/** The attributes a placeholder's `data-*` may become on `tag`, and the placeholder's own that move with it. */
const mayLand = (tag: string, name: string) =>
  observed(tag).includes(name) || ['id', 'class', 'hidden'].includes(name) || name.startsWith('aria-');

declare global {
  interface Window {
    __sebayaPwned?: string;
  }
}

describe('data-sebaya placeholders', () => {
  it('become the element in place, each data-* attribute its attribute', async () => {
    const wrap = await fixture<HTMLElement>(html`<article>
      <p>before</p>
      <div data-sebaya="crisis-help" data-lang="en" data-layout="bar" data-no-shortcut="" id="help" class="x" data-id="other" data-class="y"><a href="https://www.bmkg.go.id/">Quick exit</a></div>
      <p>after</p>
    </article>`);
    upgradePlaceholders(wrap);
    const el = wrap.querySelector('sebaya-crisis-help') as SebayaCrisisHelp;
    expect(el).to.exist;
    expect(wrap.children[1]).to.equal(el);
    expect(el.getAttribute('lang')).to.equal('en');
    expect(el.getAttribute('layout')).to.equal('bar');
    expect(el.hasAttribute('no-shortcut')).to.equal(true);
    expect(el.id).to.equal('help'); // the placeholder's own id and class move with it, data-id and data-class do not
    expect(el.className).to.equal('x');
    expect(wrap.querySelector('[data-sebaya]')).to.equal(null);
    await settled(el);
    expect(textOf(el)).to.contain('Need help now?');
    expect(el.querySelector('a')?.getAttribute('href')).to.equal('https://www.bmkg.go.id/'); // fallback kept, hidden
  });

  it('reads JSON a sanitiser left as text, also HTML-escaped or in CDATA', async () => {
    const wrap = await fixture<HTMLElement>(html`<div></div>`);
    wrap.innerHTML = `<div data-sebaya="crisis-help" data-lang="en">{ "crisis": { "lines": [ { "name": "Escaped &amp; kept", "phone": "112" } ] } }</div>
      <div data-sebaya="crisis-help" data-lang="en"><![CDATA[{ "crisis": { "lines": [ { "name": "In CDATA", "phone": "112" } ] } }]]></div>`;
    upgradePlaceholders(wrap);
    const [a, b] = [...wrap.querySelectorAll('sebaya-crisis-help')] as SebayaCrisisHelp[];
    await settled(a!);
    await settled(b!);
    expect(textOf(a!)).to.contain('Escaped & kept');
    expect(b!.getAttribute('state')).to.equal('ready');
  });

  it('upgrades placeholders added to the page later', async () => {
    upgradePlaceholders();
    const wrap = await fixture<HTMLElement>(html`<div></div>`);
    const late = document.createElement('div');
    late.setAttribute('data-sebaya', 'crisis-help');
    wrap.append(late);
    await new Promise((r) => setTimeout(r, 0));
    expect(wrap.querySelector('sebaya-crisis-help')).to.exist;
  });

  it('ignores names that are not element names', async () => {
    const wrap = await fixture<HTMLElement>(
      html`<div><div data-sebaya="x onload=alert(1)"></div><div data-sebaya=""></div></div>`,
    );
    upgradePlaceholders(wrap);
    expect(wrap.querySelectorAll('[data-sebaya]').length).to.equal(2);
  });

  it('waits for an element that is not defined yet, then upgrades it', async () => {
    const wrap = await fixture<HTMLElement>(
      html`<div><div data-sebaya="later-widget" data-lang="en" data-onclick="x"></div></div>`,
    );
    expect(upgradePlaceholder(wrap.firstElementChild!)).to.equal(undefined);
    expect(wrap.querySelector('[data-sebaya]')).to.exist;
    customElements.define(
      'sebaya-later-widget',
      class extends HTMLElement {
        static observedAttributes = ['lang'];
      },
    );
    await new Promise((r) => setTimeout(r, 0));
    const el = wrap.querySelector('sebaya-later-widget');
    expect(el?.getAttributeNames()).to.deep.equal(['lang']);
  });
});

describe('data-sebaya placeholders against hostile attributes (no CSP on this page)', function () {
  this.timeout(120_000);
  const originals = { alert: window.alert, confirm: window.confirm, prompt: window.prompt, print: window.print };
  before(() => {
    const caught = (what: string) => () => {
      window.__sebayaPwned = what;
      return null;
    };
    Object.assign(window, {
      alert: caught('alert'),
      confirm: caught('confirm'),
      prompt: caught('prompt'),
      print: caught('print'),
    });
  });
  after(() => Object.assign(window, originals));

  it('every element declares only documented attributes, none a placeholder must never set', async () => {
    const res = await fetch('/custom-elements.json');
    expect(res.ok, 'custom-elements.json (run npm run analyze)').to.equal(true);
    const manifest = (await res.json()) as {
      modules: { declarations?: { tagName?: string; attributes?: { name: string }[] }[] }[];
    };
    for (const tag of TAGS) {
      const declaration = manifest.modules.flatMap((m) => m.declarations ?? []).find((d) => d.tagName === tag);
      const documented = (declaration?.attributes ?? []).map((a) => a.name);
      expect(observed(tag), tag).to.include.members(['src', 'lang', 'theme']);
      for (const name of observed(tag)) {
        expect(documented, `${tag} ${name} is documented`).to.include(name);
        expect(FORBIDDEN.test(name), `${tag} ${name}`).to.equal(false);
      }
    }
  });

  it('no naughty name or payload becomes a handler, a style or a focus trap', async () => {
    const handlers = Object.keys(Object.getOwnPropertyDescriptors(HTMLElement.prototype)).filter((k) =>
      k.startsWith('on'),
    );
    const naughty = await naughtyStrings();
    const xss = [
      ...(await xssPayloads()),
      ...(await fixtureText('xss-brutelogic.txt'))
        .split('\n')
        .map((l) => l.trim())
        .filter(Boolean),
    ];
    expect(handlers.length).to.be.at.least(60);
    const attack = (i: number) => `window.__sebayaPwned='${i}'`;
    const parser = new DOMParser();
    const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
    /** Placeholders as a sanitiser that keeps `data-*` leaves them: nothing else on the div, no children. */
    const placeholders: Element[] = [];
    const add = (tag: string, attrs: [string, string][], markupNames: string[] = []) => {
      // Names a sanitiser could pass but the DOM API refuses: let the HTML parser make them (inert document).
      const doc = parser.parseFromString(
        `<div data-sebaya="${tag}" ${markupNames.map((n) => `data-${n}="${escape(attack(placeholders.length))}"`).join(' ')}></div>`,
        'text/html',
      );
      const div = document.adoptNode(doc.body.firstElementChild!);
      div.replaceChildren();
      for (const a of div.getAttributeNames()) if (!a.startsWith('data-')) div.removeAttribute(a);
      for (const [name, value] of attrs)
        try {
          div.setAttribute(`data-${name}`, value);
        } catch {
          // not a name the DOM accepts; the parser's version above stands in for it
        }
      placeholders.push(div);
    };
    const kinds = ['crisis-help', 'quiz', 'calendar', 'directory', 'support-form'];
    // The attack from the issue, on every kind of element.
    for (const kind of kinds)
      add(kind, [
        ['autofocus', ''],
        ['tabindex', '0'],
        ['onfocus', attack(0)],
        ['style', 'position:fixed;inset:0'],
        ['id', 'clobber'],
        ['class', 'x'],
        ['slot', 's'],
        ['lang', 'en'],
      ]);
    // Every event handler of the platform, with a focus trap.
    for (const [i, h] of handlers.entries())
      add(kinds[i % kinds.length]!, [
        [h, attack(i)],
        ['autofocus', ''],
        ['tabindex', '1'],
        [h.toUpperCase(), attack(i)],
      ]);
    // Naughty strings as attribute names (markup-made and DOM-made) and as values of allowed and forbidden attributes.
    naughty.forEach((s, i) =>
      add(
        'crisis-help',
        [
          [s, attack(i)],
          ['onmouseover', s],
          ['lang', s],
          ['theme', s],
          ['layout', s],
          ['no-shortcut', s],
        ],
        /^[^\s"'>/=<]+$/.test(s) ? [s] : [],
      ),
    );
    xss.forEach((s, i) =>
      add(kinds[i % kinds.length]!, [
        ['onfocus', s],
        ['onerror', s],
        ['style', s],
        ['lang', s],
        ['theme', s],
        ['autofocus', ''],
        ['tabindex', '0'],
      ]),
    );
    expect(placeholders.length).to.be.at.least(700);

    const quiet = { error: console.error, warn: console.warn };
    console.error = () => undefined;
    console.warn = () => undefined;
    const wrap = await fixture<HTMLElement>(html`<div></div>`);
    try {
      for (let start = 0; start < placeholders.length; start += 100) {
        const batch = placeholders.slice(start, start + 100);
        wrap.replaceChildren(...batch);
        upgradePlaceholders(wrap);
        const els = [...wrap.children];
        for (const el of els) {
          // Whatever a handler was waiting for happens now.
          (el as HTMLElement).focus();
          for (const type of ['click', 'mouseover', 'focus', 'animationstart', 'error', 'load'])
            el.dispatchEvent(new Event(type));
        }
        await Promise.all(els.map((el) => settled(el as ReactiveElement as SebayaCrisisHelp)));
        await new Promise((r) => setTimeout(r, 20));
        expect(window.__sebayaPwned, 'a handler ran').to.equal(undefined);
        for (const el of els) {
          expect(el.localName.startsWith('sebaya-'), el.outerHTML.slice(0, 120)).to.equal(true);
          for (const name of el.getAttributeNames()) {
            expect(mayLand(el.localName, name), `${el.localName} got ${name}`).to.equal(true);
            expect(
              /^(on|style$|tabindex$|autofocus$|id$|class$|slot$)/i.test(name),
              `${el.localName} got ${name}`,
            ).to.equal(false);
          }
        }
        expect(
          els.some((el) => el === document.activeElement),
          'an element took the focus',
        ).to.equal(false);
      }
    } finally {
      wrap.replaceChildren();
      console.error = quiet.error;
      console.warn = quiet.warn;
    }
  });
});
