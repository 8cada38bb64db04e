import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/inbox/define.js';
import { forgetCredential, keepCredential } from '../src/inbox/model/credential.js';
import { forgetKey, keepKey } from '../src/inbox/model/key-store.js';
import type { SebayaInbox } from '../src/inbox/inbox.js';
import { newId, type SupportRequest } from '../src/support-form/model/request.js';
import { sealEnvelope } from '../src/support-form/model/seal.js';

/**
 * Storybook has no receiver, so the stories' endpoint is `https://receiver.example/<mode>`,
 * answered here in the page: `list` (a few sealed requests, one urgent), `empty`, `mismatch`
 * (two of them sealed to another team's key), `wrong` (401: wrong credential), `offline` (a network
 * error), `broken` (503 every time), `hang` (never answers: loading). Nothing leaves the browser.
 * The key is the DEMO ONLY key (public in demo/coordinator/demo-private-key.json).
 */
const FAKE = 'https://receiver.example/';
const DEMO_PRIVATE = {
  kty: 'EC',
  crv: 'P-256',
  x: 'NTTBeDO3nsnDzQGF8DaIHImrivqkFBEsxxUcl_XUVWg',
  y: 'BA7L0p3Hnkore2_bGDo-SBqgCkI9cn1rYM4VyVFY3gk',
  d: 'auyp2p4iY0OjyE1Ga1RPQwWWrnbQWWYuQXhDuHnhjoY',
  kid: 'sebaya-demo-key-DEMO-ONLY',
} as const;
const DEMO_PUBLIC = { kty: 'EC', crv: 'P-256', x: DEMO_PRIVATE.x, y: DEMO_PRIVATE.y } as const;
const CREDENTIAL = `sbc_${'S'.repeat(43)}`;

const REQUESTS: readonly [SupportRequest, string][] = [
  [
    {
      topic: 'stres-cemas',
      message: 'Sejak panen gagal saya sulit tidur dan sering merasa tidak berguna.',
      urgency: 'soon',
      lang: 'id',
      contact: { method: 'whatsapp', value: '+62 812 0000 0000' },
    },
    '2026-12-04',
  ],
  [
    {
      topic: 'merawat-keluarga',
      message: 'Adik saya tidak mau minum obat lagi. Kami bingung harus bagaimana.',
      urgency: 'later',
      lang: 'id',
      contact: { method: 'code' },
    },
    '2026-12-05',
  ],
  [
    {
      topic: 'stres-cemas',
      message: 'Saya tidak kuat lagi malam ini.',
      urgency: 'now',
      lang: 'id',
      contact: { method: 'phone', value: '0812 0000 0001' },
    },
    '2026-12-01',
  ],
];

let sealed: Promise<unknown[]> | undefined;
/** The stories' requests, sealed once per page; `mismatch` adds two sealed to another team's key. */
function items(mode: string): Promise<unknown[]> {
  sealed ??= Promise.all(
    REQUESTS.map(async ([request, sentAt], i) => ({
      cursor: String(i + 1),
      receivedAt: sentAt,
      handled: false,
      replies: [],
      envelope: await sealEnvelope({ id: newId(), sentAt }, request, DEMO_PUBLIC),
    })),
  );
  if (mode !== 'mismatch') return sealed;
  return sealed.then(async (own) => {
    const pair = await crypto.subtle.generateKey({ name: 'ECDH', namedCurve: 'P-256' }, true, ['deriveBits']);
    const { x, y } = await crypto.subtle.exportKey('jwk', pair.publicKey);
    const other = await Promise.all(
      REQUESTS.slice(0, 2).map(async ([request, sentAt], i) => ({
        cursor: String(10 + i),
        receivedAt: sentAt,
        handled: false,
        replies: [],
        envelope: await sealEnvelope({ id: newId(), sentAt }, request, { kty: 'EC', crv: 'P-256', x: x!, y: y! }),
      })),
    );
    return [...own, ...other];
  });
}

const json = (status: number, body: unknown): Response =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });

const realFetch = window.fetch.bind(window);
if (!(window as { __sebayaFakeInbox?: boolean }).__sebayaFakeInbox) {
  (window as { __sebayaFakeInbox?: boolean }).__sebayaFakeInbox = true;
  window.fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    if (!url.startsWith(FAKE)) return realFetch(input, init);
    const mode = url.slice(FAKE.length).split(/[/?]/)[0] ?? '';
    if (mode === 'hang') return new Promise<Response>(() => undefined);
    if (mode === 'offline') throw new TypeError('Failed to fetch');
    await new Promise((r) => setTimeout(r, 200));
    if (mode === 'wrong') return json(401, { error: 'unauthorized' });
    if (mode === 'broken') return json(503, { error: 'service unavailable' });
    if (new URL(url).searchParams.has('after')) return json(200, { requests: [], next: null });
    return json(200, { requests: mode === 'empty' ? [] : await items(mode), next: null });
  };
}

const config = (mode: string) => ({
  locale: 'id',
  supportForm: {
    endpoint: `${FAKE}${mode}`,
    publicKey: DEMO_PUBLIC,
    topics: [
      { id: 'stres-cemas', label: { id: 'Stres, cemas, atau sulit tidur', en: 'Stress, worry or trouble sleeping' } },
      {
        id: 'merawat-keluarga',
        label: {
          id: 'Merawat anggota keluarga dengan gangguan jiwa',
          en: 'Caring for a family member with a mental illness',
        },
      },
    ],
  },
});

/** What the device holds before the story: the key, the credential for the session, both or none. */
const device = (key: boolean, credential: boolean) => async (): Promise<Record<string, never>> => {
  await forgetKey();
  forgetCredential();
  if (key) await keepKey(DEMO_PRIVATE);
  if (credential) keepCredential(CREDENTIAL, false);
  return {};
};

async function settled(canvas: HTMLElement): Promise<SebayaInbox> {
  const el = canvas.querySelector('sebaya-inbox')!;
  for (let i = 0; i < 300 && el.getAttribute('state') === 'loading'; i += 1)
    await new Promise((r) => setTimeout(r, 10));
  await el.updateComplete;
  return el;
}

const meta: Meta = {
  title: 'Elements/Inbox (coordinator)',
  component: 'sebaya-inbox',
  loaders: [device(true, true)],
  render: (args) =>
    html`<sebaya-inbox .config=${args.config} lang=${args.lang ?? 'id'} theme=${args.theme ?? 'light'}></sebaya-inbox>`,
  args: { config: config('list') },
};
export default meta;
type Story = StoryObj;

/** The list: the urgent request on top, then newest first. */
export const List: Story = { play: async ({ canvasElement }) => void (await settled(canvasElement)) };

/** The same in English. */
export const ListInEnglish: Story = { ...List, args: { lang: 'en' } };

/** Dark theme. */
export const Dark: Story = { ...List, args: { theme: 'dark' } };

/** First use: no key on this device yet. */
export const KeyStep: Story = { loaders: [device(false, false)] };

/** The key is kept; the credential is asked for. */
export const CredentialStep: Story = { loaders: [device(true, false)] };

/** No requests yet. */
export const Empty: Story = { args: { config: config('empty') } };

/** Two requests sealed to another key: how many, and why. */
export const KeyMismatch: Story = { args: { config: config('mismatch') } };

/** The server refused the credential (401): back to the credential step with a clear line. */
export const WrongCredential: Story = { args: { config: config('wrong') } };

/** Offline: a calm line and Retry. */
export const Offline: Story = { args: { config: config('offline') } };

/** The server fails (503): a calm line and Retry. */
export const ServerError: Story = { args: { config: config('broken') } };

/** Waiting for the receiver. */
export const Loading: Story = { args: { config: config('hang') } };
