// @ts-check
/**
 * The Node receiver's file store (the default): JSON lines in one private folder, no database.
 *
 * Layout, for a store path `requests.jsonl` (any name; the two others are named after it):
 * - `requests.jsonl`: one line per request,
 *   `{ "seq": 7, "receivedAt": "YYYY-MM-DD", "handled": false, "envelope": { … } }`. `sebaya open
 *   requests.jsonl` reads it as it is (it takes `receivedAt` and `envelope` and ignores the rest).
 *   `seq` is the request's cursor: it only grows, and is never given twice, even after a delete.
 *   A line without `seq` (written before contract v1) gets the one after the line before it.
 * - `requests.replies.jsonl`: one line per reply,
 *   `{ "id", "request", "sentAt", "tokenHash", "suite", "enc", "ct" }` (the token only as its
 *   SHA-256, hex).
 * - `requests.state.jsonl`: the changes made since the two files were last rewritten, one per
 *   line: `{ "nextSeq": n }`, `{ "handled": "<id>", "value": true }`, `{ "delete": [ids],
 *   "replies": [reply ids] }`. A change is made by appending its line and fsyncing it (that is the
 *   moment it happens); at start-up the lines are applied again (each may be applied twice).
 * - A delete (and the retention purge) then really removes the text: both files are written
 *   again without it (temp file, fsync, rename, fsync of the folder), then the state file is
 *   replaced by one `{ "nextSeq" }` line the same way. A crash at any point leaves every file whole
 *   (old or new) and the state lines still say what was deleted: the rewrite is done again at the
 *   next start. Temp files left by a crash are removed at start-up.
 *
 * And as before: the folder is 0700 and the files 0600; `<store>.lock` keeps a second receiver
 * out; a torn last line (a crash mid-write) is moved to `<file>.torn` at start-up; every append is
 * fsynced before it resolves and cut back off the file if it fails (so a failed write leaves
 * nothing half written and the id may be taken again); the files are indexed line by line (any
 * size), the index holds places in the file, not the text; `maxBytes` caps requests + replies.
 * Every operation runs one at a time (one queue), so 200 copies of one id store one.
 */
import {
  closeSync,
  fchmodSync,
  fdatasync,
  fstatSync,
  ftruncate,
  fsync,
  mkdirSync,
  openSync,
  readFileSync,
  unlinkSync,
  write,
} from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { promisify } from 'node:util';
import { codeOf, oldestKept } from './envelope.mjs';
import { eachLine, lock, readAt, repairTail, replaceFile, syncDir, tempOf } from './file-util.mjs';
import { StoreFullError } from './store.mjs';

export { StoreLockedError } from './file-util.mjs';

export const DEFAULT_MAX_STORE_BYTES = 64 * 1024 * 1024;
/** The state file is folded into the others once it is this big. */
const MAX_STATE_BYTES = 1024 * 1024;

/**
 * The file operations appends use; tests replace them to make a disk fail for real (a half
 * write, then ENOSPC) without filling one.
 * @typedef {{
 *   write: (fd: number, buffer: Buffer, offset: number, length: number) => Promise<number>,
 *   sync: (fd: number) => Promise<void>,
 * }} StoreIo
 */
/** @type {StoreIo} */
export const nodeIo = {
  write: (fd, buffer, offset, length) => promisify(write)(fd, buffer, offset, length, null).then((r) => r.bytesWritten),
  sync: (fd) => promisify(fdatasync)(fd),
};

/**
 * @typedef {{ seq: number, id: string, receivedAt: string, handled: boolean, offset: number, length: number }} ReqEntry
 * @typedef {{ id: string, request: string, sentAt: string, tokenHash: string, offset: number, length: number }} RepEntry
 * @typedef {{ path: string, fd: number, size: number }} OpenFile
 */

/**
 * Opens one file of the store (creating it 0600), with its torn tail repaired.
 * @param {string} path
 * @param {(line: string) => void} log
 * @returns {OpenFile}
 */
function openFile(path, log) {
  const fd = openSync(path, 'a+', 0o600);
  try {
    fchmodSync(fd, 0o600);
    const size = repairTail(fd, fstatSync(fd).size, join(dirname(path), `${basename(path)}.torn`), log);
    return { path, fd, size };
  } catch (err) {
    closeSync(fd);
    throw err;
  }
}

/** @param {unknown} v @returns {any} */
const parse = (v) => {
  try {
    return JSON.parse(/** @type {string} */ (v));
  } catch {
    return undefined;
  }
};

/**
 * Opens (creating if needed) the file store at `path`, locked for this process.
 * @param {string} path
 * @param {{ maxBytes?: number, io?: StoreIo, log?: (line: string) => void, hooks?: { beforeRename?: (path: string) => void } }} [options]
 * @returns {import('./store.mjs').Store}
 */
export function openFileStore(
  path,
  { maxBytes = DEFAULT_MAX_STORE_BYTES, io = nodeIo, log = (line) => console.error(line), hooks = {} } = {},
) {
  const dir = dirname(path);
  const base = basename(path).replace(/\.jsonl$/, '');
  const repliesPath = join(dir, `${base}.replies.jsonl`);
  const statePath = join(dir, `${base}.state.jsonl`);
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  const lockPath = `${path}.lock`;
  const mine = lock(lockPath, log);
  const release = () => {
    try {
      if (readFileSync(lockPath, 'utf8') === mine) unlinkSync(lockPath);
    } catch {
      // already gone
    }
  };
  process.on('exit', release);
  /** @type {OpenFile[]} */
  const opened = [];
  /** @type {Map<string, ReqEntry>} in the order of `seq` */
  const requests = new Map();
  /** @type {Map<string, RepEntry>} in the order they were stored */
  const replies = new Map();
  let nextSeq = 1;
  let dirty = false;
  /** @type {OpenFile} */ let req;
  /** @type {OpenFile} */ let rep;
  /** @type {OpenFile} */ let state;
  try {
    for (const p of [path, repliesPath, statePath]) {
      try {
        unlinkSync(tempOf(p)); // half a rewrite from a crash: it may hold deleted text
      } catch {
        // none
      }
    }
    const fresh = fstatSafe(path) === 0;
    req = openFile(path, log);
    opened.push(req);
    rep = openFile(repliesPath, log);
    opened.push(rep);
    state = openFile(statePath, log);
    opened.push(state);
    if (fresh) syncDir(dir);
    let unreadable = 0;
    let last = 0;
    eachLine(req.fd, req.size, (text, offset, length) => {
      if (!text.trim()) return;
      const line = parse(text);
      const id = line?.envelope?.id;
      if (typeof id !== 'string' || requests.has(id.toLowerCase())) return void (unreadable += 1);
      const seq = Number.isSafeInteger(line.seq) && line.seq > last ? line.seq : last + 1;
      last = seq;
      const receivedAt = typeof line.receivedAt === 'string' ? line.receivedAt.slice(0, 10) : '';
      requests.set(id.toLowerCase(), { seq, id, receivedAt, handled: line.handled === true, offset, length });
    });
    nextSeq = last + 1;
    eachLine(rep.fd, rep.size, (text, offset, length) => {
      const line = parse(text);
      if (typeof line?.id !== 'string' || typeof line.request !== 'string') return void (unreadable += 1);
      const { id, request, sentAt, tokenHash } = line;
      replies.set(id, { id, request, sentAt: String(sentAt), tokenHash: String(tokenHash), offset, length });
    });
    let changes = 0;
    eachLine(state.fd, state.size, (text) => {
      const op = parse(text);
      if (Number.isSafeInteger(op?.nextSeq)) nextSeq = Math.max(nextSeq, op.nextSeq);
      else if (typeof op?.handled === 'string') {
        const entry = requests.get(op.handled);
        if (entry) entry.handled = op.value === true;
        changes += 1;
      } else if (Array.isArray(op?.delete)) {
        for (const id of op.delete) requests.delete(id);
        for (const id of Array.isArray(op.replies) ? op.replies : []) replies.delete(id);
        changes += 1;
      } else unreadable += 1;
    });
    if (unreadable) log(`store: ${unreadable} unreadable line(s) skipped while indexing`);
    if (changes) rewrite();
  } catch (err) {
    for (const f of opened) closeSync(f.fd);
    release();
    process.off('exit', release);
    throw err;
  }

  /** @param {string} p */
  function fstatSafe(p) {
    try {
      const fd = openSync(p, 'r');
      try {
        return fstatSync(fd).size;
      } finally {
        closeSync(fd);
      }
    } catch {
      return 0;
    }
  }

  /** @param {OpenFile} file */
  function reopen(file) {
    closeSync(file.fd);
    file.fd = openSync(file.path, 'a+', 0o600);
    file.size = fstatSync(file.fd).size;
  }

  /**
   * Writes the requests and replies files again from the index (the handled flags folded in,
   * deleted lines gone), then the state file as one `nextSeq` line.
   */
  function rewrite() {
    const reqList = [...requests.values()];
    const reqLines = reqList.map((e) => {
      const { envelope } = parse(readAt(req.fd, e.offset, e.length));
      return `${JSON.stringify({ seq: e.seq, receivedAt: e.receivedAt, handled: e.handled, envelope })}\n`;
    });
    const repList = [...replies.values()];
    const repLines = repList.map((r) => readAt(rep.fd, r.offset, r.length));
    const reqOffsets = replaceFile(path, reqLines, hooks);
    reopen(req);
    reqList.forEach((e, i) =>
      Object.assign(e, { offset: reqOffsets[i], length: Buffer.byteLength(reqLines[i] ?? '') }),
    );
    const repOffsets = replaceFile(repliesPath, repLines, hooks);
    reopen(rep);
    repList.forEach((r, i) => (r.offset = repOffsets[i] ?? 0));
    replaceFile(statePath, [`${JSON.stringify({ nextSeq })}\n`], hooks);
    reopen(state);
    dirty = false;
  }

  /**
   * Appends `line` to `file` and fsyncs it; on failure cuts it back off and throws.
   * @param {OpenFile} file
   * @param {string} line
   * @param {boolean} capped whether `maxBytes` applies
   */
  async function append(file, line, capped) {
    const buf = Buffer.from(line, 'utf8');
    if (capped && req.size + rep.size + buf.length > maxBytes)
      throw new StoreFullError(`store full (${maxBytes} bytes)`);
    const at = file.size;
    try {
      for (let off = 0; off < buf.length;) off += await io.write(file.fd, buf, off, buf.length - off);
      await io.sync(file.fd);
    } catch (err) {
      // Cut the half-written line back off, so the next one starts on its own line.
      try {
        await promisify(ftruncate)(file.fd, at);
        await promisify(fsync)(file.fd);
      } catch (cutErr) {
        const code = /** @type {NodeJS.ErrnoException} */ (cutErr).code ?? 'error';
        log(`store: could not cut a failed write back off (${code}); it is repaired at the next start`);
      }
      throw err;
    }
    file.size = at + buf.length;
    return at;
  }

  /**
   * Deletes requests and replies: the change is made by its state line; the text is then removed
   * by rewriting the files (retried by the next purge if that fails).
   * @param {string[]} ids
   * @param {string[]} replyIds
   */
  async function remove(ids, replyIds) {
    if (!ids.length && !replyIds.length) return;
    await append(state, `${JSON.stringify({ delete: ids, replies: replyIds })}\n`, false);
    for (const id of ids) requests.delete(id);
    for (const id of replyIds) replies.delete(id);
    dirty = true;
    try {
      rewrite();
    } catch (err) {
      log(
        `store: could not rewrite the files after a delete (${/** @type {NodeJS.ErrnoException} */ (err).code ?? 'error'}); retried later`,
      );
    }
  }

  /** @param {ReqEntry} e @param {Map<string, RepEntry[]>} byRequest @returns {import('./store.mjs').Item} */
  const itemOf = (e, byRequest) => ({
    cursor: String(e.seq),
    receivedAt: e.receivedAt,
    handled: e.handled,
    replies: (byRequest.get(e.id.toLowerCase()) ?? []).map((r) => ({ id: r.id, sentAt: r.sentAt })),
    envelope: parse(readAt(req.fd, e.offset, e.length))?.envelope,
  });
  const repliesByRequest = () => {
    /** @type {Map<string, RepEntry[]>} */
    const map = new Map();
    for (const r of replies.values()) map.set(r.request, [...(map.get(r.request) ?? []), r]);
    return map;
  };

  /** @type {Promise<unknown>} */
  let queue = Promise.resolve();
  let closed = false;
  /**
   * Runs `job` after every job before it.
   * @template T
   * @param {() => Promise<T> | T} job
   * @returns {Promise<T>}
   */
  const run = (job) => {
    if (closed) return Promise.reject(new Error('store closed'));
    const result = queue.then(job, job);
    queue = result.catch(() => undefined);
    return result;
  };

  return {
    kind: 'file',
    add: (envelope, receivedAt) =>
      run(async () => {
        const id = String(envelope.id).toLowerCase();
        if (requests.has(id)) return 'duplicate';
        const seq = nextSeq;
        const line = `${JSON.stringify({ seq, receivedAt, handled: false, envelope })}\n`;
        const offset = await append(req, line, true);
        nextSeq = seq + 1;
        requests.set(id, { seq, id: envelope.id, receivedAt, handled: false, offset, length: Buffer.byteLength(line) });
        return 'stored';
      }),
    list: (after, limit) =>
      run(() => {
        const byRequest = repliesByRequest();
        /** @type {import('./store.mjs').Item[]} */
        const items = [];
        let more = false;
        for (const e of requests.values()) {
          if (e.seq <= after) continue;
          if (items.length === limit) {
            more = true;
            break;
          }
          items.push(itemOf(e, byRequest));
        }
        return { items, more };
      }),
    get: (id) =>
      run(() => {
        const e = requests.get(id.toLowerCase());
        return e ? itemOf(e, repliesByRequest()) : undefined;
      }),
    setHandled: (id, handled) =>
      run(async () => {
        const e = requests.get(id.toLowerCase());
        if (!e) return false;
        if (e.handled === handled) return true;
        await append(state, `${JSON.stringify({ handled: e.id.toLowerCase(), value: handled })}\n`, false);
        e.handled = handled;
        if (state.size > MAX_STATE_BYTES) rewrite();
        return true;
      }),
    addReply: (requestId, reply) =>
      run(async () => {
        const request = requestId.toLowerCase();
        if (!requests.has(request)) return 'missing';
        if (replies.has(reply.id)) return 'duplicate';
        const { id, sentAt, tokenHash, suite, enc, ct } = reply;
        const line = `${JSON.stringify({ id, request, sentAt, tokenHash, suite, enc, ct })}\n`;
        const offset = await append(rep, line, true);
        replies.set(id, { id, request, sentAt, tokenHash, offset, length: Buffer.byteLength(line) });
        return 'stored';
      }),
    delete: (id) =>
      run(async () => {
        const key = id.toLowerCase();
        if (!requests.has(key)) return false;
        const replyIds = [...replies.values()].filter((r) => r.request === key).map((r) => r.id);
        await remove([key], replyIds);
        return true;
      }),
    forget: (code) =>
      run(async () => {
        const ids = [...requests.keys()].filter((id) => codeOf(id) === code);
        const replyIds = [...replies.values()].filter((r) => codeOf(r.request) === code).map((r) => r.id);
        await remove(ids, replyIds);
        return ids.length;
      }),
    replies: (code, tokenHash) =>
      run(() =>
        [...replies.values()]
          .filter((r) => codeOf(r.request) === code && r.tokenHash === tokenHash)
          .map((r) => {
            const { id, sentAt, suite, enc, ct } = parse(readAt(rep.fd, r.offset, r.length)) ?? {};
            return { id, sentAt, suite, enc, ct };
          })
          .sort((a, b) => (a.sentAt < b.sentAt ? -1 : a.sentAt > b.sentAt ? 1 : 0)),
      ),
    purge: (day, days) =>
      run(async () => {
        const keep = oldestKept(day, days);
        const ids = [...requests.values()].filter((e) => e.receivedAt < keep).map((e) => e.id.toLowerCase());
        const replyIds = [...replies.values()].filter((r) => r.sentAt < keep).map((r) => r.id);
        if (ids.length || replyIds.length) await remove(ids, replyIds);
        else if (dirty) rewrite();
        return { requests: ids.length, replies: replyIds.length };
      }),
    async close() {
      if (closed) return;
      await run(() => undefined);
      closed = true;
      for (const f of opened) closeSync(f.fd);
      release();
      process.off('exit', release);
    },
  };
}
