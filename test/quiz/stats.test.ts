import { expect, fixture, fixtureCleanup, html } from '@open-wc/testing';
import '../../src/quiz/define.js';
import type { SebayaQuiz } from '../../src/quiz/quiz.js';
import type { StatsBatch } from '../../src/quiz/model/stats.js';
import { settled } from '../helpers/events.js';
import { answer, next, progressText, teamQuiz } from './helpers.js';

interface Received {
  type: string;
  cookie: string;
  referer: string;
  body: string;
}

async function received(bucket: string): Promise<Received[]> {
  const res = await fetch(`/__test__/quiz-stats-received?bucket=${bucket}`);
  return (await res.json()) as Received[];
}

/** Polls the receiver until it holds `count` batches (or fails after 3 s). */
async function waitForBatches(bucket: string, count: number): Promise<StatsBatch[]> {
  const start = performance.now();
  for (;;) {
    const got = await received(bucket);
    if (got.length >= count) return got.map((r) => JSON.parse(r.body) as StatsBatch);
    if (performance.now() - start > 3_000) throw new Error(`only ${got.length} of ${count} batches arrived`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

async function quiz(config: unknown): Promise<SebayaQuiz> {
  const el = await fixture<SebayaQuiz>(html`<sebaya-quiz lang="en" .config=${config}></sebaya-quiz>`);
  await settled(el);
  return el;
}

const bucketName = () => `b${Math.random().toString(36).slice(2)}`;

describe('<sebaya-quiz> stats', () => {
  beforeEach(() => {
    sessionStorage.clear();
    document.cookie = 'visitor=should-not-be-sent; path=/';
  });
  afterEach(() => {
    document.cookie = 'visitor=; path=/; max-age=0';
    fixtureCleanup();
  });

  it('sends anonymous per-question counts in batches to the real endpoint', async () => {
    const bucket = bucketName();
    const el = await quiz(teamQuiz({ stats: { endpoint: `/__test__/quiz-stats?bucket=${bucket}`, batchSize: 2 } }));
    await answer(el, 'Myth');
    await next(el);
    expect(await received(bucket)).to.have.length(0); // one answer waits for the batch
    await answer(el, 'The market');
    const [first] = await waitForBatches(bucket, 1);
    expect(first).to.deep.equal({
      v: 1,
      counts: [
        { questionId: 'pasung', correct: 1, incorrect: 0 },
        { questionId: 'group', correct: 0, incorrect: 1 },
      ],
    });
    await next(el);
    await answer(el, 'Listening', 'Seeing a health worker');
    await new Promise((r) => setTimeout(r, 100));
    expect(await received(bucket)).to.have.length(1); // still waiting for a second answer
    await next(el); // completing the quiz flushes what is left
    const batches = await waitForBatches(bucket, 2);
    expect(batches[1]).to.deep.equal({ v: 1, counts: [{ questionId: 'helps', correct: 1, incorrect: 0 }] });

    const raw = await received(bucket);
    for (const r of raw) {
      expect(r.type).to.match(/^text\/plain/);
      expect(r.cookie).to.equal('');
      expect(r.referer).to.equal('');
      expect(Object.keys(JSON.parse(r.body) as object)).to.deep.equal(['v', 'counts']);
    }
  });

  it('never blocks the quiz and drops a batch the endpoint refuses', async () => {
    const bucket = bucketName();
    const errors: Event[] = [];
    const rejections: PromiseRejectionEvent[] = [];
    const onRejection = (e: PromiseRejectionEvent) => rejections.push(e);
    window.addEventListener('unhandledrejection', onRejection);
    try {
      const el = await quiz(
        teamQuiz({ stats: { endpoint: `/__test__/quiz-stats?bucket=${bucket}&fail=1&delay=1500`, batchSize: 1 } }),
      );
      el.addEventListener('sebaya-error', (e) => errors.push(e));
      const t0 = performance.now();
      await answer(el, 'Myth');
      await next(el);
      await answer(el, 'The village hall');
      await next(el);
      // The receiver takes 1.5 s per batch: the quiz moved on long before the first answer (a wide
      // margin, so a loaded machine does not fail it; speed itself is measured by npm run bench).
      expect(performance.now() - t0).to.be.below(1200);
      expect(progressText(el)).to.equal('Question 3 of 3');
      await waitForBatches(bucket, 2);
      await new Promise((r) => setTimeout(r, 600));
      expect(await received(bucket)).to.have.length(2); // no retry
      expect(errors).to.have.length(0);
      expect(rejections).to.have.length(0);
      expect(el.getAttribute('state')).to.equal('ready');
    } finally {
      window.removeEventListener('unhandledrejection', onRejection);
    }
  });

  it('sends what waits when the page is hidden and when the quiz leaves the page, and again after it comes back', async () => {
    /** The page goes to the background (the tab is switched, the phone locked). */
    const hide = () => {
      Object.defineProperty(document, 'visibilityState', { value: 'hidden', configurable: true });
      document.dispatchEvent(new Event('visibilitychange'));
      delete (document as { visibilityState?: unknown }).visibilityState;
    };
    const bucket = bucketName();
    const el = await quiz(teamQuiz({ stats: { endpoint: `/__test__/quiz-stats?bucket=${bucket}`, batchSize: 10 } }));
    await answer(el, 'Myth');
    hide();
    expect((await waitForBatches(bucket, 1))[0]?.counts).to.deep.equal([
      { questionId: 'pasung', correct: 1, incorrect: 0 },
    ]);
    await next(el);
    await answer(el, 'The market');
    const parent = el.parentElement!;
    el.remove();
    expect((await waitForBatches(bucket, 2))[1]?.counts).to.deep.equal([
      { questionId: 'group', correct: 0, incorrect: 1 },
    ]);
    parent.append(el);
    await el.updateComplete;
    await next(el);
    await answer(el, 'Listening');
    hide();
    expect((await waitForBatches(bucket, 3))[2]?.counts).to.deep.equal([
      { questionId: 'helps', correct: 0, incorrect: 1 },
    ]);
    await new Promise((r) => setTimeout(r, 100));
    expect(await received(bucket)).to.have.length(3);
  });

  it('sends what waits when a new config replaces the quiz, and then counts for the new one', async () => {
    const [before, after] = [bucketName(), bucketName()];
    const el = await quiz(teamQuiz({ stats: { endpoint: `/__test__/quiz-stats?bucket=${before}`, batchSize: 10 } }));
    await answer(el, 'Fact');
    el.config = teamQuiz({ stats: { endpoint: `/__test__/quiz-stats?bucket=${after}`, batchSize: 1 } });
    await settled(el);
    expect((await waitForBatches(before, 1))[0]?.counts).to.deep.equal([
      { questionId: 'pasung', correct: 0, incorrect: 1 },
    ]);
    // The same questions drawn the same way: the round resumes where it was.
    expect(progressText(el)).to.equal('Question 1 of 3');
    await next(el);
    await answer(el, 'The village hall');
    expect((await waitForBatches(after, 1))[0]?.counts).to.deep.equal([
      { questionId: 'group', correct: 1, incorrect: 0 },
    ]);
    expect(await received(before)).to.have.length(1);
  });

  it('sends nothing at all without `stats.endpoint`', async () => {
    const calls: unknown[] = [];
    const originalFetch = window.fetch;
    window.fetch = (...args: Parameters<typeof fetch>) => {
      calls.push(args[0]);
      return originalFetch(...args);
    };
    const beacon = navigator.sendBeacon;
    navigator.sendBeacon = (...args: Parameters<typeof navigator.sendBeacon>) => {
      calls.push(args[0]);
      return true;
    };
    try {
      const el = await quiz(teamQuiz());
      for (const pick of [['Myth'], ['The market'], ['Listening']]) {
        await answer(el, ...pick);
        await next(el);
      }
      document.dispatchEvent(new Event('visibilitychange'));
      window.dispatchEvent(new Event('pagehide'));
      await new Promise((r) => setTimeout(r, 100));
      expect(calls).to.deep.equal([]);
    } finally {
      window.fetch = originalFetch;
      navigator.sendBeacon = beacon;
    }
  });
});
