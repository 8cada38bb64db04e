import { expect } from '@open-wc/testing';
import { Courier } from '../../src/support-form/model/courier.js';
import { attempt } from '../../src/support-form/model/delivery.js';
import { Outbox, type OutboxRecord } from '../../src/support-form/model/outbox.js';
import { newId, plainEnvelope } from '../../src/support-form/model/request.js';
import { clearOutbox, endpointFor, newBox, received, setFaults, until } from './helpers.js';

const absolute = (box: string) => new URL(endpointFor(box), document.baseURI).href;
const envelopeBody = (id: string) =>
  JSON.stringify(
    plainEnvelope(id, '2026-11-29', {
      topic: 'grief',
      message: 'Ibu saya baru meninggal.',
      urgency: 'later',
      lang: 'id',
      contact: { method: 'none' },
    }),
  );

function record(endpoint: string, id = newId(), extra: Partial<OutboxRecord> = {}): OutboxRecord {
  return {
    id,
    endpoint,
    body: envelopeBody(id),
    sealed: false,
    createdAt: Date.now(),
    attempts: 1,
    nextAttemptAt: 0,
    leaseUntil: 0,
    leaseOwner: '',
    ...extra,
  };
}

/** Runs `fn` as if the browser had no Web Locks API. */
async function withoutWebLocks<T>(fn: () => Promise<T>): Promise<T> {
  Object.defineProperty(navigator, 'locks', { value: undefined, configurable: true });
  try {
    return await fn();
  } finally {
    delete (navigator as { locks?: unknown }).locks;
  }
}

/** Runs `fn` as if IndexedDB were unavailable (private mode in some browsers throws on open). */
async function withoutIndexedDB<T>(fn: () => Promise<T>): Promise<T> {
  const original = IDBFactory.prototype.open;
  IDBFactory.prototype.open = function () {
    throw new DOMException(
      'A mutation operation was attempted on a database that did not allow mutations.',
      'InvalidStateError',
    );
  };
  try {
    return await fn();
  } finally {
    IDBFactory.prototype.open = original;
  }
}

describe('support-form outbox (IndexedDB)', () => {
  const opened: { stop(): void }[] = [];
  afterEach(async () => {
    opened.splice(0).forEach((c) => c.stop());
    await clearOutbox();
  });

  it('stores records and leases them to one owner at a time; expired leases and forced claims behave', async () => {
    const box = await Outbox.open();
    expect(box).to.be.instanceOf(Outbox);
    const outbox = box!;
    opened.push({ stop: () => outbox.close() });
    const endpoint = absolute(newBox('lease'));
    const r = record(endpoint, newId(), { nextAttemptAt: Date.now() + 60_000 });
    await outbox.put(r);
    expect((await outbox.list(endpoint)).map((x) => x.id)).to.deep.equal([r.id]);
    expect(await outbox.claim(r.id, 'tab-a', 10_000)).to.equal(undefined, 'not due yet');
    const claimed = await outbox.claim(r.id, 'tab-a', 10_000, true);
    expect(claimed?.leaseOwner).to.equal('tab-a');
    expect(await outbox.claim(r.id, 'tab-b', 10_000, true)).to.equal(undefined, 'tab-a holds the lease');
    const later = Date.now() + 11_000;
    expect((await outbox.claim(r.id, 'tab-b', 10_000, true, later))?.leaseOwner).to.equal('tab-b', 'the lease expired');
    await outbox.update(r.id, (x) => ({ ...x, rejected: { status: 400, reason: 'no' }, leaseUntil: 0 }));
    expect(await outbox.claim(r.id, 'tab-c', 10_000, true)).to.equal(undefined, 'refused records are never sent again');
    await outbox.remove(r.id);
    expect(await outbox.list(endpoint)).to.deep.equal([]);
  });

  for (const locks of [true, false]) {
    it(`two outbox instances racing for the same request send it once (${locks ? 'Web Locks + lease' : 'lease only, no Web Locks'})`, async () => {
      const run = async () => {
        const box = newBox(`race-${locks}`);
        await setFaults(box, [], 'delay-300');
        const endpoint = absolute(box);
        const a = await Courier.create(endpoint);
        const b = await Courier.create(endpoint);
        opened.push(a, b);
        const seed = await Outbox.open();
        const ids = [newId(), newId(), newId()];
        for (const id of ids) await seed!.put(record(endpoint, id));
        seed!.close();
        await Promise.all([a.flush(true), b.flush(true), a.flush(true), b.flush(true)]);
        await until(async () => (await a.pending()).length === 0, 'the outbox to empty');
        const got = await received(box);
        expect(got.hits).to.equal(3, 'each request POSTed exactly once');
        expect(got.stored.map((e) => e.id).sort()).to.deep.equal([...ids].sort());
      };
      if (locks) {
        expect(navigator.locks, 'this browser has Web Locks').to.not.equal(undefined);
        await run();
      } else await withoutWebLocks(run);
    });
  }

  it('a request queued by one page is sent by the next one (reload while queued)', async () => {
    const box = newBox('reload');
    await setFaults(box, ['500']);
    const endpoint = absolute(box);
    const first = await Courier.create(endpoint, { retryBaseMs: 60_000 });
    first.start();
    const id = newId();
    expect(await first.submit(id, envelopeBody(id), false)).to.deep.equal({ kind: 'queued', id });
    first.stop(); // the page goes away
    expect((await received(box)).stored).to.deep.equal([]);
    const sent: string[] = [];
    const second = await Courier.create(endpoint, { retryBaseMs: 60_000, onSent: (x) => sent.push(x) });
    opened.push(second);
    second.start();
    await until(() => sent.length === 1, 'the next page to send it');
    expect(sent).to.deep.equal([id]);
    expect((await received(box)).stored.map((e) => e.id)).to.deep.equal([id]);
    expect(await second.pending()).to.deep.equal([]);
  });

  it('a request one tab queued and another delivered is reported to the first tab', async () => {
    const box = newBox('elsewhere');
    await setFaults(box, ['500']);
    const endpoint = absolute(box);
    const elsewhere: string[] = [];
    const first = await Courier.create(endpoint, { retryBaseMs: 60_000, onSentElsewhere: (x) => elsewhere.push(x) });
    opened.push(first);
    const id = newId();
    expect((await first.submit(id, envelopeBody(id), false)).kind).to.equal('queued');
    const second = await Courier.create(endpoint, { retryBaseMs: 60_000 });
    opened.push(second);
    second.start();
    await until(() => elsewhere.length === 1, 'the first tab to hear of the delivery');
    expect(elsewhere).to.deep.equal([id]);
    expect((await received(box)).stored.map((e) => e.id)).to.deep.equal([id]);
  });

  it("a reload mid-send: the dead page's lease is respected, then the next page sends it once (409 if it had arrived)", async () => {
    const box = newBox('mid-send');
    const endpoint = absolute(box);
    const id = newId();
    // The old page had claimed the record and its POST reached the receiver before the reload.
    expect((await attempt(endpoint, envelopeBody(id))).kind).to.equal('delivered');
    const seed = (await Outbox.open())!;
    await seed.put(
      record(endpoint, id, { attempts: 0, leaseOwner: 'page-before-reload', leaseUntil: Date.now() + 1_500 }),
    );
    seed.close();
    const sent: string[] = [];
    const next = new Courier(endpoint, await Outbox.open(), {
      timeoutMs: 400,
      retryBaseMs: 60_000,
      onSent: (x) => sent.push(x),
    });
    opened.push(next);
    next.start();
    await new Promise((r) => setTimeout(r, 500));
    expect((await received(box)).hits).to.equal(1, 'the live lease is not overtaken');
    await until(() => sent.length === 1, 'the lease to expire and the request to be sent', 5_000);
    const got = await received(box);
    expect(got.hits).to.equal(2);
    expect(got.stored.map((e) => e.id)).to.deep.equal([id]);
    expect(await next.pending()).to.deep.equal([]);
  });

  it('retries on a timer with backoff until the receiver recovers from 500s', async () => {
    const box = newBox('timer');
    await setFaults(box, ['500', '503', '500']);
    const sent: string[] = [];
    const courier = await Courier.create(absolute(box), { retryBaseMs: 100, onSent: (x) => sent.push(x) });
    opened.push(courier);
    courier.start();
    const id = newId();
    expect((await courier.submit(id, envelopeBody(id), false)).kind).to.equal('queued');
    const [queued] = await courier.pending();
    expect(queued?.attempts).to.equal(1);
    expect(queued!.nextAttemptAt).to.be.greaterThan(queued!.createdAt);
    await until(() => sent.length === 1, 'the timer to deliver it', 8_000);
    expect((await received(box)).hits).to.equal(4);
  });

  it('sends at once when the browser comes back online', async () => {
    const box = newBox('online');
    await setFaults(box, [], 'drop');
    const sent: string[] = [];
    const courier = await Courier.create(absolute(box), { retryBaseMs: 10 * 60_000, onSent: (x) => sent.push(x) });
    opened.push(courier);
    courier.start();
    const id = newId();
    expect((await courier.submit(id, envelopeBody(id), false)).kind).to.equal('queued');
    await setFaults(box, [], 'ok');
    window.dispatchEvent(new Event('online'));
    await until(() => sent.length === 1, 'the online event to deliver it');
    expect((await received(box)).stored.map((e) => e.id)).to.deep.equal([id]);
  });

  it('a timed-out request that did arrive is not duplicated: the retry gets 409 and counts as delivered', async () => {
    const box = newBox('timeout');
    await setFaults(box, ['delay-1200']);
    const sent: string[] = [];
    const courier = new Courier(absolute(box), await Outbox.open(), {
      timeoutMs: 300,
      retryBaseMs: 10 * 60_000,
      onSent: (x) => sent.push(x),
    });
    opened.push(courier);
    courier.start();
    const id = newId();
    expect((await courier.submit(id, envelopeBody(id), false)).kind).to.equal('queued');
    await until(async () => (await received(box)).stored.length === 1, 'the slow receiver to store it');
    await courier.flush(true);
    expect(sent).to.deep.equal([id]);
    const got = await received(box);
    expect(got.hits).to.equal(2);
    expect(got.stored.length).to.equal(1);
  });

  it('a queued request refused later (400) is kept aside, reported, and not retried', async () => {
    const box = newBox('refused');
    await setFaults(box, ['500', '400']);
    const refused: number[] = [];
    const courier = await Courier.create(absolute(box), {
      retryBaseMs: 10 * 60_000,
      onRejected: (_id, status) => refused.push(status),
    });
    opened.push(courier);
    courier.start();
    const id = newId();
    await courier.submit(id, envelopeBody(id), false);
    await courier.flush(true);
    expect(refused).to.deep.equal([400]);
    const [kept] = await courier.pending();
    expect(kept?.rejected).to.deep.equal({ status: 400, reason: 'message refused by the test receiver' });
    await courier.flush(true);
    expect((await received(box)).hits).to.equal(2);
  });

  it('without IndexedDB it sends directly, and a failure saves nothing', async () => {
    await withoutIndexedDB(async () => {
      const box = newBox('no-idb');
      await setFaults(box, ['ok', '500']);
      const courier = await Courier.create(absolute(box));
      opened.push(courier);
      expect(courier.canSave).to.equal(false);
      const a = newId();
      expect(await courier.submit(a, envelopeBody(a), false)).to.deep.equal({ kind: 'sent', id: a });
      const b = newId();
      expect(await courier.submit(b, envelopeBody(b), false)).to.deep.equal({ kind: 'unsaved', id: b });
      expect(await courier.pending()).to.deep.equal([]);
    });
  });
});
