/**
 * The civic-elements reference server, as a plain Node request handler (no framework):
 *
 *   /api/civic/…  the REST contract (schema/rest-api.openapi.json) over an SQLite database
 *   /open311/…    a same-origin proxy to an Open311 server (open311-proxy.mjs), when configured
 *   /dist/…       the built library (`distDir`)
 *   /…            the demo city's site (`demoDir`)
 *
 *   const app = createApp({ demoDir, distDir });
 *   await app.ready;                       // the database is open (created and seeded on first start)
 *   http.createServer(app).listen(8080);
 *   …
 *   await app.close();
 *
 * Logs are one line per request, `status METHOD path`, where the path is the API's route
 * template or the proxy's first segment: never a reference, a proof, a query or a token.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { openDatabase } from './database.mjs';
import { HttpProblem, sendProblem } from './http.mjs';
import { createOpen311Proxy, loggablePath } from './open311-proxy.mjs';
import { parseTrustProxy } from './client-address.mjs';
import { checkProof, createRestApi } from './rest-api.mjs';
import { createStaticFiles } from './static-files.mjs';

/** @typedef {import('node:http').IncomingMessage} Request */
/** @typedef {import('node:http').ServerResponse} Response */
/**
 * The Node request listener, with the database's life cycle.
 * @typedef {((req: Request, res: Response) => Promise<void>) & { ready: Promise<void>, close: () => Promise<void> }} App
 */

export const API_BASE = '/api/civic/';
export const OPEN311_BASE = '/open311/';
export const DEFAULT_DATABASE_FILE = fileURLToPath(new URL('./data/civic.sqlite', import.meta.url));
const DEFAULT_CATALOG = new URL('../demo/data/catalog.json', import.meta.url);

/** @param {string} line */
const defaultLog = (line) => {
  if (!process.env.QUIET) console.log(line);
};

/**
 * @param {object} options
 * @param {string} [options.databaseFile] the SQLite file (default server/data/civic.sqlite), created and seeded when missing
 * @param {string} options.demoDir the folder served at "/"
 * @param {string} options.distDir the folder served at "/dist/"
 * @param {string} [options.open311Upstream] the Open311 server's base URL for /open311/ (env OPEN311_UPSTREAM)
 * @param {string} [options.open311ApiKey] the api_key added to Open311 POSTs (default: env OPEN311_API_KEY)
 * @param {Partial<import('./upstream-request.mjs').UpstreamLimits>} [options.open311Limits] the proxy's deadline and size caps
 * @param {'email'|'code'} [options.proof] what a request lookup asks besides the reference (default email): the
 *   applicant's e-mail address, or the code printed on the receipt; "postcode" is refused
 * @param {string|number} [options.trustProxy] the reverse proxies whose X-Forwarded-For tells the client's address:
 *   a number of hops, or their addresses and CIDR blocks, comma-separated (default none: the socket's address)
 * @param {string[]} [options.corsOrigins] other origins allowed to call the API (default none: same origin)
 * @param {string|URL} [options.catalog] the catalog file that seeds a new database (default demo/data/catalog.json)
 * @param {boolean} [options.demo] demo mode: the demo's requests, citizens and sessions are in the database (env CIVIC_DEMO=1)
 * @param {(line: string) => void} [options.log] where request lines go (default console.log unless QUIET is set)
 * @param {() => number} [options.now] the clock, in milliseconds (tests)
 * @returns {App}
 */
export function createApp({
  databaseFile = DEFAULT_DATABASE_FILE,
  demoDir,
  distDir,
  open311Upstream,
  open311ApiKey = process.env.OPEN311_API_KEY,
  open311Limits = {},
  proof = 'email',
  trustProxy,
  corsOrigins = [],
  catalog = DEFAULT_CATALOG,
  demo = false,
  log = defaultLog,
  now = Date.now,
}) {
  if (!demoDir || !distDir) throw new Error('createApp needs demoDir and distDir');
  // Settings are checked before anything opens: a mistaken one stops the server at start.
  checkProof(proof);
  parseTrustProxy(trustProxy);
  /** @type {unknown} */
  const catalogJson = JSON.parse(readFileSync(catalog, 'utf8'));
  // The catalog file is the demo's own, checked by test/node/catalog-schema.test.mjs.
  const opening = openDatabase(databaseFile, {
    catalog: /** @type {import('./database.mjs').Catalog} */ (catalogJson),
    demo,
  });
  const api = opening.then((database) => createRestApi({ database, proof, trustProxy, now, corsOrigins }));
  // Without a listener, a failed opening would be an unhandled rejection before `ready` is awaited.
  opening.catch(() => undefined);
  api.catch(() => undefined);
  const proxy = createOpen311Proxy({ upstream: open311Upstream, apiKey: open311ApiKey, limits: open311Limits });
  const files = createStaticFiles([
    { prefix: '/dist', dir: distDir },
    { prefix: '/', dir: demoDir },
  ]);

  /**
   * @param {Request} req
   * @param {Response} res
   */
  async function handle(req, res) {
    const raw = req.url ?? '/';
    const pathname = raw.split('?')[0];
    if (pathname === API_BASE.slice(0, -1) || pathname.startsWith(API_BASE)) {
      const path = pathname.slice(API_BASE.length);
      try {
        const { status, route } = await (await api)(req, res, path);
        log(`${status} ${req.method} ${API_BASE}${route}`);
      } catch (error) {
        if (!(error instanceof HttpProblem)) throw error;
        sendProblem(req, res, error);
        log(`${error.status} ${req.method} ${API_BASE}${error.route ?? '…'}`);
      }
      return;
    }
    if (pathname.startsWith(OPEN311_BASE)) {
      const rest = raw.slice(OPEN311_BASE.length);
      const status = await proxy(req, res, rest);
      log(`${status} ${req.method} ${loggablePath(rest)}`);
      return;
    }
    const status = await files.serve(req, res);
    log(`${status} ${req.method} ${status === 404 ? '(not found)' : pathname}`);
  }

  /** The Node request listener; its promise settles when the answer is sent (or failed). */
  const listener = (/** @type {Request} */ req, /** @type {Response} */ res) =>
    handle(req, res).catch((/** @type {unknown} */ error) => {
      // The stack only: messages of ours never hold a reference or a proof, and bodies are never logged.
      console.error(error instanceof Error ? error.stack : 'Unknown error');
      if (!res.headersSent) sendProblem(req, res, { status: 500, code: 'http', message: 'Internal server error' });
      else res.destroy();
      log(`500 ${req.method} ${pathname(req)}`);
    });
  return Object.assign(listener, {
    /** Settles when the database is open: rejects with a clear message when it cannot be. */
    ready: opening.then(() => undefined),
    /** Closes the database (every change is already in the file). */
    close: async () => (await opening).close(),
  });
}

/** @param {Request} req */
function pathname(req) {
  const path = (req.url ?? '/').split('?')[0];
  return path.startsWith(API_BASE) ? `${API_BASE}…` : path.startsWith(OPEN311_BASE) ? `${OPEN311_BASE}…` : path;
}
