// @ts-check
/**
 * The Node receiver's PostgreSQL store (config `database: "postgres://…"`), for a team or an NGO
 * network that outgrows one box. Uses `pg` (an optional peer dependency, loaded only here: without
 * it the start fails with "npm install pg").
 *
 * Tables (created if missing):
 *   sebaya_requests (seq bigserial primary key, id uuid unique, code char(8), received_at date,
 *                    handled boolean, envelope text)      -- the envelope exactly as stored
 *   sebaya_replies  (seq bigserial primary key, id uuid unique, request_id uuid, code char(8),
 *                    token_hash char(64), sent_at date, suite text, enc text, ct text)
 * `seq` is the cursor. Every write is one transaction (one statement, or BEGIN … COMMIT);
 * exactly-once by the unique id (`ON CONFLICT (id) DO NOTHING`: nothing inserted is a duplicate).
 * A reply keeps its request's code, so it outlives its request under retention. Deleted rows are
 * gone for every reader at once; PostgreSQL frees their space at its next (auto)vacuum.
 */
import { StoreFullError } from './store.mjs';

/** Messages and codes of `pg` are never passed on: only this. */
class DatabaseError extends Error {}

const SCHEMA = [
  `CREATE TABLE IF NOT EXISTS sebaya_requests (
     seq bigserial PRIMARY KEY,
     id uuid NOT NULL UNIQUE,
     code char(8) NOT NULL,
     received_at date NOT NULL,
     handled boolean NOT NULL DEFAULT false,
     envelope text NOT NULL)`,
  'CREATE INDEX IF NOT EXISTS sebaya_requests_code ON sebaya_requests (code)',
  'CREATE INDEX IF NOT EXISTS sebaya_requests_received_at ON sebaya_requests (received_at)',
  `CREATE TABLE IF NOT EXISTS sebaya_replies (
     seq bigserial PRIMARY KEY,
     id uuid NOT NULL UNIQUE,
     request_id uuid NOT NULL,
     code char(8) NOT NULL,
     token_hash char(64) NOT NULL,
     sent_at date NOT NULL,
     suite text NOT NULL,
     enc text NOT NULL,
     ct text NOT NULL)`,
  'CREATE INDEX IF NOT EXISTS sebaya_replies_code ON sebaya_replies (code)',
  'CREATE INDEX IF NOT EXISTS sebaya_replies_request ON sebaya_replies (request_id)',
];

/** @param {unknown} d a `date` as pg returns it (text, see the type parser below) */
const day = (d) => String(d).slice(0, 10);

/**
 * Opens the PostgreSQL store: connects, creates the tables if missing.
 * @param {string} url `postgres://user:password@host:port/name`
 * @param {{ log?: (line: string) => void, maxConnections?: number }} [options]
 * @returns {Promise<import('./store.mjs').Store>}
 */
export async function openPgStore(url, { log = (line) => console.error(line), maxConnections = 10 } = {}) {
  /** @type {{ Pool: typeof import('pg').Pool, types: typeof import('pg').types }} */
  let pg;
  try {
    pg = (await import('pg')).default;
  } catch {
    throw new Error('the "database" setting needs the PostgreSQL client: run "npm install pg" next to sebaya');
  }
  const pool = new pg.Pool({ connectionString: url, max: maxConnections, connectionTimeoutMillis: 10_000 });
  // Dates as text (YYYY-MM-DD): no time zone ever shifts a day.
  const types = {
    getTypeParser: (/** @type {number} */ oid, /** @type {any} */ format) =>
      oid === 1082 ? (/** @type {string} */ v) => v : pg.types.getTypeParser(oid, format),
  };
  pool.on('error', (err) => log(`store: a PostgreSQL connection failed (${/** @type {any} */ (err).code ?? 'error'})`));
  /**
   * One statement, its rows; a database failure becomes a DatabaseError naming no detail.
   * @param {string} text
   * @param {unknown[]} [values]
   * @param {import('pg').PoolClient | import('pg').Pool} [on]
   */
  const q = async (text, values = [], on = pool) => {
    try {
      return (await on.query({ text, values, types })).rows;
    } catch (err) {
      const code = /** @type {any} */ (err)?.code;
      if (code === '53100') throw new StoreFullError('database disk full');
      throw Object.assign(new DatabaseError('database error'), {
        code: typeof code === 'string' ? `pg ${code}` : 'pg',
      });
    }
  };
  /**
   * Runs `work` in one transaction.
   * @template T
   * @param {(client: import('pg').PoolClient) => Promise<T>} work
   * @returns {Promise<T>}
   */
  const transaction = async (work) => {
    let client;
    try {
      client = await pool.connect();
    } catch {
      throw Object.assign(new DatabaseError('database error'), { code: 'pg connect' });
    }
    try {
      await q('BEGIN', [], client);
      const result = await work(client);
      await q('COMMIT', [], client);
      return result;
    } catch (err) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw err;
    } finally {
      client.release();
    }
  };
  try {
    await transaction(async (client) => {
      // One receiver at a time creates the tables (CREATE … IF NOT EXISTS races otherwise).
      await q('SELECT pg_advisory_xact_lock(816316)', [], client);
      for (const statement of SCHEMA) await q(statement, [], client);
    });
  } catch {
    await pool.end().catch(() => undefined);
    throw new Error(
      'cannot open the PostgreSQL database named by "database" (is it running, and are the user and password right?)',
    );
  }

  const ITEM = `SELECT r.seq, r.id, r.received_at, r.handled, r.envelope,
      COALESCE((SELECT json_agg(json_build_object('id', p.id, 'sentAt', to_char(p.sent_at, 'YYYY-MM-DD')) ORDER BY p.seq)
                FROM sebaya_replies p WHERE p.request_id = r.id), '[]'::json) AS replies
    FROM sebaya_requests r`;
  /** @param {any} row @returns {import('./store.mjs').Item} */
  const itemOf = (row) => ({
    cursor: String(row.seq),
    receivedAt: day(row.received_at),
    handled: row.handled === true,
    replies: row.replies,
    envelope: JSON.parse(row.envelope),
  });
  /** @param {string} id */
  const uuid = (id) => id.toLowerCase();

  return {
    kind: 'postgres',
    async add(envelope, receivedAt) {
      const rows = await q(
        `INSERT INTO sebaya_requests (id, code, received_at, envelope) VALUES ($1, $2, $3, $4)
         ON CONFLICT (id) DO NOTHING RETURNING seq`,
        [uuid(envelope.id), uuid(envelope.id).slice(0, 8), receivedAt, JSON.stringify(envelope)],
      );
      return rows.length ? 'stored' : 'duplicate';
    },
    async list(after, limit) {
      const from = Number.isSafeInteger(after) ? String(after) : '9223372036854775807';
      const rows = await q(`${ITEM} WHERE r.seq > $1::numeric ORDER BY r.seq LIMIT $2`, [from, limit + 1]);
      return { items: rows.slice(0, limit).map(itemOf), more: rows.length > limit };
    },
    async get(id) {
      const rows = await q(`${ITEM} WHERE r.id = $1`, [uuid(id)]);
      return rows[0] ? itemOf(rows[0]) : undefined;
    },
    async setHandled(id, handled) {
      const rows = await q('UPDATE sebaya_requests SET handled = $2 WHERE id = $1 RETURNING seq', [uuid(id), handled]);
      return rows.length > 0;
    },
    addReply: (requestId, reply) =>
      transaction(async (client) => {
        // The request row is locked until the reply is in: a delete cannot slip between.
        const found = await q('SELECT code FROM sebaya_requests WHERE id = $1 FOR SHARE', [uuid(requestId)], client);
        if (!found[0]) return 'missing';
        const rows = await q(
          `INSERT INTO sebaya_replies (id, request_id, code, token_hash, sent_at, suite, enc, ct)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8) ON CONFLICT (id) DO NOTHING RETURNING seq`,
          [reply.id, uuid(requestId), found[0].code, reply.tokenHash, reply.sentAt, reply.suite, reply.enc, reply.ct],
          client,
        );
        return rows.length ? 'stored' : 'duplicate';
      }),
    delete: (id) =>
      transaction(async (client) => {
        const rows = await q('DELETE FROM sebaya_requests WHERE id = $1 RETURNING id', [uuid(id)], client);
        if (!rows.length) return false;
        await q('DELETE FROM sebaya_replies WHERE request_id = $1', [uuid(id)], client);
        return true;
      }),
    forget: (code) =>
      transaction(async (client) => {
        const rows = await q('DELETE FROM sebaya_requests WHERE code = $1 RETURNING id', [code], client);
        await q('DELETE FROM sebaya_replies WHERE code = $1', [code], client);
        return rows.length;
      }),
    async replies(code, tokenHash) {
      const rows = await q(
        `SELECT id, to_char(sent_at, 'YYYY-MM-DD') AS "sentAt", suite, enc, ct FROM sebaya_replies
         WHERE code = $1 AND token_hash = $2 ORDER BY sent_at, seq`,
        [code, tokenHash],
      );
      return rows.map((r) => ({ id: r.id, sentAt: r.sentAt, suite: r.suite, enc: r.enc, ct: r.ct }));
    },
    purge: (today, retentionDays) =>
      transaction(async (client) => {
        const keep = `$1::date - $2::int`;
        const requests = await q(
          `DELETE FROM sebaya_requests WHERE received_at < ${keep} RETURNING seq`,
          [today, retentionDays],
          client,
        );
        const replies = await q(
          `DELETE FROM sebaya_replies WHERE sent_at < ${keep} RETURNING seq`,
          [today, retentionDays],
          client,
        );
        return { requests: requests.length, replies: replies.length };
      }),
    async close() {
      await pool.end();
    },
  };
}
