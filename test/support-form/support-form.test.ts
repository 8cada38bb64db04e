import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import '../../src/support-form/define.js';
import { clearSessionState } from '../../src/crisis-help/quick-exit.js';
import { verifyPow } from '../../src/support-form/model/pow.js';
import { referenceCode } from '../../src/support-form/model/request.js';
import { FAILING_AFTER, type SebayaSupportForm } from '../../src/support-form/support-form.js';
import { links, nextEvent, settled, textOf } from '../helpers/events.js';
import {
  clearOutbox,
  endpointFor,
  FormPage,
  newBox,
  openedBy,
  received,
  setFaults,
  testKeys,
  until,
} from './helpers.js';

const TOPICS = [
  { id: 'anxiety', label: { id: 'Cemas', en: 'Anxiety or worry' } },
  { id: 'family', label: { id: 'Keluarga', en: 'Family' } },
];

function config(box: string, supportForm: Record<string, unknown> = {}) {
  return {
    locale: 'en',
    organization: { name: 'TPKJM Kalurahan Ngunut' },
    crisis: { lines: [{ name: 'SEJIWA', phone: '119', extension: '8' }] },
    supportForm: {
      endpoint: endpointFor(box),
      topics: TOPICS,
      contact: ['none', 'code', 'whatsapp', 'email'],
      minFillSeconds: 0,
      ...supportForm,
    },
  };
}

async function mount(
  cfg: unknown,
  lang = 'en',
  retryDelay = 60_000,
): Promise<{ el: SebayaSupportForm; page: FormPage }> {
  const el = await fixture<SebayaSupportForm>(
    html`<sebaya-support-form lang=${lang} retry-delay=${retryDelay} .config=${cfg}></sebaya-support-form>`,
  );
  await settled(el);
  return { el, page: new FormPage(el) };
}

async function untilPhase(el: SebayaSupportForm, phase: string, ms = 5_000): Promise<void> {
  await until(() => el.getAttribute('phase') === phase, `phase ${phase} (is ${el.getAttribute('phase')})`, ms);
  await el.updateComplete;
}

describe('<sebaya-support-form>', () => {
  beforeEach(() => sessionStorage.clear());
  afterEach(async () => {
    document.querySelectorAll('sebaya-support-form').forEach((el) => el.remove());
    await clearOutbox();
  });

  it('shows an accessible empty form: labelled native controls, identifying options marked, only offered contact options', async () => {
    const { el, page } = await mount(config(newBox('empty')));
    expect(el.getAttribute('state')).to.equal('ready');
    expect(textOf(el)).to.contain('Ask for support');
    expect(textOf(el)).to.contain('TPKJM Kalurahan Ngunut');
    expect(page.byLabel('Topic').tagName).to.equal('SELECT');
    expect(page.byLabel('What would you like to tell the team?')).to.equal(page.message);
    expect(page.byLabel('Now: I am in danger').type).to.equal('radio');
    expect(page.byLabel('No reply needed').checked).to.equal(true);
    expect(page.byLabel(/^WhatsApp/).closest('label')!.textContent).to.contain('Makes you identifiable to the team');
    expect(page.byLabel(/^Email/).closest('label')!.textContent).to.contain('Makes you identifiable');
    expect(page.byLabel('A reference code').closest('label')!.textContent).not.to.contain('identifiable');
    expect(() => page.byLabel('Phone call or SMS')).to.throw();
    expect(page.byLabel('I agree').type).to.equal('checkbox');
    expect(page.byLabel('I agree').closest('label')!.textContent).to.contain('Law No. 27 of 2022');
    expect(page.root.querySelector('[role="status"]')).to.exist;
    // Without a publicKey the sealing chunk (and @hpke/core) is never downloaded.
    expect(performance.getEntriesByType('resource').filter((e) => /model\/seal\.|@hpke/.test(e.name))).to.deep.equal(
      [],
    );
    await expect(el).to.be.accessible();
  });

  it('speaks Indonesian by default and takes the consent text from config', async () => {
    const cfg = config(newBox('id'), {
      consentText: { id: 'Saya setuju data saya diolah oleh tim TPKJM.', en: 'I agree.' },
    });
    const { el, page } = await mount({ ...cfg, locale: 'id' }, '');
    expect(textOf(el)).to.contain('Minta dukungan');
    expect(page.byLabel('Saya setuju data saya diolah oleh tim TPKJM.').type).to.equal('checkbox');
    expect([...page.root.querySelectorAll('option')].map((o) => o.textContent)).to.deep.equal([
      'Pilih topik',
      'Cemas',
      'Keluarga',
    ]);
    await expect(el).to.be.accessible();
  });

  it('validation: errors are announced, the first invalid field is focused, nothing is sent', async () => {
    const box = newBox('invalid');
    const { el, page } = await mount(config(box));
    await page.choose(/^WhatsApp/);
    await page.submit();
    expect(page.alert).to.contain('Please check the form');
    expect(page.alert).to.contain('Please choose a topic.');
    expect(page.alert).to.contain('Please write a message.');
    expect(page.alert).to.contain('Please say how soon you need help.');
    expect(page.alert).to.contain('Please enter where the team can reply');
    expect(page.alert).to.contain('Please agree');
    await until(() => page.root.activeElement === page.root.querySelector('select'), 'focus on the topic');
    const select = page.root.querySelector('select')!;
    expect(select.getAttribute('aria-invalid')).to.equal('true');
    expect(page.root.getElementById(select.getAttribute('aria-describedby')!)!.textContent).to.contain(
      'Please choose a topic.',
    );
    await expect(el).to.be.accessible();
    await page.selectTopic('family');
    await page.submit();
    await until(() => page.root.activeElement === page.message, 'focus on the message');
    await page.type('Halo');
    page.byLabel('Your WhatsApp number').focus();
    const number = page.byLabel<HTMLInputElement>('Your WhatsApp number');
    number.value = 'not a number';
    number.dispatchEvent(new Event('input'));
    await page.choose(/In the next day or two/);
    await page.choose(/I agree/);
    await page.submit();
    expect(page.alert).to.contain('This does not look like a phone number.');
    expect((await received(box)).hits).to.equal(0);
  });

  it('takes each error away once it is fixed, leaving the others in place; new ones wait for the next send', async () => {
    const { el, page } = await mount(config(newBox('fixing')));
    await page.submit();
    const items = () => [...page.root.querySelectorAll('[role="alert"] li')];
    const before = items();
    expect(before.map((li) => li.textContent)).to.deep.equal([
      'Please choose a topic.',
      'Please write a message.',
      'Please say how soon you need help.',
      'Please agree, so that the team may read your request.',
    ]);
    await page.choose(/Now: I am in danger/);
    // The urgency's line and its red text go; the other lines are the very same nodes (nothing re-read).
    const after = items();
    expect(after.length).to.equal(3);
    [before[0], before[1], before[3]].forEach((li, i) => expect(after[i] === li, `line ${i} kept`).to.equal(true));
    const urgency = page.byLabel<HTMLInputElement>(/Now: I am in danger/);
    expect(urgency.getAttribute('aria-invalid')).to.equal('false');
    expect(page.root.querySelector('#sf-urgency-error')).to.equal(null);
    // Choosing WhatsApp without a number is not flagged until the visitor sends again.
    await page.choose(/^WhatsApp/);
    expect(page.alert).not.to.contain('Please enter where the team can reply');
    await page.type('Halo');
    await page.selectTopic('family');
    await page.choose(/I agree/);
    expect(page.root.querySelector('[role="alert"]')).to.equal(null);
    await page.submit();
    expect(page.alert).to.contain('Please enter where the team can reply');
    await expect(el).to.be.accessible();
  });

  it('works with the keyboard alone: Tab, arrows, Space and Enter fill and send it', async () => {
    const box = newBox('keyboard');
    const { el, page } = await mount(config(box));
    const focused = () => page.root.activeElement as HTMLElement | null;
    (document.activeElement as HTMLElement | null)?.blur();
    await sendKeys({ press: 'Tab' });
    expect(focused()?.id).to.equal('sf-topic');
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'Tab' });
    expect(focused()).to.equal(page.message);
    await sendKeys({ type: 'Saya ingin bicara.' });
    await sendKeys({ press: 'Tab' });
    expect((focused() as HTMLInputElement).name).to.equal('urgency');
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'Tab' });
    expect((focused() as HTMLInputElement).name).to.equal('contact');
    await sendKeys({ press: 'Tab' });
    expect((focused() as HTMLInputElement).name).to.equal('consent');
    await sendKeys({ press: 'Space' });
    await sendKeys({ press: 'Tab' });
    expect(focused()?.getAttribute('type')).to.equal('submit');
    await sendKeys({ press: 'Enter' });
    await untilPhase(el, 'sent');
    const [envelope] = (await received(box)).stored as { request: Record<string, unknown> }[];
    expect(envelope!.request).to.deep.include({ topic: 'anxiety', message: 'Saya ingin bicara.', urgency: 'soon' });
  });

  it('reflows at 320 CSS pixels (200 % zoom of a 640 px phone) without sideways scrolling', async () => {
    await setViewport({ width: 320, height: 640 });
    try {
      const { el, page } = await mount(config(newBox('zoom')));
      await page.choose(/Now: I am in danger/);
      await page.choose(/^WhatsApp/);
      await page.type('Sebuah-kata-yang-sangat-panjang-tanpa-spasi-'.repeat(10));
      for (const node of page.root.querySelectorAll<HTMLElement>('form *, [part="crisis"] *')) {
        const box = node.getBoundingClientRect();
        if (box.width) expect(box.right, node.outerHTML.slice(0, 80)).to.be.at.most(321);
      }
      expect(document.documentElement.scrollWidth).to.be.at.most(320);
      await expect(el).to.be.accessible();
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });

  it('counts characters live up to maxLength', async () => {
    const { page } = await mount(config(newBox('count'), { maxLength: 60 }));
    expect(page.root.getElementById('sf-message-count')!.textContent).to.contain('0 of 60 characters');
    await page.type('Saya butuh teman bicara.');
    expect(page.root.getElementById('sf-message-count')!.textContent).to.contain('24 of 60 characters');
    expect(page.message.maxLength).to.equal(60);
    expect(page.message.getAttribute('aria-describedby')).to.contain('sf-message-count');
  });

  it('urgency "now" shows the crisis lines right under the choice at once, before anything is sent', async () => {
    const box = newBox('now');
    const { el, page } = await mount(config(box));
    expect(page.root.querySelector('[part="crisis"]')).to.equal(null);
    await page.choose(/Now: I am in danger/);
    const crisis = page.root.querySelector('[part="crisis"]')!;
    expect(crisis).to.exist;
    // Where the visitor is looking: the next thing after the urgency choice, not at the top of the form.
    const urgency = page.byLabel(/Now: I am in danger/).closest('fieldset')!;
    expect(urgency.nextElementSibling === crisis, 'the crisis lines follow the urgency choice').to.equal(true);
    expect(page.root.querySelectorAll('[part="crisis"]').length).to.equal(1);
    expect(links(el).map((l) => l.href)).to.include('tel:119,8');
    expect(crisis.textContent).to.contain('112');
    // 112 is a call link here too, as in the crisis panel.
    expect(crisis.querySelector('a[href="tel:112"]')?.textContent).to.equal('112');
    expect((await received(box)).hits).to.equal(0);
    await expect(el).to.be.accessible();
  });

  it('urgency "now" offers a way to reach every line, a website where a line has no number', async () => {
    // The built-in national lines: SEJIWA by phone, Healing119.id on the web only.
    const { crisis: _, ...builtIn } = config(newBox('now-web'));
    const { el, page } = await mount(builtIn);
    await page.choose(/Now: I am in danger/);
    const box = page.root.querySelector('[part="crisis"]')!;
    const items = [...box.querySelectorAll('li')];
    expect(items.length).to.equal(2);
    for (const li of items) expect(li.querySelector('a[href]'), li.textContent ?? '').to.exist;
    expect([...box.querySelectorAll<HTMLAnchorElement>('a[href]')].map((a) => a.href)).to.deep.equal([
      'tel:119,8',
      'https://healing119.id/',
      'tel:112',
    ]);
    expect(box.textContent).to.contain('Open Healing119.id');
    await expect(el).to.be.accessible();
  });

  it('sends: sending → sent with a reference code; the event carries only the id; the wire format is exact', async () => {
    const box = newBox('send');
    await setFaults(box, ['delay-400']);
    const { el, page } = await mount(config(box));
    await page.selectTopic('anxiety');
    await page.fill('Saya sering cemas dan sulit tidur.');
    await page.choose(/A reference code/);
    const sent = nextEvent<Record<string, unknown>>(el, 'sebaya-request-sent');
    await page.submit();
    expect(el.getAttribute('phase')).to.equal('sending');
    expect(page.status).to.contain('Sending your request');
    await expect(el).to.be.accessible();
    const event = await sent;
    expect(Object.keys(event.detail)).to.deep.equal(['id']);
    const id = event.detail.id as string;
    await untilPhase(el, 'sent');
    expect(page.status).to.contain('Sent. The team has your request.');
    expect(page.status).to.contain(referenceCode(id));
    const [envelope] = (await received(box)).stored;
    expect(envelope).to.deep.equal({
      v: 1,
      id,
      sentAt: envelope!.sentAt,
      sealed: false,
      request: {
        topic: 'anxiety',
        message: 'Saya sering cemas dan sulit tidur.',
        urgency: 'soon',
        lang: 'en',
        contact: { method: 'code', value: referenceCode(id) },
      },
    });
    expect(envelope!.sentAt).to.match(/^\d{4}-\d{2}-\d{2}$/);
    expect(sessionStorage.length).to.equal(0);
    await expect(el).to.be.accessible();
    page.root.querySelector<HTMLButtonElement>('.actions button')!.click();
    await el.updateComplete;
    expect(page.message.value).to.equal('');
  });

  it('posts application/json by default, and text/plain (no CORS preflight) when the config asks', async () => {
    for (const [contentType, expected] of [
      [undefined, 'application/json'],
      ['text/plain', 'text/plain;charset=UTF-8'],
    ] as const) {
      const box = newBox('type');
      const { el, page } = await mount(config(box, contentType ? { contentType } : {}));
      await page.selectTopic('family');
      await page.fill('Jenis isi');
      await page.submit();
      await untilPhase(el, 'sent');
      expect((await received(box)).types).to.deep.equal([expected]);
      el.remove();
    }
  });

  it('a 409 (the receiver already has it) counts as sent', async () => {
    const box = newBox('409');
    await setFaults(box, ['409']);
    const { el, page } = await mount(config(box));
    await page.selectTopic('family');
    await page.fill('Pesan');
    await page.submit();
    await untilPhase(el, 'sent');
  });

  it('receiver down: saved and will send; warns it is stored readable and offers to delete it', async () => {
    const box = newBox('down');
    await setFaults(box, [], 'drop');
    const { el, page } = await mount(config(box));
    await page.selectTopic('family');
    await page.fill('Anak saya tidak mau sekolah.');
    const queued = nextEvent<Record<string, unknown>>(el, 'sebaya-request-queued');
    await page.submit();
    expect(Object.keys((await queued).detail)).to.deep.equal(['id']);
    await untilPhase(el, 'queued');
    // What is true: retried while a page with the form is open, not by itself once it is closed.
    expect(page.status).to.contain(
      'Saved on this phone. It will be sent when the connection is back: while this page is open, or the next time you open a page with this form.',
    );
    expect(page.status).not.to.match(/by itself|if you close|even if/);
    expect(page.status).to.contain('stored on this phone in readable form');
    await expect(el).to.be.accessible();
    const del = [...page.root.querySelectorAll('button')].find((b) =>
      b.textContent?.includes('Delete this saved request'),
    )!;
    expect(del).to.exist;
    del.click();
    await until(() => el.getAttribute('phase') === 'editing', 'the request to be deleted');
    await setFaults(box, [], 'ok');
    window.dispatchEvent(new Event('online'));
    await new Promise((r) => setTimeout(r, 300));
    expect((await received(box)).stored).to.deep.equal([]);
  });

  it('500 then back online: queued, then sent with the code, with no duplicate', async () => {
    const box = newBox('500');
    await setFaults(box, [], '500');
    const { el, page } = await mount(config(box));
    await page.selectTopic('family');
    await page.fill('Tolong hubungi saya.');
    await page.submit();
    await untilPhase(el, 'queued');
    await setFaults(box, [], 'ok');
    const sent = nextEvent<{ id: string }>(el, 'sebaya-request-sent');
    window.dispatchEvent(new Event('online'));
    const { id } = (await sent).detail;
    await untilPhase(el, 'sent');
    expect(page.status).to.contain(referenceCode(id));
    const got = await received(box);
    expect(got.stored.map((e) => e.id)).to.deep.equal([id]);
  });

  it('a receiver that keeps answering 5xx is not "offline": after 3 error answers it says so, shows the crisis lines and keeps the request', async () => {
    const box = newBox('broken-500');
    const endpoint = `/__test__/support-form-broken?box=${box}&status=500`;
    const { el, page } = await mount(config(box, { endpoint }), 'en', 40);
    await page.selectTopic('family');
    await page.fill('Tolong, penerimanya rusak.', /It can wait a few days/);
    await page.submit();
    await untilPhase(el, 'queued');
    expect(page.root.querySelector('[part="crisis"]')).to.equal(null);
    await untilPhase(el, 'failing');
    expect((await received(box)).hits).to.equal(FAILING_AFTER);
    expect(page.status).to.contain('The team’s receiver is not accepting requests right now (error 500)');
    expect(page.status).to.contain('stays saved on this phone');
    expect(page.status).not.to.contain('It will be sent when the connection is back');
    const crisis = page.root.querySelector('[part="crisis"]')!;
    expect(crisis.textContent).to.contain('If you need help soon');
    expect(links(el).map((l) => l.href)).to.include('tel:119,8');
    // Never lost: still in the outbox (and still offered for deletion).
    const outbox = (await (await import('../../src/support-form/model/outbox.js')).Outbox.open())!;
    const [kept] = await outbox.list(new URL(endpoint, document.baseURI).href);
    outbox.close();
    expect(JSON.parse(kept!.body).request.message).to.equal('Tolong, penerimanya rusak.');
    expect(
      [...page.root.querySelectorAll('button')].some((b) => b.textContent?.includes('Delete this saved request')),
    ).to.equal(true);
    await expect(el).to.be.accessible();
  });

  for (const status of [501, 404, 405]) {
    it(`a ${status} (no receiver there) is said at once: not accepting requests, the crisis lines, the text still here, nothing queued`, async () => {
      const box = newBox(`broken-${status}`);
      const endpoint = `/__test__/support-form-broken?box=${box}&status=${status}`;
      const { el, page } = await mount(config(box, { endpoint }), 'en', 40);
      await page.selectTopic('family');
      await page.fill('Apakah ada yang membaca ini?');
      await page.submit();
      await untilPhase(el, 'rejected');
      expect(page.status).to.contain(
        `The team’s receiver is not accepting requests (error ${status}). Nothing was sent. Your text is still here.`,
      );
      expect(page.root.querySelector('[part="crisis"]')!.textContent).to.contain('If you need help soon');
      expect(page.message.value).to.equal('Apakah ada yang membaca ini?');
      const outbox = (await (await import('../../src/support-form/model/outbox.js')).Outbox.open())!;
      expect(await outbox.list(new URL(endpoint, document.baseURI).href)).to.deep.equal([]);
      outbox.close();
      await new Promise((r) => setTimeout(r, 200));
      expect((await received(box)).hits).to.equal(1, 'not retried');
      await expect(el).to.be.accessible();
    });
  }

  it('a timeout queues the request', async () => {
    const box = newBox('timeout');
    await setFaults(box, ['delay-2500']);
    const { el, page } = await mount(config(box, { timeoutSeconds: 1 }));
    await page.selectTopic('family');
    await page.fill('Pesan lambat');
    await page.submit();
    await untilPhase(el, 'queued', 4_000);
  });

  it('a 400 is not queued: the draft stays and the reason is shown as text', async () => {
    const box = newBox('400');
    await setFaults(box, ['xss']);
    const { el, page } = await mount(config(box));
    await page.selectTopic('family');
    await page.fill('Draf saya');
    await page.submit();
    await untilPhase(el, 'rejected');
    expect(page.status).to.contain('did not accept the request (error 400)');
    expect(page.status).to.contain('<img src=x onerror=');
    expect(page.root.querySelector('.status img, .status script')).to.equal(null);
    expect((window as { __sfPwned?: number }).__sfPwned).to.equal(undefined);
    expect(page.message.value).to.equal('Draf saya');
    const waiting = await (await import('../../src/support-form/model/outbox.js')).Outbox.open();
    expect(await waiting!.list(new URL(endpointFor(box), document.baseURI).href)).to.deep.equal([]);
    waiting!.close();
    await expect(el).to.be.accessible();
  });

  it('reload while queued: a new form instance sends it and shows it was sent', async () => {
    const box = newBox('reload');
    await setFaults(box, [], '500');
    const first = await mount(config(box));
    await first.page.selectTopic('family');
    await first.page.fill('Saya ingin cerita.');
    const queued = nextEvent<{ id: string }>(first.el, 'sebaya-request-queued');
    await first.page.submit();
    const { id } = (await queued).detail;
    first.el.remove();
    await setFaults(box, [], 'ok');
    const el = document.createElement('sebaya-support-form');
    el.lang = 'en';
    el.config = config(box);
    const sent = nextEvent<{ id: string }>(el, 'sebaya-request-sent');
    document.body.append(el);
    expect((await sent).detail.id).to.equal(id);
    await el.updateComplete;
    expect(textOf(el)).to.contain(`A request saved earlier has been sent. Reference code: ${referenceCode(id)}`);
    expect((await received(box)).stored.map((e) => e.id)).to.deep.equal([id]);
  });

  it('two forms picking up the same queued request (two tabs) send it once', async () => {
    const box = newBox('two');
    await setFaults(box, [], '500');
    const first = await mount(config(box));
    await first.page.selectTopic('family');
    await first.page.fill('Sekali saja.');
    await first.page.submit();
    await untilPhase(first.el, 'queued');
    first.el.remove();
    await setFaults(box, [], 'delay-300');
    const a = document.createElement('sebaya-support-form');
    const b = document.createElement('sebaya-support-form');
    a.config = b.config = config(box);
    document.body.append(a, b);
    await until(async () => (await received(box)).stored.length === 1, 'delivery');
    await new Promise((r) => setTimeout(r, 600));
    expect((await received(box)).hits).to.equal(2, 'one failed attempt, then exactly one delivery');
  });

  it('IndexedDB unavailable: says nothing can be saved, sends directly; a failure keeps the draft', async () => {
    const original = IDBFactory.prototype.open;
    IDBFactory.prototype.open = () => {
      throw new DOMException('private mode', 'InvalidStateError');
    };
    try {
      const box = newBox('no-idb');
      await setFaults(box, ['500']);
      const { el, page } = await mount(config(box));
      expect(textOf(el)).to.contain('This browser cannot save requests on this device');
      await page.selectTopic('family');
      await page.fill('Tanpa penyimpanan');
      await page.submit();
      await untilPhase(el, 'unsaved');
      expect(page.status).to.contain('nothing was saved');
      expect(page.message.value).to.equal('Tanpa penyimpanan');
      await expect(el).to.be.accessible();
      await page.submit();
      await untilPhase(el, 'sent');
      expect((await received(box)).stored.length).to.equal(1);
    } finally {
      IDBFactory.prototype.open = original;
    }
  });

  it('a wrong-curve, off-curve or private public key is a config error before the visitor types', async () => {
    const p384 = await crypto.subtle.exportKey(
      'jwk',
      (await crypto.subtle.generateKey({ name: 'ECDH', namedCurve: 'P-384' }, true, ['deriveBits'])).publicKey,
    );
    const keys = await testKeys();
    const offCurve = { ...keys.publicKey, x: keys.publicKey.y, y: keys.publicKey.x };
    for (const [key, path] of [
      [p384, 'supportForm.publicKey.crv'],
      [offCurve, 'supportForm.publicKey'],
      [keys.privateKey, 'supportForm.publicKey.d'],
    ] as const) {
      const el = document.createElement('sebaya-support-form');
      el.lang = 'en';
      el.config = config(newBox('badkey'), { publicKey: key });
      const error = nextEvent<{ code: string; path?: string; message: string }>(el, 'sebaya-error');
      document.body.append(el);
      const { detail } = await error;
      expect(detail.code).to.equal('config-invalid');
      expect(detail.path).to.equal(path);
      expect(el.getAttribute('state')).to.equal('error');
      expect(el.shadowRoot!.querySelector('textarea')).to.equal(null);
      el.debug = true; // the owner box names it (visitors see one calm line)
      await el.updateComplete;
      expect(textOf(el)).to.contain(path);
      await expect(el).to.be.accessible();
      el.remove();
    }
  });

  it('sealed: only ciphertext is stored in the outbox and sent; the CLI logic opens it', async () => {
    const box = newBox('sealed');
    await setFaults(box, [], '500');
    const { el, page } = await mount(config(box, { publicKey: (await testKeys()).publicKey }));
    expect(textOf(el)).to.contain('Encrypted on this phone');
    // With a publicKey the sealing chunk is loaded up front (so sealing works offline later).
    expect(performance.getEntriesByType('resource').some((e) => /model\/seal\./.test(e.name))).to.equal(true);
    await page.selectTopic('anxiety');
    await page.fill('Rahasia: saya merasa putus asa.');
    await page.choose(/^Email/);
    const email = page.byLabel<HTMLInputElement>('Your email address');
    email.value = 'warga@example.org';
    email.dispatchEvent(new Event('input'));
    await el.updateComplete;
    const queued = nextEvent<{ id: string }>(el, 'sebaya-request-queued');
    await page.submit();
    const { id } = (await queued).detail;
    await untilPhase(el, 'queued');
    expect(page.status).to.contain('stored encrypted');
    const outbox = (await (await import('../../src/support-form/model/outbox.js')).Outbox.open())!;
    const [stored] = await outbox.list(new URL(endpointFor(box), document.baseURI).href);
    outbox.close();
    expect(stored!.sealed).to.equal(true);
    expect(stored!.body).not.to.contain('putus asa');
    expect(stored!.body).not.to.contain('warga@example.org');
    await setFaults(box, [], 'ok');
    window.dispatchEvent(new Event('online'));
    await untilPhase(el, 'sent');
    const [wire] = (await received(box)).stored;
    expect(JSON.stringify(wire)).not.to.contain('putus asa');
    const opened = await openedBy(box);
    expect(opened.skipped).to.deep.equal([]);
    expect(opened.opened[0]).to.deep.include({ id, sealed: true });
    expect(opened.opened[0]!.request).to.deep.equal({
      topic: 'anxiety',
      message: 'Rahasia: saya merasa putus asa.',
      urgency: 'soon',
      lang: 'en',
      contact: { method: 'email', value: 'warga@example.org' },
    });
    await expect(el).to.be.accessible();
  });

  it('keeps a session draft across a reload; clears it on send and on quick exit', async () => {
    const box = newBox('draft');
    const first = await mount(config(box));
    await first.page.selectTopic('family');
    await first.page.type('Draf yang belum selesai');
    await first.page.choose(/In the next day or two/);
    const keys = Object.keys(sessionStorage);
    expect(keys.length).to.equal(1);
    expect(keys[0]!.startsWith('sebaya:')).to.equal(true);
    first.el.remove();
    const second = await mount(config(box));
    expect(second.page.message.value).to.equal('Draf yang belum selesai');
    expect((second.page.root.querySelector('select') as HTMLSelectElement).value).to.equal('family');
    expect(second.page.byLabel<HTMLInputElement>('In the next day or two').checked).to.equal(true);
    second.el.remove();
    clearSessionState(); // what the quick exit does
    const third = await mount(config(box));
    expect(third.page.message.value).to.equal('');
    await third.page.selectTopic('family');
    await third.page.fill('Kirim');
    await third.page.submit();
    await untilPhase(third.el, 'sent');
    expect(Object.keys(sessionStorage)).to.deep.equal([]);
  });

  it('anti-spam: a filled honeypot looks sent but sends nothing; a too-quick send is held back', async () => {
    const box = newBox('spam');
    const { el, page } = await mount(config(box));
    await page.selectTopic('family');
    await page.fill('Beli obat murah');
    (page.root.querySelector('input[name="website"]') as HTMLInputElement).value = 'http://spam.example';
    await page.submit();
    await untilPhase(el, 'sent');
    expect((await received(box)).hits).to.equal(0);

    const slow = await mount(config(box, { minFillSeconds: 30 }));
    await slow.page.selectTopic('family');
    await slow.page.fill('Cepat sekali');
    await slow.page.submit();
    expect(slow.page.alert).to.contain('That was very quick');
    expect(slow.el.getAttribute('phase')).to.equal('editing');
    expect((await received(box)).hits).to.equal(0);
  });

  it('proof of work when the config asks: the envelope carries a stamp that verifies for its id', async () => {
    const box = newBox('pow');
    const { el, page } = await mount(config(box, { proofOfWork: { bits: 8 } }));
    await page.selectTopic('family');
    await page.fill('Dengan bukti kerja');
    await page.submit();
    await untilPhase(el, 'sent');
    const [envelope] = (await received(box)).stored as { id: string; pow: { bits: number; nonce: string } }[];
    expect(envelope!.pow.bits).to.equal(8);
    expect(await verifyPow(envelope!.id, envelope!.pow, 8)).to.equal(true);
  });
});
