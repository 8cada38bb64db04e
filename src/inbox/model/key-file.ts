/**
 * The private key file of `sebaya keygen` (bin/sebaya.mjs): `{ comment, created, suite, info,
 * privateKey: JWK with d, publicKey: JWK }`. The inbox reads it (or a bare private JWK, as
 * `sebaya open` does) and writes the same format when it makes a key pair, so the backup file
 * also opens requests on the command line.
 */
import type { PrivateJwk, PublicPoint } from './key-store.js';
import { SUITE } from './open.js';

const B64_32 = /^[A-Za-z0-9_-]{43}$/;

export interface KeyFile {
  readonly comment: string;
  readonly created: string;
  readonly suite: string;
  readonly info: string;
  readonly privateKey: PrivateJwk;
  readonly publicKey: PublicPoint;
}

/** Why a file is not a key file: `json` (not JSON at all) or `shape` (JSON, but no P-256 private key). */
export class KeyFileError extends Error {
  constructor(readonly reason: 'json' | 'shape') {
    super(reason === 'json' ? 'the file is not JSON' : 'no P-256 private key in the file');
  }
}

/** Reads a key file's text; throws a KeyFileError. */
export function parseKeyFile(text: string): PrivateJwk {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new KeyFileError('json');
  }
  const outer = json && typeof json === 'object' ? (json as Record<string, unknown>) : {};
  const jwk = (outer.privateKey && typeof outer.privateKey === 'object' ? outer.privateKey : outer) as Record<
    string,
    unknown
  >;
  const { kty, crv, x, y, d, kid } = jwk;
  if (kty !== 'EC' || crv !== 'P-256' || ![x, y, d].every((v) => typeof v === 'string' && B64_32.test(v)))
    throw new KeyFileError('shape');
  const base = { kty, crv, x: x as string, y: y as string, d: d as string } as const;
  return typeof kid === 'string' && kid.length <= 100 ? { ...base, kid } : base;
}

/** A new key pair as a key file (the backup the coordinator downloads once). */
export async function newKeyFile(comment: string): Promise<KeyFile> {
  const pair = await crypto.subtle.generateKey({ name: 'ECDH', namedCurve: 'P-256' }, true, ['deriveBits']);
  const { x, y, d } = await crypto.subtle.exportKey('jwk', pair.privateKey);
  const kid = `sebaya-${new Date().toISOString().slice(0, 10)}-${crypto.randomUUID().slice(0, 8)}`;
  const publicKey: PublicPoint = { kty: 'EC', crv: 'P-256', x: x!, y: y!, kid };
  return {
    comment,
    created: new Date().toISOString(),
    suite: SUITE,
    info: 'sebaya/support-request/v1',
    privateKey: { ...publicKey, d: d! },
    publicKey,
  };
}

/** Whether two public keys are the same point. */
export const samePoint = (a: { x: string; y: string }, b: { x: string; y: string }): boolean =>
  a.x === b.x && a.y === b.y;
