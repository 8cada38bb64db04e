// @ts-check
/**
 * Coordinator credentials (docs/receiver-contract.md, "Coordinator"): `sbc_` + 32 random bytes
 * in base64url (47 characters). The receiver keeps only `sha256:<64 hex>` of each credential it
 * accepts and compares in constant time; it never logs or stores the credential itself.
 */
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

const HASH = /^sha256:[0-9a-f]{64}$/;

/** A new credential. */
export function newCredential() {
  return `sbc_${randomBytes(32).toString('base64url')}`;
}

/**
 * The line a receiver's config lists for `credential`.
 * @param {string} credential
 */
export function credentialHash(credential) {
  return `sha256:${createHash('sha256').update(credential, 'utf8').digest('hex')}`;
}

/**
 * Whether `value` is a config hash line (`sha256:` + 64 lower-case hex digits).
 * @param {unknown} value
 * @returns {value is string}
 */
export const isCredentialHash = (value) => typeof value === 'string' && HASH.test(value);

/**
 * A checker for the `Authorization` header against `hashes` (all checked: none is skipped early).
 * With no hash at all, nothing is accepted. Throws when a hash is not `sha256:<64 hex>`.
 * @param {readonly string[]} hashes
 * @returns {(header: string | undefined) => boolean}
 */
export function createAuth(hashes) {
  const digests = hashes.map((h, i) => {
    if (!isCredentialHash(h)) throw new Error(`credentials[${i}] must be "sha256:" followed by 64 hex digits`);
    return Buffer.from(h.slice(7), 'hex');
  });
  return (header) => {
    const m = /^Bearer +(\S{1,512}) *$/i.exec(header ?? '');
    if (!m || digests.length === 0) return false;
    const given = createHash('sha256')
      .update(m[1] ?? '', 'utf8')
      .digest();
    let ok = false;
    for (const d of digests) ok = timingSafeEqual(d, given) || ok;
    return ok;
  };
}
