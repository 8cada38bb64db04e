/**
 * The draft kept for a reload (issue #14, item 8a). With a `publicKey`, sessionStorage holds only
 * ciphertext under a key that lives in this page's memory: the same page can open it, another
 * page (a reload: a new JavaScript realm with a new key) cannot, and drops it.
 */
import { expect } from '@open-wc/testing';
import '../../src/support-form/define.js';
import type { SebayaSupportForm } from '../../src/support-form/support-form.js';
import { settled, textOf } from '../helpers/events.js';
import { clearOutbox, endpointFor, FormPage, newBox, testKeys, until } from './helpers.js';

const MESSAGE = 'Rahasia-draf: suami saya memukul saya';
const EMAIL = 'rahasia.warga@example.org';

function config(box: string, supportForm: Record<string, unknown>) {
  return {
    locale: 'en',
    supportForm: { endpoint: endpointFor(box), minFillSeconds: 0, contact: ['none', 'email'], ...supportForm },
  };
}

async function mount(cfg: unknown): Promise<{ el: SebayaSupportForm; page: FormPage }> {
  const el = document.createElement('sebaya-support-form');
  el.lang = 'en';
  el.config = cfg;
  document.body.append(el);
  await settled(el);
  return { el, page: new FormPage(el) };
}

/** Every key and value in sessionStorage, as one text. */
const sessionText = (): string => JSON.stringify({ ...sessionStorage });

/** Mounts the same form in a new page realm (an iframe of this origin: same sessionStorage, new modules, new key). */
async function formInAnotherPage(cfg: unknown): Promise<{ message: string; text: string; stored: string }> {
  const frame = document.createElement('iframe');
  const define = new URL('../../src/support-form/define.ts', import.meta.url).pathname;
  frame.srcdoc = `<!doctype html><html lang="en"><body><script type="module">
    import '${define}';
    const el = document.createElement('sebaya-support-form');
    el.lang = 'en';
    el.config = ${JSON.stringify(cfg)};
    document.body.append(el);
    const wait = () => new Promise((r) => setTimeout(r, 20));
    while (el.getAttribute('state') !== 'ready') await wait();
    await el.updateComplete;
    await wait();
    window.result = { message: el.shadowRoot.querySelector('textarea').value, text: el.shadowRoot.textContent, stored: JSON.stringify({ ...sessionStorage }) };
  </script></body></html>`;
  document.body.append(frame);
  try {
    type Result = { message: string; text: string; stored: string };
    const win = (): { result?: Result } | null => frame.contentWindow as { result?: Result } | null;
    await until(() => !!win()?.result, 'the form in the other page', 8_000);
    return win()!.result!;
  } finally {
    frame.remove();
  }
}

describe('<sebaya-support-form> draft', () => {
  beforeEach(() => sessionStorage.clear());
  afterEach(async () => {
    document.querySelectorAll('sebaya-support-form').forEach((el) => el.remove());
    await clearOutbox();
  });

  it('with a key: sessionStorage holds only ciphertext; this page opens it again; a reload (another page) cannot and drops it', async () => {
    const box = newBox('draft-sealed');
    const cfg = config(box, { publicKey: (await testKeys()).publicKey });
    const first = await mount(cfg);
    expect(textOf(first.el)).to.contain(
      'Your draft is kept, encrypted, only while this page stays open: if the page reloads, it is gone.',
    );
    await first.page.type(MESSAGE);
    await first.page.choose(/^Email/);
    const email = first.page.byLabel<HTMLInputElement>('Your email address');
    email.value = EMAIL;
    email.dispatchEvent(new Event('input'));
    await first.el.updateComplete;
    await until(() => sessionStorage.length > 0, 'the draft to be stored');
    // Written after every change: wait for the last one, then read storage as anyone with the phone could.
    await new Promise((r) => setTimeout(r, 100));
    const stored = sessionText();
    expect(Object.keys(sessionStorage)).to.have.length(1);
    for (const secret of [MESSAGE, 'Rahasia', 'suami', EMAIL, 'rahasia.warga', '"message"', '"contactValue"', 'email'])
      expect(stored, secret).not.to.contain(secret);
    expect(JSON.stringify({ ...localStorage })).not.to.contain('Rahasia');

    // The same page (the element removed and added again, as a page builder may do): the draft is back.
    first.el.remove();
    const second = await mount(cfg);
    expect(second.page.message.value).to.equal(MESSAGE);
    expect(second.page.byLabel<HTMLInputElement>('Your email address').value).to.equal(EMAIL);
    second.el.remove();
    await new Promise((r) => setTimeout(r, 100));

    // A reload: a new page with a new key cannot open it, shows an empty form, and removes it.
    const other = await formInAnotherPage(cfg);
    expect(other.text).to.contain('Ask for support');
    expect(other.message).to.equal('');
    expect(other.stored).to.equal('{}');
    expect(sessionStorage.length).to.equal(0);
  });

  it('with a key: typing and sending at once leaves nothing behind (a late encrypted write never brings the draft back)', async () => {
    const box = newBox('draft-race');
    const { el, page } = await mount(config(box, { publicKey: (await testKeys()).publicKey }));
    await page.type(MESSAGE);
    await page.choose(/In the next day or two/);
    await page.choose(/I agree/);
    await page.submit();
    await until(() => el.getAttribute('phase') === 'sent', 'sent');
    await new Promise((r) => setTimeout(r, 200));
    expect(sessionStorage.length).to.equal(0);
  });

  it('a plain draft kept before the key was configured is taken and stored locked at once', async () => {
    const box = newBox('draft-upgrade');
    const plain = await mount(config(box, {}));
    await plain.page.type(MESSAGE);
    expect(sessionText()).to.contain('Rahasia');
    plain.el.remove();
    const sealed = await mount(config(box, { publicKey: (await testKeys()).publicKey }));
    expect(sealed.page.message.value).to.equal(MESSAGE);
    await until(() => !sessionText().includes('Rahasia'), 'the plain draft to be replaced');
    expect(sessionText()).to.contain('locked');
  });
});
