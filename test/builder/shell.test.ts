import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/builder/define.js';
import '../../src/crisis-help/define.js';
import type { SebayaBuilder } from '../../src/builder/builder.js';
import { configJson, snippets } from '../../src/builder/views.js';
import { DRAFT_KEY, toFragment } from '../../src/builder/model.js';

const root = (el: SebayaBuilder) => el.renderRoot as ShadowRoot;
const $ = <T extends Element = HTMLElement>(el: SebayaBuilder, selector: string) => {
  const found = root(el).querySelector<T>(selector);
  if (!found) throw new Error(`nothing matches ${selector}`);
  return found;
};
const byText = (el: SebayaBuilder, selector: string, text: string): HTMLElement => {
  const found = [...root(el).querySelectorAll<HTMLElement>(selector)].find((e) => e.textContent?.includes(text));
  if (!found) throw new Error(`no ${selector} says “${text}”`);
  return found;
};
const type = async (input: HTMLInputElement, text: string) => {
  input.focus();
  await sendKeys({ type: text });
};
const deepActive = (): Element | null => {
  let a = document.activeElement;
  while (a?.shadowRoot?.activeElement) a = a.shadowRoot.activeElement;
  return a;
};

/** Waits (up to 5 s) for the lazy parts to do what `ok` checks. */
const until = async (ok: () => boolean, what: string) => {
  for (let i = 0; i < 500 && !ok(); i++) await new Promise((r) => setTimeout(r, 10));
  if (!ok()) throw new Error(`timed out waiting for ${what}`);
};

async function mount(): Promise<SebayaBuilder> {
  const el = await fixture<SebayaBuilder>(html`<sebaya-builder lang="en"></sebaya-builder>`);
  el.flush();
  await el.updateComplete;
  return el;
}

async function openTask(el: SebayaBuilder, name: string) {
  byText(el, '.tasks a', name).click();
  await el.updateComplete;
  // The field editors are a lazy chunk: the task page shows them once they are in.
  await until(() => !root(el).querySelector('.loading'), 'the task page’s fields');
  await el.updateComplete;
}

describe('<sebaya-builder> shell', () => {
  beforeEach(() => {
    localStorage.removeItem(DRAFT_KEY);
    history.replaceState(null, '', location.pathname);
  });

  it('lists the seven tasks with their status, and is accessible', async () => {
    const el = await mount();
    const rows = [...root(el).querySelectorAll('.tasks li')].map((li) => li.textContent?.replace(/\s+/g, ' ').trim());
    expect(rows).to.have.length(7);
    expect(rows[0]).to.equal('Organisation and languages Not started');
    await expect(el).to.be.accessible();
    el.lang = 'id';
    await el.updateComplete;
    expect($(el, '.tasks li').textContent).to.include('Belum dimulai');
  });

  it('builds crisis lines by typing: the config, the draft and the preview follow', async () => {
    const el = await mount();
    await openTask(el, 'Crisis lines');
    expect(deepActive()?.localName).to.equal('h2');
    byText(el, 'button.add', 'Add').click();
    await el.updateComplete;
    await type($(el, '[data-path="crisis.lines[0].name"]'), 'Sejiwa');
    await type($(el, '[data-path="crisis.lines[0].phone"]'), '119');
    expect(el.config).to.deep.equal({ crisis: { lines: [{ name: 'Sejiwa', phone: '119' }] } });
    expect(JSON.parse(localStorage.getItem(DRAFT_KEY) ?? '{}').config).to.deep.equal(el.config);
    await new Promise((r) => setTimeout(r, 60));
    await el.updateComplete;
    const preview = $<HTMLElement & { config: unknown }>(el, '.stage sebaya-crisis-help');
    expect(preview.config).to.deep.equal(el.config);
    await expect(el).to.be.accessible();
  });

  it('reorders a list by keyboard, focus following the item, and undoes a removal in place', async () => {
    localStorage.setItem(
      DRAFT_KEY,
      JSON.stringify({ config: { crisis: { lines: [{ name: 'A' }, { name: 'B' }, { name: 'C' }] } }, done: [] }),
    );
    const el = await mount();
    await openTask(el, 'Crisis lines');
    const down = $(el, 'li[data-item="crisis.lines[0]"] button.move-down');
    down.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    await el.updateComplete;
    const names = () => (el.config.crisis as { lines: { name: string }[] }).lines.map((l) => l.name);
    expect(names()).to.deep.equal(['B', 'A', 'C']);
    expect(deepActive()?.getAttribute('aria-label')).to.equal('Move down: Crisis line 2: A');
    expect($(el, '.notice').textContent).to.include('A moved to position 2 of 3.');
    $(el, 'li[data-item="crisis.lines[1]"] button.remove').click();
    await el.updateComplete;
    await el.updateComplete;
    expect(names()).to.deep.equal(['B', 'C']);
    expect($(el, '.notice').getAttribute('role')).to.equal('status');
    expect(deepActive()?.classList.contains('undo')).to.equal(true);
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(names()).to.deep.equal(['B', 'A', 'C']);
    expect($(el, '.notice').textContent).to.include('A restored.');
  });

  it('sums up problems with the elements’ messages; a link focuses the field', async () => {
    localStorage.setItem(
      DRAFT_KEY,
      JSON.stringify({ config: { crisis: { lines: [{ name: 'Sejiwa', phone: 'call me' }] } }, done: [] }),
    );
    const el = await mount();
    expect(byText(el, '.tasks li', 'Crisis lines').textContent).to.include('Has problems');
    byText(el, 'button', 'Check the config').click();
    await el.updateComplete;
    const summary = $(el, '.summary');
    expect(summary.getAttribute('role')).to.equal('alert');
    const link = byText(el, '.summary a', 'crisis.lines[0].phone');
    link.click();
    await el.updateComplete;
    await el.updateComplete;
    // The focus is in the field editor of that path, which shows the same message.
    const find = () =>
      [...root(el).querySelectorAll<HTMLElement & { path?: string; error?: string }>('*')].find(
        (e) => e.localName.startsWith('sebaya-edit-') && e.path === 'crisis.lines[0].phone',
      );
    await until(() => Boolean(find()?.shadowRoot?.activeElement), 'the focus in the phone editor');
    const editor = find();
    expect(editor, 'the phone editor').to.exist;
    expect(editor!.shadowRoot!.activeElement, 'focus inside the editor').to.exist;
    // The same words, without the path: the field is the path.
    expect(`crisis.lines[0].phone: ${editor!.error}`).to.equal(link.textContent);
    expect(editor!.shadowRoot!.textContent).not.to.include('crisis.lines[0]');
    expect(editor!.shadowRoot!.activeElement!.getAttribute('aria-invalid')).to.equal('true');
  });

  it('imports a real config through <sebaya-import>, refuses broken JSON with its line and column, and undoes the import', async () => {
    localStorage.setItem(DRAFT_KEY, JSON.stringify({ config: { organization: { name: 'Mine' } }, done: [] }));
    const el = await mount();
    // The importer is a lazy chunk: it takes the plain controls' place when it arrives.
    await until(() => Boolean(root(el).querySelector('sebaya-import')?.shadowRoot), '<sebaya-import>');
    const importer = $(el, 'sebaya-import');
    const inner = importer.shadowRoot!;
    const read = async (text: string) => {
      const label = [...inner.querySelectorAll('label')].find((l) => l.textContent?.includes('paste'));
      (inner.getElementById(label!.htmlFor) as HTMLTextAreaElement).value = text;
      [...inner.querySelectorAll('button')].find((b) => b.textContent?.trim() === 'Read')!.click();
      await new Promise((r) => setTimeout(r, 150));
      await (importer as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    };
    await read('{\n  "locale": "id",\n}');
    expect(inner.textContent).to.match(/line 2, column 1[67]/i);
    expect(el.config).to.deep.equal({ organization: { name: 'Mine' } });
    [...inner.querySelectorAll('button')].find((b) => b.textContent?.trim() === 'Start again')?.click();
    await (importer as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    const demo = await (await fetch('/demo/sebaya.json')).text();
    await read(demo);
    [...inner.querySelectorAll('button')].find((b) => b.textContent?.trim() === 'Add to the config')!.click();
    await el.updateComplete;
    // Round trip: what comes out is the same config, apart from formatting.
    expect(JSON.parse(configJson(el.config))).to.deep.equal(JSON.parse(demo));
    byText(el, 'button', 'Undo import').click();
    await el.updateComplete;
    expect(el.config).to.deep.equal({ organization: { name: 'Mine' } });
  });

  it('keeps “Undo import” across a reload, and forgets it once used', async () => {
    localStorage.setItem(DRAFT_KEY, JSON.stringify({ config: { organization: { name: 'Mine' } }, done: [] }));
    const first = await mount();
    first.importConfig({ locale: 'en', crisis: { lines: [{ name: 'Imported', phone: '119' }] } });
    await first.updateComplete;
    first.remove();
    // The page is reloaded (or the browser closed) before the owner sees the import was wrong.
    const again = await mount();
    expect(again.config).to.deep.equal({ locale: 'en', crisis: { lines: [{ name: 'Imported', phone: '119' }] } });
    byText(again, 'button', 'Undo import').click();
    await again.updateComplete;
    expect(again.config).to.deep.equal({ organization: { name: 'Mine' } });
    const saved = JSON.parse(localStorage.getItem(DRAFT_KEY) ?? '{}') as Record<string, unknown>;
    expect(saved.config).to.deep.equal({ organization: { name: 'Mine' } });
    expect(saved).not.to.have.property('previous');
  });

  it('opens a shared link’s config and keeps the draft restorable', async () => {
    localStorage.setItem(DRAFT_KEY, JSON.stringify({ config: { locale: 'en' }, done: [] }));
    history.replaceState(null, '', `${location.pathname}${toFragment({ locale: 'id', timeZone: 'Asia/Jakarta' })}`);
    const el = await mount();
    expect(el.config).to.deep.equal({ locale: 'id', timeZone: 'Asia/Jakarta' });
    byText(el, 'button', 'Undo import').click();
    await el.updateComplete;
    expect(el.config).to.deep.equal({ locale: 'en' });
  });

  it('starts again only after a confirmation, and can undo it', async () => {
    localStorage.setItem(DRAFT_KEY, JSON.stringify({ config: { locale: 'en' }, done: [] }));
    const el = await mount();
    byText(el, 'button', 'Start again').click();
    await el.updateComplete;
    expect(el.config).to.deep.equal({ locale: 'en' });
    byText(el, 'button', 'Yes, start again').click();
    await el.updateComplete;
    expect(el.config).to.deep.equal({});
    byText(el, '.notice button', 'Undo').click();
    await el.updateComplete;
    expect(el.config).to.deep.equal({ locale: 'en' });
  });

  it('fills the embed snippets with the config address', async () => {
    const el = await mount();
    const url = $<HTMLInputElement>(el, '#embed-url');
    await type(url, 'https://desa.example/sebaya.json');
    await el.updateComplete;
    const snippets = [...root(el).querySelectorAll('.snippet')].map((s) => s.textContent ?? '');
    expect(snippets[0]).to.include('<script type="module" src="https://desa.example/sebaya/sebaya.js"></script>');
    expect(snippets[0]).to.include('<sebaya-crisis-help src="https://desa.example/sebaya.json" lang="en">');
    expect(snippets[1]).to.include('data-sebaya="crisis-help" data-src="https://desa.example/sebaya.json"');
    expect(snippets[4]).to.include('frame/crisis-help.html?config=https%3A%2F%2Fdesa.example%2Fsebaya.json');
  });

  it('puts a number to call and the way out inside the crisis panel’s snippet, hidden once the panel shows', async () => {
    const config = { crisis: { lines: [{ name: 'Relawan <Ngunut>', whatsapp: '+62 812-0000-0000' }] } };
    const all = snippets(config, 'https://desa.example/sebaya.json', 'id');
    for (const host of ['static', 'opensid', 'wordpress', 'blogger'] as const) {
      expect(all[host], host).to.include(
        '<a href="https://wa.me/6281200000000">Relawan &lt;Ngunut>: WhatsApp +62 812-0000-0000</a>',
      );
      expect(all[host], host).to.include('<a href="https://www.bmkg.go.id/">Keluar cepat</a>');
    }
    // Without a config of its own: the national line.
    expect(snippets({}, '', 'en').static).to.include(
      '<a href="tel:119,8">SEJIWA — mental-health counselling line (119 ext. 8): Call 119 ext. 8</a>',
    );
    // In the page, the links show until the panel renders; then the panel shows its own.
    const host = document.createElement('div');
    host.innerHTML = (all.static ?? '')
      .replace(/<script[^>]*><\/script>/, '')
      .replace('src="https://desa.example/sebaya.json"', '');
    document.body.append(host);
    const panel = host.querySelector<HTMLElement & { updateComplete: Promise<unknown> }>('sebaya-crisis-help')!;
    await panel.updateComplete;
    const link = panel.querySelector('a')!;
    expect(link.getClientRects().length).to.equal(0);
    expect(panel.shadowRoot?.textContent).to.include('119');
    host.remove();
  });

  it('gives Blogger the classic script and the config inline, XML-safe, reading back the same', async () => {
    const config = {
      organization: { name: 'Tim <Jiwa> & Sehat' },
      crisis: { lines: [{ name: 'A & B </script>', phone: '119' }] },
      quiz: {},
    };
    const blogger = snippets(config, 'https://desa.example/sebaya.json', 'id').blogger ?? '';
    expect(blogger).to.match(
      /^<script src="https:\/\/desa\.example\/sebaya\/sebaya\.classic\.js" defer="defer"><\/script>/,
    );
    // Well-formed XML (Blogger's theme), and no raw & or < inside the JSON.
    const xml = new DOMParser().parseFromString(`<gadget>${blogger}</gadget>`, 'application/xml');
    expect(xml.querySelector('parsererror')).to.equal(null);
    const inline = [...xml.querySelectorAll('script[type="application/json"]')];
    expect(inline.map((s) => s.parentElement?.localName)).to.deep.equal(['sebaya-crisis-help', 'sebaya-quiz']);
    for (const s of inline) expect(JSON.parse(s.textContent ?? '')).to.deep.equal(config);
    // And as HTML, the page Blogger serves: the element reads the same config.
    const host = document.createElement('div');
    host.innerHTML = blogger.replace(/<script src[^>]*><\/script>/, '');
    const read = host.querySelector('sebaya-crisis-help script')?.textContent ?? '';
    expect(JSON.parse(read)).to.deep.equal(config);
  });
});
