/**
 * What the owner wrote stays written: a yes/no field set to the value the element would use anyway
 * (`"download": false`) survives being ticked and unticked again, and a config with explicit
 * defaults exports unchanged. Only "Back to the default" takes the key out.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/builder/define.js';
import '../../src/builder/editors/define.js';
import type { SebayaBuilder } from '../../src/builder/builder.js';
import { DRAFT_KEY, type Config } from '../../src/builder/model.js';
import { configJson } from '../../src/builder/views.js';

const root = (el: SebayaBuilder) => el.renderRoot as ShadowRoot;
const until = async (ok: () => boolean, what: string) => {
  for (let i = 0; i < 500 && !ok(); i++) await new Promise((r) => setTimeout(r, 10));
  if (!ok()) throw new Error(`timed out waiting for ${what}`);
};
type Editor = HTMLElement & { path?: string; updateComplete: Promise<unknown> };
const editorAt = (el: SebayaBuilder, path: string) =>
  [...root(el).querySelectorAll<Editor>('*')].find((e) => e.localName.startsWith('sebaya-edit-') && e.path === path);

/** Explicit values equal to the elements' defaults (quiz.shuffle, calendar.view/weekStart, supportForm.replies, directory.download). */
const CONFIG: Config = {
  organization: { name: 'Posyandu Jiwa Sukamaju' },
  calendar: {
    view: 'month',
    weekStart: 'mo',
    sources: [{ name: 'Kegiatan', events: [{ id: 'a', title: 'Kumpul', start: '2026-01-08' }] }],
  },
  quiz: { shuffle: true, mode: 'learn' },
  supportForm: { endpoint: 'https://desa.example/kirim', replies: false },
  directory: {
    download: false,
    sources: [{ resources: [{ id: 'p', name: 'Puskesmas', category: 'health', phone: '+62 274 391021' }] }],
  },
};

async function mount(): Promise<SebayaBuilder> {
  localStorage.setItem(DRAFT_KEY, JSON.stringify({ config: CONFIG, done: [] }));
  const el = await fixture<SebayaBuilder>(html`<sebaya-builder lang="en"></sebaya-builder>`);
  el.flush();
  await el.updateComplete;
  return el;
}

async function box(el: SebayaBuilder, path: string): Promise<{ editor: Editor; input: HTMLInputElement }> {
  await el.focusPath(path);
  await until(() => Boolean(editorAt(el, path)?.shadowRoot), `the editor of ${path}`);
  const editor = editorAt(el, path)!;
  await editor.updateComplete;
  return { editor, input: editor.shadowRoot!.querySelector<HTMLInputElement>('input[type=checkbox]')! };
}

describe('builder: explicit values equal to the defaults', () => {
  afterEach(() => localStorage.removeItem(DRAFT_KEY));

  it('survive ticking and unticking back, and export unchanged', async () => {
    const el = await mount();
    for (const path of ['directory.download', 'quiz.shuffle', 'supportForm.replies']) {
      const { editor, input } = await box(el, path);
      const before = input.checked;
      input.click();
      await el.updateComplete;
      await editor.updateComplete;
      input.click();
      await el.updateComplete;
      await editor.updateComplete;
      expect(input.checked, path).to.equal(before);
    }
    expect(configJson(el.config)).to.equal(configJson(CONFIG));
    expect(JSON.parse(configJson(el.config))).to.deep.equal(CONFIG);
  });

  it('“Back to the default” is what takes the key out', async () => {
    const el = await mount();
    const { editor } = await box(el, 'directory.download');
    const back = editor.shadowRoot!.querySelector<HTMLButtonElement>('button.reset')!;
    expect(back.textContent.trim()).to.equal('Back to the default (no)');
    back.click();
    await el.updateComplete;
    expect('download' in (el.config.directory as Record<string, unknown>)).to.equal(false);
    await expect(el).to.be.accessible();
  });
});
