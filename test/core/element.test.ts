import { expect, fixture, html } from '@open-wc/testing';
import { html as litHtml } from 'lit';
import * as v from 'valibot';
import '../../src/crisis-help/define.js';
import { SebayaElement } from '../../src/core/element.js';
import { SebayaWidget } from '../../src/core/widget.js';
import { defineElement } from '../../src/core/define.js';
import { FetchUrl, list, Text } from '../../src/core/config/fields.js';
import { siteSchemaFor } from '../../src/core/config/schema.js';
import { closest } from '../../src/core/config/validate.js';
import type { Catalog } from '../../src/core/i18n/catalog.js';
import { links, nextEvent, settled, shadow, textOf } from '../helpers/events.js';

const Section = v.object({
  title: v.optional(Text),
  view: v.optional(v.picklist(['month', 'list'])),
  sources: v.optional(list(v.object({ url: FetchUrl, category: v.optional(v.string()) }), 10)),
});
type Section = v.InferOutput<typeof Section>;
const en = { 'calendar.hello': 'Hello {name}' } as const satisfies Catalog;
const id: Catalog<keyof typeof en> = { 'calendar.hello': 'Halo {name}' };

/** A minimal element over the base class, registered under a test tag. */
class TestWidget extends SebayaWidget<Section, keyof typeof en> {
  protected readonly section = 'calendar' as const;
  protected readonly schema = siteSchemaFor('calendar', Section);
  protected readonly catalogs = { id, en };
  boom = false;
  /** Stands for a feed's failure, which the element hands to the owner box. */
  feedLines: string[] = [];
  protected override ownerLines(): readonly string[] {
    return this.feedLines;
  }
  protected renderContent() {
    if (this.boom) throw new Error('render bug');
    const c = this.siteConfig?.calendar;
    return litHtml`<p>${this.t('calendar.hello', { name: this.text(c?.title) || '—' })}</p><p class="tz">${this.timeZone}</p>`;
  }
  protected override isEmpty(): boolean {
    return !this.siteConfig?.calendar?.sources?.length && !this.siteConfig?.calendar?.title;
  }
}
defineElement('test-widget', TestWidget);

/** The site owner's box (shown with `debug`), whitespace folded. */
const ownerText = (el: Element) =>
  (shadow(el).querySelector('[part="owner"]')?.textContent ?? '').replace(/\s+/g, ' ').trim();

const configUrl = (c: string, extra = '') => `/__test__/config?case=${c}${extra}`;
const uniq = () => Math.random().toString(36).slice(2);

describe('SebayaElement config lifecycle', () => {
  it('prefers the config property over an inline script and src', async () => {
    const el =
      await fixture<TestWidget>(html`<test-widget lang="en" src=${configUrl('ok')} .config=${{ calendar: { title: 'From property' } }}>
      <script type="application/json">{ "calendar": { "title": "From script" } }</script>
    </test-widget>`);
    await settled(el);
    expect(textOf(el)).to.contain('Hello From property');
  });

  it('reads an inline JSON script, also when a CMS wrapped it in CDATA or escaped it', async () => {
    const el = await fixture<TestWidget>(
      html`<test-widget lang="en"><script type="application/json">{ "calendar": { "title": "Inline" } }</script></test-widget>`,
    );
    await settled(el);
    expect(textOf(el)).to.contain('Hello Inline');
    const cdata = await fixture<TestWidget>(
      html`<test-widget lang="en"><script type="application/json"><![CDATA[{ "calendar": { "title": "Wrapped" } }]]></script></test-widget>`,
    );
    await settled(cdata);
    expect(textOf(cdata)).to.contain('Hello Wrapped');
    const escaped = document.createElement('test-widget') as TestWidget;
    escaped.lang = 'en';
    const script = document.createElement('script');
    script.type = 'application/json';
    script.textContent = '{ &quot;calendar&quot;: { &quot;title&quot;: &quot;Escaped&quot; } }';
    escaped.append(script);
    document.body.append(escaped);
    await settled(escaped);
    expect(textOf(escaped)).to.contain('Hello Escaped');
    escaped.remove();
  });

  it('fetches a shared src once per page however many elements use it', async () => {
    const key = uniq();
    const url = configUrl('ok', `&id=${key}&delay=50`);
    const els = await Promise.all(
      [1, 2, 3].map(() => fixture<TestWidget>(html`<test-widget src=${url}></test-widget>`)),
    );
    await Promise.all(els.map((e) => settled(e)));
    const { count } = (await (await fetch(`/__test__/hits?id=${key}`)).json()) as { count: number };
    expect(count).to.equal(1);
  });

  it('says plainly that a config is needed when there is none', async () => {
    const wrap = await fixture<HTMLElement>(html`<div></div>`);
    const errored = nextEvent<{ code: string; message: string }>(wrap, 'sebaya-error');
    const el = Object.assign(document.createElement('test-widget'), { lang: 'en', debug: true }) as TestWidget;
    wrap.append(el);
    const err = await errored;
    expect(err.detail.code).to.equal('config-missing');
    await el.updateComplete;
    expect(el.getAttribute('state')).to.equal('error');
    expect(ownerText(el)).to.contain('needs a configuration');
    await expect(el).to.be.accessible();
  });

  it('names the section that is missing', async () => {
    const el = await fixture<TestWidget>(html`<test-widget debug lang="en" .config=${{ locale: 'id' }}></test-widget>`);
    await settled(el);
    expect(ownerText(el)).to.contain('calendar: this section is missing from the site config.');
  });

  it("words a missing section in the config's language, with the config's crisis line", async () => {
    const config = { locale: 'en', crisis: { lines: [{ name: 'TPKJM Ngunut line', phone: '0274 555 123' }] } };
    const el = await fixture<TestWidget>(html`<test-widget debug .config=${config}></test-widget>`);
    await settled(el);
    expect(el.getAttribute('state')).to.equal('error');
    expect(ownerText(el)).to.contain('calendar: this section is missing from the site config.');
    expect(links(el).find((l) => l.href === 'tel:0274555123')?.text).to.equal('TPKJM Ngunut line');
  });

  it('names the path and the problem of an invalid config, in the visitor language', async () => {
    const config = { calendar: { sources: [{ url: 'feeds/ok.ics' }, { url: 'webcal://nope' }] } };
    const wrap = await fixture<HTMLElement>(html`<div></div>`);
    const errored = nextEvent<{ code: string; message: string; path?: string }>(wrap, 'sebaya-error');
    const el = Object.assign(document.createElement('test-widget'), { lang: 'id', config, debug: true }) as TestWidget;
    wrap.append(el);
    const err = await errored;
    expect(err.detail).to.include({ code: 'config-invalid', path: 'calendar.sources[1].url' });
    expect(err.detail.message).to.equal('calendar.sources[1].url: bukan URL yang valid');
    await el.updateComplete;
    expect(ownerText(el)).to.contain('calendar.sources[1].url: bukan URL yang valid');
    el.lang = 'en';
    await el.updateComplete;
    expect(ownerText(el)).to.contain('calendar.sources[1].url: is not a valid URL');
    expect(shadow(el).querySelector('button')).to.equal(null); // retrying cannot fix a config
  });

  it('describes wrong types and values', async () => {
    const cases: [unknown, string][] = [
      [{ calendar: { view: 'week' } }, 'calendar.view: should be one of ("month" | "list"), but is "week"'],
      [{ calendar: { sources: 'feed.ics' } }, 'calendar.sources: should be a list [ … ], but is "feed.ics"'],
      [{ calendar: { sources: [{}] } }, 'calendar.sources[0].url: is required'],
      [{ calendar: { title: 5 } }, 'calendar.title: should be text or { "id": …, "en": … }, but is 5'],
      [{ timeZone: 'Mars/Olympus', calendar: {} }, 'timeZone: is not a known time zone (for example "Asia/Jakarta")'],
      [{ calendar: { title: '' } }, 'calendar.title: must not be empty'],
      [[1, 2], 'the config: should be an object { … }, but is a list [ … ]'],
      [{ crisis: [], calendar: {} }, 'crisis: should be an object { … }, but is a list [ … ]'],
      [{ calendar: { title: 'x'.repeat(30_000) } }, 'calendar.title: is too long (at most 20000)'],
    ];
    for (const [config, message] of cases) {
      const el = await fixture<TestWidget>(html`<test-widget debug lang="en" .config=${config}></test-widget>`);
      await settled(el);
      expect(el.getAttribute('state'), JSON.stringify(config).slice(0, 80)).to.equal('error');
      expect(ownerText(el)).to.contain(message);
    }
  });

  it('refuses a quick exit that leaves the page on screen, naming crisis.quickExitUrl in id and en', async () => {
    const refused = [
      '#',
      '#top',
      'tel:119',
      'mailto:tim@desa.id',
      'javascript:alert(1)',
      'data:text/html,x',
      ' ',
      '?page=2',
      location.href,
      `${location.href}#x`,
      'https:www.bmkg.go.id',
      'ftp://example.org/',
    ];
    for (const quickExitUrl of refused) {
      for (const [lang, words] of [
        ['id', 'harus alamat halaman web lain'],
        ['en', 'must be the address of another web page'],
      ] as const) {
        const wrap = await fixture<HTMLElement>(html`<div></div>`);
        const errored = nextEvent<{ code: string; message: string; path?: string }>(wrap, 'sebaya-error');
        wrap.append(
          Object.assign(document.createElement('test-widget'), {
            lang,
            config: { crisis: { quickExitUrl }, calendar: {} },
          }),
        );
        const err = await errored;
        expect(err.detail, quickExitUrl).to.include({ code: 'config-invalid', path: 'crisis.quickExitUrl' });
        expect(err.detail.message, quickExitUrl).to.contain(`crisis.quickExitUrl: ${words}`);
      }
    }
    for (const quickExitUrl of [
      'HTTPS://www.bmkg.go.id/',
      'http://example.org/cuaca?kota=jogja',
      '/berita',
      'https://www.google.com/#q',
    ]) {
      const el = await fixture<TestWidget>(
        html`<test-widget .config=${{ crisis: { quickExitUrl }, calendar: { title: 'x' } }}></test-widget>`,
      );
      await settled(el);
      expect(el.getAttribute('state'), quickExitUrl).to.equal('ready');
    }
  });

  it('warns about unknown keys but still works', async () => {
    const warnings: string[] = [];
    const original = console.warn;
    console.warn = (msg: string) => warnings.push(msg);
    try {
      const el = await fixture<TestWidget>(
        html`<test-widget lang="en" .config=${{ calendar: { title: 'Ok', colour: 'red' }, crisis: { quickExitURL: 'x' }, directory: {} }}></test-widget>`,
      );
      await settled(el);
      expect(el.getAttribute('state')).to.equal('ready');
      expect(warnings.join('\n')).to.contain('calendar.colour: is not a known setting');
      expect(warnings.join('\n')).to.contain('crisis.quickExitURL: is not a known setting');
      expect(warnings.join('\n')).not.to.contain('directory');
    } finally {
      console.warn = original;
    }
  });

  it('reports invalid JSON with its line and column', async () => {
    const el = await fixture<TestWidget>(
      html`<test-widget debug lang="en" src=${configUrl('invalid-json', `&id=${uniq()}`)}></test-widget>`,
    );
    await settled(el);
    expect(ownerText(el)).to.contain('is not valid JSON: unexpected "}" (line 3, column 26)');
  });

  it('says that JSON allows no comments, and names a trailing comma where it is (id, en)', async () => {
    const cases: [string, string, string][] = [
      [
        '{\n  "calendar": { "title": "x" } // kegiatan\n}',
        'en',
        'The config written in this page is not valid JSON: comments (// or /* … */) are not allowed in JSON (line 2, column 32).',
      ],
      [
        '{\n  "calendar": { "title": "x" } // kegiatan\n}',
        'id',
        'Konfigurasi yang ditulis di halaman ini bukan JSON yang benar: komentar (// atau /* … */) tidak boleh ada di JSON (baris 2, kolom 32).',
      ],
      [
        '{\n  "calendar": { "title": "x" },\n}',
        'en',
        'The config written in this page is not valid JSON: a comma after the last item (line 2, column 31).',
      ],
      [
        '{\n  "calendar": { "title": "x" },\n}',
        'id',
        'Konfigurasi yang ditulis di halaman ini bukan JSON yang benar: ada koma setelah butir terakhir (baris 2, kolom 31).',
      ],
    ];
    for (const [json, lang, message] of cases) {
      const wrap = await fixture<HTMLElement>(html`<div></div>`);
      const errored = nextEvent<{ code: string; message: string }>(wrap, 'sebaya-error');
      const el = Object.assign(document.createElement('test-widget'), { lang }) as TestWidget;
      const script = Object.assign(document.createElement('script'), { type: 'application/json', textContent: json });
      el.append(script);
      wrap.append(el);
      const err = await errored;
      expect(err.detail.code).to.equal('load-syntax');
      expect(err.detail.message).to.contain(message);
    }
  });

  it('reports a 404, a web page instead of JSON, and a very large file', async () => {
    const notFound = await fixture<TestWidget>(
      html`<test-widget debug lang="en" src=${configUrl('404', `&id=${uniq()}`)}></test-widget>`,
    );
    await settled(notFound);
    expect(ownerText(notFound)).to.contain('the server answered 404');
    const page = await fixture<TestWidget>(
      html`<test-widget debug lang="en" src=${configUrl('html', `&id=${uniq()}`)}></test-widget>`,
    );
    await settled(page);
    expect(ownerText(page)).to.contain('is not a JSON file');
    const huge = await fixture<TestWidget>(
      html`<test-widget debug lang="en" src=${configUrl('huge', `&id=${uniq()}`)}></test-widget>`,
    );
    await settled(huge);
    expect(ownerText(huge)).to.match(/is too large \(.*MB\); the limit is 2.1 MB/);
  });

  it('offers Retry after a server error, and Retry fetches again', async () => {
    const el = await fixture<TestWidget>(
      html`<test-widget debug lang="en" src=${configUrl('flaky', `&id=${uniq()}`)}></test-widget>`,
    );
    await settled(el);
    expect(ownerText(el)).to.contain('the server answered 500');
    const retry = shadow(el).querySelector('button');
    expect(retry?.textContent).to.contain('Try again');
    await expect(el).to.be.accessible();
    retry!.click();
    await settled(el);
    expect(el.getAttribute('state')).to.equal('ready');
    expect(textOf(el)).to.contain('Hello Second time lucky');
  });

  it('times out a config that never comes', async () => {
    const before = SebayaElement.loadTimeoutMs;
    SebayaElement.loadTimeoutMs = 200;
    try {
      const el = await fixture<TestWidget>(
        html`<test-widget debug lang="en" src=${configUrl('ok', `&id=${uniq()}&delay=2000`)}></test-widget>`,
      );
      await settled(el);
      expect(ownerText(el)).to.contain('took too long');
      expect(shadow(el).querySelector('button')).not.to.equal(null);
    } finally {
      SebayaElement.loadTimeoutMs = before;
    }
  });

  it('lets a newer config replace one still loading, without a race', async () => {
    const el = await fixture<TestWidget>(
      html`<test-widget lang="en" src=${configUrl('ok', `&id=${uniq()}&delay=400`)}></test-widget>`,
    );
    expect(el.getAttribute('state')).to.equal('loading');
    el.config = { calendar: { title: 'Newer' } };
    await settled(el);
    expect(textOf(el)).to.contain('Hello Newer');
    await new Promise((r) => setTimeout(r, 600));
    expect(textOf(el)).to.contain('Hello Newer');
  });

  it('shows the loading state at once, politely announced', async () => {
    const el = await fixture<TestWidget>(
      html`<test-widget lang="id" src=${configUrl('ok', `&id=${uniq()}&delay=300`)}></test-widget>`,
    );
    const status = shadow(el).querySelector('[role="status"]');
    expect(status?.textContent).to.contain('Memuat');
    await settled(el);
  });

  it('fires sebaya-ready, bubbling and composed, once rendered', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
    const ready = nextEvent(wrapper, 'sebaya-ready');
    const el = document.createElement('test-widget') as TestWidget;
    el.config = { calendar: { title: 'Ready' } };
    wrapper.append(el);
    const e = await ready;
    expect(e.bubbles && e.composed).to.equal(true);
    expect(textOf(el)).to.contain('Ready');
  });

  it('keeps properties set before the element upgraded', async () => {
    const el = document.createElement('test-widget-late') as TestWidget & { config: unknown };
    el.config = { calendar: { title: 'Early' } };
    el.setAttribute('lang', 'en');
    document.body.append(el);
    defineElement('test-widget-late', class extends TestWidget {});
    await settled(el);
    expect(textOf(el)).to.contain('Hello Early');
    el.remove();
  });

  it('never leaves a blank box when rendering throws', async () => {
    const el = await fixture<TestWidget>(
      html`<test-widget lang="en" .config=${{ calendar: { title: 'x' } }}></test-widget>`,
    );
    await settled(el);
    el.boom = true;
    el.requestUpdate();
    await el.updateComplete;
    await el.updateComplete;
    expect(textOf(el)).to.contain('This part is not available right now.');
    expect(el.getAttribute('state')).to.equal('error');
  });
});

describe('SebayaElement error view: calm for visitors, exact for the site owner', () => {
  const broken = { calendar: { sources: [{ url: 'webcal://nope' }, { url: 42 }] } };
  /** Changes the address's hash as a visitor would (the test runner's own address is restored exactly). */
  const hashTo = async (hash: string) => {
    const changed = new Promise((r) => window.addEventListener('hashchange', r, { once: true }));
    if (hash) location.hash = hash;
    else {
      history.replaceState(history.state, '', location.pathname + location.search);
      window.dispatchEvent(new HashChangeEvent('hashchange'));
    }
    await changed;
  };

  it('shows visitors one calm line and the help line, no path, no Retry for a broken config', async () => {
    const el = await fixture<TestWidget>(html`<test-widget lang="en" .config=${broken}></test-widget>`);
    await settled(el);
    expect(el.getAttribute('state')).to.equal('error');
    expect(textOf(el)).to.equal(
      'This part is not available right now. Need to talk to someone now? SEJIWA — mental-health counselling line (119 ext. 8)',
    );
    expect(shadow(el).querySelector('[part="error"]')?.getAttribute('role')).to.equal('status');
    expect(ownerText(el)).to.equal('');
    expect(shadow(el).querySelectorAll('button').length).to.equal(0);
    await expect(el).to.be.accessible();
    el.lang = 'id';
    await el.updateComplete;
    expect(textOf(el)).to.contain(
      'Bagian ini belum dapat ditampilkan saat ini. Perlu bicara dengan seseorang sekarang?',
    );
  });

  it('shows the owner box with every problem while the address has #sebaya-debug, following hashchange', async () => {
    const el = await fixture<TestWidget>(html`<test-widget lang="en" .config=${broken}></test-widget>`);
    await settled(el);
    try {
      await hashTo('sebaya-debug');
      await el.updateComplete;
      expect(ownerText(el)).to.contain('For the site owner');
      expect(ownerText(el)).to.contain('calendar.sources[0].url: is not a valid URL');
      expect(ownerText(el)).to.contain('calendar.sources[1].url: should be text, but is 42');
      expect(ownerText(el)).to.contain('Error code: config-invalid');
      expect(textOf(el)).to.contain('This part is not available right now.');
      await expect(el).to.be.accessible();
    } finally {
      await hashTo('');
    }
    await el.updateComplete;
    expect(ownerText(el)).to.equal('');
    el.debug = true;
    await el.updateComplete;
    expect(ownerText(el)).to.contain('calendar.sources[0].url: is not a valid URL');
  });

  it("adds the element's own lines (a failed feed) to the owner box when ready, not to a broken config's", async () => {
    const el = await fixture<TestWidget>(
      html`<test-widget lang="en" .config=${{ calendar: { title: 'x' } }}></test-widget>`,
    );
    await settled(el);
    el.feedLines = ['calendar.sources[1].url (https://example.org/a.ics): the server answered 500'];
    el.requestUpdate();
    await el.updateComplete;
    expect(ownerText(el)).to.equal('');
    expect(textOf(el)).not.to.contain('500');
    el.debug = true;
    await el.updateComplete;
    expect(ownerText(el)).to.contain('calendar.sources[1].url (https://example.org/a.ics): the server answered 500');
    expect(ownerText(el)).not.to.contain('No problems found');
    await expect(el).to.be.accessible();
    el.config = broken;
    await settled(el);
    expect(el.getAttribute('state')).to.equal('error');
    expect(ownerText(el)).to.contain('calendar.sources[0].url').and.not.contain('answered 500');
  });

  it('tells the console once, however often the view re-renders', async () => {
    const logged: string[] = [];
    const original = console.error;
    console.error = (msg: string) => logged.push(String(msg));
    try {
      const el = await fixture<TestWidget>(html`<test-widget lang="en" .config=${broken}></test-widget>`);
      await settled(el);
      el.debug = true;
      await el.updateComplete;
      el.lang = 'id';
      await el.updateComplete;
      expect(logged.filter((m) => m.includes('calendar.sources[0].url'))).to.have.length(1);
    } finally {
      console.error = original;
    }
  });

  it('names an unknown key and the key it most likely means, in the owner box only', async () => {
    const quiet = console.warn;
    console.warn = () => undefined;
    try {
      const config = {
        calender: {},
        calendar: { title: 'x', veiw: 'list' },
        crisis: { quickExitURL: 'https://www.bmkg.go.id/' },
        colour: 'red',
      };
      const el = await fixture<TestWidget>(html`<test-widget lang="en" .config=${config}></test-widget>`);
      await settled(el);
      expect(el.getAttribute('state')).to.equal('ready');
      expect(ownerText(el)).to.equal('');
      el.debug = true;
      await el.updateComplete;
      expect(ownerText(el)).to.contain('calender: is not a known setting and is ignored: did you mean "calendar"?');
      expect(ownerText(el)).to.contain('calendar.veiw: is not a known setting and is ignored: did you mean "view"?');
      expect(ownerText(el)).to.contain(
        'crisis.quickExitURL: is not a known setting and is ignored: did you mean "quickExitUrl"?',
      );
      expect(ownerText(el)).to.contain('colour: is not a known setting and is ignored');
      expect(ownerText(el)).not.to.contain('colour: is not a known setting and is ignored: did you mean');
      await expect(el).to.be.accessible();
      // Only the mistyped section: the missing one is the error, the typo the reason.
      const typo = await fixture<TestWidget>(
        html`<test-widget debug lang="id" .config=${{ calender: { title: 'x' } }}></test-widget>`,
      );
      await settled(typo);
      expect(typo.getAttribute('state')).to.equal('error');
      expect(ownerText(typo)).to.contain(
        'calender: bukan pengaturan yang dikenal dan diabaikan: mungkin maksud Anda "calendar"?',
      );
      // Nothing to report: the box says so.
      const fine = await fixture<TestWidget>(
        html`<test-widget debug lang="en" .config=${{ calendar: { title: 'x' } }}></test-widget>`,
      );
      await settled(fine);
      expect(ownerText(fine)).to.contain('No problems found in the config of this element.');
    } finally {
      console.warn = quiet;
    }
  });

  it('suggests only keys within a typo or two', () => {
    const known = [
      'calendar',
      'supportForm',
      'quiz',
      'directory',
      'locale',
      'locales',
      'timeZone',
      'crisis',
      'quickExitUrl',
      'lines',
    ];
    expect(closest('calender', known)).to.equal('calendar');
    expect(closest('support_form', known)).to.equal('supportForm');
    expect(closest('directroy', known)).to.equal('directory');
    expect(closest('timezone', known)).to.equal('timeZone');
    expect(closest('quickExitURL', known)).to.equal('quickExitUrl');
    expect(closest('qiz', known)).to.equal('quiz');
    expect(closest('colour', known)).to.equal(undefined);
    expect(closest('x', known)).to.equal(undefined);
    expect(closest('events', known)).to.equal(undefined);
  });
});

describe('SebayaElement consistent help', () => {
  it('closes every ready element with the same crisis-help line, unless no-help', async () => {
    const el = await fixture<TestWidget>(
      html`<test-widget lang="en" .config=${{ calendar: { title: 'x' }, crisis: { lines: [{ name: 'Hotline desa', phone: '0274 123456' }] } }}></test-widget>`,
    );
    await settled(el);
    const help = shadow(el).querySelector('[part="help"]');
    expect(help?.textContent).to.contain('Need to talk to someone now?');
    expect(help?.querySelector('a')?.getAttribute('href')).to.equal('tel:0274123456');
    expect(shadow(el).querySelector('.root')?.lastElementChild).to.equal(help);
    el.noHelp = true;
    await el.updateComplete;
    expect(shadow(el).querySelector('[part="help"]')).to.equal(null);
  });

  it('leaves the help line to the crisis panel when the page has one, but keeps it in the error view', async () => {
    const config = { calendar: { title: 'x' } };
    const wrap = await fixture<HTMLElement>(
      html`<div><sebaya-crisis-help lang="en"></sebaya-crisis-help><test-widget lang="en" .config=${config}></test-widget><test-widget lang="en" .config=${{ calendar: { title: 5 } }}></test-widget></div>`,
    );
    const [ready, broken] = [...wrap.querySelectorAll<TestWidget>('test-widget')];
    await settled(ready!);
    await settled(broken!);
    expect(textOf(ready!)).to.equal('Hello xAsia/Jakarta');
    expect(shadow(broken!).querySelector('[part="help"]')?.textContent).to.contain('Need to talk to someone now?');
    // Alone on its page, the element closes with it again.
    wrap.querySelector('sebaya-crisis-help')!.remove();
    ready!.requestUpdate();
    await ready!.updateComplete;
    expect(shadow(ready!).querySelector('[part="help"]')?.textContent).to.contain('Need to talk to someone now?');
  });

  it("offers the national line to call when the config's lines have no phone number", async () => {
    const el = await fixture<TestWidget>(
      html`<test-widget lang="id" .config=${{ calendar: { title: 'x' }, crisis: { lines: [{ name: 'TPKJM Ngunut', whatsapp: '0812 3456 7890' }] } }}></test-widget>`,
    );
    await settled(el);
    const link = shadow(el).querySelector('[part="help"] a');
    expect(link?.getAttribute('href')).to.equal('tel:119,8');
    expect(link?.textContent).to.equal('SEJIWA — Layanan Sehat Jiwa (119 ekstensi 8)');
  });
});

describe('SebayaElement offline copy', () => {
  it('shows the last good config "as of" its time when the network fails, and says so', async () => {
    await fetch('/__test__/switch?up=1');
    const url = `/__test__/switch?k=${uniq()}`;
    const first = await fixture<TestWidget>(html`<test-widget lang="en" src=${url}></test-widget>`);
    await settled(first);
    expect(textOf(first)).to.contain('Hello Saved copy');
    expect(textOf(first)).not.to.contain('No connection');
    await new Promise((r) => setTimeout(r, 100)); // the copy is written after the answer
    await fetch('/__test__/switch?up=0');
    try {
      first.reload();
      await settled(first);
      expect(first.getAttribute('state')).to.equal('ready');
      expect(textOf(first)).to.contain('Hello Saved copy');
      expect(textOf(first)).to.contain('No connection: showing the information saved on');
      await expect(first).to.be.accessible();
      await fetch('/__test__/switch?up=1');
      window.dispatchEvent(new Event('online'));
      await settled(first);
      expect(textOf(first)).not.to.contain('No connection');
    } finally {
      await fetch('/__test__/switch?up=1');
    }
  });

  it('without a saved copy, a failed network is an error with Retry', async () => {
    await fetch('/__test__/switch?up=0');
    try {
      const el = await fixture<TestWidget>(
        html`<test-widget lang="en" src=${`/__test__/switch?k=${uniq()}`}></test-widget>`,
      );
      await settled(el);
      expect(el.getAttribute('state')).to.equal('error');
      expect(textOf(el)).to.contain('Try again');
    } finally {
      await fetch('/__test__/switch?up=1');
    }
  });
});

describe('SebayaElement language', () => {
  it('takes lang from the attribute, then the page, then config.locale, then id', async () => {
    const own = await fixture<TestWidget>(
      html`<test-widget lang="en" .config=${{ locale: 'id', calendar: { title: 'A' } }}></test-widget>`,
    );
    await settled(own);
    expect(textOf(own)).to.contain('Hello A');
    const wrap = await fixture<HTMLElement>(
      html`<section lang="en-GB"><test-widget .config=${{ locale: 'id', calendar: { title: 'B' } }}></test-widget></section>`,
    );
    const inPage = wrap.querySelector('test-widget') as TestWidget;
    await settled(inPage);
    expect(textOf(inPage)).to.contain('Hello B');
    const fromConfig = document.createElement('test-widget') as TestWidget;
    fromConfig.config = { locale: 'en', calendar: { title: 'C' } };
    const noLang = await fixture<HTMLElement>(html`<div></div>`);
    const pageLang = document.documentElement.getAttribute('lang');
    document.documentElement.removeAttribute('lang');
    try {
      noLang.append(fromConfig);
      await settled(fromConfig);
      expect(textOf(fromConfig)).to.contain('Hello C');
      fromConfig.config = { calendar: { title: 'D' } };
      await settled(fromConfig);
      expect(textOf(fromConfig)).to.contain('Halo D');
    } finally {
      if (pageLang !== null) document.documentElement.setAttribute('lang', pageLang);
    }
  });

  it("takes the page's language only when the config's locales offer it; lang on the element always", async () => {
    const config = { locale: 'id', locales: ['id'], calendar: { title: 'K' } };
    const wrap = await fixture<HTMLElement>(
      html`<div lang="en-US"><test-widget .config=${config}></test-widget><test-widget lang="en" .config=${config}></test-widget><test-widget .config=${{ ...config, locales: ['id', 'en'] }}></test-widget></div>`,
    );
    const [restricted, own, offered] = [...wrap.querySelectorAll<TestWidget>('test-widget')];
    await Promise.all([restricted, own, offered].map((el) => settled(el!)));
    expect(textOf(restricted!)).to.contain('Halo K');
    expect(textOf(own!)).to.contain('Hello K');
    expect(textOf(offered!)).to.contain('Hello K');
  });

  it('re-renders when the page language changes', async () => {
    const wrap = await fixture<HTMLElement>(
      html`<div lang="id"><test-widget .config=${{ calendar: { title: 'X' } }}></test-widget></div>`,
    );
    const el = wrap.querySelector('test-widget') as TestWidget;
    await settled(el);
    expect(textOf(el)).to.contain('Halo X');
    wrap.setAttribute('lang', 'en');
    await new Promise((r) => setTimeout(r, 0));
    await el.updateComplete;
    expect(textOf(el)).to.contain('Hello X');
  });

  it('uses a language the config adds, with overrides of built-in strings', async () => {
    const config = {
      locale: 'id',
      messages: { jv: { 'calendar.hello': 'Sugeng {name}' }, en: { 'calendar.hello': 'Welcome {name}' } },
      calendar: { title: { id: 'Kegiatan', en: 'Activities' } },
    };
    const jv = await fixture<TestWidget>(html`<test-widget lang="jv" .config=${config}></test-widget>`);
    await settled(jv);
    expect(textOf(jv)).to.contain('Sugeng Kegiatan');
    const en = await fixture<TestWidget>(html`<test-widget lang="en" .config=${config}></test-widget>`);
    await settled(en);
    expect(textOf(en)).to.contain('Welcome Activities');
    const fr = await fixture<TestWidget>(html`<test-widget lang="fr" .config=${config}></test-widget>`);
    await settled(fr);
    expect(textOf(fr)).to.contain('Halo Kegiatan');
  });

  it('defaults the time zone to Asia/Jakarta and takes the config one', async () => {
    const a = await fixture<TestWidget>(html`<test-widget .config=${{ calendar: { title: 'x' } }}></test-widget>`);
    await settled(a);
    expect(shadow(a).querySelector('.tz')?.textContent).to.equal('Asia/Jakarta');
    const b = await fixture<TestWidget>(
      html`<test-widget .config=${{ timeZone: 'Asia/Makassar', calendar: { title: 'x' } }}></test-widget>`,
    );
    await settled(b);
    expect(shadow(b).querySelector('.tz')?.textContent).to.equal('Asia/Makassar');
  });
});

describe('defineElement', () => {
  it('does not throw when a tag is defined twice', () => {
    expect(() => {
      defineElement('test-widget', class extends TestWidget {});
      defineElement('test-widget', TestWidget);
    }).not.to.throw();
    expect(customElements.get('test-widget')).to.equal(TestWidget);
  });
});
