/**
 * 100 randomised fault schedules against the test receiver: 500s, 503s, dropped connections,
 * answers that arrive after the client gave up (the request did get there), and page reloads
 * (a new courier over the same outbox) mid-send. Every request must reach the team exactly once.
 */
import { expect } from '@open-wc/testing';
import { Courier } from '../../src/support-form/model/courier.js';
import { Outbox } from '../../src/support-form/model/outbox.js';
import { newId, plainEnvelope } from '../../src/support-form/model/request.js';
import { clearOutbox, endpointFor, newBox, received, setFaults, until } from '../support-form/helpers.js';
import { seeded } from '../helpers/random.js';

const absolute = (box: string) => new URL(endpointFor(box), document.baseURI).href;
const body = (id: string) => JSON.stringify(plainEnvelope(id, '2026-11-29', { topic: 'anxiety', message: `Saya cemas. ${id}`, urgency: 'soon', lang: 'id', contact: { method: 'none' } }));
const FAULTS = ['500', '503', 'drop', 'delay-400', 'ok', 'ok'] as const;

describe('delivery under 100 randomised fault schedules', function () {
  this.timeout(900_000);

  it('delivers every request, none twice to the team', async () => {
    await clearOutbox();
    const summary = { requests: 0, attempts: 0, reloads: 0 };
    for (let schedule = 0; schedule < 100; schedule += 1) {
      const rnd = seeded(1_000 + schedule);
      const pick = <T>(list: readonly T[]): T => list[Math.floor(rnd() * list.length)]!;
      const box = newBox(`schedule-${schedule}`);
      await setFaults(box, Array.from({ length: 2 + Math.floor(rnd() * 7) }, () => pick(FAULTS)), 'ok');
      const endpoint = absolute(box);
      const open = async () => {
        const c = new Courier(endpoint, await Outbox.open(), { timeoutMs: 250, retryBaseMs: 15 });
        c.start();
        return c;
      };
      let courier = await open();
      const ids = Array.from({ length: 1 + Math.floor(rnd() * 3) }, () => newId());
      const inFlight: Promise<unknown>[] = [];
      for (const id of ids) {
        const sending = courier.submit(id, body(id), false).catch(() => undefined);
        if (rnd() < 0.3) {
          // The page reloads while the request is on its way (it is in the outbox, the POST is out):
          // a new page over the same outbox. (Before it is stored, the form's session draft keeps the text.)
          const current = courier;
          await until(async () => (await current.pending()).some((r) => r.id === id) || (await received(box)).stored.some((e) => e.id === id), 'the request to be stored', 5_000);
          courier.stop();
          courier = await open();
          summary.reloads += 1;
          inFlight.push(sending);
        } else await sending;
      }
      await Promise.all(inFlight);
      try {
        await until(
          async () => {
            const got = await received(box);
            return got.stored.length === ids.length && (await courier.pending()).length === 0;
          },
          `schedule ${schedule}: every request delivered`,
          30_000,
        );
      } catch (err) {
        const got = await received(box);
        const pending = await courier.pending();
        throw new Error(`${String(err)}; ids ${ids.length}, stored ${got.stored.length}, hits ${got.hits}, pending ${JSON.stringify(pending.map((r) => ({ a: r.attempts, next: r.nextAttemptAt - Date.now(), lease: r.leaseUntil - Date.now(), owner: r.leaseOwner.slice(0, 4), rejected: r.rejected })))}`);
      }
      const got = await received(box);
      const stored = got.stored.map((e) => e.id as string);
      expect([...stored].sort(), `schedule ${schedule}`).to.deep.equal([...ids].sort());
      expect(new Set(stored).size).to.equal(stored.length);
      summary.requests += ids.length;
      summary.attempts += got.hits;
      courier.stop();
    }
    expect(summary.requests).to.be.at.least(150);
    expect(summary.reloads).to.be.at.least(20);
    expect(summary.attempts).to.be.greaterThan(summary.requests); // the faults did bite
  });
});
