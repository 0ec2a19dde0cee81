/**
 * Routes the browser tests use to meet real HTTP conditions (served by web-test-runner's dev
 * server, koa middleware):
 *   /__slow/<ms>/<path>   serves <path> after <ms> milliseconds
 *   /__status/<code>      answers with that HTTP status and a small body
 *   /test/csp/*.html      served with a strict Content-Security-Policy header
 *   /__fixtures/<name>    a file of the shared real-world samples (`../shared/fixtures/`, beside
 *                         the repository); 404 "no fixtures folder" when that folder is absent
 */
import { readFile, stat } from 'node:fs/promises';

export const FIXTURES_DIR = new URL('../../../shared/fixtures/', import.meta.url);
const FIXTURE_TYPES = { json: 'application/json', xml: 'application/xml', txt: 'text/plain', graphql: 'text/plain' };

export const STRICT_CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "connect-src 'self'",
  "img-src 'self'",
  "require-trusted-types-for 'script'",
  'trusted-types lit-html',
].join('; ');

export async function testServerMiddleware(ctx, next) {
  const slow = /^\/__slow\/(\d+)(\/.*)$/.exec(ctx.path);
  if (slow) {
    await new Promise((resolve) => setTimeout(resolve, Number(slow[1])));
    ctx.url = slow[2] + (ctx.querystring ? `?${ctx.querystring}` : '');
    return next();
  }
  const status = /^\/__status\/(\d{3})$/.exec(ctx.path);
  if (status) {
    ctx.status = Number(status[1]);
    ctx.type = 'text/plain';
    ctx.body = `status ${status[1]}`;
    return;
  }
  const fixture = /^\/__fixtures\/(\w[\w.-]*)$/.exec(ctx.path);
  if (fixture) return serveFixture(ctx, fixture[1]);
  if (ctx.path.startsWith('/__fixtures/')) {
    ctx.status = 404;
    ctx.type = 'text/plain';
    ctx.body = 'fixture names are plain file names';
    return;
  }
  await next();
  if (ctx.path.startsWith('/test/csp/') && ctx.path.endsWith('.html')) ctx.set('Content-Security-Policy', STRICT_CSP);
}

/** One file of the shared fixtures folder: a plain name only (no "/", no leading dot), never a folder. */
async function serveFixture(ctx, name) {
  ctx.set('Cache-Control', 'no-store');
  ctx.type = 'text/plain';
  const folder = await stat(FIXTURES_DIR).catch(() => undefined);
  if (!folder?.isDirectory()) {
    ctx.status = 404;
    ctx.body = 'no fixtures folder';
    return;
  }
  const file = new URL(name, FIXTURES_DIR);
  const found = await stat(file).catch(() => undefined);
  if (!found?.isFile()) {
    ctx.status = 404;
    ctx.body = `no fixture ${name}`;
    return;
  }
  ctx.status = 200;
  ctx.type = FIXTURE_TYPES[name.slice(name.lastIndexOf('.') + 1).toLowerCase()] ?? 'application/octet-stream';
  ctx.body = await readFile(file);
}
