/**
 * The team's private key on this device: imported NON-EXTRACTABLE and kept in IndexedDB as a
 * CryptoKey, so no script on the page (ours included) can ever read its bytes back; it can only be
 * used to open requests. The public half is kept beside it as a JWK: the KEM binds it into every
 * shared secret, and the inbox compares it with the site config's `publicKey`.
 */
const DB = 'sebaya-inbox';
const STORE = 'keys';
const SLOT = 'team';

export interface PublicPoint {
  readonly kty: 'EC';
  readonly crv: 'P-256';
  readonly x: string;
  readonly y: string;
  readonly kid?: string;
}

export interface StoredKey {
  /** ECDH P-256, `extractable: false`, usage `deriveBits`. */
  readonly privateKey: CryptoKey;
  readonly publicKey: PublicPoint;
  /** When it was put on this device (ISO). */
  readonly added: string;
}

/** A P-256 private JWK as `sebaya keygen` writes it (inside `privateKey`), or a bare one. */
export interface PrivateJwk extends PublicPoint {
  readonly d: string;
}

function db(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const req = indexedDB.open(DB, 1);
    req.onupgradeneeded = () => req.result.createObjectStore(STORE);
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error ?? new Error('IndexedDB'));
  });
}

async function run<T>(mode: IDBTransactionMode, act: (s: IDBObjectStore) => IDBRequest): Promise<T> {
  const conn = await db();
  try {
    return await new Promise<T>((resolve, reject) => {
      const tx = conn.transaction(STORE, mode);
      const req = act(tx.objectStore(STORE));
      tx.oncomplete = () => resolve(req.result as T);
      tx.onerror = tx.onabort = () => reject(tx.error ?? new Error('IndexedDB'));
    });
  } finally {
    conn.close();
  }
}

/** Imports `jwk` as a non-extractable key and keeps it on this device, replacing any other. */
export async function keepKey(jwk: PrivateJwk): Promise<StoredKey> {
  const { kty, crv, x, y, d } = jwk;
  const privateKey = await crypto.subtle.importKey(
    'jwk',
    { kty, crv, x, y, d },
    { name: 'ECDH', namedCurve: 'P-256' },
    false,
    ['deriveBits'],
  );
  const stored: StoredKey = {
    privateKey,
    publicKey: jwk.kid ? { kty, crv, x, y, kid: jwk.kid } : { kty, crv, x, y },
    added: new Date().toISOString(),
  };
  await run('readwrite', (s) => s.put(stored, SLOT));
  return stored;
}

/** The key kept on this device, if any. */
export async function storedKey(): Promise<StoredKey | undefined> {
  const found = await run<StoredKey | undefined>('readonly', (s) => s.get(SLOT));
  return found?.privateKey instanceof CryptoKey ? found : undefined;
}

/** "Forget this key on this device". */
export async function forgetKey(): Promise<void> {
  await run('readwrite', (s) => s.delete(SLOT));
}
