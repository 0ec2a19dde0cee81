/**
 * Safe static file serving without dependencies (Node 20), for the demo site and the built
 * library: only GET and HEAD, only files inside the mounted folders (".." and "%2F.." in any
 * form, NUL bytes and malformed escapes give 404), a folder answers its index.html (after a
 * redirect that adds the "/"), every file is sent with its type and the security headers below.
 *
 * Files have an ETag (size and modification time) and answer 304 to a matching
 * `If-None-Match` before anything is read or compressed. Text files of MIN_COMPRESSED_SIZE
 * bytes or more are sent compressed (Brotli or gzip, as the request accepts), encoded once at
 * the highest level and kept by ETag in a cache bounded in bytes.
 */
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, resolve, sep } from 'node:path';
import { EncodedCache, encodeBest, negotiateEncoding, variantEtag, varyOn, worthCompressing } from './compression.mjs';
import { matchesEtag } from './http.mjs';

/**
 * The demo pages' policy: everything from the site's own origin only, no inline script or style,
 * Trusted Types for the library's two policies (lit-html's templates, the Open311 adapter's XML
 * parsing), and no framing by other sites. `data:` images are the theme's inline SVG backgrounds.
 */
export const PAGE_CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "connect-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "manifest-src 'self'",
  "form-action 'self'",
  "base-uri 'none'",
  "frame-ancestors 'self'",
  "require-trusted-types-for 'script'",
  'trusted-types lit-html civic-elements-xml',
].join('; ');

/** Headers of every static answer, pages and files alike (an SVG opened alone is a document too). */
export const SECURITY_HEADERS = Object.freeze({
  'Content-Security-Policy': PAGE_CSP,
  // Same-origin navigations keep the referrer; other sites get none (the tracking page's URL may hold a reference).
  'Referrer-Policy': 'same-origin',
  'X-Content-Type-Options': 'nosniff',
});

/** Files larger than this are streamed as they are, never read whole to be compressed. */
const MAX_COMPRESSED_FILE = 8 * 1024 * 1024;

/** @type {Record<string, string>} */
export const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
  '.txt': 'text/plain; charset=utf-8',
};

const NOT_FOUND_STYLE =
  'body { font-family: system-ui, sans-serif; max-width: 40rem; margin: 3rem auto; padding: 0 1rem; line-height: 1.5 }';
const NOT_FOUND_PAGE = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>404 – Not found</title><style>${NOT_FOUND_STYLE}</style></head>
<body><h1>404 – Not found</h1><p>Nothing here. Back to the <a href="/">demo home page</a>.</p></body></html>
`;
/** The 404 page's own style is inline: the policy allows it by its hash, and nothing else inline. */
const NOT_FOUND_CSP = PAGE_CSP.replace(
  "style-src 'self'",
  `style-src 'self' 'sha256-${createHash('sha256').update(NOT_FOUND_STYLE).digest('base64')}'`,
);

/**
 * A static file server over `mounts`: `[{ prefix: '/dist', dir: '…/dist' }, { prefix: '/', dir: '…/demo' }]`.
 * The first mount whose prefix matches the path serves it. `serve(req, res)` answers every
 * request and resolves to the status it sent.
 * @param {{ prefix: string, dir: string }[]} mounts
 */
export function createStaticFiles(mounts) {
  /** @type {EncodedCache<Promise<Buffer>>} */
  const encoded = new EncodedCache(32 * 1024 * 1024);
  const resolved = mounts.map(({ prefix, dir }) => ({ prefix: prefix.replace(/\/+$/, ''), dir: resolve(dir) }));

  /**
   * The folder a URL path is served from, and the path inside it.
   * @param {string} pathname
   * @returns {{ dir: string, rest: string } | undefined}
   */
  function mount(pathname) {
    for (const { prefix, dir } of resolved) {
      if (prefix === '') return { dir, rest: pathname };
      if (pathname === prefix || pathname.startsWith(`${prefix}/`)) return { dir, rest: pathname.slice(prefix.length) };
    }
    return undefined;
  }

  /**
   * The file for a URL path, or undefined when it is outside the served folders or does not exist.
   * @param {string} urlPath
   * @returns {Promise<{ file: string, size: number, etag: string } | { redirect: string } | undefined>}
   */
  async function resolveFile(urlPath) {
    let rawPathname, pathname;
    try {
      rawPathname = new URL(urlPath, 'http://localhost').pathname; // resolves "." and ".." segments
      pathname = decodeURIComponent(rawPathname); // "%2F..%2F" becomes "/../": checked below
    } catch {
      return undefined; // malformed escapes
    }
    // "//host/…" would make the directory redirect below an open redirect to another site.
    if (pathname.includes('\0') || rawPathname.startsWith('//')) return undefined;
    const mounted = mount(pathname);
    if (!mounted) return undefined;
    const { dir, rest } = mounted;
    const file = resolve(dir, `.${sep}${rest}`);
    if (file !== dir && !file.startsWith(dir + sep)) return undefined; // directory traversal
    try {
      const info = await stat(file);
      if (info.isDirectory()) {
        if (!pathname.endsWith('/')) return { redirect: `${rawPathname}/` };
        const index = join(file, 'index.html');
        const indexInfo = await stat(index);
        return indexInfo.isFile() ? { file: index, size: indexInfo.size, etag: fileEtag(indexInfo) } : undefined;
      }
      return info.isFile() ? { file, size: info.size, etag: fileEtag(info) } : undefined;
    } catch {
      return undefined;
    }
  }

  /**
   * @param {import('node:http').IncomingMessage} req
   * @param {import('node:http').ServerResponse} res
   * @returns {Promise<number>} the status sent
   */
  async function serve(req, res) {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { Allow: 'GET, HEAD', 'Content-Type': TYPES['.txt'] });
      res.end('Method not allowed\n');
      return 405;
    }
    const found = await resolveFile(req.url ?? '/');
    if (!found) {
      res.writeHead(404, {
        ...SECURITY_HEADERS,
        'Content-Security-Policy': NOT_FOUND_CSP,
        'Content-Type': TYPES['.html'],
        'Content-Length': Buffer.byteLength(NOT_FOUND_PAGE),
      });
      res.end(req.method === 'HEAD' ? undefined : NOT_FOUND_PAGE);
      return 404;
    }
    if ('redirect' in found) {
      res.writeHead(301, { ...SECURITY_HEADERS, Location: found.redirect });
      res.end();
      return 301;
    }
    const type = TYPES[extname(found.file).toLowerCase()] ?? 'application/octet-stream';
    const compressible = worthCompressing(type, found.size) && found.size <= MAX_COMPRESSED_FILE;
    const encoding = compressible ? negotiateEncoding(req.headers['accept-encoding']) : undefined;
    const headers = { ...SECURITY_HEADERS, 'Cache-Control': 'no-cache', ETag: variantEtag(found.etag, encoding) };
    if (compressible) varyOn(res, 'Accept-Encoding');
    // Checked before reading or compressing anything: a revalidation costs a stat().
    if (matchesEtag(req.headers['if-none-match'], found.etag)) {
      res.writeHead(304, headers);
      res.end();
      return 304;
    }
    if (encoding) {
      const body = await encodedFile(found.file, found.etag, encoding);
      res.writeHead(200, {
        ...headers,
        'Content-Type': type,
        'Content-Encoding': encoding,
        'Content-Length': body.length,
      });
      res.end(req.method === 'HEAD' ? undefined : body);
      return 200;
    }
    res.writeHead(200, { ...headers, 'Content-Type': type, 'Content-Length': found.size });
    if (req.method === 'HEAD') {
      res.end();
      return 200;
    }
    const stream = createReadStream(found.file);
    stream.on('error', () => res.destroy());
    stream.pipe(res);
    return 200;
  }

  /**
   * A file encoded, from the cache or encoded now (once, however many requests ask at the same time).
   * @param {string} file
   * @param {string} etag
   * @param {import('./compression.mjs').Encoding} encoding
   */
  function encodedFile(file, etag, encoding) {
    const key = `${file}\0${etag}\0${encoding}`;
    let body = encoded.get(key);
    if (!body) {
      body = readFile(file).then((content) => encodeBest(content, encoding));
      body.then(
        (done) => encoded.set(key, Promise.resolve(done), done.length),
        () => encoded.delete(key),
      );
      encoded.set(key, body, MIN_PENDING_SIZE);
    }
    return body;
  }

  return { serve, resolveFile };
}

/** What an encoding in progress counts for in the cache, before its size is known. */
const MIN_PENDING_SIZE = 1024;

/**
 * A file's ETag: its size and modification time (a hash would read every file on each request).
 * @param {import('node:fs').Stats} info
 */
const fileEtag = (info) => `"${info.size.toString(36)}-${Math.floor(info.mtimeMs).toString(36)}"`;
