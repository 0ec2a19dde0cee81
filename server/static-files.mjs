/**
 * Safe static file serving without dependencies (Node 20), for the demo site and the built
 * library: only GET and HEAD, only files inside the mounted folders (".." and "%2F.." in any
 * form, NUL bytes and malformed escapes give 404), a folder answers its index.html (after a
 * redirect that adds the "/"), every file is sent with its type and `nosniff`.
 */
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { extname, join, resolve, sep } from 'node:path';

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

const NOT_FOUND_PAGE = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>404 – Not found</title></head>
<body style="font-family: system-ui, sans-serif; max-width: 40rem; margin: 3rem auto; padding: 0 1rem; line-height: 1.5">
<h1>404 – Not found</h1><p>Nothing here. Back to the <a href="/">demo home page</a>.</p></body></html>
`;

/**
 * A static file server over `mounts`: `[{ prefix: '/dist', dir: '…/dist' }, { prefix: '/', dir: '…/demo' }]`.
 * The first mount whose prefix matches the path serves it. `serve(req, res)` answers every
 * request and resolves to the status it sent.
 * @param {{ prefix: string, dir: string }[]} mounts
 */
export function createStaticFiles(mounts) {
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
   * @returns {Promise<{ file: string, size: number } | { redirect: string } | undefined>}
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
        return indexInfo.isFile() ? { file: index, size: indexInfo.size } : undefined;
      }
      return info.isFile() ? { file, size: info.size } : undefined;
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
        'Content-Type': TYPES['.html'],
        'Content-Length': Buffer.byteLength(NOT_FOUND_PAGE),
        'X-Content-Type-Options': 'nosniff',
      });
      res.end(req.method === 'HEAD' ? undefined : NOT_FOUND_PAGE);
      return 404;
    }
    if ('redirect' in found) {
      res.writeHead(301, { Location: found.redirect });
      res.end();
      return 301;
    }
    res.writeHead(200, {
      'Content-Type': TYPES[extname(found.file).toLowerCase()] ?? 'application/octet-stream',
      'Content-Length': found.size,
      'Cache-Control': 'no-cache',
      'X-Content-Type-Options': 'nosniff',
    });
    if (req.method === 'HEAD') {
      res.end();
      return 200;
    }
    const stream = createReadStream(found.file);
    stream.on('error', () => res.destroy());
    stream.pipe(res);
    return 200;
  }

  return { serve, resolveFile };
}
