/**
 * The last good copy of each config and feed, in IndexedDB, so a visitor on a dropping connection
 * sees what loaded last time ("as of …") instead of an error. Only public files are kept here
 * (configs, ICS, CSV) — never anything a visitor typed. Every failure (private mode, quota, no
 * IndexedDB) quietly means "no cache".
 */
const DB = 'sebaya-cache';
const STORE = 'responses';

export interface CachedText {
  readonly url: string;
  readonly text: string;
  readonly type: string;
  /** When it was fetched (ms since epoch). */
  readonly at: number;
}

let dbPromise: Promise<IDBDatabase | undefined> | undefined;

function open(): Promise<IDBDatabase | undefined> {
  dbPromise ??= new Promise((resolve) => {
    try {
      const req = indexedDB.open(DB, 1);
      req.onupgradeneeded = () => req.result.createObjectStore(STORE, { keyPath: 'url' });
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => resolve(undefined);
      req.onblocked = () => resolve(undefined);
    } catch {
      resolve(undefined);
    }
  });
  return dbPromise;
}

function run<T>(mode: IDBTransactionMode, fn: (store: IDBObjectStore) => IDBRequest<T>): Promise<T | undefined> {
  return open().then(
    (db) =>
      new Promise<T | undefined>((resolve) => {
        if (!db) return resolve(undefined);
        try {
          const req = fn(db.transaction(STORE, mode).objectStore(STORE));
          req.onsuccess = () => resolve(req.result);
          req.onerror = () => resolve(undefined);
        } catch {
          resolve(undefined);
        }
      }),
  );
}

/** Stores the latest good copy (texts over 2 MB are not kept), in the background. */
export function remember(entry: CachedText): void {
  if (entry.text.length <= 2 * 1024 * 1024) void run('readwrite', (s) => s.put(entry));
}

/** The last good copy of `url`, if any. */
export function recall(url: string): Promise<CachedText | undefined> {
  return run<CachedText>('readonly', (s) => s.get(url) as IDBRequest<CachedText>);
}

/** Forgets one URL (tests; a site owner's "clear"). */
export function forgetCached(url: string): Promise<void> {
  return run('readwrite', (s) => s.delete(url)).then(() => undefined);
}
