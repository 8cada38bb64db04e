// @ts-check
/**
 * Reading envelopes for `sebaya open`: JSON lines (the receiver's store file, read line by line,
 * any size), a JSON array, or one JSON document spread over lines.
 */
import { linesOf } from './lines.mjs';

/** A JSON array or a document spread over lines is read whole: up to this many bytes. */
const MAX_DOCUMENT_BYTES = 64 * 1024 * 1024;

/** @param {unknown} value @returns {value is Record<string, unknown>} */
const isObject = (value) => Boolean(value) && typeof value === 'object' && !Array.isArray(value);

/**
 * @typedef {{ where: string, envelope: unknown, receivedAt?: string }} Item
 * @typedef {Item | { where: string, error: string }} ItemOrError
 */

/**
 * One item: a store line's envelope (with its day of receipt), or the value as an envelope.
 * @param {unknown} value
 * @param {string} where
 * @returns {Item}
 */
function itemOf(value, where) {
  if (!isObject(value) || !('envelope' in value)) return { where, envelope: value };
  const at = value.receivedAt;
  return {
    where,
    envelope: value.envelope,
    ...(typeof at === 'string' && /^\d{4}-\d{2}-\d{2}(T[\d:.]{1,20}Z)?$/.test(at) ? { receivedAt: at } : {}),
  };
}

/**
 * The items of one parsed JSON value: an array's elements, or the value itself.
 * @param {unknown} value
 * @param {string} where
 * @param {boolean} bare `where` stands for the whole input (array items are then just "item N")
 * @returns {Item[]}
 */
function itemsOf(value, where, bare) {
  if (!Array.isArray(value)) return [itemOf(value, where)];
  return value.map((v, i) => itemOf(v, bare ? `item ${i + 1}` : `${where} item ${i + 1}`));
}

/**
 * The envelopes of a byte stream, one by one, reading it line by line: JSON lines (each line an
 * envelope, a receiver store line `{ "receivedAt", "envelope" }`, or an array of envelopes), or
 * one JSON document spread over lines (starting with a line "{" or "["), which is read whole, up
 * to 64 MiB. Lines it cannot read are yielded as `{ where, error }`.
 * @param {AsyncIterable<Buffer | Uint8Array | string>} stream
 * @returns {AsyncGenerator<ItemOrError>}
 */
export async function* envelopesOf(stream) {
  /** @type {{ start: number, lines: string[], bytes: number, tooBig: boolean } | undefined} */
  let doc;
  let seen = false;
  for await (const line of linesOf(stream)) {
    if (doc) {
      doc.bytes += line.text.length + 1;
      if (line.tooLong || doc.bytes > MAX_DOCUMENT_BYTES) doc.tooBig = true;
      if (!doc.tooBig) doc.lines.push(line.text);
      continue;
    }
    const where = `line ${line.n}`;
    if (line.tooLong) {
      seen = true;
      yield { where, error: 'longer than 1 MiB' };
      continue;
    }
    const text = line.text.trim();
    if (!text) continue;
    const first = !seen;
    seen = true;
    let value;
    try {
      value = JSON.parse(text);
    } catch (err) {
      if (first && (text === '{' || text.startsWith('[')))
        doc = { start: line.n, lines: [line.text], bytes: line.text.length, tooBig: false };
      else yield { where, error: `not JSON (${err instanceof Error ? err.message.slice(0, 80) : 'error'})` };
      continue;
    }
    yield* itemsOf(value, where, line.n === 1 || first);
  }
  if (!doc) return;
  if (doc.tooBig) {
    yield {
      where: `line ${doc.start}`,
      error: `a JSON document over ${MAX_DOCUMENT_BYTES / 1024 / 1024} MiB: give it as JSON lines`,
    };
    return;
  }
  let whole;
  try {
    whole = JSON.parse(doc.lines.join('\n'));
  } catch {
    // not one document after all: each line on its own
    for (const [i, text] of doc.lines.entries()) {
      if (!text.trim()) continue;
      const where = `line ${doc.start + i}`;
      try {
        yield* itemsOf(JSON.parse(text), where, false);
      } catch (err) {
        yield { where, error: `not JSON (${err instanceof Error ? err.message.slice(0, 80) : 'error'})` };
      }
    }
    return;
  }
  yield* itemsOf(whole, 'document', true);
}
