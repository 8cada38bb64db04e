import { expect } from '@open-wc/testing';
import * as v from 'valibot';
import { BUILT_IN_BANK } from '../../src/quiz/bank/index.js';
import { BANK_ORIGINS } from '../../src/quiz/bank/origins.js';
import { checkQuestions, BUILT_IN_PREFIX } from '../../src/quiz/model/questions.js';
import { QuizItem } from '../../src/quiz/schema.js';
import { safeUrl } from '../../src/core/safe-url.js';

interface Statement {
  id: string;
  lang: string;
  myth?: string;
  fact?: string;
  statement?: string;
  attributed_to: string;
  seen_at: string[];
}

async function fixtureStatements(): Promise<Map<string, Statement>> {
  const res = await fetch(new URL('../fixtures/quiz/myth_fact_statements.json', import.meta.url));
  const json = (await res.json()) as { items: Statement[] };
  return new Map(json.items.map((s) => [s.id, s]));
}

const texts = (t: unknown): Record<string, string> =>
  typeof t === 'string' ? { any: t } : (t as Record<string, string>);
/** Numbers as written, separators dropped: "14,3%" and "14.3%" both give "143". */
const numbers = (s: string): string[] => (s.match(/\d+(?:[.,]\d+)*/g) ?? []).map((n) => n.replace(/[.,]/g, ''));

describe('built-in question bank', () => {
  it('has at least 16 valid items, each in Bahasa Indonesia and English', () => {
    expect(BUILT_IN_BANK.length).to.be.at.least(16);
    const checked = checkQuestions(BUILT_IN_BANK, ['bank']);
    expect(checked.errors).to.deep.equal([]);
    expect(checked.warnings).to.deep.equal([]);
    for (const item of BUILT_IN_BANK) {
      expect(v.is(QuizItem, item), item.id).to.equal(true);
      expect(item.id.startsWith(BUILT_IN_PREFIX), item.id).to.equal(true);
      const fields = [
        'statement' in item ? item.statement : item.prompt,
        item.explanation,
        item.source?.label,
        ...('options' in item ? item.options.map((o) => o.text) : []),
      ];
      for (const f of fields) {
        const t = texts(f);
        expect(t.id, `${item.id} id`).to.be.a('string').and.not.be.empty;
        expect(t.en, `${item.id} en`).to.be.a('string').and.not.be.empty;
      }
    }
  });

  it('covers the local myths and international ones, with myth-or-fact and choice items', () => {
    const tags = new Set(BUILT_IN_BANK.flatMap((q) => q.tags ?? []));
    for (const t of ['faith', 'possession', 'violence', 'recovery', 'pasung', 'international'])
      expect(tags, t).to.include(t);
    expect(BUILT_IN_BANK.filter((q) => q.tags?.includes('local')).length).to.be.at.least(6);
    expect(BUILT_IN_BANK.some((q) => 'options' in q && q.options.filter((o) => o.correct).length > 1)).to.equal(true);
    expect(BUILT_IN_BANK.some((q) => 'statement' in q && q.answer)).to.equal(true);
    expect(BUILT_IN_BANK.some((q) => 'statement' in q && !q.answer)).to.equal(true);
  });

  it('takes every source from the page where the statement was read, and says what was translated', async () => {
    const statements = await fixtureStatements();
    for (const item of BUILT_IN_BANK) {
      const origins = BANK_ORIGINS[item.id];
      expect(origins, item.id).to.be.an('array').that.is.not.empty;
      const from = origins!.map((o) => statements.get(o));
      expect(from.every(Boolean), `${item.id} origins exist`).to.equal(true);
      expect(item.source?.url, item.id).to.be.a('string');
      expect(safeUrl(item.source!.url), item.id).to.be.a('string');
      expect(
        from.flatMap((s) => s!.seen_at),
        item.id,
      ).to.include(item.source!.url);
      // The source's own language is recorded; the other text is our translation.
      expect(item.translatedFrom, item.id).to.equal(from[0]!.lang);
    }
    // Indonesian sources come first for the local myths.
    for (const item of BUILT_IN_BANK.filter((q) => q.tags?.includes('local')))
      expect(item.translatedFrom, item.id).to.equal('id');
  });

  it('invents no statistic: every number in an explanation is in the statement it came from', async () => {
    const statements = await fixtureStatements();
    for (const item of BUILT_IN_BANK) {
      const sourceText = BANK_ORIGINS[item.id]!.map((o) => statements.get(o)!)
        .map((s) => [s.myth, s.fact, s.statement, s.attributed_to].join(' '))
        .join(' ');
      const allowed = new Set(numbers(sourceText));
      for (const [lang, text] of Object.entries(texts(item.explanation))) {
        for (const n of numbers(text)) expect(allowed.has(n), `${item.id} (${lang}) has ${n}`).to.equal(true);
      }
    }
  });
});
