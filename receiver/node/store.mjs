// @ts-check
/**
 * The one store interface the Node receiver's HTTP layer uses (receiver.mjs), and the choice
 * between its two implementations: the file store (store-file.mjs, the default) and PostgreSQL
 * (store-pg.mjs, when the config names a `database`; `pg` is loaded only then).
 *
 * Every method resolves once its change is durable (fsynced, or committed); none leaves anything
 * half stored. Ids are compared without regard to case; a reference code is 8 lower-case hex.
 */

/** The store has no room left (the caller answers 503). */
export class StoreFullError extends Error {}

/**
 * @typedef {{ id: string, sentAt: string }} ReplyRef
 * @typedef {{ cursor: string, receivedAt: string, handled: boolean, replies: ReplyRef[], envelope: any }} Item
 * @typedef {{ id: string, sentAt: string, suite: string, enc: string, ct: string }} SealedReply
 * @typedef {{
 *   kind: 'file' | 'postgres',
 *   add: (envelope: { id: string } & Record<string, unknown>, receivedAt: string) => Promise<'stored' | 'duplicate'>,
 *   list: (after: number, limit: number) => Promise<{ items: Item[], more: boolean }>,
 *   get: (id: string) => Promise<Item | undefined>,
 *   setHandled: (id: string, handled: boolean) => Promise<boolean>,
 *   addReply: (requestId: string, reply: import('./envelope.mjs').ReplyIn) => Promise<'stored' | 'duplicate' | 'missing'>,
 *   delete: (id: string) => Promise<boolean>,
 *   forget: (code: string) => Promise<number>,
 *   replies: (code: string, tokenHash: string) => Promise<SealedReply[]>,
 *   purge: (today: string, retentionDays: number) => Promise<{ requests: number, replies: number }>,
 *   close: () => Promise<void>,
 * }} Store
 *   `list(after, limit)`: requests with a cursor above `after` (0: all), in the order they came,
 *   at most `limit`, and whether more follow. `purge` deletes what is more than `retentionDays`
 *   days older than `today`.
 */

/**
 * Opens the store a config asks for: PostgreSQL when `database` is set, else the file store.
 * @param {{ store?: string, database?: string, maxStoreBytes?: number, log?: (line: string) => void }} options
 * @returns {Promise<Store>}
 */
export async function openStore({ store = '.data/requests.jsonl', database, maxStoreBytes, log }) {
  if (database) {
    const { openPgStore } = await import('./store-pg.mjs');
    return openPgStore(database, { log });
  }
  const { openFileStore } = await import('./store-file.mjs');
  return openFileStore(store, { maxBytes: maxStoreBytes, log });
}
