/**
 * The quick exit and what waits on this device (issue #14, item 8b): a request saved in readable
 * form must not survive the crisis panel's quick exit; a sealed one stays (ciphertext, and the
 * visitor's call for help). Real IndexedDB. The exit goes to a `#fragment` of this page, so the
 * test page stays while the real `location.replace` runs.
 */
import { expect } from '@open-wc/testing';
import '../../src/crisis-help/define.js';
import '../../src/support-form/define.js';
import { onQuickExit, quickExit } from '../../src/crisis-help/quick-exit.js';
import { Outbox } from '../../src/support-form/model/outbox.js';
import { settled } from '../helpers/events.js';
import { clearOutbox, endpointFor, FormPage, newBox, setFaults, until } from './helpers.js';

async function stored(): Promise<{ id: string; sealed: boolean; body: string }[]> {
  const outbox = (await Outbox.open())!;
  const all = await new Promise<{ id: string; sealed: boolean; body: string }[]>((resolve) => {
    const req = indexedDB.open('sebaya-support-form', 1);
    req.onsuccess = () => {
      const r = req.result.transaction('outbox').objectStore('outbox').getAll();
      r.onsuccess = () => {
        req.result.close();
        resolve(r.result as never);
      };
    };
  });
  outbox.close();
  return all;
}

/** A fragment of this very page: `location.replace` to it does not unload the test. */
const exitTo = (name: string): string => `${location.href.split('#')[0]}#${name}`;
const leftFor = (name: string) => until(() => location.hash === `#${name}`, `the page to leave for #${name}`, 3_000);

describe('quick exit with requests waiting on this device', () => {
  afterEach(async () => {
    document.querySelectorAll('sebaya-support-form, sebaya-crisis-help').forEach((el) => el.remove());
    history.replaceState(null, '', location.href.split('#')[0]);
    await clearOutbox();
  });

  it('deletes the requests saved in readable form before leaving; keeps the sealed ones', async () => {
    // A sealed request from an earlier visit, to another endpoint: ciphertext, kept.
    const outbox = (await Outbox.open())!;
    await outbox.put({
      id: 'sealed-1',
      endpoint: 'https://example.org/other',
      body: '{"sealed":true,"ct":"…"}',
      sealed: true,
      createdAt: 1,
      attempts: 1,
      nextAttemptAt: Date.now() + 3_600_000,
      leaseUntil: 0,
      leaseOwner: '',
    });
    await outbox.put({
      id: 'plain-old',
      endpoint: 'https://example.org/other',
      body: '{"request":{"message":"dari kunjungan lalu"}}',
      sealed: false,
      createdAt: 2,
      attempts: 1,
      nextAttemptAt: Date.now() + 3_600_000,
      leaseUntil: 0,
      leaseOwner: '',
    });
    outbox.close();

    const box = newBox('exit');
    await setFaults(box, [], 'drop');
    const form = document.createElement('sebaya-support-form');
    form.lang = 'en';
    form.setAttribute('retry-delay', '60000');
    form.config = { locale: 'en', supportForm: { endpoint: endpointFor(box), minFillSeconds: 0 } };
    const panel = document.createElement('sebaya-crisis-help');
    document.body.append(panel, form);
    await settled(form);
    await settled(panel);
    const page = new FormPage(form);
    await page.fill('Suami saya tidak boleh membaca ini.');
    await page.submit();
    await until(() => form.getAttribute('phase') === 'queued', 'the request to be saved');
    expect((await stored()).map((r) => r.id).sort()).to.have.length(3);

    panel.leave(exitTo('exited'));
    await leftFor('exited');
    // By the time the page is left, the readable requests are gone, of every endpoint.
    const left = await stored();
    expect(left.map((r) => r.id)).to.deep.equal(['sealed-1']);
    expect(JSON.stringify(left)).not.to.contain('Suami saya');
  });

  it('waits for the clean-ups before leaving', async () => {
    let finished = false;
    const off = onQuickExit(() => new Promise<void>((r) => setTimeout(() => r(void (finished = true)), 120)));
    try {
      const finishedWhenLeaving = new Promise<boolean>((r) =>
        addEventListener('hashchange', () => r(finished), { once: true }),
      );
      quickExit(exitTo('waited'));
      expect(location.hash).to.equal('');
      expect(await finishedWhenLeaving).to.equal(true);
    } finally {
      off();
    }
  });

  it('a clean-up that hangs or throws never keeps the visitor on the page (at most ~300 ms)', async () => {
    const offHang = onQuickExit(() => new Promise(() => undefined));
    const offThrow = onQuickExit(() => {
      throw new Error('broken clean-up');
    });
    try {
      const start = performance.now();
      quickExit(exitTo('hung'));
      await leftFor('hung');
      const took = performance.now() - start;
      expect(took).to.be.at.least(250);
      expect(took).to.be.below(1_000);
    } finally {
      offHang();
      offThrow();
    }
    // Without clean-ups it leaves at once (synchronously).
    quickExit(exitTo('at-once'));
    expect(location.hash).to.equal('#at-once');
  });
});
