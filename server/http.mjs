/**
 * Small HTTP helpers shared by the REST API and the Open311 proxy: JSON answers, the contract's
 * error format (RFC 9457 problem details), ETags, and request bodies read with a size limit.
 */
import { createHash } from 'node:crypto';

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
  res.writeHead(status, {
    ...BASE_HEADERS,
    ...headers,
    'Content-Type': PROBLEM_TYPE,
    'Cache-Control': 'no-store',
    'Content-Length': Buffer.byteLength(body),
  });
  res.end(req.method === 'HEAD' ? undefined : body);
  return status;
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
  const bare = etag.replace(/^W\//, '');
  return ifNoneMatch.split(',').some((candidate) => {
    const tag = candidate.trim();
    return tag === '*' || tag.replace(/^W\//, '') === bare;
  });
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
  if (cache === 'public') {
    const etag = etagOf(body);
    const caching = { ...BASE_HEADERS, ...headers, 'Cache-Control': 'public, max-age=300', ETag: etag };
    if (matchesEtag(req.headers['if-none-match'], etag)) {
      res.writeHead(304, caching);
      res.end();
      return 304;
    }
    res.writeHead(200, { ...caching, 'Content-Type': JSON_TYPE, 'Content-Length': body.length });
  } else {
    res.writeHead(200, {
      ...BASE_HEADERS,
      ...headers,
      'Content-Type': JSON_TYPE,
      'Cache-Control': 'no-store',
      'Content-Length': body.length,
    });
  }
  res.end(req.method === 'HEAD' ? undefined : body);
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
