// @ts-check
/**
 * The reference receiver's store: one JSON line per envelope, appended to one file.
 *
 * - Private: the folder is created with mode 0700 and the file with 0600 (an existing file is set
 *   to 0600). Keep it outside any folder a web server serves.
 * - Locked: `<store>.lock` is created exclusively and holds `<pid> <host>`, so a second receiver on
 *   the same store refuses to start instead of accepting the same id twice. A lock left by a
 *   process that no longer runs on this host is taken over (and logged).
 * - Repaired: a torn last line (a write cut off by a crash or a full disk) is moved to
 *   `<store>.torn` at start-up, so the next line starts on a line of its own.
 * - Indexed: the ids already stored are read line by line (any size of file).
 * - Durable: each line is written and fsynced before `append` resolves; a failed append is cut
 *   back off the file, so it never keeps half a line, and the caller may take the id again.
 * - Capped: `maxBytes` (the file never grows past it: `append` throws a `StoreFullError`).
 */
import {
  closeSync,
  fchmodSync,
  fdatasync,
  fstatSync,
  fsync,
  ftruncate,
  ftruncateSync,
  fsyncSync,
  linkSync,
  mkdirSync,
  openSync,
  readFileSync,
  readSync,
  unlinkSync,
  write,
  writeSync,
} from 'node:fs';
import { hostname } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { promisify } from 'node:util';
import { LineSplitter } from '../bin/lines.mjs';

export const DEFAULT_MAX_STORE_BYTES = 64 * 1024 * 1024;

export class StoreFullError extends Error {}
export class StoreLockedError extends Error {}

/**
 * The file operations `append` uses; tests replace them to make a disk fail for real (a half
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

/** @param {number} pid */
function isRunning(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return /** @type {NodeJS.ErrnoException} */ (err).code === 'EPERM';
  }
}

/**
 * Takes `lockPath` for this process, or throws a StoreLockedError naming the holder.
 * @param {string} lockPath
 * @param {(line: string) => void} log
 */
function lock(lockPath, log) {
  const mine = `${process.pid} ${hostname()}\n`;
  for (let attempt = 0; attempt < 3; attempt += 1) {
    // Written whole under a private name, then linked into place: link() fails if the lock
    // exists, so no one ever reads a half-written lock.
    const tmp = `${lockPath}.${process.pid}.${Math.random().toString(36).slice(2)}`;
    const fd = openSync(tmp, 'wx', 0o600);
    try {
      writeSync(fd, mine);
    } finally {
      closeSync(fd);
    }
    try {
      linkSync(tmp, lockPath);
      return mine;
    } catch (err) {
      if (/** @type {NodeJS.ErrnoException} */ (err).code !== 'EEXIST') throw err;
    } finally {
      unlinkSync(tmp);
    }
    let held = '';
    try {
      held = readFileSync(lockPath, 'utf8');
    } catch (err) {
      if (/** @type {NodeJS.ErrnoException} */ (err).code === 'ENOENT') continue;
      throw err;
    }
    const [pidText = '', host = ''] = held.trim().split(' ');
    const pid = Number(pidText);
    const stale = host === hostname() && Number.isSafeInteger(pid) && pid > 0 && pid !== process.pid && !isRunning(pid);
    if (!stale) {
      throw new StoreLockedError(
        `the store is in use by another receiver (process ${pidText.slice(0, 12) || '?'} on ${host.slice(0, 64) || '?'}): ${lockPath}. Run one receiver per store; if none is running, delete the lock file.`,
      );
    }
    log(`store: taking over a stale lock left by process ${pid}`);
    try {
      unlinkSync(lockPath);
    } catch {
      // someone else removed it first: try again
    }
  }
  throw new StoreLockedError(`could not lock the store: ${lockPath}`);
}

/**
 * Cuts an unterminated last line off the file at `fd` (of `size` bytes) and keeps it in
 * `tornPath`. Returns the new size.
 * @param {number} fd
 * @param {number} size
 * @param {string} tornPath
 * @param {(line: string) => void} log
 */
function repairTail(fd, size, tornPath, log) {
  if (size === 0) return 0;
  const chunk = Buffer.alloc(64 * 1024);
  let end = size;
  let cut = 0;
  while (end > 0) {
    const start = Math.max(0, end - chunk.length);
    const n = readSync(fd, chunk, 0, end - start, start);
    const nl = chunk.subarray(0, n).lastIndexOf(10);
    if (nl >= 0) {
      cut = start + nl + 1;
      break;
    }
    end = start;
  }
  if (cut === size) return size;
  const torn = openSync(tornPath, 'a', 0o600);
  try {
    for (let at = cut; at < size;) {
      const n = readSync(fd, chunk, 0, Math.min(chunk.length, size - at), at);
      if (n <= 0) break;
      writeSync(torn, chunk, 0, n);
      at += n;
    }
    fsyncSync(torn);
  } finally {
    closeSync(torn);
  }
  ftruncateSync(fd, cut);
  fsyncSync(fd);
  log(`store: moved a torn last line (${size - cut} bytes) to ${basename(tornPath)}`);
  return cut;
}

/**
 * The ids stored in the file at `fd` (its first `size` bytes), read line by line.
 * @param {number} fd
 * @param {number} size
 * @param {(line: string) => void} log
 */
function readIds(fd, size, log) {
  /** @type {Set<string>} */
  const ids = new Set();
  const split = new LineSplitter();
  const chunk = Buffer.alloc(256 * 1024);
  let unreadable = 0;
  /** @param {import('../bin/lines.mjs').Line} line */
  const take = (line) => {
    if (!line.text.trim() && !line.tooLong) return;
    try {
      const id = JSON.parse(line.text)?.envelope?.id;
      if (typeof id === 'string') return void ids.add(id);
    } catch {
      // counted below
    }
    unreadable += 1;
  };
  for (let at = 0; at < size;) {
    const n = readSync(fd, chunk, 0, Math.min(chunk.length, size - at), at);
    if (n <= 0) break;
    at += n;
    split.push(chunk.subarray(0, n)).forEach(take);
  }
  split.end().forEach(take);
  if (unreadable) log(`store: ${unreadable} unreadable line(s) skipped while indexing`);
  return ids;
}

/**
 * Opens (creating if needed) the store at `path`, locked for this process.
 * @param {string} path
 * @param {{ maxBytes?: number, io?: StoreIo, log?: (line: string) => void }} [options]
 */
export function openStore(
  path,
  { maxBytes = DEFAULT_MAX_STORE_BYTES, io = nodeIo, log = (line) => console.error(line) } = {},
) {
  const dir = dirname(path);
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
  let fd = -1;
  let size = 0;
  /** @type {Set<string>} */
  let ids;
  try {
    fd = openSync(path, 'a+', 0o600);
    fchmodSync(fd, 0o600);
    if (fstatSync(fd).size === 0) {
      // a new file: make its directory entry durable too
      try {
        const dfd = openSync(dir, 'r');
        fsyncSync(dfd);
        closeSync(dfd);
      } catch {
        // not every platform can fsync a directory
      }
    }
    size = repairTail(fd, fstatSync(fd).size, join(dir, `${basename(path)}.torn`), log);
    ids = readIds(fd, size, log);
  } catch (err) {
    if (fd >= 0) closeSync(fd);
    release();
    process.off('exit', release);
    throw err;
  }
  /** @type {Promise<unknown>} */
  let queue = Promise.resolve();
  let closed = false;

  return {
    /** @param {string} id */
    has: (id) => ids.has(id),
    get size() {
      return size;
    },
    /**
     * Appends one line (it must end with "\n") for `id`, fsynced before it resolves. Throws a
     * StoreFullError when it would pass `maxBytes`, or the write's own error; either way the file
     * is as it was before.
     * @param {string} id
     * @param {string} line
     * @returns {Promise<void>}
     */
    append(id, line) {
      if (closed) return Promise.reject(new Error('store closed'));
      const run = async () => {
        const buf = Buffer.from(line, 'utf8');
        if (size + buf.length > maxBytes) throw new StoreFullError(`store full (${maxBytes} bytes)`);
        try {
          for (let off = 0; off < buf.length;) off += await io.write(fd, buf, off, buf.length - off);
          await io.sync(fd);
        } catch (err) {
          // Cut the half-written line back off, so the next one starts on its own line.
          try {
            await promisify(ftruncate)(fd, size);
            await promisify(fsync)(fd);
          } catch (cutErr) {
            log(
              `store: could not cut a failed write back off (${/** @type {NodeJS.ErrnoException} */ (cutErr).code ?? 'error'}); it is repaired at the next start`,
            );
          }
          throw err;
        }
        size += buf.length;
        ids.add(id);
      };
      const result = queue.then(run, run);
      queue = result.catch(() => undefined);
      return result;
    },
    /** Waits for pending appends, closes the file and releases the lock. */
    async close() {
      if (closed) return;
      closed = true;
      await queue;
      closeSync(fd);
      release();
      process.off('exit', release);
    },
  };
}

/** @typedef {ReturnType<typeof openStore>} Store */
