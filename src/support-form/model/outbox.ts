/**
 * The outbox: requests that could not be delivered yet, in IndexedDB, so nothing the visitor
 * wrote is lost to a dropped connection or a reload. It stores the envelope exactly as it will be
 * sent: sealed envelopes are ciphertext; unsealed ones are readable, which the form tells the
 * visitor (with a way to delete them).
 *
 * Two tabs (or two forms on a page) never send the same record at once: a sender first takes a
 * Web Lock named after the record (where the browser has Web Locks), then claims a lease on the
 * record inside a read-write transaction (IndexedDB runs overlapping read-write transactions one
 * at a time, also across tabs). A lease that is never released (a tab closed mid-send) expires.
 */
export interface OutboxRecord {
  /** The envelope id (also the key). */
  readonly id: string;
  /** Absolute URL it goes to. */
  readonly endpoint: string;
  /** The JSON body, exactly as POSTed. */
  readonly body: string;
  readonly sealed: boolean;
  readonly createdAt: number;
  readonly attempts: number;
  /** Not before this time (ms since epoch), unless forced (page load, `online`). */
  readonly nextAttemptAt: number;
  readonly leaseUntil: number;
  readonly leaseOwner: string;
  /** Error answers (5xx, 408, 429) the receiver gave for it: not network trouble but a failing receiver. */
  readonly serverErrors?: number;
  /** The status of the last of those answers. */
  readonly lastStatus?: number;
  /** Set when the receiver refused it for good (a 4xx other than 409, or 501). */
  readonly rejected?: { readonly status: number; readonly reason: string };
}

const DB_NAME = 'sebaya-support-form';
const STORE = 'outbox';

function promisify<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error ?? new Error('IndexedDB request failed'));
  });
}

function done(tx: IDBTransaction): Promise<void> {
  return new Promise((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error ?? new Error('IndexedDB transaction failed'));
    tx.onabort = () => reject(tx.error ?? new Error('IndexedDB transaction aborted'));
  });
}

export class Outbox {
  private constructor(private readonly db: IDBDatabase) {
    // Let a newer version (or a test deleting the database) take over instead of blocking it.
    db.onversionchange = () => db.close();
  }

  /** Opens the outbox, or resolves `undefined` when IndexedDB is unavailable (private mode, disabled). */
  static async open(timeoutMs = 3_000): Promise<Outbox | undefined> {
    try {
      const factory = globalThis.indexedDB;
      if (!factory) return undefined;
      const req = factory.open(DB_NAME, 1);
      req.onupgradeneeded = () => {
        const store = req.result.createObjectStore(STORE, { keyPath: 'id' });
        store.createIndex('endpoint', 'endpoint');
      };
      const db = await Promise.race([
        promisify(req),
        new Promise<never>((_, reject) => setTimeout(() => reject(new Error('IndexedDB did not open')), timeoutMs)),
      ]);
      return new Outbox(db);
    } catch {
      return undefined;
    }
  }

  close(): void {
    this.db.close();
  }

  async put(record: OutboxRecord): Promise<void> {
    const tx = this.db.transaction(STORE, 'readwrite');
    tx.objectStore(STORE).put(record);
    await done(tx);
  }

  async get(id: string): Promise<OutboxRecord | undefined> {
    return promisify(this.db.transaction(STORE).objectStore(STORE).get(id) as IDBRequest<OutboxRecord | undefined>);
  }

  /** Records for one endpoint, oldest first. */
  async list(endpoint: string): Promise<OutboxRecord[]> {
    const all = await promisify(
      this.db.transaction(STORE).objectStore(STORE).index('endpoint').getAll(endpoint) as IDBRequest<OutboxRecord[]>,
    );
    return all.sort((a, b) => a.createdAt - b.createdAt);
  }

  async remove(id: string): Promise<void> {
    const tx = this.db.transaction(STORE, 'readwrite');
    tx.objectStore(STORE).delete(id);
    await done(tx);
  }

  /** Deletes every unsealed record, of every endpoint (the quick exit). */
  async removeUnsealed(): Promise<void> {
    const tx = this.db.transaction(STORE, 'readwrite');
    const req = tx.objectStore(STORE).openCursor();
    req.onsuccess = () => {
      const cursor = req.result;
      if (!cursor) return;
      if (!(cursor.value as OutboxRecord).sealed) cursor.delete();
      cursor.continue();
    };
    await done(tx);
  }

  /** Changes a record in one read-write transaction; `change` returns the new record or `undefined` to leave it. */
  async update(id: string, change: (r: OutboxRecord) => OutboxRecord | undefined): Promise<OutboxRecord | undefined> {
    const tx = this.db.transaction(STORE, 'readwrite');
    const store = tx.objectStore(STORE);
    let result: OutboxRecord | undefined;
    const req = store.get(id) as IDBRequest<OutboxRecord | undefined>;
    req.onsuccess = () => {
      const current = req.result;
      const next = current && change(current);
      if (next) {
        store.put(next);
        result = next;
      }
    };
    await done(tx);
    return result;
  }

  /**
   * Claims a record for `owner` until `now + leaseMs`. Fails when another owner holds a live
   * lease, when it was rejected, or (unless `force`) when its next attempt is not due yet.
   */
  async claim(
    id: string,
    owner: string,
    leaseMs: number,
    force = false,
    now = Date.now(),
  ): Promise<OutboxRecord | undefined> {
    return this.update(id, (r) => {
      if (r.rejected) return undefined;
      if (r.leaseUntil > now && r.leaseOwner !== owner) return undefined;
      if (!force && r.nextAttemptAt > now) return undefined;
      return { ...r, leaseUntil: now + leaseMs, leaseOwner: owner };
    });
  }
}
