// A small ZIP writer and reader (PKWARE APPNOTE 6.3: local headers, central directory, end record;
// deflate or stored; UTF-8 names; no ZIP64, no encryption), on node:zlib alone, so the release zip
// needs no package. Used by scripts/release-zip.mjs, scripts/check-package.mjs and the tests.
import { crc32, deflateRawSync, inflateRawSync } from 'node:zlib';

const UTF8 = 1 << 11;
const MAX = 0xffff_ffff;

/** MS-DOS date and time (2-second steps, 1980–2107), from the UTC fields so a build is the same in every time zone. */
function dosTime(date) {
  const d = new Date(Math.min(Math.max(date.getTime(), Date.UTC(1980, 0, 1)), Date.UTC(2107, 11, 31, 23, 59, 58)));
  return {
    time: (d.getUTCHours() << 11) | (d.getUTCMinutes() << 5) | (d.getUTCSeconds() >> 1),
    date: ((d.getUTCFullYear() - 1980) << 9) | ((d.getUTCMonth() + 1) << 5) | d.getUTCDate(),
  };
}

/**
 * Builds a zip archive.
 * @param {{ name: string, data?: Uint8Array | string }[]} entries  `name` with `/` separators; a name
 *   ending in `/` is a folder (no data). Order is kept.
 * @param {{ date?: Date }} [options]  the modification time of every entry (default: now).
 * @returns {Buffer}
 */
export function writeZip(entries, { date = new Date() } = {}) {
  const { time, date: day } = dosTime(date);
  const locals = [];
  const centrals = [];
  const seen = new Set();
  let offset = 0;
  for (const entry of entries) {
    const name = Buffer.from(entry.name, 'utf8');
    if (!entry.name || entry.name.startsWith('/') || entry.name.includes('\\') || entry.name.split('/').includes('..'))
      throw new Error(`zip: unsafe entry name ${JSON.stringify(entry.name)}`);
    if (seen.has(entry.name)) throw new Error(`zip: duplicate entry ${entry.name}`);
    seen.add(entry.name);
    const folder = entry.name.endsWith('/');
    const raw = folder ? Buffer.alloc(0) : Buffer.from(entry.data ?? '');
    const packed = raw.length ? deflateRawSync(raw, { level: 9 }) : raw;
    // Store what deflate does not shrink (already compressed, or tiny).
    const deflated = packed.length < raw.length;
    const body = deflated ? packed : raw;
    if (raw.length >= MAX || offset + body.length >= MAX)
      throw new Error('zip: over 4 GiB needs ZIP64, which this writer does not write');
    const crc = crc32(raw);
    const method = deflated ? 8 : 0;

    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4); // version needed: 2.0 (deflate, folders)
    local.writeUInt16LE(UTF8, 6);
    local.writeUInt16LE(method, 8);
    local.writeUInt16LE(time, 10);
    local.writeUInt16LE(day, 12);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(body.length, 18);
    local.writeUInt32LE(raw.length, 22);
    local.writeUInt16LE(name.length, 26);
    local.writeUInt16LE(0, 28);
    locals.push(local, name, body);

    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE((3 << 8) | 20, 4); // made by: Unix, 2.0 (so the modes below are read)
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(UTF8, 8);
    central.writeUInt16LE(method, 10);
    central.writeUInt16LE(time, 12);
    central.writeUInt16LE(day, 14);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(body.length, 20);
    central.writeUInt32LE(raw.length, 24);
    central.writeUInt16LE(name.length, 28);
    // extra, comment, disk: 0; internal attributes: 0
    // External attributes: Unix mode in the high half (rwxr-xr-x folders, rw-r--r-- files), MS-DOS folder bit.
    central.writeUInt32LE((((folder ? 0o040755 : 0o100644) << 16) | (folder ? 0x10 : 0)) >>> 0, 38);
    central.writeUInt32LE(offset, 42);
    centrals.push(central, name);
    offset += local.length + name.length + body.length;
  }
  const directory = Buffer.concat(centrals);
  if (entries.length > 0xffff) throw new Error('zip: over 65,535 entries needs ZIP64');
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

/**
 * Reads a zip archive written by `writeZip` (or any plain one: stored or deflated, no ZIP64, no
 * encryption) from its central directory, checking every entry's CRC-32 and sizes.
 * @param {Uint8Array} zip
 * @returns {{ name: string, data: Buffer, folder: boolean, method: number, compressedSize: number, mode: number }[]}
 */
export function readZip(zip) {
  const buf = Buffer.from(zip.buffer, zip.byteOffset, zip.byteLength);
  // The end record is the last 22 bytes plus a comment of at most 65,535 bytes.
  let end = -1;
  for (let i = buf.length - 22; i >= Math.max(0, buf.length - 22 - 0xffff); i--) {
    if (buf.readUInt32LE(i) === 0x06054b50) {
      end = i;
      break;
    }
  }
  if (end < 0) throw new Error('zip: no end of central directory record');
  const count = buf.readUInt16LE(end + 10);
  let at = buf.readUInt32LE(end + 16);
  const out = [];
  for (let n = 0; n < count; n++) {
    if (buf.readUInt32LE(at) !== 0x02014b50) throw new Error(`zip: bad central directory entry ${n}`);
    const flags = buf.readUInt16LE(at + 8);
    const method = buf.readUInt16LE(at + 10);
    const crc = buf.readUInt32LE(at + 16);
    const compressedSize = buf.readUInt32LE(at + 20);
    const size = buf.readUInt32LE(at + 24);
    const nameLength = buf.readUInt16LE(at + 28);
    const extraLength = buf.readUInt16LE(at + 30);
    const commentLength = buf.readUInt16LE(at + 32);
    const mode = buf.readUInt32LE(at + 38) >>> 16;
    const localAt = buf.readUInt32LE(at + 42);
    const name = buf.toString(flags & UTF8 ? 'utf8' : 'latin1', at + 46, at + 46 + nameLength);
    at += 46 + nameLength + extraLength + commentLength;

    if (buf.readUInt32LE(localAt) !== 0x04034b50) throw new Error(`zip: bad local header for ${name}`);
    if (flags & 1) throw new Error(`zip: ${name} is encrypted`);
    const start = localAt + 30 + buf.readUInt16LE(localAt + 26) + buf.readUInt16LE(localAt + 28);
    const body = buf.subarray(start, start + compressedSize);
    let data;
    if (method === 0) data = Buffer.from(body);
    else if (method === 8) data = inflateRawSync(body);
    else throw new Error(`zip: ${name} uses compression method ${method}`);
    if (data.length !== size) throw new Error(`zip: ${name} is ${data.length} bytes, the directory says ${size}`);
    if (crc32(data) !== crc) throw new Error(`zip: ${name} fails its CRC-32`);
    out.push({ name, data, folder: name.endsWith('/'), method, compressedSize, mode });
  }
  return out;
}
