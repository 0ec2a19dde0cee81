/**
 * How a city fronts an Open311 (GeoReport v2) server without CORS: a same-origin proxy.
 *
 * Most Open311 servers send no CORS headers, so a city page cannot read them from the browser;
 * and writing (POST requests.json) needs an `api_key` that must never be in a public page. The
 * city's own site answers under `/open311/` instead and forwards to the Open311 server:
 *
 *   <civic-provider adapter="open311" endpoint="/open311/">
 *
 *   GET  /open311/services.json?jurisdiction_id=…  →  GET  ${OPEN311_UPSTREAM}services.json?jurisdiction_id=…
 *   POST /open311/requests.json (form)             →  POST ${OPEN311_UPSTREAM}requests.json, with api_key=${OPEN311_API_KEY}
 *
 * - The key is added on POST only, in the form body (where GeoReport v2 expects it); an
 *   `api_key` sent by the browser is dropped, on GET too.
 * - Cookies never go upstream (nor `Authorization`, nor any header not listed in FORWARDED), and
 *   the upstream's `Set-Cookie` never comes back.
 * - Paths stay under the upstream's base path: "..", encoded or not, is refused.
 * - When the upstream cannot be reached, redirects, or sends more than the size caps: 502
 *   `{ "code": "network", … }`; when the whole exchange, body included, takes longer than the
 *   deadline: 504 `{ "code": "timeout", … }` (the contract's error format). See upstream-request.mjs.
 * - Logs show `/open311/<first segment>` only: request ids are citizens' references.
 *
 * The same thing in nginx, for a city without Node: `location /open311/ { proxy_pass
 * https://open311.example/v2/; proxy_set_header Cookie ""; proxy_hide_header Set-Cookie; }`,
 * plus an `api_key` added to POST bodies by the application server behind it.
 */
import { HttpProblem, mediaType, readBody, sendProblem } from './http.mjs';
import { upstreamRequest, UpstreamError } from './upstream-request.mjs';

const FORWARDED = ['accept', 'accept-language', 'content-type', 'if-none-match', 'if-modified-since'];
const RETURNED = ['content-type', 'cache-control', 'etag', 'last-modified', 'retry-after', 'content-language'];
const MAX_POST = 1024 * 1024;

/**
 * `createOpen311Proxy({ upstream, apiKey })` returns `handle(req, res, rest)`, `rest` being the raw
 * path after `/open311/` with its query ("requests/42.json?jurisdiction_id=x").
 * @param {object} options
 * @param {string} [options.upstream] the Open311 server's base URL; without it every path answers 404
 * @param {string} [options.apiKey] added to POST forms
 * @param {Partial<import('./upstream-request.mjs').UpstreamLimits>} [options.limits] deadline and size caps
 * @returns {(req: import('node:http').IncomingMessage, res: import('node:http').ServerResponse, rest: string) => Promise<number>}
 */
export function createOpen311Proxy({ upstream, apiKey, limits = {} }) {
  /** @type {URL | undefined} */
  let base;
  if (upstream) {
    base = new URL(upstream);
    if (base.protocol !== 'https:' && base.protocol !== 'http:')
      throw new Error(`OPEN311_UPSTREAM must be an http(s) URL, not ${upstream}`);
    if (!base.pathname.endsWith('/')) base.pathname += '/';
    base.search = '';
    base.hash = '';
  }

  return async function handle(req, res, rest) {
    if (!base) {
      return sendProblem(req, res, {
        status: 404,
        code: 'not-found',
        message: 'No Open311 server is configured (set OPEN311_UPSTREAM)',
      });
    }
    if (req.method !== 'GET' && req.method !== 'HEAD' && req.method !== 'POST') {
      return sendProblem(req, res, {
        status: 405,
        code: 'http',
        message: 'Only GET and POST are forwarded',
        headers: { Allow: 'GET, HEAD, POST' },
      });
    }
    const target = targetUrl(base, rest);
    if (!target) return sendProblem(req, res, { status: 400, code: 'invalid-data', message: 'Invalid Open311 path' });
    target.searchParams.delete('api_key');

    /** @type {Record<string, string>} */
    const headers = { 'user-agent': 'civic-elements-open311-proxy' };
    for (const name of FORWARDED) {
      const value = req.headers[name];
      if (typeof value === 'string') headers[name] = value;
    }
    /** @type {string | undefined} */
    let body;
    if (req.method === 'POST') {
      if (mediaType(req.headers['content-type']) !== 'application/x-www-form-urlencoded') {
        return sendProblem(req, res, {
          status: 415,
          code: 'invalid-data',
          message: 'Open311 writes are forms (application/x-www-form-urlencoded)',
        });
      }
      let form;
      try {
        form = new URLSearchParams((await readBody(req, MAX_POST)).toString('utf8'));
      } catch (error) {
        const problem = error instanceof HttpProblem ? error : { status: 400, message: 'The body could not be read' };
        return sendProblem(req, res, { status: problem.status, code: 'invalid-data', message: problem.message });
      }
      form.delete('api_key');
      if (apiKey) form.set('api_key', apiKey);
      body = form.toString();
      headers['content-type'] = 'application/x-www-form-urlencoded';
    }

    // Stop waiting for the upstream when the browser leaves.
    const controller = new AbortController();
    const gone = () => controller.abort();
    res.on('close', gone);
    let answer;
    try {
      answer = await upstreamRequest(target, { method: req.method, headers, body, signal: controller.signal, limits });
    } catch (error) {
      if (res.destroyed || (error instanceof UpstreamError && error.kind === 'aborted')) return 499; // nobody to answer
      const kind = error instanceof UpstreamError ? error.kind : 'network';
      return sendProblem(
        req,
        res,
        PROBLEMS[kind === 'timeout' ? 'timeout' : kind === 'too-large' ? 'tooLarge' : 'network'],
      );
    } finally {
      res.off('close', gone);
    }
    // A redirect is not followed (it could lead anywhere) nor relayed (its Location is not returned).
    if (answer.status >= 300 && answer.status < 400 && answer.status !== 304)
      return sendProblem(req, res, PROBLEMS.network);
    // The upstream's answer is served from the city's own origin: it must never run there. Only
    // JSON and XML keep their type; anything else (an HTML error page echoing the path…) is served
    // as inert bytes, and a sandboxing policy covers what a browser might still render.
    /** @type {Record<string, string | number>} */
    const out = { 'X-Content-Type-Options': 'nosniff', 'Content-Security-Policy': "default-src 'none'; sandbox" };
    for (const name of RETURNED) {
      const value = answer.headers[name];
      if (typeof value === 'string' && value) out[name] = value;
    }
    // The upstream's ETag named the bytes it sent, maybe compressed; these are decoded: the same
    // content, not the same bytes, hence a weak validator.
    if (typeof out.etag === 'string' && !out.etag.startsWith('W/')) out.etag = `W/${out.etag}`;
    if (!/^(application|text)\/([\w.+-]*\+)?(json|xml)\b/i.test(String(out['content-type'] ?? '')))
      out['content-type'] = 'application/octet-stream';
    if (req.method === 'POST') out['cache-control'] = 'no-store';
    out['content-length'] = answer.body.length;
    res.writeHead(answer.status, out);
    res.end(req.method === 'HEAD' || answer.status === 304 ? undefined : answer.body);
    return answer.status;
  };
}

/** @type {Record<'network' | 'timeout' | 'tooLarge', import('./http.mjs').Problem>} */
const PROBLEMS = {
  network: { status: 502, code: 'network', message: 'The Open311 server cannot be reached' },
  timeout: { status: 504, code: 'timeout', message: 'The Open311 server did not answer in time' },
  tooLarge: { status: 502, code: 'network', message: 'The Open311 server sent a larger answer than the proxy accepts' },
};

/**
 * The upstream URL for a path below `/open311/`, or undefined when it would leave the base path.
 * @param {URL} base
 * @param {string} rest
 */
function targetUrl(base, rest) {
  const [rawPath, query = ''] = rest.split(/\?(.*)/s);
  let decoded;
  try {
    decoded = decodeURIComponent(rawPath);
  } catch {
    return undefined;
  }
  if (
    decoded.includes('\0') ||
    decoded.includes('\\') ||
    decoded.split('/').some((segment) => segment === '..' || segment === '.')
  )
    return undefined;
  const target = new URL(`${base.href}${rawPath.replace(/^\/+/, '')}`);
  if (target.origin !== base.origin || !target.pathname.startsWith(base.pathname)) return undefined;
  target.search = query;
  return target;
}

/**
 * What may be logged of a proxied path: its first segment ("requests.json", "requests/…").
 * @param {string} rest
 */
export function loggablePath(rest) {
  const path = rest.split('?')[0];
  const first = path.split('/')[0];
  return /^[\w.-]{1,64}$/.test(first) ? `/open311/${first}${path.length > first.length ? '/…' : ''}` : '/open311/…';
}
