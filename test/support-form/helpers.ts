/** Helpers for the support-form tests: the fault-injecting test receiver and fixtures. */
import type { SebayaSupportForm } from '../../src/support-form/support-form.js';
import { shadow } from '../helpers/events.js';

let counter = 0;
/** A fresh receiver box name for one test. */
export function newBox(label: string): string {
  counter += 1;
  return `${label}-${Date.now().toString(36)}-${counter}-${Math.random().toString(36).slice(2, 8)}`;
}

export const endpointFor = (box: string): string => `/__test__/support-form-receive?box=${encodeURIComponent(box)}`;

/** Makes the receiver answer the next requests with `modes`, then with `then`. */
export async function setFaults(box: string, modes: string[], then = 'ok'): Promise<void> {
  const res = await fetch(
    `/__test__/support-form-fault?box=${encodeURIComponent(box)}&modes=${modes.join(',')}&then=${then}`,
  );
  if (!res.ok) throw new Error('could not set faults');
}

export interface Received {
  hits: number;
  stored: Record<string, unknown>[];
  types: string[];
}
export async function received(box: string): Promise<Received> {
  return (await (await fetch(`/__test__/support-form-received?box=${encodeURIComponent(box)}`)).json()) as Received;
}

export interface OpenResult {
  opened: { id: string; sentAt: string; sealed: boolean; request: Record<string, unknown> }[];
  skipped: { where: string; id?: string; reason: string }[];
}
/** Opens what the receiver stored with bin/sebaya.mjs and the test private key. */
export async function openedBy(box: string): Promise<OpenResult> {
  return (await (await fetch(`/__test__/support-form-open?box=${encodeURIComponent(box)}`)).json()) as OpenResult;
}
export async function openText(text: string): Promise<OpenResult> {
  return (await (await fetch('/__test__/support-form-open-text', { method: 'POST', body: text })).json()) as OpenResult;
}

/** The test key pair (TEST ONLY, public in the repository). */
export async function testKeys(): Promise<{
  publicKey: JsonWebKey & { kty: 'EC'; crv: 'P-256'; x: string; y: string };
  privateKey: JsonWebKey;
}> {
  return (await (
    await fetch(new URL('../fixtures/support-form/test-private-key.json', import.meta.url))
  ).json()) as never;
}

/** Waits until `check` holds (polling), or throws with `what`. */
export async function until(check: () => boolean | Promise<boolean>, what: string, ms = 5_000): Promise<void> {
  const start = performance.now();
  while (!(await check())) {
    if (performance.now() - start > ms) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

/** Deletes every record of the outbox database (between tests). */
export async function clearOutbox(): Promise<void> {
  await new Promise<void>((resolve) => {
    const req = indexedDB.open('sebaya-support-form', 1);
    req.onupgradeneeded = () => {
      const store = req.result.createObjectStore('outbox', { keyPath: 'id' });
      store.createIndex('endpoint', 'endpoint');
    };
    req.onsuccess = () => {
      const db = req.result;
      const tx = db.transaction('outbox', 'readwrite');
      tx.objectStore('outbox').clear();
      tx.oncomplete = () => {
        db.close();
        resolve();
      };
      tx.onerror = () => {
        db.close();
        resolve();
      };
    };
    req.onerror = () => resolve();
  });
}

/** Page object: fill and read the form as a visitor would. */
export class FormPage {
  constructor(readonly el: SebayaSupportForm) {}
  get root(): ShadowRoot {
    return shadow(this.el);
  }
  byLabel<T extends HTMLElement = HTMLInputElement>(text: string | RegExp): T {
    for (const label of this.root.querySelectorAll('label')) {
      const t = (label.textContent ?? '').replace(/\s+/g, ' ').trim();
      if (typeof text === 'string' ? t.includes(text) : text.test(t)) {
        const control = label.htmlFor
          ? this.root.getElementById(label.htmlFor)
          : label.querySelector('input, select, textarea');
        if (control) return control as T;
      }
    }
    throw new Error(`no control labelled ${String(text)}`);
  }
  get message(): HTMLTextAreaElement {
    return this.root.querySelector('textarea')!;
  }
  async type(text: string): Promise<void> {
    this.message.focus();
    this.message.value = text;
    this.message.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    await this.el.updateComplete;
  }
  async choose(label: string | RegExp): Promise<void> {
    const input = this.byLabel<HTMLInputElement>(label);
    input.click();
    await this.el.updateComplete;
  }
  async selectTopic(value: string): Promise<void> {
    const select = this.root.querySelector('select')!;
    select.value = value;
    select.dispatchEvent(new Event('change', { bubbles: true }));
    await this.el.updateComplete;
  }
  async submit(): Promise<void> {
    (this.root.querySelector('button[type="submit"]') as HTMLButtonElement).click();
    await this.el.updateComplete;
  }
  /** Fills a valid request (English labels). */
  async fill(message: string, urgency: RegExp = /In the next day or two/): Promise<void> {
    await this.type(message);
    await this.choose(urgency);
    await this.choose(/I agree/);
  }
  get status(): string {
    return (this.root.querySelector('[role="status"]')?.textContent ?? '').replace(/\s+/g, ' ').trim();
  }
  get alert(): string {
    return (this.root.querySelector('[role="alert"]')?.textContent ?? '').replace(/\s+/g, ' ').trim();
  }
}
