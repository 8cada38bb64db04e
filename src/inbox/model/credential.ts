/**
 * The coordinator credential (docs/receiver-contract.md, "Coordinator"): `sbc_` + 32 random bytes
 * in base64url. The receiver keeps only `sha256:<hex>` (receiver/node/auth.mjs). In the browser it
 * lives for the session (sessionStorage) unless the coordinator ticks "remember on this device"
 * (localStorage): a shared computer at the Puskesmas should not keep it by default.
 */
import { toBase64url } from '../../support-form/model/base64url.js';

const SLOT = 'sebaya-inbox-credential';
export const CREDENTIAL = /^sbc_[A-Za-z0-9_-]{43}$/;

/** A new credential, made in this browser. */
export const newCredential = (): string => `sbc_${toBase64url(crypto.getRandomValues(new Uint8Array(32)))}`;

/** The line for the receiver's config: `sha256:` + the hex SHA-256 of the credential's UTF-8. */
export async function credentialHash(credential: string): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(credential)));
  return `sha256:${Array.from(digest, (b) => b.toString(16).padStart(2, '0')).join('')}`;
}

/** Storage may be refused (private mode, a blocked site): then the credential lives in memory only. */
function tryStore(act: () => void): void {
  try {
    act();
  } catch {
    // memory only
  }
}

/** Keeps the credential for this session, or on this device when `remember`. */
export function keepCredential(credential: string, remember: boolean): void {
  forgetCredential();
  tryStore(() => (remember ? localStorage : sessionStorage).setItem(SLOT, credential));
}

/** The credential kept for this session or on this device. */
export function keptCredential(): { credential: string; remembered: boolean } | undefined {
  try {
    const remembered = localStorage.getItem(SLOT);
    if (remembered) return { credential: remembered, remembered: true };
    const session = sessionStorage.getItem(SLOT);
    return session ? { credential: session, remembered: false } : undefined;
  } catch {
    return undefined;
  }
}

export function forgetCredential(): void {
  tryStore(() => localStorage.removeItem(SLOT));
  tryStore(() => sessionStorage.removeItem(SLOT));
}
