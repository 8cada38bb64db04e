/**
 * The importers in the calendar and directory task pages (src/builder/task-imports.ts): a real .ics
 * and the real directory template through <sebaya-import>, into the config, with what was left out
 * and why, undo, focus, the live notice, 360 px, axe, id + en.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import '../../src/builder/define.js';
import '../../src/builder/import/define.js';
import type { SebayaBuilder } from '../../src/builder/builder.js';
import { DRAFT_KEY } from '../../src/builder/model.js';
import { DIRECTORY_TEMPLATE } from '../../src/builder/directory-template.js';
import { stillThere, withoutImport } from '../../src/builder/task-imports.js';
import { fixtureText } from './import/fixtures.js';

const root = (el: HTMLElement) => el.shadowRoot!;
const byText = <T extends HTMLElement>(scope: ParentNode, selector: string, text: string): T => {
  const found = [...scope.querySelectorAll<T>(selector)].find((e) => e.textContent?.includes(text));
  if (!found) throw new Error(`no ${selector} says “${text}”`);
  return found;
};
const deepActive = (): Element | null => {
  let a = document.activeElement;
  while (a?.shadowRoot?.activeElement) a = a.shadowRoot.activeElement;
  return a;
};
/** Waits (up to 5 s) until `ready()` holds: a chunk or a file read may take a while on a busy machine. */
async function until(el: SebayaBuilder, ready: () => unknown, what: string) {
  for (const start = Date.now(); !ready();) {
    if (Date.now() - start > 5000) throw new Error(`waited 5 s for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
  await el.updateComplete;
}
const hasButton = (scope: ParentNode, text: string) =>
  [...scope.querySelectorAll('button')].some((b) => b.textContent?.includes(text));
const result = (el: SebayaBuilder) => root(el).querySelector<HTMLElement>('.task-import-result');

async function mount(lang: 'id' | 'en', config?: unknown): Promise<SebayaBuilder> {
  if (config) localStorage.setItem(DRAFT_KEY, JSON.stringify({ config, done: [] }));
  const el = await fixture<SebayaBuilder>(html`<sebaya-builder lang=${lang}></sebaya-builder>`);
  el.flush();
  await el.updateComplete;
  await customElements.whenDefined('sebaya-import');
  return el;
}

async function openTask(el: SebayaBuilder, name: string) {
  byText(root(el), '.tasks a', name).click();
  await el.updateComplete;
}

const importer = (el: SebayaBuilder) =>
  root(el).querySelector('sebaya-import') as HTMLElement & { updateComplete: Promise<boolean> };

async function paste(el: SebayaBuilder, text: string) {
  const imp = importer(el);
  await imp.updateComplete;
  (root(imp).querySelector('#paste') as HTMLTextAreaElement).value = text;
  (root(imp).querySelector('button[type="submit"]') as HTMLButtonElement).click();
  await until(el, () => root(imp).querySelector('.step h4'), 'the file read');
  await imp.updateComplete;
}

describe('importers in the task pages', function () {
  this.timeout(30_000);
  beforeEach(() => {
    localStorage.removeItem(DRAFT_KEY);
    history.replaceState(null, '', location.pathname);
  });
  afterEach(() => setViewport({ width: 800, height: 600 }));

  it('the downloadable directory template is docs/directory-template.csv', async () => {
    const docs = await (await fetch(new URL('../../docs/directory-template.csv', import.meta.url))).text();
    expect(DIRECTORY_TEMPLATE).to.equal(docs);
  });

  it('directory (en, 360 px): the template CSV becomes two places, reported, undoable; axe clean', async () => {
    await setViewport({ width: 360, height: 740 });
    const el = await mount('en', { organization: { name: 'Kalurahan Playen' } });
    await openTask(el, 'Service directory');
    expect(byText(root(el), '.task-import p', 'directory template')).to.exist;
    let downloaded: { name: string; text: Promise<string> } | undefined;
    const onClick = (e: Event) => {
      const a = e.target as HTMLAnchorElement;
      if (a.localName === 'a' && a.download) {
        e.preventDefault();
        downloaded = { name: a.download, text: fetch(a.href).then((r) => r.text()) };
      }
    };
    root(el).addEventListener('click', onClick, true);
    byText(root(el), 'button.template', 'Download the directory template').click();
    root(el).removeEventListener('click', onClick, true);
    expect(downloaded?.name).to.match(/\.csv$/);
    expect(await downloaded?.text).to.equal(DIRECTORY_TEMPLATE);
    expect(root(importer(el)).textContent).to.contain('Import places from a spreadsheet (CSV)');
    await expect(el).to.be.accessible();

    await paste(el, await fixtureText('directory-template.csv'));
    byText(root(importer(el)), 'button', 'Import places').click();
    await until(el, () => hasButton(root(importer(el)), 'Add to the config'), 'the report');
    byText(root(importer(el)), 'button', 'Add to the config').click();
    await until(el, () => result(el) && deepActive() === result(el), 'the result, focused');
    const resources = (el.config.directory as { sources: { resources: { id: string }[] }[] }).sources[0]!.resources;
    expect(resources.map((r) => r.id)).to.deep.equal(['pkm-contoh', 'kelompok-contoh']);
    expect(el.config.organization).to.deep.equal({ name: 'Kalurahan Playen' });
    expect(JSON.parse(localStorage.getItem(DRAFT_KEY) ?? '{}').config).to.deep.equal(el.config);
    expect(result(el)?.textContent).to.contain('2 places added to the directory.');
    expect(deepActive()).to.equal(result(el));
    expect(root(el).querySelector('.notice')?.textContent).to.contain('2 places added to the directory.');
    // The imported source is in the task's own list right away.
    expect(root(el).querySelector('[data-item="directory.sources[0]"]')).to.exist;
    await expect(el).to.be.accessible();
    expect(document.documentElement.scrollWidth, 'no sideways scrolling at 360 px').to.be.at.most(360);

    byText(root(el), '.task-import-result button', 'Undo this import').click();
    await until(el, () => !result(el) && root(importer(el)).contains(deepActive()), 'the importer, focused');
    expect(el.config).to.deep.equal({ organization: { name: 'Kalurahan Playen' } });
    expect(root(el).querySelector('.task-import-result')).to.equal(null);
    expect(root(el).querySelector('.notice')?.textContent).to.contain('Import undone');
    expect(root(importer(el)).contains(deepActive())).to.equal(true);
  });

  it('calendar (id): a real .ics adds its events beside the owner’s, names what it left out, undo keeps later edits', async () => {
    const mine = { id: 'kelompok', title: 'Kelompok sebaya', start: '2026-12-03T19:30' };
    const el = await mount('id', { timeZone: 'Asia/Jakarta', calendar: { sources: [{ events: [mine] }] } });
    await openTask(el, 'Kalender');
    expect(root(importer(el)).textContent).to.contain('Impor acara dari berkas .ics atau alamatnya');
    expect(importer(el).getAttribute('time-zone')).to.equal('Asia/Jakarta');
    await paste(el, await fixtureText('ICal.ics'));
    byText(root(importer(el)), 'button', 'Masukkan ke konfigurasi').click();
    await until(el, () => result(el), 'the result');
    const events = () => (el.config.calendar as { sources: { events: { id: string }[] }[] }).sources[0]!.events;
    const count = events().length - 1;
    expect(count).to.be.greaterThan(5);
    expect(events()[0]).to.deep.equal(mine);
    const last = result(el)!;
    expect(last.textContent).to.contain(`${count} acara dimasukkan ke kalender.`);
    expect(last.textContent).to.contain('dilewati');
    expect(last.querySelector('li .where')?.textContent).to.match(/^VEVENT \d+ \(line \d+\)$/);
    expect(last.querySelector('li')?.textContent).to.contain('DTSTART');
    await expect(el).to.be.accessible();

    // The owner adds a category after the import; undo takes out the imported events only.
    el.edit('calendar.categories', [{ id: 'peer', label: 'Sebaya' }]);
    byText(root(el), '.task-import-result button', 'Urungkan impor ini').click();
    await until(el, () => !result(el), 'the undo');
    expect(el.config.calendar).to.deep.equal({
      sources: [{ events: [mine] }],
      categories: [{ id: 'peer', label: 'Sebaya' }],
    });
    expect(root(el).querySelector('.notice')?.textContent).to.contain('Impor dibatalkan');
  });

  it('a calendar address becomes a feed source, and its undo removes just that source', async () => {
    const el = await mount('en');
    await openTask(el, 'Calendar');
    const imp = importer(el);
    await imp.updateComplete;
    (root(imp).querySelector('#url') as HTMLInputElement).value = 'webcal://kalender.example/desa.ics';
    byText(root(imp), 'button', 'Use this address').click();
    await until(el, () => hasButton(root(imp), 'Add to the config'), 'the report');
    byText(root(imp), 'button', 'Add to the config').click();
    await until(el, () => result(el), 'the result');
    const sources = (el.config.calendar as { sources: { url?: string }[] }).sources;
    expect(sources).to.have.length(1);
    expect(sources[0]?.url).to.equal('https://kalender.example/desa.ics');
    expect(root(el).querySelector('.task-import-result')?.textContent).to.contain('calendar address was added');
    byText(root(el), '.task-import-result button', 'Undo this import').click();
    await until(el, () => !result(el), 'the undo');
    expect(el.config.calendar).to.equal(undefined);
  });

  it('forgets the last import once none of it is left (start again, another config)', async () => {
    const el = await mount('en');
    await openTask(el, 'Service directory');
    await paste(el, await fixtureText('directory-template.csv'));
    byText(root(importer(el)), 'button', 'Import places').click();
    await until(el, () => hasButton(root(importer(el)), 'Add to the config'), 'the report');
    byText(root(importer(el)), 'button', 'Add to the config').click();
    await until(el, () => result(el), 'the result');
    el.startAgain();
    el.view = 'directory';
    await el.updateComplete;
    expect(result(el), 'no undo of an import that is gone').to.equal(null);
  });

  it('the other tasks have no importer', async () => {
    const el = await mount('en');
    await openTask(el, 'Crisis lines');
    expect(root(el).querySelector('.task-import')).to.equal(null);
  });

  it('withoutImport keeps a source the owner had and drops one the import made; stillThere', () => {
    expect(
      stillThere({ sources: [{ events: [{ id: 'a' }] }] }, { target: 'calendar.events', items: [{ id: 'a' }] }),
    ).to.equal(true);
    expect(
      stillThere({ sources: [{ events: [{ id: 'b' }] }] }, { target: 'calendar.events', items: [{ id: 'a' }] }),
    ).to.equal(false);
    expect(stillThere({ sources: [{ url: 'u' }] }, { target: 'calendar.sources', items: [{ url: 'u' }] })).to.equal(
      true,
    );
    expect(stillThere(undefined, { target: 'directory.places', items: [{ id: 'a' }] })).to.equal(false);
    const done = { target: 'directory.places', items: [{ id: 'a' }], before: undefined };
    expect(withoutImport({ sources: [{ resources: [{ id: 'a' }] }] }, done)).to.equal(undefined);
    const had = { sources: [{ resources: [{ id: 'x' }] }] };
    expect(
      withoutImport({ sources: [{ resources: [{ id: 'x' }, { id: 'a' }] }] }, { ...done, before: had }),
    ).to.deep.equal(had);
  });
});
