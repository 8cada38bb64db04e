/**
 * Anonymous replies on the visitor's side (issue #16, item 4), in Chromium against the real Node
 * receiver (test/server/routes-replies.mjs): the secret after sending, the coordinator's sealed
 * answer, "Check for a reply", no oracle for wrong words, remember and quick exit, 429, offline.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { executeServerCommand, sendKeys, setViewport } from '@web/test-runner-commands';
import '../../src/support-form/define.js';
import { quickExit } from '../../src/crisis-help/quick-exit.js';
import { referenceCode } from '../../src/support-form/model/request.js';
import { replyWordsEn } from '../../src/support-form/reply-words-en.js';
import { replyWordsId } from '../../src/support-form/reply-words-id.js';
import type { SebayaSupportForm } from '../../src/support-form/support-form.js';
import { nextEvent, settled } from '../helpers/events.js';
import { clearOutbox, endpointFor, FormPage, newBox, setFaults, testKeys, until } from './helpers.js';

/** The server command of test/server/offline-command.mjs. */
const OFFLINE_COMMAND = 'sebaya-set-offline';
const E = '/__test__/reply-receiver';
const LIMITED = '/__test__/reply-limited';
const LINES = { lines: [{ name: 'SEJIWA', phone: '119', extension: '8' }] };

async function config(endpoint = E, extra: Record<string, unknown> = {}) {
  return {
    crisis: LINES,
    supportForm: { endpoint, minFillSeconds: 0, publicKey: (await testKeys()).publicKey, replies: true, ...extra },
  };
}

/** Page object for the reply parts of the form. */
class ReplyPage extends FormPage {
  text(selector: string): string {
    return (this.root.querySelector(selector)?.textContent ?? '').replace(/\s+/g, ' ').trim();
  }
  button(name: string | RegExp): HTMLButtonElement {
    const found = [...this.root.querySelectorAll('button')].find((b) =>
      typeof name === 'string' ? b.textContent?.trim() === name : name.test(b.textContent ?? ''),
    );
    if (!found) throw new Error(`no button ${String(name)}`);
    return found;
  }
  get secretBox(): HTMLElement | null {
    return this.root.querySelector('[part="reply-secret"]');
  }
  get secretWords(): string[] {
    return this.text('.reply-secret .words').split(' ');
  }
  get secretCode(): string {
    return this.text('.reply-secret .code');
  }
  field(name: 'code' | 'words'): HTMLInputElement {
    return this.root.querySelector<HTMLInputElement>(`#sf-reply-${name}`)!;
  }
  async typeInto(name: 'code' | 'words', value: string): Promise<void> {
    const input = this.field(name);
    input.value = value;
    input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    await this.el.updateComplete;
  }
  /** Presses Check and waits until the answer is shown (the "checking" line is gone). */
  async check(label: string | RegExp = 'Check'): Promise<string> {
    this.button(label).click();
    await this.el.updateComplete; // "checking…" is shown at once
    await until(() => this.status !== '' && !/Checking|Sedang memeriksa/.test(this.status), 'the check to end', 20_000);
    return this.status;
  }
}

async function mount(cfg: unknown, attrs: { lang?: string; view?: string } = {}): Promise<ReplyPage> {
  const el = await fixture<SebayaSupportForm>(
    html`<sebaya-support-form lang=${attrs.lang ?? 'en'} view=${attrs.view ?? 'form'} .config=${cfg}></sebaya-support-form>`,
  );
  await settled(el);
  return new ReplyPage(el);
}

/** Sends a request from `page` and resolves with its id once the receiver took it. */
async function send(page: ReplyPage, message = 'Saya butuh teman bicara.'): Promise<string> {
  await page.type(message);
  await page.choose(page.el.lang === 'id' ? /Dalam satu atau dua hari ini/ : /In the next day or two/);
  await page.choose(page.el.lang === 'id' ? /Saya setuju/ : /I agree/);
  const sent = nextEvent<{ id: string }>(page.el, 'sebaya-request-sent', 15_000);
  await page.submit();
  return (await sent).detail.id;
}

interface Coordinated {
  status: number;
  request: { reply?: { key: string; token: string }; message: string; lang: string };
}
/** The coordinator opens request `id` with the team's key and answers it (sealed to the visitor's reply key). */
async function answer(id: string, text: string, receiver = 'reply-receiver'): Promise<Coordinated> {
  const res = await fetch(`/__test__/reply-coordinator?receiver=${receiver}&id=${id}`, {
    method: 'POST',
    body: JSON.stringify({ text, lang: 'id' }),
  });
  expect(res.status, await res.clone().text()).to.equal(200);
  return (await res.json()) as Coordinated;
}

/** Whether the test server answers (false while the browser is offline). */
const reachable = (): Promise<boolean> =>
  fetch('/__test__/hits?id=reply-probe', { cache: 'no-store' }).then(
    () => true,
    () => false,
  );

const loaded = (name: string) =>
  performance.getEntriesByType('resource').some((e) => e.name.includes(`/src/support-form/${name}`));

describe('anonymous replies: the visitor’s side of <sebaya-support-form>', function () {
  this.timeout(40_000);

  afterEach(async () => {
    document.querySelectorAll('sebaya-support-form').forEach((el) => el.remove());
    await setViewport({ width: 800, height: 600 });
    for (const key of Object.keys(localStorage)) if (key.startsWith('sebaya:')) localStorage.removeItem(key);
    await clearOutbox();
  });

  it('downloads nothing of replies for a form without them, even after sending', async () => {
    const page = await mount({ supportForm: { endpoint: endpointFor(newBox('no-replies')), minFillSeconds: 0 } });
    await send(page);
    await until(() => page.el.getAttribute('phase') === 'sent', 'sent');
    expect(page.secretBox).to.equal(null);
    expect(page.root.textContent).not.to.contain('Check for a reply');
    expect(loaded('reply-desk'), 'reply-desk chunk').to.equal(false);
    expect(loaded('messages-reply'), 'reply strings').to.equal(false);
    expect(loaded('model/reply-client'), 'reply client').to.equal(false);
  });

  it('full loop in English: sealed request with a reply key, the team answers, the visitor reads it', async () => {
    const page = await mount(await config());
    const id = await send(page, 'Dari formulir dengan balasan.');
    await until(() => !!page.secretBox, 'the reply secret');
    // The code and five English words, shown once, with "write this down".
    expect(page.secretCode).to.equal(referenceCode(id));
    expect(page.secretWords).to.have.length(5);
    for (const w of page.secretWords) expect(replyWordsEn).to.include(w);
    expect(page.text('.reply-secret')).to.contain('Write down the reference code and these five words');
    await expect(page.el).to.be.accessible();

    // The reply key travelled inside the seal: only the team's private key shows it.
    const coordinated = await answer(id, 'Halo, kami tim TPKJM. <b>Kami</b> akan menghubungi Anda.');
    expect(coordinated.status).to.equal(201);
    expect(coordinated.request.message).to.equal('Dari formulir dengan balasan.');
    expect(coordinated.request.reply?.key).to.match(/^[\w-]{87}$/);

    page.button('Check for a reply').click();
    await page.el.updateComplete;
    expect(page.el.getAttribute('view')).to.equal('reply');
    expect(page.field('code').value).to.equal(referenceCode(id));
    expect(page.field('words').value).to.equal(page.secretWords.join(' ') || page.field('words').value);
    await expect(page.el).to.be.accessible();
    const status = await page.check();
    expect(status).to.contain('One reply from the team:');
    expect(status).to.contain('Halo, kami tim TPKJM. <b>Kami</b> akan menghubungi Anda.');
    expect(page.root.querySelector('.replies b')).to.equal(null); // text, never HTML
    expect(page.root.querySelector('.reply-text')?.getAttribute('lang')).to.equal('id');
    expect(status).to.match(/Sent \w+ \d{1,2}, \d{4}/);
    await expect(page.el).to.be.accessible();
    // Back to the form.
    page.button('Back to the form').click();
    await page.el.updateComplete;
    expect(page.el.getAttribute('view')).to.equal('form');
  });

  it('full loop in Bahasa Indonesia, read on another visit through view="reply" with the code and words typed by hand', async () => {
    const page = await mount(await config(), { lang: 'id' });
    const id = await send(page, 'Permintaan dalam bahasa Indonesia.');
    await until(() => !!page.secretBox, 'the reply secret');
    const words = page.secretWords;
    for (const w of words) expect(replyWordsId).to.include(w);
    expect(page.text('.reply-secret')).to.contain('Catat kode rujukan dan lima kata ini');
    await answer(id, 'Terima kasih sudah menulis. Kami akan membalas lagi besok.');
    await answer(id, 'Balasan kedua dari tim.');
    page.el.remove();

    // Another visit: nothing remembered, the visitor types what they wrote on paper.
    const later = await mount(await config(), { lang: 'id', view: 'reply' });
    expect(later.text('h2')).to.equal('Periksa balasan');
    expect(later.field('code').value).to.equal('');
    await later.typeInto('code', referenceCode(id).toLowerCase().replace('-', ''));
    // Upper case, commas and a word whose last letters were miswritten still read back.
    const typed = words.map((w, i) => (i === 1 && w.length >= 5 ? `${w.slice(0, 4)}zz` : w.toUpperCase())).join(', ');
    await later.typeInto('words', typed);
    const status = await later.check('Periksa');
    expect(status).to.contain('2 balasan dari tim:');
    const texts = [...later.root.querySelectorAll('.reply-text')].map((p) => p.textContent);
    expect(texts).to.deep.equal([
      'Terima kasih sudah menulis. Kami akan membalas lagi besok.',
      'Balasan kedua dari tim.',
    ]);
    expect(status).to.contain('Dikirim');
    await expect(later.el).to.be.accessible();
  });

  it('says the same for wrong words as for no reply yet (no oracle), calmly, with the help lines', async () => {
    const page = await mount(await config());
    const id = await send(page);
    await until(() => !!page.secretBox, 'the reply secret');
    const words = page.secretWords;
    page.button('Check for a reply').click();
    await page.el.updateComplete;
    const noneYet = await page.check();
    expect(noneYet).to.contain('No reply yet. Teams usually answer within a few days');
    expect(page.root.querySelector('[part="crisis"]')?.textContent).to.contain('SEJIWA');
    await expect(page.el).to.be.accessible();

    await answer(id, 'Ada balasan sekarang.');
    const other = replyWordsEn.filter((w) => !words.includes(w)).slice(0, 5);
    await page.typeInto('words', other.join(' '));
    expect(await page.check()).to.equal(noneYet);
    // The right words again: the reply is there.
    await page.typeInto('words', words.join(' '));
    expect(await page.check()).to.contain('Ada balasan sekarang.');
  });

  it('says "checking…" while it derives and asks, Check marked disabled but keeping the focus, accessibly', async () => {
    const page = await mount(await config('/__test__/reply-slow'), { view: 'reply' });
    await page.typeInto('code', 'AB12-CD34');
    await page.typeInto('words', 'apple moon river cat tea');
    page.button('Check').focus();
    page.button('Check').click();
    await page.el.updateComplete;
    expect(page.status).to.equal('Checking… this takes a few seconds.');
    expect(page.button('Check').getAttribute('aria-disabled')).to.equal('true');
    await expect(page.el).to.be.accessible();
    // A second press while checking starts nothing; the focus stays where the keyboard user left it.
    page.button('Check').click();
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    expect(page.root.activeElement?.textContent?.trim()).to.equal('Check');
    await until(() => page.status.includes('No reply yet'), 'the answer', 20_000);
    expect(page.button('Check').getAttribute('aria-disabled')).to.equal('false');
    expect(page.root.activeElement?.textContent?.trim()).to.equal('Check');
  });

  it('points at a code or words that cannot be right, and keeps what was typed', async () => {
    const page = await mount(await config(), { view: 'reply' });
    await page.typeInto('code', 'AB12');
    await page.typeInto('words', 'apple moon');
    page.button('Check').click();
    await page.el.updateComplete;
    await page.el.updateComplete;
    expect(page.field('code').getAttribute('aria-invalid')).to.equal('true');
    expect(page.text('#sf-reply-code-error')).to.contain('eight letters and digits');
    expect(page.root.activeElement).to.equal(page.field('code'));
    await page.typeInto('code', 'AB12-CD34');
    page.button('Check').click();
    await page.el.updateComplete;
    expect(page.text('#sf-reply-words-error')).to.contain('five words');
    expect(page.field('words').value).to.equal('apple moon');
    await expect(page.el).to.be.accessible();
  });

  it('remembers the secret on this device only when ticked; the quick exit clears it', async () => {
    const page = await mount(await config());
    const id = await send(page);
    await until(() => !!page.secretBox, 'the reply secret');
    const key = `sebaya:reply:${new URL(E, location.href).href}`;
    expect(localStorage.getItem(key)).to.equal(null);
    await page.choose(/Remember them on this device/);
    const kept = JSON.parse(localStorage.getItem(key) ?? '{}') as { code: string; words: string[] };
    expect(kept).to.deep.equal({ code: referenceCode(id), words: page.secretWords });
    await page.choose(/Remember them on this device/);
    expect(localStorage.getItem(key)).to.equal(null);
    await page.choose(/Remember them on this device/);
    page.el.remove();

    // Next visit: the form's own "Check for a reply" button, prefilled.
    const later = await mount(await config());
    later.button('Check for a reply to an earlier request').click();
    await later.el.updateComplete;
    await until(() => !!later.root.querySelector('#sf-reply-code'), 'the check view');
    expect(later.field('code').value).to.equal(referenceCode(id));
    expect(later.field('words').value).to.equal(kept.words.join(' '));
    // "Forget them on this device" removes it (the fields stay for this visit); tick again to keep it.
    expect(later.text('[part="reply-form"] ~ p.muted')).to.contain('remembered on this device');
    later.button('Forget them on this device').click();
    await later.el.updateComplete;
    expect(localStorage.getItem(key)).to.equal(null);
    expect(later.root.textContent).to.contain('Forgotten on this device. Keep your paper copy.');
    expect(later.field('words').value).to.equal(kept.words.join(' '));
    await expect(later.el).to.be.accessible();
    localStorage.setItem(key, JSON.stringify(kept));
    // The quick exit (to a fragment of this page, so the test stays) clears every sebaya: key.
    localStorage.setItem('sebaya:other', 'x');
    localStorage.setItem('not-ours', 'y');
    quickExit(`${location.href.split('#')[0]}#left`);
    await until(() => location.hash === '#left', 'the quick exit');
    history.replaceState(null, '', location.href.split('#')[0]);
    expect(localStorage.getItem(key)).to.equal(null);
    expect(localStorage.getItem('sebaya:other')).to.equal(null);
    expect(localStorage.getItem('not-ours')).to.equal('y');
    localStorage.removeItem('not-ours');
  });

  it('shows the secret for a request saved to send later (receiver unreachable)', async () => {
    const box = newBox('reply-queued');
    await setFaults(box, ['drop', 'drop', 'drop', 'drop'], 'drop');
    const page = await mount(await config(endpointFor(box)));
    await page.type('Dikirim nanti.');
    await page.choose(/In the next day or two/);
    await page.choose(/I agree/);
    const queued = nextEvent<{ id: string }>(page.el, 'sebaya-request-queued', 15_000);
    await page.submit();
    const { id } = (await queued).detail;
    await until(() => !!page.secretBox, 'the reply secret');
    expect(page.secretCode).to.equal(referenceCode(id));
    expect(page.el.getAttribute('phase')).to.equal('queued');
    await expect(page.el).to.be.accessible();
  });

  it('Copy copies the code and words, or selects them where there is no clipboard', async () => {
    const page = await mount(await config());
    await send(page);
    await until(() => !!page.secretBox, 'the reply secret');
    page.button('Copy').click();
    await until(() => page.text('.reply-secret [role="status"]') !== '', 'the copy message');
    const said = page.text('.reply-secret [role="status"]');
    if (said === 'Copied.') expect(await navigator.clipboard.readText().catch(() => 'unreadable')).to.be.a('string');
    else {
      expect(said).to.contain('selected');
      expect(getSelection()?.toString()).to.contain(page.secretWords.join(' '));
    }
    // Without a clipboard API at all (an http: page): the text is selected.
    const clipboard = Object.getOwnPropertyDescriptor(Navigator.prototype, 'clipboard');
    Object.defineProperty(navigator, 'clipboard', { value: undefined, configurable: true });
    try {
      page.button('Copy').click();
      await until(() => page.text('.reply-secret [role="status"]').includes('selected'), 'the selection');
      expect(getSelection()?.toString()).to.contain(page.secretCode);
    } finally {
      delete (navigator as { clipboard?: unknown }).clipboard;
      if (clipboard) expect(navigator.clipboard).to.not.equal(undefined);
    }
  });

  it('says "too many tries" with the minutes to wait (429), keeping what was typed', async () => {
    const page = await mount(await config(LIMITED), { view: 'reply' });
    await page.typeInto('code', 'AB12-CD34');
    await page.typeInto('words', 'apple moon river cat tea');
    expect(await page.check()).to.contain('No reply yet');
    const limited = await page.check();
    expect(limited).to.contain('Too many tries. Please wait 10 minutes');
    expect(page.field('code').value).to.equal('AB12-CD34');
    expect(page.field('words').value).to.equal('apple moon river cat tea');
    await expect(page.el).to.be.accessible();
  });

  it('offline: a calm line and Retry, nothing typed lost; Retry works once back online', async () => {
    const page = await mount(await config(), { view: 'reply' });
    await page.typeInto('code', 'CD34-AB12');
    await page.typeInto('words', 'apple moon pizza cat tea');
    // Offline for 3 s (the runner brings the browser back: a command cannot reach it while offline).
    void executeServerCommand(OFFLINE_COMMAND, { offline: true, forMs: 3_000 });
    await until(() => reachable().then((up) => !up), 'the browser to be offline', 2_000);
    const status = await page.check();
    expect(status).to.contain('could not be reached. What you typed is still here');
    expect(page.field('words').value).to.equal('apple moon pizza cat tea');
    expect(page.root.querySelector('[part="crisis"]')).to.not.equal(null);
    await expect(page.el).to.be.accessible();
    await until(reachable, 'the browser to be online again', 8_000);
    expect(await page.check('Try again')).to.contain('No reply yet');
  });

  it('works with the keyboard alone: from the sent state to a reply read', async () => {
    const page = await mount(await config());
    const id = await send(page);
    await until(() => !!page.secretBox, 'the reply secret');
    await answer(id, 'Dibaca dengan papan ketik.');
    const focused = () => page.root.activeElement as HTMLElement | null;
    page.button('Copy').focus();
    await sendKeys({ press: 'Tab' });
    expect(focused()?.textContent?.trim()).to.equal('Check for a reply');
    await sendKeys({ press: 'Enter' });
    // The check view, prefilled: the focus is on Check (the button pressed is gone); Enter checks.
    await until(() => focused()?.textContent?.trim() === 'Check', 'the focus on Check');
    await sendKeys({ press: 'Enter' });
    await until(() => page.status.includes('Dibaca dengan papan ketik.'), 'the reply', 20_000);
    // Shift+Tab goes back through the fields; Tab past the status reaches "Back to the form".
    await sendKeys({ press: 'Shift+Tab' });
    expect(focused()?.id).to.equal('sf-reply-words');
    await sendKeys({ press: 'Shift+Tab' });
    expect(focused()?.id).to.equal('sf-reply-code');
    for (let i = 0; i < 3 && focused()?.textContent?.trim() !== 'Back to the form'; i += 1)
      await sendKeys({ press: 'Tab' });
    expect(focused()?.textContent?.trim()).to.equal('Back to the form');
    await sendKeys({ press: 'Enter' });
    // Back on the sent state, the focus on its status line.
    await until(() => !!focused()?.classList.contains('status'), 'the focus on the status line');
    expect(page.el.getAttribute('view')).to.equal('form');
  });

  it('at 360 px the secret and Copy are in view after sending, without sideways scrolling', async () => {
    await setViewport({ width: 360, height: 640 });
    const page = await mount(await config());
    await send(page);
    await until(() => !!page.secretBox, 'the reply secret');
    await page.el.updateComplete;
    const inView = (r: DOMRect) => r.top >= 0 && r.bottom <= innerHeight;
    await until(() => inView(page.button('Copy').getBoundingClientRect()), 'Copy to come into view', 2_000);
    const copy = page.button('Copy').getBoundingClientRect();
    const words = page.root.querySelector('.reply-secret .words')!.getBoundingClientRect();
    for (const r of [copy, words]) {
      expect(r.top, 'top').to.be.at.least(0);
      expect(r.bottom, 'bottom').to.be.at.most(innerHeight);
      expect(r.right, 'right').to.be.at.most(360);
    }
    expect(copy.height).to.be.at.least(24);
    expect(document.documentElement.scrollWidth).to.be.at.most(360);
    await expect(page.el).to.be.accessible();
  });

  it('the config takes `supportForm.replies` as a boolean and names the path of anything else', async () => {
    const { validateConfig } = await import('../../src/core/config/validate.js');
    const { schema } = await import('../../src/support-form/schema.js');
    expect(validateConfig(schema, { supportForm: { endpoint: E, replies: true } }).issues).to.deep.equal([]);
    const wrong = validateConfig(schema, { supportForm: { endpoint: E, replies: 'yes' } });
    expect(wrong.ok).to.equal(false);
    expect(wrong.issues.map((i) => i.path.join('.'))).to.include('supportForm.replies');
  });

  it('coming from the form with nothing remembered, the focus goes to the empty code field', async () => {
    const page = await mount(await config());
    page.button('Check for a reply to an earlier request').focus();
    await sendKeys({ press: 'Enter' });
    await until(() => page.root.activeElement?.id === 'sf-reply-code', 'the focus on the code field');
    await sendKeys({ type: 'ab12cd34' });
    expect(page.field('code').value).to.equal('ab12cd34');
  });

  it('with `view="reply"` but no `replies` in the config, shows the form and tells the site owner why', async () => {
    const warnings: string[] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => void warnings.push(args.join(' '));
    let page: ReplyPage;
    try {
      page = await mount({ supportForm: { endpoint: E, minFillSeconds: 0 } }, { view: 'reply' });
    } finally {
      console.warn = warn;
    }
    expect(warnings.join('\n')).to.contain('view="reply" needs "supportForm.replies": true');
    expect(page.root.querySelector('textarea')).to.not.equal(null);
    expect(page.root.querySelector('#sf-reply-code')).to.equal(null);
  });
});
