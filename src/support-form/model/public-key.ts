import { fromBase64url } from './base64url.js';

/**
 * Checks on the team's public key (a P-256 JWK) that run before the visitor types anything:
 * the shape, that it is not a private key pasted by mistake, and that the point lies on the curve
 * (a cheap BigInt check; WebCrypto import in the element is the final word).
 */
export interface PublicJwk {
  readonly kty: 'EC';
  readonly crv: 'P-256';
  readonly x: string;
  readonly y: string;
  readonly kid?: string;
  readonly alg?: string;
  readonly use?: string;
  readonly ext?: boolean;
  readonly key_ops?: readonly string[];
}

// NIST P-256 (SEC 2, FIPS 186-4 D.1.2.3): y² = x³ − 3x + b over GF(p).
const P = 0xffffffff00000001000000000000000000000000ffffffffffffffffffffffffn;
const B = 0x5ac635d8aa3a93e7b3ebbd55769886bc651d06b0cc53b0f63bce3c3e27d2604bn;

function coordinate(text: string): bigint | undefined {
  if (!/^[A-Za-z0-9_-]{43}$/.test(text)) return undefined;
  let bytes: Uint8Array;
  try {
    bytes = fromBase64url(text);
  } catch {
    return undefined;
  }
  if (bytes.length !== 32) return undefined;
  let n = 0n;
  for (const b of bytes) n = (n << 8n) | BigInt(b);
  return n < P ? n : undefined;
}

/** True when `x`, `y` are 32-byte base64url coordinates of a point on P-256. */
export function isOnP256(x: string, y: string): boolean {
  const X = coordinate(x);
  const Y = coordinate(y);
  if (X === undefined || Y === undefined) return false;
  const lhs = (Y * Y) % P;
  const rhs = (((X * X) % P) * X - 3n * X + B) % P;
  return lhs === (rhs + P) % P;
}

/** Imports the key with WebCrypto (ECDH P-256), which also rejects points not on the curve. */
export async function importPublicKey(jwk: PublicJwk): Promise<CryptoKey> {
  const { kty, crv, x, y } = jwk;
  return crypto.subtle.importKey('jwk', { kty, crv, x, y, ext: true }, { name: 'ECDH', namedCurve: 'P-256' }, true, []);
}
