import { expect, fixture, html } from '@open-wc/testing';
import '../../src/support-form/define.js';
import { attempt } from '../../src/support-form/model/delivery.js';
import { newId, plainEnvelope } from '../../src/support-form/model/request.js';
import { sealEnvelope } from '../../src/support-form/model/seal.js';
import type { SebayaSupportForm } from '../../src/support-form/support-form.js';
import { settled } from '../helpers/events.js';
import { clearOutbox, endpointFor, FormPage, newBox, openText, received, testKeys, until } from './helpers.js';

const fixtureUrl = (name: string) => new URL(`../fixtures/support-form/${name}`, import.meta.url);

async function naughtyStrings(): Promise<string[]> {
  return (await (await fetch(fixtureUrl('blns.json'))).json()) as string[];
}
async function xssPayloads(): Promise<string[]> {
  const files = [
    'XSS_Injection__Intruders__RSNAKE_XSS.txt',
    'XSS_Injection__Intruders__XSS_Polyglots.txt',
    'XSS_Injection__Intruders__BRUTELOGIC-XSS-STRINGS.txt',
  ];
  const lines = (
    await Promise.all(files.map(async (f) => (await (await fetch(fixtureUrl(f))).text()).split('\n')))
  ).flat();
  return lines.map((l) => l.replace(/\r$/, '')).filter((l) => l.trim());
}

/** What a textarea gives back for a value: line breaks normalised to LF. */
const asTyped = (s: string) => s.replace(/\r\n?/g, '\n');

declare global {
  interface Window {
    __sfPwned?: number;
  }
}

describe('<sebaya-support-form> with hostile input', () => {
  let restoreAlert: () => void;
  beforeEach(() => {
    sessionStorage.clear();
    const { alert, confirm, prompt } = window;
    window.alert =
      window.confirm =
      window.prompt =
        (() => {
          window.__sfPwned = 1;
          return null;
        }) as never;
    restoreAlert = () => Object.assign(window, { alert, confirm, prompt });
  });
  afterEach(async () => {
    restoreAlert();
    document.querySelectorAll('sebaya-support-form').forEach((el) => el.remove());
    await clearOutbox();
  });

  it('every naughty string and XSS payload reaches the receiver intact (wire format, no re-encoding)', async function () {
    this.timeout(60_000);
    const all = [...(await naughtyStrings()), ...(await xssPayloads())].filter((s) => s.trim());
    expect(all.length).to.be.greaterThan(600);
    const box = newBox('blns-wire');
    const sent = new Map<string, string>();
    for (let i = 0; i < all.length; i += 25) {
      await Promise.all(
        all.slice(i, i + 25).map(async (message) => {
          const id = newId();
          sent.set(id, message);
          const body = JSON.stringify(
            plainEnvelope(id, '2026-11-29', {
              topic: 'general',
              message,
              urgency: 'later',
              lang: 'id',
              contact: { method: 'none' },
            }),
          );
          expect((await attempt(endpointFor(box), body)).kind, message).to.equal('delivered');
        }),
      );
    }
    const { stored } = await received(box);
    expect(stored.length).to.equal(all.length);
    for (const envelope of stored as { id: string; request: { message: string } }[])
      expect(envelope.request.message).to.equal(sent.get(envelope.id));
  });

  it('sealed naughty strings are opened intact by the CLI logic', async function () {
    this.timeout(60_000);
    const strings = (await naughtyStrings()).filter((s) => s.trim());
    const { publicKey } = await testKeys();
    const ids: string[] = [];
    const lines: string[] = [];
    for (const message of strings) {
      const id = newId();
      ids.push(id);
      lines.push(
        JSON.stringify(
          await sealEnvelope(
            { id, sentAt: '2026-11-29' },
            { topic: 'general', message, urgency: 'now', lang: 'id', contact: { method: 'none' } },
            publicKey,
          ),
        ),
      );
    }
    const { opened, skipped } = await openText(lines.join('\n'));
    expect(skipped).to.deep.equal([]);
    expect(opened.map((o) => o.request.message)).to.deep.equal(strings);
    expect(opened.map((o) => o.id)).to.deep.equal(ids);
  });

  it('XSS payloads typed into the form are sent intact and rendered inert', async function () {
    this.timeout(120_000);
    const payloads = await xssPayloads();
    const box = newBox('xss-form');
    const el = await fixture<SebayaSupportForm>(
      html`<sebaya-support-form lang="en" .config=${{ supportForm: { endpoint: endpointFor(box), minFillSeconds: 0, maxLength: 5000 } }}></sebaya-support-form>`,
    );
    await settled(el);
    const page = new FormPage(el);
    const count = () => page.root.querySelectorAll('*').length;
    const formSize = count();
    for (const payload of payloads) {
      await page.fill(payload);
      expect(count(), payload).to.equal(formSize);
      expect(
        page.root.querySelector(
          'script, img, svg, iframe, object, embed, video, audio, body, math, style, link, meta, frame',
        ),
      ).to.equal(null);
      await page.submit();
      await until(() => el.getAttribute('phase') === 'sent', `sending ${payload}`);
      page.root.querySelector<HTMLButtonElement>('.actions button')!.click();
      await el.updateComplete;
    }
    const { stored } = await received(box);
    expect((stored as { request: { message: string } }[]).map((e) => e.request.message)).to.deep.equal(
      payloads.map(asTyped),
    );
    expect(window.__sfPwned).to.equal(undefined);
  });

  it('a hostile draft restored from the session is shown as text only', async () => {
    const box = newBox('xss-draft');
    const polyglot = (await xssPayloads()).find((p) => p.includes('javascript:') && p.includes('<svg'))!;
    expect(polyglot).to.be.a('string');
    const endpoint = new URL(endpointFor(box), document.baseURI).href;
    sessionStorage.setItem(
      `sebaya:support-form:${endpoint}`,
      JSON.stringify({
        topic: '<img src=x onerror=alert(1)>',
        message: polyglot,
        urgency: '"><script>alert(1)</script>',
        contactMethod: 'email',
        contactValue: '<b>x',
      }),
    );
    const el = await fixture<SebayaSupportForm>(
      html`<sebaya-support-form lang="en" .config=${{ supportForm: { endpoint: endpointFor(box) } }}></sebaya-support-form>`,
    );
    await settled(el);
    const page = new FormPage(el);
    expect(page.message.value).to.equal(asTyped(polyglot));
    expect(page.byLabel<HTMLInputElement>('No reply needed').checked).to.equal(
      true,
      'an unknown method falls back to an offered one',
    );
    expect(page.root.querySelector('script, img, svg, iframe')).to.equal(null);
    expect(window.__sfPwned).to.equal(undefined);
    await expect(el).to.be.accessible();
  });
});
