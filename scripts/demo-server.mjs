/**
 * The demo's static server, without dependencies (Node 20): `npm start` or
 * `node scripts/demo-server.mjs`.
 *
 * - `/`       → the repository's `demo/` folder (a fictional city site using the elements);
 * - `/dist/`  → the built library (`npm run build:cdn` makes `dist/cdn/civic-elements.js`).
 *
 * PORT (default 8080) and HOST (default 127.0.0.1) come from the environment.
 */
import { createReadStream, existsSync } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import { dirname, extname, join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const demoDir = join(root, 'demo');
const distDir = join(root, 'dist');
const bundle = join(distDir, 'cdn', 'civic-elements.js');

if (!existsSync(bundle)) {
  console.error(`The CDN bundle is missing: ${bundle}\nBuild it first with: npm run build:cdn`);
  process.exit(1);
}

const port = Number.parseInt(process.env.PORT ?? '', 10) || 8080;
const host = process.env.HOST || '127.0.0.1';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
};

const NOT_FOUND_PAGE = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>404 – Not found</title></head>
<body style="font-family: system-ui, sans-serif; max-width: 40rem; margin: 3rem auto; padding: 0 1rem; line-height: 1.5">
<h1>404 – Not found</h1><p>Nothing here. Back to the <a href="/">demo home page</a>.</p></body></html>
`;

/** The folder a URL path is served from, and the path inside it. */
function mount(pathname) {
  if (pathname === '/dist' || pathname.startsWith('/dist/')) return { dir: distDir, rest: pathname.slice('/dist'.length) };
  return { dir: demoDir, rest: pathname };
}

/** The file for a URL path, or undefined when it is outside the served folder or does not exist. */
async function resolveFile(urlPath) {
  let rawPathname, pathname;
  try {
    rawPathname = new URL(urlPath, 'http://localhost').pathname; // resolves "." and ".." segments
    pathname = decodeURIComponent(rawPathname); // "%2F..%2F" becomes "/../": checked below
  } catch {
    return undefined; // malformed escapes
  }
  if (pathname.includes('\0')) return undefined;
  const { dir, rest } = mount(pathname);
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

function send404(req, res) {
  res.writeHead(404, { 'Content-Type': TYPES['.html'], 'Content-Length': Buffer.byteLength(NOT_FOUND_PAGE) });
  res.end(req.method === 'HEAD' ? undefined : NOT_FOUND_PAGE);
}

const server = createServer((req, res) => {
  handle(req, res).catch((error) => {
    console.error(error);
    if (!res.headersSent) res.writeHead(500, { 'Content-Type': TYPES['.txt'] });
    res.end('Internal server error\n');
  });
});

async function handle(req, res) {
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.writeHead(405, { Allow: 'GET, HEAD', 'Content-Type': TYPES['.txt'] });
    res.end('Method not allowed\n');
    return;
  }
  const found = await resolveFile(req.url ?? '/');
  if (!found) {
    send404(req, res);
    log(req, 404);
    return;
  }
  if (found.redirect) {
    res.writeHead(301, { Location: found.redirect });
    res.end();
    log(req, 301);
    return;
  }
  res.writeHead(200, {
    'Content-Type': TYPES[extname(found.file).toLowerCase()] ?? 'application/octet-stream',
    'Content-Length': found.size,
    'Cache-Control': 'no-cache',
    'X-Content-Type-Options': 'nosniff',
  });
  log(req, 200);
  if (req.method === 'HEAD') {
    res.end();
    return;
  }
  const stream = createReadStream(found.file);
  stream.on('error', () => res.destroy());
  stream.pipe(res);
}

function log(req, status) {
  if (process.env.QUIET) return;
  console.log(`${status} ${req.method} ${req.url}`);
}

server.on('error', (error) => {
  if (error.code === 'EADDRINUSE') console.error(`Port ${port} is already in use: set another one with PORT=8081 npm start`);
  else console.error(error);
  process.exit(1);
});

server.listen(port, host, () => {
  console.log(`Demo: http://localhost:${port}/`);
  if (host !== '127.0.0.1' && host !== 'localhost') console.log(`(listening on ${host}:${port})`);
});

function shutdown(signal) {
  console.log(`\n${signal} received, stopping the demo server.`);
  server.close(() => process.exit(0));
  server.closeAllConnections();
  setTimeout(() => process.exit(0), 2000).unref();
}
process.once('SIGINT', () => shutdown('SIGINT'));
process.once('SIGTERM', () => shutdown('SIGTERM'));
