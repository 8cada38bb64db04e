import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/support-form/define.js';
import type { SebayaSupportForm } from '../src/support-form/support-form.js';

/**
 * Storybook has no receiver, so the stories post to `https://receiver.example/<mode>`, answered
 * here in the page: `ok` (201 after a moment), `hang` (never answers: "sending"), `offline`
 * (a network error: "saved, will send"), `refuse` (400 with a reason), `missing` (404: no
 * receiver there), `broken` (503 every time). Nothing leaves the browser.
 */
const FAKE = 'https://receiver.example/';
const realFetch = window.fetch.bind(window);
if (!(window as { __sebayaFakeReceiver?: boolean }).__sebayaFakeReceiver) {
  (window as { __sebayaFakeReceiver?: boolean }).__sebayaFakeReceiver = true;
  window.fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    if (!url.startsWith(FAKE)) return realFetch(input, init);
    const mode = url.slice(FAKE.length).split(/[/?]/)[0];
    if (mode === 'hang') return new Promise<Response>(() => undefined);
    if (mode === 'offline') throw new TypeError('Failed to fetch');
    await new Promise((r) => setTimeout(r, 400));
    if (mode === 'refuse')
      return new Response(JSON.stringify({ error: 'message too short for this team' }), {
        status: 400,
        headers: { 'Content-Type': 'application/json' },
      });
    if (mode === 'missing') return new Response('Not Found', { status: 404 });
    if (mode === 'broken') return new Response('Service Unavailable', { status: 503 });
    return new Response(JSON.stringify({ ok: true }), { status: 201, headers: { 'Content-Type': 'application/json' } });
  };
}

/** A DEMO ONLY key (its private part is public in demo/coordinator/demo-private-key.json). */
const DEMO_KEY = {
  kty: 'EC',
  crv: 'P-256',
  x: 'NTTBeDO3nsnDzQGF8DaIHImrivqkFBEsxxUcl_XUVWg',
  y: 'BA7L0p3Hnkore2_bGDo-SBqgCkI9cn1rYM4VyVFY3gk',
  kid: 'sebaya-demo-key-DEMO-ONLY',
};

const config = (mode: string, extra: Record<string, unknown> = {}) => ({
  organization: { name: 'TPKJM Kalurahan Ngunut' },
  crisis: {
    lines: [
      { name: { id: 'SEJIWA — Layanan Sehat Jiwa', en: 'SEJIWA — mental-health line' }, phone: '119', extension: '8' },
      { name: 'TPKJM Ngunut', whatsapp: '0812-0000-0000' },
    ],
  },
  supportForm: {
    endpoint: `${FAKE}${mode}`,
    topics: [
      { id: 'stres-cemas', label: { id: 'Stres, cemas, atau sulit tidur', en: 'Stress, worry or trouble sleeping' } },
      {
        id: 'merawat-keluarga',
        label: {
          id: 'Merawat anggota keluarga dengan gangguan jiwa',
          en: 'Caring for a family member with a mental illness',
        },
      },
      { id: 'lainnya', label: { id: 'Hal lain', en: 'Something else' } },
    ],
    contact: ['none', 'code', 'whatsapp', 'phone'],
    minFillSeconds: 0,
    ...extra,
  },
});

/** Clears what earlier stories left in the outbox, so each story starts empty. */
async function clearOutbox(): Promise<void> {
  await new Promise<void>((resolve) => {
    const req = indexedDB.deleteDatabase('sebaya-support-form');
    req.onsuccess = req.onerror = req.onblocked = () => resolve();
  });
  for (const key of Object.keys(sessionStorage))
    if (key.startsWith('sebaya:support-form:')) sessionStorage.removeItem(key);
}

async function ready(canvas: HTMLElement): Promise<SebayaSupportForm> {
  const el = canvas.querySelector('sebaya-support-form')!;
  for (let i = 0; i < 300 && (!el.hasAttribute('state') || el.getAttribute('state') === 'loading'); i += 1)
    await new Promise((r) => setTimeout(r, 10));
  await el.updateComplete;
  return el;
}

/** Fills the form as a visitor would (first topic, a message, "soon", consent). */
async function fill(el: SebayaSupportForm, urgency = 'soon'): Promise<void> {
  const root = el.shadowRoot!;
  const select = root.querySelector('select');
  if (select) {
    select.value = select.options[1]?.value ?? '';
    select.dispatchEvent(new Event('change'));
  }
  const text = root.querySelector('textarea')!;
  text.value =
    'Sejak panen gagal saya sulit tidur dan sering merasa tidak berguna. Saya ingin bicara dengan seseorang.';
  text.dispatchEvent(new Event('input'));
  root.querySelector<HTMLInputElement>(`input[name="urgency"][value="${urgency}"]`)!.click();
  root.querySelector<HTMLInputElement>('input[name="consent"]')!.click();
  await el.updateComplete;
}

async function submit(el: SebayaSupportForm, until?: string): Promise<void> {
  el.shadowRoot!.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
  for (let i = 0; until && i < 300 && el.getAttribute('phase') !== until; i += 1)
    await new Promise((r) => setTimeout(r, 10));
  await el.updateComplete;
}

const meta: Meta = {
  title: 'Elements/Support form',
  component: 'sebaya-support-form',
  loaders: [clearOutbox],
  render: (args) => html`<sebaya-support-form .config=${args.config}></sebaya-support-form>`,
  args: { config: config('ok') },
};
export default meta;
type Story = StoryObj;

/** The empty form, as a visitor first sees it. */
export const Empty: Story = {};

/** Filled in, ready to send. */
export const Filled: Story = { play: async ({ canvasElement }) => fill(await ready(canvasElement)) };

/** Sent without filling anything: errors listed and announced, first field focused. */
export const ValidationErrors: Story = { play: async ({ canvasElement }) => submit(await ready(canvasElement)) };

/** Urgency "now": the crisis lines appear right under the choice at once, before anything is sent. */
export const UrgencyNow: Story = { play: async ({ canvasElement }) => fill(await ready(canvasElement), 'now') };

/** A contact option that identifies the visitor, marked as such, with its field. */
export const IdentifyingContact: Story = {
  play: async ({ canvasElement }) => {
    const el = await ready(canvasElement);
    el.shadowRoot!.querySelector<HTMLInputElement>('input[name="contact"][value="whatsapp"]')!.click();
    await el.updateComplete;
  },
};

/** Waiting for the receiver. */
export const Sending: Story = {
  args: { config: config('hang') },
  play: async ({ canvasElement }) => {
    const el = await ready(canvasElement);
    await fill(el);
    await submit(el, 'sending');
  },
};

/** Offline: saved on the phone (readable, with "delete this saved request"), sent later. */
export const QueuedOffline: Story = {
  args: { config: config('offline') },
  play: async ({ canvasElement }) => {
    const el = await ready(canvasElement);
    await fill(el);
    await submit(el, 'queued');
  },
};

/** Sent, with the reference code to quote later. */
export const SentWithCode: Story = {
  play: async ({ canvasElement }) => {
    const el = await ready(canvasElement);
    await fill(el);
    el.shadowRoot!.querySelector<HTMLInputElement>('input[name="contact"][value="code"]')!.click();
    await submit(el, 'sent');
  },
};

/** The receiver refused it (400): the draft stays, the reason is shown. */
export const Refused: Story = {
  args: { config: config('refuse') },
  play: async ({ canvasElement }) => {
    const el = await ready(canvasElement);
    await fill(el);
    await submit(el, 'rejected');
  },
};

/** Sealed to the team's key (HPKE): the visitor is told only the team can read it; queued offline it stays encrypted. */
export const Sealed: Story = {
  args: { config: config('offline', { publicKey: DEMO_KEY }) },
  play: async ({ canvasElement }) => {
    const el = await ready(canvasElement);
    await fill(el);
    await submit(el, 'queued');
  },
};

/** In English. */
export const English: Story = { globals: { locale: 'en' } };

/** A broken config (a P-384 key): one calm line before anything is typed (the path is in the owner box with `debug`). */
export const ConfigError: Story = { args: { config: config('ok', { publicKey: { ...DEMO_KEY, crv: 'P-384' } }) } };

/** No receiver at that address (404, also 405 or 501): said at once, the text stays, the crisis lines show. */
export const ReceiverNotThere: Story = {
  args: { config: config('missing') },
  play: async ({ canvasElement }) => {
    const el = await ready(canvasElement);
    await fill(el);
    await submit(el, 'rejected');
  },
};

/**
 * The receiver answers 503 to everything: after 3 error answers the request is no longer shown as
 * "on its way" but as "the team's receiver is not accepting requests", still saved, with the crisis lines.
 */
export const ReceiverFailing: Story = {
  args: { config: config('broken') },
  render: (args) => html`<sebaya-support-form retry-delay="60" .config=${args.config}></sebaya-support-form>`,
  play: async ({ canvasElement }) => {
    const el = await ready(canvasElement);
    await fill(el);
    await submit(el, 'queued');
    for (let i = 0; i < 300 && el.getAttribute('phase') !== 'failing'; i += 1)
      await new Promise((r) => setTimeout(r, 20));
    await el.updateComplete;
  },
};

/**
 * A key is configured but this device cannot seal (here: no WebCrypto, as on a page served over
 * http:): the form says so up front; a send keeps the text, sends and saves nothing, shows the lines.
 */
export const CannotSeal: Story = {
  args: { config: config('ok', { publicKey: DEMO_KEY }) },
  beforeEach: () => {
    Object.defineProperty(window.crypto, 'subtle', { value: undefined, configurable: true });
    return () => void delete (window.crypto as { subtle?: unknown }).subtle;
  },
  play: async ({ canvasElement }) => {
    const el = await ready(canvasElement);
    await fill(el);
    await submit(el, 'unsealable');
  },
};
