// @ts-check
/**
 * File helpers of the Node receiver's file store (store-file.mjs): the lock file, the repair of a
 * torn last line, reading a file line by line with each line's place, and replacing a file whole
 * (temp file, fsync, rename, fsync of the folder: after a crash at any point the file is either
 * the old one or the new one, whole).
 */
import {
  closeSync,
  fsyncSync,
  ftruncateSync,
  linkSync,
  openSync,
  readFileSync,
  readSync,
  renameSync,
  unlinkSync,
  writeSync,
} from 'node:fs';
import { hostname } from 'node:os';
import { basename, dirname } from 'node:path';

export class StoreLockedError extends Error {}

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
export function lock(lockPath, log) {
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
export function repairTail(fd, size, tornPath, log) {
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
 * Calls `take(text, offset, length)` for each line of the first `size` bytes of the file at `fd`
 * (`length` counts the "\n"), reading 256 KiB at a time: a file of any size is read in bounded
 * memory (a line longer than 1 MiB is passed as "").
 * @param {number} fd
 * @param {number} size
 * @param {(text: string, offset: number, length: number) => void} take
 */
export function eachLine(fd, size, take) {
  const chunk = Buffer.alloc(256 * 1024);
  /** @type {Buffer[]} */
  let parts = [];
  let partBytes = 0;
  let start = 0;
  for (let at = 0; at < size;) {
    const n = readSync(fd, chunk, 0, Math.min(chunk.length, size - at), at);
    if (n <= 0) break;
    let from = 0;
    for (let nl = chunk.indexOf(10, 0); nl >= 0 && nl < n; nl = chunk.indexOf(10, from)) {
      const piece = chunk.subarray(from, nl);
      const length = partBytes + piece.length + 1;
      const text = partBytes + piece.length > MAX_LINE ? '' : Buffer.concat([...parts, piece]).toString('utf8');
      take(text, start, length);
      start += length;
      parts = [];
      partBytes = 0;
      from = nl + 1;
    }
    if (from < n) {
      if (partBytes <= MAX_LINE) parts.push(Buffer.from(chunk.subarray(from, n)));
      partBytes += n - from;
    }
    at += n;
  }
}
const MAX_LINE = 1024 * 1024;

/**
 * Reads `length` bytes at `offset` of `fd` as UTF-8.
 * @param {number} fd
 * @param {number} offset
 * @param {number} length
 */
export function readAt(fd, offset, length) {
  const buf = Buffer.alloc(length);
  let got = 0;
  while (got < length) {
    const n = readSync(fd, buf, got, length - got, offset + got);
    if (n <= 0) break;
    got += n;
  }
  return buf.subarray(0, got).toString('utf8');
}

/** Makes a folder's entries durable (where the platform can). @param {string} dir */
export function syncDir(dir) {
  try {
    const fd = openSync(dir, 'r');
    try {
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
  } catch {
    // not every platform can fsync a folder
  }
}

/** The temp file `replaceFile` writes for `path` (removed at start-up if a crash left one). @param {string} path */
export const tempOf = (path) => `${path}.tmp`;

/**
 * Replaces the file at `path` with `lines` (each ending in "\n"): written to a temp file (0600),
 * fsynced, renamed into place, the folder fsynced. Returns each line's offset.
 * @param {string} path
 * @param {Iterable<string>} lines
 * @param {{ beforeRename?: (path: string) => void }} [hooks] for the crash tests
 * @returns {number[]}
 */
export function replaceFile(path, lines, hooks = {}) {
  const tmp = tempOf(path);
  const fd = openSync(tmp, 'w', 0o600);
  /** @type {number[]} */
  const offsets = [];
  let at = 0;
  try {
    for (const line of lines) {
      const buf = Buffer.from(line, 'utf8');
      offsets.push(at);
      for (let off = 0; off < buf.length;) off += writeSync(fd, buf, off, buf.length - off);
      at += buf.length;
    }
    fsyncSync(fd);
  } catch (err) {
    closeSync(fd);
    try {
      unlinkSync(tmp);
    } catch {
      // already gone
    }
    throw err;
  }
  closeSync(fd);
  hooks.beforeRename?.(path);
  renameSync(tmp, path);
  syncDir(dirname(path));
  return offsets;
}
