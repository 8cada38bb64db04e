import { expect } from '@open-wc/testing';
import { validateConfig } from '../../../src/core/config/validate.js';
import { importConfig } from '../../../src/builder/import/config.js';
import { SiteConfig } from '../../../src/site-schema.js';
import { corpus } from '../../hardening/broken-corpus.js';

const text = async (path: string) => (await fetch(new URL(path, import.meta.url))).text();

/** A config path (`calendar.sources[0].start`), `config`, or `line 3, column 26`. */
const LOCATED = /^(config|line \d+, column \d+|[A-Za-z$_][\w$]*(\.[A-Za-z$_][\w$]*|\[\d+\]|\["[^"]*"\])*)$/;

describe('importConfig', () => {
  it('imports every sample config of the repository unchanged, with no problem', async () => {
    for (const path of ['../../../demo/sebaya.json', '../../../docs/examples/sebaya.minimal.json']) {
      const raw = await text(path);
      const r = importConfig(raw);
      expect(r.problems, path).to.deep.equal([]);
      expect(r.notes, path).to.deep.equal([]);
      expect(r.config, path).to.deep.equal(JSON.parse(raw));
    }
  });

  it('places a syntax error by line and column, in both languages', () => {
    const r = importConfig('{\n  "organization": {\n    "name": "Kalurahan Playen",\n  }\n}');
    expect(r.config).to.equal(undefined);
    expect(r.problems).to.have.length(1);
    expect(r.problems[0]?.where).to.equal('line 3, column 31');
    expect(r.problems[0]?.why.en).to.contain('comma after the last item');
    expect(r.problems[0]?.why.id).to.match(/^Baris 3, kolom 31: ada koma/);
    const comment = importConfig('{ // organisasi\n "locale": "id" }');
    expect(comment.problems[0]?.why.en).to.contain('comments');
    const cut = importConfig('{ "locale": "id"');
    expect(cut.problems[0]?.why.en).to.contain('ends too early');
  });

  it('names the path of a value the elements would refuse, as they word it', () => {
    const r = importConfig(JSON.stringify({ crisis: { lines: [{ name: 'SEJIWA', phone: 119 }] } }));
    const error = r.problems.find((p) => p.severity === 'error');
    expect(error?.where).to.equal('crisis.lines[0].phone');
    expect(error?.why.en).to.match(/^crisis\.lines\[0\]\.phone: /);
    expect(error?.why.id).to.match(/^crisis\.lines\[0\]\.phone: /);
    const typo = importConfig(JSON.stringify({ calender: {} }));
    expect(typo.problems[0]?.severity).to.equal('warning');
    expect(typo.problems[0]?.why.en).to.contain('calendar');
  });

  it('migrates older shapes and tells each migration', () => {
    const r = importConfig(
      JSON.stringify({
        crisis: { quickExitUrl: '#' },
        messages: { en: { 'core.error.details': 'Some questions were skipped', 'crisis.noLines': 'None' } },
      }),
    );
    expect(r.config).to.deep.equal({
      crisis: {},
      messages: { en: { 'quiz.skippedDetails': 'Some questions were skipped' } },
    });
    expect(r.notes.map((n) => n.en)).to.have.length(3);
    expect(r.notes[0]?.en).to.contain('"core.error.details" is now called "quiz.skippedDetails"');
    expect(r.notes.some((n) => n.id.includes('Keluar cepat'))).to.equal(true);
    expect(r.problems.filter((p) => p.severity === 'error')).to.deep.equal([]);
  });

  it('reads the JSON inside a pasted <script> snippet', () => {
    const r = importConfig('<script type="application/json" id="sebaya-config">{"locale":"id"}</script>');
    expect(r.config).to.deep.equal({ locale: 'id' });
    expect(r.notes[0]?.en).to.contain('<script');
  });

  it('never throws on the hardening corpus, keeps every value, and locates every refusal', function () {
    this.timeout(120_000);
    const cases = corpus();
    expect(cases.length).to.be.at.least(200);
    const problems: string[] = [];
    let refused = 0;
    for (const c of cases) {
      const json = JSON.stringify(c.config);
      const r = importConfig(json);
      const errors = r.problems.filter((p) => p.severity === 'error');
      if (!validateConfig(SiteConfig, c.config).ok || typeof c.config !== 'object' || Array.isArray(c.config)) {
        if (!errors.length) problems.push(`${c.tag} ${c.name}: no error`);
        refused += 1;
      }
      for (const p of r.problems) {
        if (!LOCATED.test(p.where)) problems.push(`${c.tag} ${c.name}: where "${p.where}"`);
        if (!p.why.id || !p.why.en || p.why.en.includes('core.issue'))
          problems.push(`${c.tag} ${c.name}: words ${p.why.en}`);
      }
      if (!r.notes.length && json.length < 1_000_000 && JSON.stringify(r.config) !== json)
        problems.push(`${c.tag} ${c.name}: the config changed`);
    }
    expect(problems).to.deep.equal([]);
    expect(refused).to.be.at.least(200);
  });

  it('never throws on hostile strings (big list of naughty strings) as text or as values', async () => {
    const strings = JSON.parse(await text('../../fixtures/blns.json')) as string[];
    for (const s of strings) {
      expect(() => importConfig(s)).not.to.throw();
      const r = importConfig(JSON.stringify({ organization: { name: s } }));
      expect((r.config as { organization: { name: string } }).organization.name).to.equal(s);
    }
  });
});
