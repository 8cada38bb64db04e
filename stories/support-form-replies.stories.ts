import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/support-form/define.js';
import { deriveReplyKeys, sealReply } from '../src/support-form/model/reply.js';
import type { SebayaSupportForm } from '../src/support-form/support-form.js';

/**
 * Anonymous replies (`supportForm.replies`). Storybook has no receiver, so the stories post to
 * `https://replies.example/<mode>`, answered here in the page: a request gets 201; `E/replies`
 * answers by mode: `answered` (one reply, sealed here to the story's secret), `none` (no reply),
 * `hang` (never answers: "checking…"), `limited` (429, wait 5 minutes), `offline` (a network
 * error). Nothing leaves the browser.
 */
const FAKE = 'https://replies.example/';
/** The story's reply secret and code (what a visitor would have written on paper). */
const CODE = 'AB12-CD34';
const WORDS = 'apel awan ayam baju batu';

const json = (status: number, body: unknown, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json', ...headers } });

async function answered(): Promise<Response> {
  const { replyTo } = await deriveReplyKeys(WORDS, CODE);
  const reply = await sealReply(
    replyTo,
    {
      text: 'Terima kasih sudah menulis kepada kami. Kami bisa bertemu hari Kamis di Puskesmas, atau membalas di sini lagi. — Tim TPKJM',
      lang: 'id',
    },
    { id: crypto.randomUUID(), sentAt: '2026-12-04' },
  );
  const { token: _, ...stored } = reply;
  return json(200, { replies: [stored] });
}

const realFetch = window.fetch.bind(window);
if (!(window as { __sebayaFakeReplies?: boolean }).__sebayaFakeReplies) {
  (window as { __sebayaFakeReplies?: boolean }).__sebayaFakeReplies = true;
  window.fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    if (!url.startsWith(FAKE)) return realFetch(input, init);
    const [mode, route] = url.slice(FAKE.length).split('?')[0]!.split('/');
    if (route !== 'replies') return json(201, { ok: true });
    if (mode === 'hang') return new Promise<Response>(() => undefined);
    if (mode === 'offline') throw new TypeError('Failed to fetch');
    await new Promise((r) => setTimeout(r, 300));
    if (mode === 'limited') return json(429, { error: 'too many requests' }, { 'Retry-After': '300' });
    return mode === 'answered' ? answered() : json(200, { replies: [] });
  };
}

const config = (mode: string) => ({
  organization: { name: 'TPKJM Kalurahan Ngunut' },
  crisis: {
    lines: [
      { name: { id: 'SEJIWA — Layanan Sehat Jiwa', en: 'SEJIWA — mental-health line' }, phone: '119', extension: '8' },
    ],
  },
  supportForm: { endpoint: `${FAKE}${mode}`, contact: ['none', 'code'], minFillSeconds: 0, replies: true },
});

async function ready(canvas: HTMLElement): Promise<SebayaSupportForm> {
  const el = canvas.querySelector('sebaya-support-form')!;
  for (let i = 0; i < 300 && (!el.hasAttribute('state') || el.getAttribute('state') === 'loading'); i += 1)
    await new Promise((r) => setTimeout(r, 10));
  await el.updateComplete;
  return el;
}

/** Fills and sends a request, and waits for the secret. */
async function send(el: SebayaSupportForm): Promise<void> {
  const root = el.shadowRoot!;
  const text = root.querySelector('textarea')!;
  text.value = 'Saya ingin bicara dengan seseorang, tapi tanpa menyebut nama.';
  text.dispatchEvent(new Event('input'));
  root.querySelector<HTMLInputElement>('input[name="urgency"][value="soon"]')!.click();
  root.querySelector<HTMLInputElement>('input[name="consent"]')!.click();
  await el.updateComplete;
  root.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
  for (let i = 0; i < 500 && !root.querySelector('[part="reply-secret"]'); i += 1)
    await new Promise((r) => setTimeout(r, 10));
  await el.updateComplete;
}

/** Types the story's code and words into "Check for a reply" and presses Check. */
async function check(el: SebayaSupportForm, waitForAnswer = true): Promise<void> {
  const root = el.shadowRoot!;
  for (const [id, value] of [
    ['sf-reply-code', CODE],
    ['sf-reply-words', WORDS],
  ] as const) {
    const input = root.getElementById(id) as HTMLInputElement;
    input.value = value;
    input.dispatchEvent(new Event('input'));
  }
  await el.updateComplete;
  root.querySelector<HTMLButtonElement>('[part="reply-form"] button[type="submit"]')!.click();
  for (
    let i = 0;
    waitForAnswer &&
    i < 1000 &&
    /Checking|memeriksa/.test(root.querySelector('.reply-status')?.textContent ?? 'Checking');
    i += 1
  )
    await new Promise((r) => setTimeout(r, 10));
  await el.updateComplete;
}

const meta: Meta = {
  title: 'Elements/Support form/Replies',
  component: 'sebaya-support-form',
  render: (args) =>
    html`<sebaya-support-form view=${args.view ?? 'form'} .config=${args.config}></sebaya-support-form>`,
  args: { config: config('none'), view: 'form' },
  argTypes: { view: { control: 'inline-radio', options: ['form', 'reply'] } },
};
export default meta;
type Story = StoryObj;

/** Sent with replies on: the reference code and the five words, shown once, with Copy and "remember". */
export const SentWithSecret: Story = { play: async ({ canvasElement }) => send(await ready(canvasElement)) };

/** The same in English (English words). */
export const SentWithSecretEnglish: Story = { ...SentWithSecret, globals: { locale: 'en' } };

/** "Check for a reply" (`view="reply"`), empty, as a visitor coming back finds it. */
export const CheckForReply: Story = { args: { view: 'reply' } };

/** Deriving the keys and asking the receiver: "checking…". */
export const Checking: Story = {
  args: { view: 'reply', config: config('hang') },
  play: async ({ canvasElement }) => check(await ready(canvasElement), false),
};

/** A reply from the team, opened on this device, with its day. */
export const ReplyRead: Story = {
  args: { view: 'reply', config: config('answered') },
  play: async ({ canvasElement }) => check(await ready(canvasElement)),
};

/** No reply yet (also what wrong words look like): calm, with the crisis lines. */
export const NoReplyYet: Story = {
  args: { view: 'reply', config: config('none') },
  play: async ({ canvasElement }) => check(await ready(canvasElement)),
};

/** Too many tries (429): how long to wait; what was typed stays. */
export const TooManyTries: Story = {
  args: { view: 'reply', config: config('limited') },
  play: async ({ canvasElement }) => check(await ready(canvasElement)),
};

/** Offline or a server error: a calm line and Try again; what was typed stays. */
export const Offline: Story = {
  args: { view: 'reply', config: config('offline') },
  play: async ({ canvasElement }) => check(await ready(canvasElement)),
};
