/**
 * Routes the browser tests use to meet real HTTP conditions (served by web-test-runner's dev
 * server, koa middleware):
 *   /__slow/<ms>/<path>   serves <path> after <ms> milliseconds
 *   /__status/<code>      answers with that HTTP status and a small body
 *   /test/csp/*.html      served with a strict Content-Security-Policy header
 *   /__fixtures/<folder>/<name>
 *                         a backend sample of the repository's own, `test/fixtures/<folder>/<name>`,
 *                         for <folder> one of FIXTURE_FOLDERS (Open311 specification, mySociety and
 *                         FixMyStreet, French national directory); nothing else of the disk
 *   /__rest/<instance>/<path>
 *                         the reference server (server/app.mjs: the REST API at /api/civic/, the
 *                         demo site…) answering <path>. Each <instance> (letters, digits, "-") is
 *                         its own app with its own SQLite file under the OS temp folder, seeded on
 *                         first use and deleted when the test run ends, so that each test file (in
 *                         each browser) starts from the demo data. /__slow/<ms>/__rest/… works too.
 */
import { readFile, stat } from 'node:fs/promises';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { finished } from 'node:stream/promises';
import { fileURLToPath } from 'node:url';
import { createApp } from '../../server/app.mjs';

export const FIXTURES_DIR = new URL('../fixtures/', import.meta.url);
/** The only folders of FIXTURES_DIR the route serves: backend answers, in their wire formats. */
export const FIXTURE_FOLDERS = ['open311-spec', 'mysociety', 'annuaire'];
const FIXTURE_TYPES = { json: 'application/json', xml: 'application/xml', txt: 'text/plain' };

export const STRICT_CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "connect-src 'self'",
  "img-src 'self'",
  "require-trusted-types-for 'script'",
  'trusted-types lit-html civic-elements-xml',
].join('; ');

export async function testServerMiddleware(ctx, next) {
  const slow = /^\/__slow\/(\d+)(\/.*)$/.exec(ctx.path);
  if (slow) {
    await new Promise((resolve) => setTimeout(resolve, Number(slow[1])));
    ctx.url = slow[2] + (ctx.querystring ? `?${ctx.querystring}` : '');
    if (ctx.path.startsWith('/__rest/')) return serveReferenceServer(ctx);
    return next();
  }
  if (ctx.path.startsWith('/__rest/')) return serveReferenceServer(ctx);
  const status = /^\/__status\/(\d{3})$/.exec(ctx.path);
  if (status) {
    ctx.status = Number(status[1]);
    ctx.type = 'text/plain';
    ctx.body = `status ${status[1]}`;
    return;
  }
  const fixture = /^\/__fixtures\/([\w-]+)\/(\w[\w.-]*)$/.exec(ctx.path);
  if (fixture && FIXTURE_FOLDERS.includes(fixture[1])) return serveFixture(ctx, `${fixture[1]}/${fixture[2]}`);
  if (ctx.path.startsWith('/__fixtures/')) {
    ctx.status = 404;
    ctx.type = 'text/plain';
    ctx.body = `fixtures are served as /__fixtures/<folder>/<name>, <folder> one of ${FIXTURE_FOLDERS.join(', ')}`;
    return;
  }
  await next();
  if (ctx.path.startsWith('/test/csp/') && ctx.path.endsWith('.html')) ctx.set('Content-Security-Policy', STRICT_CSP);
}

/**
 * One file of a served fixtures folder: `name` is "<folder>/<file>", the folder one of
 * FIXTURE_FOLDERS and the file a plain name (no "/", no leading dot), never a folder.
 */
async function serveFixture(ctx, name) {
  ctx.set('Cache-Control', 'no-store');
  ctx.type = 'text/plain';
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

const REPOSITORY = new URL('../../', import.meta.url);
const referenceApps = new Map();
let referenceDataDir;
const MAX_REFERENCE_APPS = 50;

/** The reference server app of an instance, created (with a new database) on first use. */
function referenceApp(instance) {
  let app = referenceApps.get(instance);
  if (app) return app;
  if (!referenceDataDir) {
    referenceDataDir = mkdtempSync(join(tmpdir(), 'civic-wtr-rest-'));
    process.once('exit', () => rmSync(referenceDataDir, { recursive: true, force: true }));
  }
  if (referenceApps.size >= MAX_REFERENCE_APPS) {
    const [oldest, old] = referenceApps.entries().next().value;
    referenceApps.delete(oldest);
    old.close().catch(() => undefined);
  }
  app = createApp({
    databaseFile: join(referenceDataDir, `${instance}.sqlite`),
    demoDir: fileURLToPath(new URL('demo/', REPOSITORY)),
    distDir: fileURLToPath(new URL('dist/', REPOSITORY)),
    demo: true,
    log: () => undefined,
  });
  referenceApps.set(instance, app);
  return app;
}

/** Hands the request, without the /__rest/<instance> prefix, to the reference server's Node handler. */
async function serveReferenceServer(ctx) {
  const match = /^\/__rest\/([\w-]{1,64})(\/.*)$/.exec(ctx.path);
  if (!match) {
    ctx.status = 404;
    ctx.type = 'text/plain';
    ctx.body = 'use /__rest/<instance>/<path>';
    return;
  }
  const app = referenceApp(match[1]);
  await app.ready;
  ctx.respond = false; // the app writes the answer itself
  ctx.req.url = match[2] + (ctx.querystring ? `?${ctx.querystring}` : '');
  const done = finished(ctx.res).catch(() => undefined); // settles at once when the browser already left
  await app(ctx.req, ctx.res);
  await done;
}
