/**
 * Small HTTP helpers shared by the REST API and the Open311 proxy: JSON answers, the contract's
 * error format (RFC 9457 problem details), ETags, and request bodies read with a size limit.
 */
import { createHash } from 'node:crypto';
import {
  EncodedCache,
  encodeNow,
  etagBase,
  negotiateEncoding,
  variantEtag,
  varyOn,
  worthCompressing,
} from './compression.mjs';

/** @typedef {import('node:http').IncomingMessage} Request */
/** @typedef {import('node:http').ServerResponse} Response */
/** @typedef {Record<string, string | number>} Headers */

export const JSON_TYPE = 'application/json; charset=utf-8';
export const PROBLEM_TYPE = 'application/problem+json; charset=utf-8';

/** Headers every API answer gets. */
const BASE_HEADERS = { 'X-Content-Type-Options': 'nosniff' };

/**
 * The machine-readable codes of the contract's errors: the CivicError codes clients report.
 * @typedef {'not-found' | 'wrong-proof' | 'too-many-attempts' | 'unauthorized' | 'invalid-data' | 'http' | 'network' | 'timeout'} ProblemCode
 */

/**
 * The title of each problem type: the same for every occurrence (RFC 9457 §3.1.3); what differs
 * goes in `detail`.
 * @type {Record<ProblemCode, string>}
 */
export const PROBLEM_TITLES = {
  'not-found': 'Not found',
  'wrong-proof': 'Wrong proof',
  'too-many-attempts': 'Too many attempts',
  unauthorized: 'Citizen session required',
  'invalid-data': 'Invalid request',
  http: 'Request failed',
  network: 'Upstream unreachable',
  timeout: 'Upstream timed out',
};

/**
 * The problem type of a code. The URN names the type without pretending to be a page to read:
 * there is no documentation site to point at, and the contract documents every type.
 * @param {ProblemCode} code
 */
export const problemType = (code) => `urn:civic-elements:problem:${code}`;

/**
 * An error of the contract, sent as problem details with `Cache-Control: no-store`.
 * `message` becomes the problem's `detail`, `details` its `errors` (which field is wrong…).
 */
export class HttpProblem extends Error {
  /**
   * @param {number} status
   * @param {ProblemCode} code the CivicError code clients read
   * @param {string} message
   * @param {{ details?: string[], headers?: Headers }} [options]
   */
  constructor(status, code, message, { details = [], headers = {} } = {}) {
    super(message);
    this.status = status;
    this.code = code;
    this.details = details;
    this.headers = headers;
    /** @type {string | undefined} the API route that failed, safe to log (set by the router) */
    this.route = undefined;
  }
}

/**
 * @typedef {object} Problem
 * @property {number} status
 * @property {ProblemCode} code
 * @property {string} message
 * @property {string[]} [details]
 * @property {Headers} [headers]
 */

/**
 * Sends an error of the contract (RFC 9457): `{ type, title, status, detail, code }`, plus
 * `errors` when there are facts to list. Returns the status sent.
 * @param {Request} req
 * @param {Response} res
 * @param {Problem} problem
 */
export function sendProblem(req, res, { status, code, message, details = [], headers = {} }) {
  const problem = { type: problemType(code), title: PROBLEM_TITLES[code], status, detail: message, code };
  const body = JSON.stringify(details.length ? { ...problem, errors: details } : problem);
  // An answer sent before the request's body was read whole (413): the rest of the body is not
  // worth reading, the connection closes after the answer, without cutting the answer short.
  const unread =
    !req.complete && (Number(req.headers['content-length']) > 0 || req.headers['transfer-encoding'] !== undefined);
  if (unread) lingerBeforeClosing(req.socket);
  res.writeHead(status, {
    ...BASE_HEADERS,
    ...headers,
    ...(unread ? { Connection: 'close' } : {}),
    'Content-Type': PROBLEM_TYPE,
    'Cache-Control': 'no-store',
    'Content-Length': Buffer.byteLength(body),
  });
  res.end(req.method === 'HEAD' ? undefined : body);
  return status;
}

/** How long, and how many more bytes, a closing connection keeps reading what the client still sends. */
export const LINGER = { ms: 5000, bytes: 8 * 1024 * 1024 };

/**
 * Closes a connection gracefully once its answer is written, while the client may still be
 * uploading. Node ends a `Connection: close` answer with `socket.destroySoon()`: end, then destroy
 * as soon as the answer is written. Closing a socket with unread data in it sends a TCP reset,
 * and a client still uploading then often loses the answer it had not read yet (curl and browsers
 * report "connection reset" instead of the 413). Here the socket half-closes (FIN after the answer)
 * and keeps reading and discarding until the client stops sending, for at most LINGER, and only
 * then is destroyed.
 * @param {import('node:net').Socket} socket
 */
function lingerBeforeClosing(socket) {
  socket.destroySoon = function lingerThenDestroy() {
    if (this.destroyed) return;
    this.end();
    let read = 0;
    const destroy = () => {
      clearTimeout(timer);
      this.destroy();
    };
    const timer = setTimeout(destroy, LINGER.ms);
    timer.unref();
    this.on('data', (/** @type {Buffer} */ chunk) => {
      read += chunk.length;
      if (read > LINGER.bytes) destroy();
    });
    this.once('end', destroy);
    this.once('close', () => clearTimeout(timer));
    // Node's HTTP parser reads the socket's handle directly; when the request's body filled its
    // buffer before being drained, the handle stays stopped although the stream is flowing, and
    // neither resume() nor a pause/resume pair restarts it (Node 20). Restart it where it exists;
    // elsewhere the timer above still closes the connection.
    const handle = /** @type {{ _handle?: { reading?: boolean, readStart?: () => void } }} */ (
      /** @type {unknown} */ (this)
    )._handle;
    this.resume();
    if (handle && !handle.reading && typeof handle.readStart === 'function') {
      handle.reading = true;
      handle.readStart();
    }
  };
}

/**
 * A strong ETag of a body: a hash of its bytes.
 * @param {Buffer | string} body
 */
export const etagOf = (body) => `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"`;

/**
 * Whether `If-None-Match` names the ETag (or is "*"); weak validators compare equal too.
 * @param {string | undefined} ifNoneMatch
 * @param {string} etag
 */
export function matchesEtag(ifNoneMatch, etag) {
  if (!ifNoneMatch) return false;
  const bare = etagBase(etag);
  return ifNoneMatch.split(',').some((candidate) => {
    const tag = candidate.trim();
    return tag === '*' || etagBase(tag) === bare;
  });
}

/** Public JSON answers encoded once, by ETag (catalog answers are the same for everyone). */
/** @type {EncodedCache<Buffer>} */
const encodedJson = new EncodedCache(16 * 1024 * 1024);

/**
 * The body to send in the encoding the request accepts, if it is worth it, and its encoding.
 * @param {Request} req
 * @param {Buffer} body
 * @param {string | undefined} etag the identity's, for public answers: the encoded body is cached by it
 * @returns {{ payload: Buffer, encoding: import('./compression.mjs').Encoding | undefined }}
 */
function encodedJsonBody(req, body, etag) {
  const encoding = worthCompressing(JSON_TYPE, body.length)
    ? negotiateEncoding(req.headers['accept-encoding'])
    : undefined;
  if (!encoding) return { payload: body, encoding };
  const key = etag && `${etag}${encoding}`;
  let payload = key ? /** @type {Buffer | undefined} */ (encodedJson.get(key)) : undefined;
  if (!payload) {
    payload = encodeNow(body, encoding);
    if (key) encodedJson.set(key, payload, payload.length);
  }
  return { payload, encoding };
}

/**
 * A JSON answer. `cache: 'public'` (catalog data): `Cache-Control: public, max-age=300`, an
 * ETag, and 304 without a body when `If-None-Match` matches. `cache: 'private'` (a citizen's
 * data): `Cache-Control: no-store`.
 * @param {Request} req
 * @param {Response} res
 * @param {unknown} value
 * @param {{ cache: 'public' | 'private', headers?: Headers }} options
 * @returns {number} the status sent
 */
export function sendJson(req, res, value, { cache, headers = {} }) {
  const body = Buffer.from(JSON.stringify(value));
  // The answer depends on Accept-Encoding from here on, a 304 included (RFC 9110 §15.4.5).
  varyOn(res, 'Accept-Encoding');
  if (cache === 'public') {
    const etag = etagOf(body);
    const caching = { ...BASE_HEADERS, ...headers, 'Cache-Control': 'public, max-age=300' };
    // Checked before any compression: a 304 costs a hash, never an encoding.
    if (matchesEtag(req.headers['if-none-match'], etag)) {
      const encoding = worthCompressing(JSON_TYPE, body.length)
        ? negotiateEncoding(req.headers['accept-encoding'])
        : undefined;
      res.writeHead(304, { ...caching, ETag: variantEtag(etag, encoding) });
      res.end();
      return 304;
    }
    const { payload, encoding } = encodedJsonBody(req, body, etag);
    res.writeHead(200, {
      ...caching,
      ETag: variantEtag(etag, encoding),
      'Content-Type': JSON_TYPE,
      'Content-Length': payload.length,
      ...(encoding ? { 'Content-Encoding': encoding } : {}),
    });
    res.end(req.method === 'HEAD' ? undefined : payload);
    return 200;
  }
  const { payload, encoding } = encodedJsonBody(req, body, undefined);
  res.writeHead(200, {
    ...BASE_HEADERS,
    ...headers,
    'Content-Type': JSON_TYPE,
    'Cache-Control': 'no-store',
    'Content-Length': payload.length,
    ...(encoding ? { 'Content-Encoding': encoding } : {}),
  });
  res.end(req.method === 'HEAD' ? undefined : payload);
  return 200;
}

/**
 * The request's body, at most `limit` bytes (413 beyond).
 * @param {Request} req
 * @param {number} limit
 * @returns {Promise<Buffer>}
 */
export function readBody(req, limit) {
  return new Promise((resolve, reject) => {
    const declared = Number(req.headers['content-length']);
    if (declared > limit) {
      reject(new HttpProblem(413, 'invalid-data', `The body is larger than ${limit} bytes`));
      req.resume();
      return;
    }
    /** @type {Buffer[]} */
    const chunks = [];
    let size = 0;
    req.on('data', (/** @type {Buffer} */ chunk) => {
      size += chunk.length;
      if (size > limit) {
        reject(new HttpProblem(413, 'invalid-data', `The body is larger than ${limit} bytes`));
        req.removeAllListeners('data');
        req.resume();
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

/**
 * The media type of a Content-Type header, lower case, without parameters.
 * @param {string | string[] | undefined} header
 */
export const mediaType = (header) =>
  String(header ?? '')
    .split(';')[0]
    .trim()
    .toLowerCase();
