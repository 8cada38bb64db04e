/**
 * Optional proof of work, hashcash-style, asked for by `supportForm.proofOfWork.bits`.
 *
 * The stamp is `{ bits, nonce }`; it is valid for an envelope `id` when
 * SHA-256(UTF-8(`${id}:${nonce}`)) starts with at least `bits` zero bits. The nonce is a decimal
 * counter. Costs the visitor's phone ~2^bits hashes once; costs the receiver one hash to check.
 */
const utf8 = new TextEncoder();

/** Number of leading zero bits of `bytes`. */
export function leadingZeroBits(bytes: Uint8Array): number {
  let n = 0;
  for (const b of bytes) {
    if (b === 0) {
      n += 8;
      continue;
    }
    return n + Math.clz32(b) - 24;
  }
  return n;
}

async function digest(id: string, nonce: string): Promise<Uint8Array> {
  return new Uint8Array(await crypto.subtle.digest('SHA-256', utf8.encode(`${id}:${nonce}`)));
}

/** True when `nonce` gives `bits` leading zero bits for `id`. */
export async function verifyPow(
  id: string,
  stamp: { bits: number; nonce: string },
  minBits = stamp.bits,
): Promise<boolean> {
  if (stamp.bits < minBits || !/^\d{1,16}$/.test(stamp.nonce)) return false;
  return leadingZeroBits(await digest(id, stamp.nonce)) >= stamp.bits;
}

/** Finds a nonce (yields to the page every 256 tries so the form stays responsive). */
export async function solvePow(
  id: string,
  bits: number,
  signal?: AbortSignal,
): Promise<{ bits: number; nonce: string }> {
  for (let i = 0; ; i += 1) {
    if (signal?.aborted) throw signal.reason;
    const nonce = String(i);
    if (leadingZeroBits(await digest(id, nonce)) >= bits) return { bits, nonce };
    if ((i & 255) === 255) await new Promise((r) => setTimeout(r, 0));
  }
}
