/**
 * A page object for <sebaya-inbox> and a real receiver per test (test/server/routes-inbox.mjs):
 * tests say "the request about sleep", "press Delete", not `.request:nth-child(2) button`.
 */
import { fixture, html } from '@open-wc/testing';
import '../../src/inbox/define.js';
import type { SebayaInbox } from '../../src/inbox/inbox.js';
import { forgetCredential } from '../../src/inbox/model/credential.js';
import { forgetKey } from '../../src/inbox/model/key-store.js';
import { newId, type SupportRequest } from '../../src/support-form/model/request.js';
import { importRecipientKey, sealBytes } from '../../src/support-form/model/seal.js';
import { toBase64url } from '../../src/support-form/model/base64url.js';
import type { ReplyTo } from '../../src/support-form/model/reply.js';
import type { PublicJwk } from '../../src/support-form/model/public-key.js';

/** TEST ONLY: the credential the test receivers accept (test/server/routes-inbox.mjs). */
export const TEST_CREDENTIAL = 'sbc_TEST-ONLY_inbox_credential_of_the_suite_000';

export const keyFileText = async (): Promise<string> =>
  (await fetch(new URL('../fixtures/support-form/test-private-key.json', import.meta.url))).text();

export async function testPublicKey(): Promise<PublicJwk> {
  const { publicKey } = JSON.parse(await keyFileText()) as { publicKey: PublicJwk };
  return publicKey;
}

/** Another team's key: requests sealed to it cannot be opened with the test key. */
export async function otherPublicKey(): Promise<PublicJwk> {
  const pair = await crypto.subtle.generateKey({ name: 'ECDH', namedCurve: 'P-256' }, true, ['deriveBits']);
  const { x, y } = await crypto.subtle.exportKey('jwk', pair.publicKey);
  return { kty: 'EC', crv: 'P-256', x: x!, y: y! };
}

let boxes = 0;
/** A fresh receiver: its endpoint. */
export const newEndpoint = (): string => `${location.origin}/__test__/inbox/t${Date.now().toString(36)}${(boxes += 1)}`;

export const boxOf = (endpoint: string): string => endpoint.split('/').at(-1)!;

/** Makes the next `count` calls to the receiver answer `mode` (a status, or `drop`). */
export async function fault(endpoint: string, mode: string, count = 1): Promise<void> {
  await fetch(`/__test__/inbox-fault?box=${boxOf(endpoint)}&mode=${mode}&count=${count}`);
}

export const request = (
  over: Partial<SupportRequest & { reply: ReplyTo }> = {},
): SupportRequest & { reply?: ReplyTo } => ({
  topic: 'sleep',
  message: 'Saya sulit tidur sejak panen gagal.',
  urgency: 'soon',
  lang: 'id',
  contact: { method: 'code' },
  ...over,
});

/**
 * Seals `req` to `key` as the form does (HPKE, the id as associated data; a reply key inside the
 * seal, as the contract says) and posts it to the receiver; the request id.
 */
export async function send(
  endpoint: string,
  req: SupportRequest & { reply?: ReplyTo },
  key: PublicJwk,
  head: { id?: string; sentAt?: string } = {},
): Promise<string> {
  const id = head.id ?? newId();
  const utf8 = new TextEncoder();
  const { enc, ct } = await sealBytes(await importRecipientKey(key), utf8.encode(JSON.stringify(req)), utf8.encode(id));
  const envelope = {
    v: 1,
    id,
    sentAt: head.sentAt ?? '2026-12-01',
    sealed: true,
    suite: 'DHKEM-P256-HKDF-SHA256/HKDF-SHA256/AES-128-GCM',
    enc: toBase64url(enc),
    ct: toBase64url(ct),
  };
  const res = await fetch(endpoint, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(envelope),
  });
  if (res.status !== 201) throw new Error(`the receiver answered ${res.status}`);
  return id;
}

/** What the receiver holds, asked with the credential (as the coordinator's browser would). */
export async function stored(
  endpoint: string,
): Promise<{ envelope: { id: string }; handled: boolean; replies: unknown[] }[]> {
  const res = await fetch(`${endpoint}/inbox?limit=500`, { headers: { Authorization: `Bearer ${TEST_CREDENTIAL}` } });
  return ((await res.json()) as { requests: { envelope: { id: string }; handled: boolean; replies: unknown[] }[] })
    .requests;
}

export const config = (endpoint: string, extra: Record<string, unknown> = {}): Record<string, unknown> => ({
  locale: 'en',
  supportForm: {
    endpoint,
    topics: [
      { id: 'sleep', label: { id: 'Sulit tidur', en: 'Trouble sleeping' } },
      { id: 'family', label: { id: 'Keluarga', en: 'Family' } },
    ],
    ...extra,
  },
});

/** A clean device: no key in IndexedDB, no credential in storage. */
export async function cleanDevice(): Promise<void> {
  await forgetKey();
  forgetCredential();
}

export async function mount(cfg: Record<string, unknown>, lang = 'en'): Promise<SebayaInbox> {
  return fixture<SebayaInbox>(html`<sebaya-inbox .config=${cfg} lang=${lang}></sebaya-inbox>`);
}

/** Waits until `test` holds (polling), or fails naming `what`. */
export async function until(test: () => boolean, what: string, ms = 8_000): Promise<void> {
  const start = performance.now();
  while (!test()) {
    if (performance.now() - start > ms) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

/** What a person reads and presses inside the inbox. */
export class InboxPage {
  constructor(readonly el: SebayaInbox) {}

  get root(): ShadowRoot {
    return this.el.shadowRoot!;
  }

  get text(): string {
    return (this.root.textContent ?? '').replace(/\s+/g, ' ').trim();
  }

  /** The polite live region's words. */
  get said(): string {
    return this.root.querySelector('[aria-live="polite"][role="status"].visually-hidden')?.textContent?.trim() ?? '';
  }

  button(name: string | RegExp, within: ParentNode = this.root): HTMLButtonElement {
    const found = [...within.querySelectorAll('button')].find((b) =>
      typeof name === 'string' ? b.textContent?.trim() === name : name.test(b.textContent ?? ''),
    );
    if (!found) throw new Error(`no button "${String(name)}" in: ${this.text.slice(0, 400)}`);
    return found;
  }

  hasButton(name: string): boolean {
    return [...this.root.querySelectorAll('button')].some((b) => b.textContent?.trim() === name);
  }

  field(label: string | RegExp): HTMLInputElement | HTMLTextAreaElement {
    const l = [...this.root.querySelectorAll('label')].find((x) =>
      typeof label === 'string' ? x.textContent?.trim() === label : label.test(x.textContent ?? ''),
    );
    if (!l) throw new Error(`no field labelled "${String(label)}"`);
    const input = l.htmlFor ? this.root.getElementById(l.htmlFor) : l.querySelector('input');
    return input as HTMLInputElement | HTMLTextAreaElement;
  }

  /** The requests in the order shown: their heading (topic) and their whole text. */
  get requests(): { topic: string; text: string; el: HTMLElement }[] {
    return [...this.root.querySelectorAll<HTMLElement>('[part="request"]')].map((el) => ({
      topic: el.querySelector('h3')?.textContent?.trim() ?? '',
      text: (el.textContent ?? '').replace(/\s+/g, ' ').trim(),
      el,
    }));
  }

  request(containing: string): HTMLElement {
    const r = this.requests.find((x) => x.text.includes(containing));
    if (!r) throw new Error(`no request with "${containing}"`);
    return r.el;
  }

  async settle(): Promise<void> {
    await this.el.updateComplete;
    await new Promise((r) => setTimeout(r, 0));
    await this.el.updateComplete;
  }

  /** Chooses the key file in the file field, as a person would. */
  async chooseKeyFile(text: string, name = 'sebaya-private-key.json'): Promise<void> {
    const input = this.field('Open the private key file') as HTMLInputElement;
    const files = new DataTransfer();
    files.items.add(new File([text], name, { type: 'application/json' }));
    input.files = files.files;
    input.dispatchEvent(new Event('change', { bubbles: true }));
  }

  async signIn(credential = TEST_CREDENTIAL, remember = false): Promise<void> {
    (this.field('Credential (starts with sbc_)') as HTMLInputElement).value = credential;
    (this.field('Remember on this device') as HTMLInputElement).checked = remember;
    this.button('Open the inbox').click();
  }

  /** Key and credential, then waits for the list (or another settled screen). */
  async setUp(): Promise<void> {
    await until(() => this.text.includes('Open the private key file'), 'the key step');
    await this.chooseKeyFile(await keyFileText());
    await until(() => this.text.includes('Coordinator credential'), 'the credential step');
    await this.signIn();
    await this.listShown();
  }

  /** Waits for the list (ready or empty), past any loading. */
  async listShown(): Promise<void> {
    await until(() => this.hasButton('Check for new requests') && this.el.state !== 'loading', 'the list');
    await this.settle();
  }
}
