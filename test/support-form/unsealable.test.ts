/**
 * A form with a `publicKey` on a device that cannot seal (issue #14, item 8d): the sealing chunk
 * really fails to load (the browser is taken offline by the test runner after the form's other
 * chunks arrived), or WebCrypto is missing (a page served over http:). Nothing may be sent or
 * saved in plain text; the visitor is told, keeps the text, and sees the crisis lines.
 * Its own file: a fresh page, where the sealing chunk has never loaded.
 */
import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import '../../src/support-form/define.js';
import { Outbox } from '../../src/support-form/model/outbox.js';
import type { SebayaSupportForm } from '../../src/support-form/support-form.js';
import { links, settled, textOf } from '../helpers/events.js';
import { clearOutbox, endpointFor, FormPage, newBox, openedBy, received, testKeys, until } from './helpers.js';

const OFFLINE_COMMAND = 'sebaya-set-offline';

function config(box: string, supportForm: Record<string, unknown> = {}) {
  return {
    locale: 'en',
    crisis: { lines: [{ name: 'SEJIWA', phone: '119', extension: '8' }] },
    supportForm: { endpoint: endpointFor(box), minFillSeconds: 0, ...supportForm },
  };
}

async function mount(cfg: unknown): Promise<{ el: SebayaSupportForm; page: FormPage }> {
  const el = document.createElement('sebaya-support-form');
  el.lang = 'en';
  el.setAttribute('retry-delay', '50');
  el.config = cfg;
  document.body.append(el);
  await settled(el);
  return { el, page: new FormPage(el) };
}

/** Everything in the outbox, as text. */
async function outboxText(): Promise<string> {
  const outbox = (await Outbox.open())!;
  const all = await new Promise<unknown[]>((resolve) => {
    const req = indexedDB.open('sebaya-support-form', 1);
    req.onsuccess = () => {
      const r = req.result.transaction('outbox').objectStore('outbox').getAll();
      r.onsuccess = () => {
        req.result.close();
        resolve(r.result);
      };
    };
  });
  outbox.close();
  return JSON.stringify(all);
}

const onlineAgain = (): Promise<void> =>
  navigator.onLine ? Promise.resolve() : new Promise((r) => addEventListener('online', () => r(), { once: true }));

describe('<sebaya-support-form> with a key on a device that cannot seal', () => {
  beforeEach(() => sessionStorage.clear());
  afterEach(async () => {
    document.querySelectorAll('sebaya-support-form').forEach((el) => el.remove());
    await onlineAgain();
    await clearOutbox();
  });

  it('the sealing chunk fails to load: says it cannot encrypt, sends and saves nothing, keeps the text, shows the crisis lines', async () => {
    const box = newBox('unsealable');
    const { publicKey } = await testKeys();
    // A form without a key first: the strings, courier and schema chunks are in this page now.
    const plain = await mount(config(newBox('warm-up')));
    plain.el.remove();
    expect(performance.getEntriesByType('resource').some((e) => /model\/seal\./.test(e.name))).to.equal(false);

    // Offline for 4 s (the runner brings the browser back): the sealing chunk cannot arrive.
    void executeServerCommand(OFFLINE_COMMAND, { offline: true, forMs: 4_000 });
    await until(
      () =>
        fetch('/__test__/hits?id=unsealable-probe', { cache: 'no-store' }).then(
          () => false,
          () => true,
        ),
      'the browser to be offline',
      2_000,
    );
    const { el, page } = await mount(config(box, { publicKey }));
    expect(el.getAttribute('state')).to.equal('ready');
    expect(textOf(el)).to.contain('Cannot encrypt on this device');
    expect(textOf(el)).not.to.contain('Encrypted on this phone');
    await page.fill('Rahasia yang tidak boleh terbaca.');
    await page.submit();
    await until(() => el.getAttribute('phase') === 'unsealable', `phase unsealable (is ${el.getAttribute('phase')})`);
    await el.updateComplete;
    expect(page.status).to.contain(
      'This device cannot encrypt your request, so nothing was sent or saved. Your text is still here',
    );
    expect(page.root.querySelector('[part="crisis"]')!.textContent).to.contain('If you need help soon');
    expect(links(el).map((l) => l.href)).to.include('tel:119,8');
    expect(page.message.value).to.equal('Rahasia yang tidak boleh terbaca.');
    // Nothing queued: not in plain text, not at all.
    expect(await outboxText()).to.equal('[]');

    // Back online: nothing was sent meanwhile, and nothing waits to be sent later.
    await onlineAgain();
    await new Promise((r) => setTimeout(r, 300));
    expect((await received(box)).hits).to.equal(0);
    expect(await outboxText()).to.equal('[]');
    await expect(el).to.be.accessible(); // (axe-core is itself a lazy import: checked once online)

    // Sending again now that the chunk can load: sealed, never plain.
    await page.submit();
    await until(() => ['sent', 'unsealable'].includes(el.getAttribute('phase') ?? ''), 'an answer');
    if (el.getAttribute('phase') === 'sent') {
      const got = await received(box);
      expect(JSON.stringify(got.stored)).not.to.contain('Rahasia');
      expect((await openedBy(box)).opened[0]!.request.message).to.equal('Rahasia yang tidak boleh terbaca.');
    } else expect((await received(box)).hits).to.equal(0);
  });

  it('no WebCrypto (a page served over http:): the same, instead of a config error', async () => {
    const box = newBox('no-subtle');
    const { publicKey } = await testKeys();
    const subtle = Object.getOwnPropertyDescriptor(Crypto.prototype, 'subtle')!;
    Object.defineProperty(Crypto.prototype, 'subtle', { configurable: true, get: () => undefined });
    try {
      const { el, page } = await mount(config(box, { publicKey }));
      expect(el.getAttribute('state')).to.equal('ready');
      expect(textOf(el)).to.contain('Cannot encrypt on this device');
      await page.fill('Tanpa WebCrypto.');
      await page.submit();
      await until(() => el.getAttribute('phase') === 'unsealable', `phase unsealable (is ${el.getAttribute('phase')})`);
      await el.updateComplete;
      expect(page.message.value).to.equal('Tanpa WebCrypto.');
      expect(await outboxText()).to.equal('[]');
      expect((await received(box)).hits).to.equal(0);
      await expect(el).to.be.accessible();
    } finally {
      Object.defineProperty(Crypto.prototype, 'subtle', subtle);
    }
  });
});
