/**
 * One HTTP exchange with an upstream server, bounded in time and in size, for the Open311 proxy.
 *
 * - The deadline covers the whole exchange, body included: at the deadline the request is
 *   destroyed (and its socket with it), whatever state it is in. A fetch abort can be lost once
 *   the headers have arrived (Node 20), so an upstream trickling one byte a second could hold a
 *   proxied request for ever; destroying the socket cannot be lost.
 * - The body is counted as it arrives (`maxBytes` on the wire) and, when the upstream compressed
 *   it, as it is decoded (`maxDecodedBytes`): a 200 KB gzip bomb stops at the cap instead of
 *   filling the memory. Beyond either cap the socket is destroyed.
 * - The body is decoded here rather than passed through compressed: the proxy must hold the
 *   whole answer anyway (to answer 502 instead of a truncated 200 when a cap is hit mid-body), the
 *   decoded size is what the memory pays for, and the browser then gets a body in an encoding it
 *   asked for (the server compresses answers itself), with an exact Content-Length.
 */
import { request as httpRequest } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { createBrotliDecompress, createUnzip } from 'node:zlib';

export const DEFAULT_UPSTREAM_LIMITS = Object.freeze({
  /** the whole exchange, from connecting to the last byte */
  timeoutMs: 10_000,
  /** bytes on the wire */
  maxBytes: 5 * 1024 * 1024,
  /** bytes once decompressed (what is held in memory) */
  maxDecodedBytes: 5 * 1024 * 1024,
});

/** @typedef {{ timeoutMs: number, maxBytes: number, maxDecodedBytes: number }} UpstreamLimits */

/** Why an exchange failed: `timeout` (504), `too-large` and `network` (502), `aborted` (the caller gave up). */
export class UpstreamError extends Error {
  /**
   * @param {'timeout' | 'too-large' | 'network' | 'aborted'} kind
   * @param {string} message
   */
  constructor(kind, message) {
    super(message);
    this.kind = kind;
  }
}

/**
 * @typedef {object} UpstreamAnswer
 * @property {number} status
 * @property {import('node:http').IncomingHttpHeaders} headers the upstream's headers (Content-Encoding already undone)
 * @property {Buffer} body decoded
 */

/**
 * @param {URL} url
 * @param {object} options
 * @param {string} options.method
 * @param {Record<string, string>} options.headers
 * @param {string} [options.body]
 * @param {AbortSignal} [options.signal] aborts the exchange (the browser left)
 * @param {Partial<UpstreamLimits>} [options.limits]
 * @returns {Promise<UpstreamAnswer>}
 */
export function upstreamRequest(url, { method, headers, body, signal, limits = {} }) {
  const { timeoutMs, maxBytes, maxDecodedBytes } = { ...DEFAULT_UPSTREAM_LIMITS, ...limits };
  const send = url.protocol === 'https:' ? httpsRequest : httpRequest;
  return new Promise((resolve, reject) => {
    let settled = false;
    /** @type {import('node:stream').Transform | undefined} */
    let decoder;
    /** Ends the exchange with an error: the socket is destroyed, nothing more is read. */
    const fail = (/** @type {UpstreamError} */ error) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      signal?.removeEventListener('abort', onAbort);
      decoder?.destroy();
      request.destroy();
      reject(error);
    };
    const timer = setTimeout(
      () => fail(new UpstreamError('timeout', 'The upstream did not answer in time')),
      timeoutMs,
    );
    const onAbort = () => fail(new UpstreamError('aborted', 'The exchange was abandoned'));
    const tooLarge = () => fail(new UpstreamError('too-large', 'The upstream answer is too large'));

    const request = send(
      url,
      { method, headers: { ...headers, 'accept-encoding': 'gzip, deflate, br' } },
      (response) => {
        if (Number(response.headers['content-length']) > maxBytes) return tooLarge();
        const encoding = String(response.headers['content-encoding'] ?? 'identity')
          .trim()
          .toLowerCase();
        if (encoding === 'gzip' || encoding === 'x-gzip' || encoding === 'deflate') decoder = createUnzip();
        else if (encoding === 'br') decoder = createBrotliDecompress();
        else if (encoding !== 'identity' && encoding !== '')
          return fail(new UpstreamError('network', `Unsupported Content-Encoding ${encoding}`));

        /** @type {Buffer[]} */
        const chunks = [];
        let received = 0;
        let decoded = 0;
        const keep = (/** @type {Buffer} */ chunk) => {
          decoded += chunk.length;
          if (decoded > maxDecodedBytes) return tooLarge();
          chunks.push(chunk);
        };
        const done = () => {
          if (settled) return;
          settled = true;
          clearTimeout(timer);
          signal?.removeEventListener('abort', onAbort);
          const rest = { ...response.headers };
          delete rest['content-encoding'];
          delete rest['content-length'];
          resolve({ status: response.statusCode ?? 502, headers: rest, body: Buffer.concat(chunks) });
        };
        const broken = () => fail(new UpstreamError('network', 'The upstream answer was cut or malformed'));

        if (decoder) {
          decoder.on('data', keep);
          decoder.on('end', done);
          decoder.on('error', broken);
        }
        response.on('data', (/** @type {Buffer} */ chunk) => {
          received += chunk.length;
          if (received > maxBytes) return tooLarge();
          if (decoder) decoder.write(chunk);
          else keep(chunk);
        });
        response.on('end', () => {
          // An empty body (HEAD, 204, 304) has nothing to decode, even when it claims an encoding.
          if (decoder && received > 0) decoder.end();
          else done();
        });
        response.on('aborted', broken);
        response.on('error', broken);
      },
    );
    request.on('error', () => fail(new UpstreamError('network', 'The upstream cannot be reached')));
    if (signal?.aborted) return onAbort();
    signal?.addEventListener('abort', onAbort, { once: true });
    request.end(body);
  });
}
