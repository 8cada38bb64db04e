// @ts-check
/** Envelopes, replies and credentials for the contract suite. */
import { createHash, randomBytes } from 'node:crypto';
import { SUITE } from './sealing.mjs';

/** A coordinator credential as `sebaya credential` makes it, and its config line. */
export function credential() {
  const value = `sbc_${randomBytes(32).toString('base64url')}`;
  return { value, line: `sha256:${createHash('sha256').update(value).digest('hex')}` };
}

/** A random UUID v4 whose first 8 hex digits are `code` (to give several requests one code). @param {string} [code] */
export function uuid(code) {
  const id = crypto.randomUUID();
  return code ? `${code.toLowerCase()}${id.slice(8)}` : id;
}

/** @param {number} n @param {number} [first] */
export const b64 = (n, first) => {
  const bytes = randomBytes(n);
  if (first !== undefined) bytes[0] = first;
  return bytes.toString('base64url');
};
export const token = () => b64(16);
export const point = () => b64(65, 4);

/**
 * An unsealed envelope.
 * @param {{ id?: string, message?: string, replyTo?: { key: string, token: string } }} [options]
 */
export function plain({ id = uuid(), message = 'Saya butuh teman bicara.', replyTo } = {}) {
  return {
    v: 1,
    id,
    sentAt: '2026-11-29',
    sealed: false,
    request: {
      topic: 'stres-cemas',
      message,
      urgency: 'soon',
      lang: 'id',
      contact: { method: 'code', value: 'AB12-CD34' },
      ...(replyTo ? { reply: replyTo } : {}),
    },
  };
}

/** A sealed-looking envelope (random ciphertext: the receiver cannot tell). @param {string} [id] */
export function sealedShape(id = uuid()) {
  return { v: 1, id, sentAt: '2026-11-29', sealed: true, suite: SUITE, enc: point(), ct: b64(120) };
}

/** A Reply-in with random ciphertext. @param {{ token?: string, sentAt?: string }} [options] */
export function replyIn({ token: t = token(), sentAt = '2026-11-30' } = {}) {
  return { id: uuid(), token: t, sentAt, suite: SUITE, enc: point(), ct: b64(64) };
}

/** Today in UTC, YYYY-MM-DD. */
export const todayUtc = () => new Date().toISOString().slice(0, 10);
