// @ts-check
/**
 * HTTP plumbing of the Node receiver: JSON answers, answering without reading the rest of a body
 * (a "lingering close"), and reading a body with a size cap and a deadline.
 */

/**
 * @typedef {import('node:http').IncomingMessage} Req
 * @typedef {import('node:http').ServerResponse} Res
 */

/** @param {unknown} value @returns {value is Record<string, unknown>} */
const isObject = (value) => Boolean(value) && typeof value === 'object' && !Array.isArray(value);

/**
 * Sends `status` with `body` as JSON (none for 204) and `Cache-Control: no-store`; logs refusals
 * by their status and short reason only.
 * @param {Res} res
 * @param {number} status
 * @param {unknown} body
 * @param {(line: string) => void} log
 * @param {Record<string, string>} [headers]
 */
export function answer(res, status, body, log, headers = {}) {
  if (res.headersSent || res.writableEnded || res.destroyed) return;
  res.statusCode = status;
  res.setHeader('Cache-Control', 'no-store');
  for (const [name, value] of Object.entries(headers)) res.setHeader(name, value);
  if (status >= 400) {
    const reason = isObject(body) && typeof body.error === 'string' ? ` ${body.error.slice(0, 120)}` : '';
    log(`support-form receiver: ${status}${reason}`);
  }
  if (body === undefined) return void res.end();
  res.setHeader('Content-Type', 'application/json; charset=utf-8');
  res.end(JSON.stringify(body));
}

/**
 * Answers, then closes the connection without reading the rest of the body. Our side is
 * half-closed after the answer and what the client still sends is dropped for at most 2 s, then
 * the socket is destroyed. Destroying it at once resets the connection while unread bytes are
 * pending, and the client may then lose the answer.
 * @param {Req} req
 * @param {Res} res
 * @param {number} status
 * @param {unknown} body
 * @param {(line: string) => void} log
 * @param {Record<string, string>} [headers]
 */
export function answerAndClose(req, res, status, body, log, headers = {}) {
  const socket = req.socket;
  if (!req.complete && hasBody(req)) {
    res.setHeader('Connection', 'close');
    // http calls destroySoon() once the answer is written: half-close only.
    socket.destroySoon = () => void socket.end();
    const timer = setTimeout(() => socket.destroy(), 2000);
    timer.unref();
    socket.once('close', () => clearTimeout(timer));
  }
  answer(res, status, body, log, headers);
  req.resume();
}

/** The media type of a Content-Type header, lower-cased, without parameters. @param {string | undefined} header */
export function mediaType(header) {
  return (header ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
}

/** Whether the request carries a body at all. @param {Req} req */
export function hasBody(req) {
  const length = req.headers['content-length'];
  if (req.headers['transfer-encoding'] !== undefined) return true;
  return length !== undefined && length !== '0';
}

/**
 * The body, or undefined when it was refused (already answered: 413 past `maxBytes`, 408 past
 * `timeoutMs`) or the client went away.
 * @param {Req} req
 * @param {Res} res
 * @param {{ maxBytes: number, timeoutMs: number, log: (line: string) => void }} options
 * @returns {Promise<Buffer | undefined>}
 */
export function readBody(req, res, { maxBytes, timeoutMs, log }) {
  return new Promise((resolve) => {
    /** @type {Buffer[]} */
    const chunks = [];
    let size = 0;
    let settled = false;
    /** @param {Buffer | undefined} value */
    const finish = (value) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      req.off('data', onData);
      req.off('end', onEnd);
      resolve(value);
    };
    const timer = setTimeout(() => {
      const error = `the body took longer than ${Math.round(timeoutMs / 1000)} s`;
      answerAndClose(req, res, 408, { error }, log);
      finish(undefined);
    }, timeoutMs);
    /** @param {Buffer} chunk */
    const onData = (chunk) => {
      size += chunk.length;
      if (size > maxBytes) {
        answerAndClose(req, res, 413, { error: `body larger than ${maxBytes} bytes` }, log);
        finish(undefined);
      } else chunks.push(chunk);
    };
    const onEnd = () => finish(Buffer.concat(chunks));
    req.on('data', onData);
    req.on('end', onEnd);
    req.on('error', () => finish(undefined));
    req.on('close', () => finish(undefined));
  });
}
