// @ts-check
/**
 * Splits bytes into lines without ever holding more than one line (of at most `maxLineBytes`) in
 * memory, so a store of any size can be read. Shared by `sebaya open` and the reference receiver.
 *
 *   const split = new LineSplitter();
 *   for (const chunk of chunks) for (const line of split.push(chunk)) use(line);
 *   for (const line of split.end()) use(line);
 *
 * A line is `{ n, text, tooLong, last }`: its 1-based number, its text (UTF-8, without "\n" or a
 * trailing "\r"; "" when `tooLong`), whether it passed `maxLineBytes` (its text was dropped), and
 * whether it was the unterminated tail of the input.
 */

/** @typedef {{ n: number, text: string, tooLong: boolean, last: boolean }} Line */

export const DEFAULT_MAX_LINE_BYTES = 1024 * 1024;

export class LineSplitter {
  /** @param {{ maxLineBytes?: number }} [options] */
  constructor({ maxLineBytes = DEFAULT_MAX_LINE_BYTES } = {}) {
    this.maxLineBytes = maxLineBytes;
    /** @type {Buffer[]} */
    this.parts = [];
    this.size = 0;
    this.tooLong = false;
    this.n = 0;
  }

  /**
   * @param {Buffer | Uint8Array | string} chunk
   * @returns {Line[]}
   */
  push(chunk) {
    const buf =
      typeof chunk === 'string'
        ? Buffer.from(chunk, 'utf8')
        : Buffer.isBuffer(chunk)
          ? chunk
          : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
    /** @type {Line[]} */
    const lines = [];
    let start = 0;
    while (start < buf.length) {
      const nl = buf.indexOf(10, start);
      const end = nl < 0 ? buf.length : nl;
      this.#take(buf.subarray(start, end));
      if (nl < 0) break;
      lines.push(this.#finish(false));
      start = nl + 1;
    }
    return lines;
  }

  /** The unterminated tail, if any. @returns {Line[]} */
  end() {
    return this.size > 0 ? [this.#finish(true)] : [];
  }

  /** @param {Buffer} bytes */
  #take(bytes) {
    this.size += bytes.length;
    if (this.tooLong) return;
    if (this.size > this.maxLineBytes) {
      this.tooLong = true;
      this.parts = [];
    } else if (bytes.length) this.parts.push(Buffer.from(bytes)); // a copy: the chunk may be reused
  }

  /** @param {boolean} last @returns {Line} */
  #finish(last) {
    this.n += 1;
    let text = this.tooLong ? '' : Buffer.concat(this.parts).toString('utf8');
    if (text.endsWith('\r')) text = text.slice(0, -1);
    if (this.n === 1 && text.startsWith('\uFEFF')) text = text.slice(1);
    const line = { n: this.n, text, tooLong: this.tooLong, last };
    this.parts = [];
    this.size = 0;
    this.tooLong = false;
    return line;
  }
}

/**
 * The lines of a byte stream (a file, stdin).
 * @param {AsyncIterable<Buffer | Uint8Array | string>} stream
 * @param {{ maxLineBytes?: number }} [options]
 * @returns {AsyncGenerator<Line>}
 */
export async function* linesOf(stream, options) {
  const split = new LineSplitter(options);
  for await (const chunk of stream) yield* split.push(chunk);
  yield* split.end();
}
