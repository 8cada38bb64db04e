/**
 * Issue #17, "Done when": 200 broken configs from the hardening generator (test/hardening/
 * broken-corpus.ts), imported through the builder's own page, half pasted and half as a chosen file.
 * Each shows a clear, located message in the importer (a config path, "the config", or a line and
 * column), and the owner's work from before (the config and the autosaved draft) is untouched. For
 * every fourth, the owner adds it anyway: the error summary names a path, and "Undo import" brings
 * back their work exactly. One builder for all 200, so the whole run is bounded (≈ 1 minute).
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/builder/define.js';
import '../../src/builder/import/define.js';
import type { SebayaBuilder } from '../../src/builder/builder.js';
import { DRAFT_KEY } from '../../src/builder/model.js';
import { validateConfig } from '../../src/core/config/validate.js';
import { SiteConfig } from '../../src/site-schema.js';
import { corpus } from '../hardening/broken-corpus.js';

/** "crisis.lines[0].phone: …", "the config: …", "Line 3, column 7: …" (either language). */
const LOCATED =
  /^(([A-Za-z$_][\w$]*(\.[A-Za-z$_][\w$]*|\[\d+\]|\["[^"]*"\])*|the config|konfigurasi): |(Line|Baris) \d+, (column|kolom) \d+: |The config must be a JSON object|Konfigurasi harus berupa objek JSON)/;

const OWNER = {
  organization: { name: 'Kalurahan Playen' },
  crisis: { lines: [{ name: 'SEJIWA', phone: '119', extension: '8' }] },
};

const root = (el: HTMLElement) => el.shadowRoot!;
const button = (scope: ParentNode, label: string) =>
  [...scope.querySelectorAll<HTMLButtonElement>('button')].find((x) => x.textContent?.trim() === label);
const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));
type Lit = HTMLElement & { updateComplete: Promise<boolean> };

function broken(): { name: string; json: string }[] {
  const seen = new Set<string>();
  const all = corpus().flatMap((c) => {
    const json = JSON.stringify(c.config);
    if (seen.has(json)) return [];
    seen.add(json);
    if (c.config && typeof c.config === 'object' && !Array.isArray(c.config))
      try {
        if (validateConfig(SiteConfig, c.config).ok) return [];
      } catch {
        // Too deep for the checker: broken too.
      }
    return [{ name: `${c.tag} ${c.name}`, json }];
  });
  // 200 spread over the whole corpus (every element's base, every kind of breakage).
  const step = all.length / 200;
  return Array.from({ length: 200 }, (_, i) => all[Math.floor(i * step)]!);
}

describe('200 broken configs through the builder page', function () {
  this.timeout(300_000);

  it('each: a located message, and the owner’s config and draft untouched (or restored by undo)', async () => {
    const cases = broken();
    expect(cases).to.have.length(200);
    expect(new Set(cases.map((c) => c.json)).size, 'all different').to.equal(200);
    localStorage.setItem(DRAFT_KEY, JSON.stringify({ config: OWNER, done: ['organisation'] }));
    const el = await fixture<SebayaBuilder>(html`<sebaya-builder lang="en"></sebaya-builder>`);
    await customElements.whenDefined('sebaya-import');
    await el.updateComplete;
    const draft = localStorage.getItem(DRAFT_KEY);
    const imp = root(el).querySelector('sebaya-import[kind="config"]') as Lit;
    const problems: string[] = [];
    const started = performance.now();
    let added = 0;

    for (const [i, c] of cases.entries()) {
      await imp.updateComplete;
      if (i % 2) {
        const transfer = new DataTransfer();
        transfer.items.add(new File([c.json], 'sebaya.json', { type: 'application/json' }));
        (root(imp).querySelector('#file') as HTMLInputElement).files = transfer.files;
      } else (root(imp).querySelector('#paste') as HTMLTextAreaElement).value = c.json;
      button(root(imp), 'Read')!.click();
      for (const start = Date.now(); !root(imp).querySelector('.step h4') && Date.now() - start < 5000;) {
        await pause(10);
        await imp.updateComplete;
      }
      const report = root(imp).querySelector('.step');
      const lines = [...(report?.querySelectorAll('li') ?? [])].map((li) => li.textContent?.trim() ?? '');
      if (!report?.querySelector('h4')) problems.push(`${c.name}: no report`);
      else if (!lines.some((l) => LOCATED.test(l)))
        problems.push(
          `${c.name}: nothing located in “${(report.textContent ?? '').replace(/\s+/g, ' ').slice(0, 160)}”`,
        );
      if (JSON.stringify(el.config) !== JSON.stringify(OWNER))
        problems.push(`${c.name}: the config changed on reading`);
      if (localStorage.getItem(DRAFT_KEY) !== draft) problems.push(`${c.name}: the draft changed on reading`);

      const add = button(root(imp), 'Add to the config');
      if (add && i % 4 === 0) {
        added += 1;
        add.click();
        await el.updateComplete;
        el.flush();
        await el.updateComplete;
        const summary = [...root(el).querySelectorAll('.summary li')].map((li) => li.textContent?.trim() ?? '');
        if (!summary.some((s) => LOCATED.test(s)))
          problems.push(`${c.name}: the summary names no path (“${summary.slice(0, 2).join(' | ').slice(0, 160)}”)`);
        const undo = button(root(el), 'Undo import');
        if (!undo) problems.push(`${c.name}: no “Undo import”`);
        undo?.click();
        await el.updateComplete;
        if (JSON.stringify(el.config) !== JSON.stringify(OWNER))
          problems.push(`${c.name}: undo lost the owner’s config`);
        if (JSON.parse(localStorage.getItem(DRAFT_KEY) ?? '{}').config === undefined)
          problems.push(`${c.name}: no draft after undo`);
        else if (JSON.stringify(JSON.parse(localStorage.getItem(DRAFT_KEY)!).config) !== JSON.stringify(OWNER))
          problems.push(`${c.name}: undo did not restore the draft`);
      } else button(root(imp), 'Start again')?.click();
      await imp.updateComplete;
    }
    const seconds = (performance.now() - started) / 1000;
    expect(problems).to.deep.equal([]);
    expect(added).to.be.at.least(40);
    expect(el.done).to.deep.equal(['organisation']);
    expect(seconds, 'bounded in time').to.be.below(240);
  });
});
