/**
 * Starts the reference server (Node 20, no dependencies but better-sqlite3): `npm start`, or
 * `node server/server.mjs` after `npm run build:cdn`.
 *
 * Environment:
 *   PORT (8080), HOST (127.0.0.1)
 *   CIVIC_DATABASE      the SQLite file (server/data/civic.sqlite), created and seeded when missing
 *   CIVIC_PROOF         what a request lookup asks besides the reference: email (default) or code (on the receipt)
 *   TRUST_PROXY         the reverse proxies whose X-Forwarded-For gives the client's address: a number of
 *                       hops (1 behind one proxy) or their addresses/CIDR blocks, comma-separated (none by default)
 *   CIVIC_DEMO=1        demo mode (npm start): the demo's requests, citizens and session in the database
 *   CORS_ORIGINS        other origins allowed to call the API, comma-separated (none by default)
 *   OPEN311_UPSTREAM    an Open311 server to proxy at /open311/ (e.g. https://open311.example/v2/)
 *   OPEN311_API_KEY     the api_key the proxy adds to Open311 POSTs
 *   OPEN311_TIMEOUT_MS  the proxy's deadline for a whole exchange (10000)
 *   OPEN311_MAX_BYTES   the largest upstream answer the proxy takes, on the wire and decoded (5242880)
 *   HEADERS_TIMEOUT_MS, REQUEST_TIMEOUT_MS, KEEP_ALIVE_TIMEOUT_MS (10000, 30000, 5000), MAX_CONNECTIONS (500)
 *   QUIET               no request log
 */
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { API_BASE, createApp, DEFAULT_DATABASE_FILE } from './app.mjs';
import { parseTrustProxy } from './client-address.mjs';
import { createHttpServer, limitsFromEnv } from './http-server.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const demoDir = join(root, 'demo');
const distDir = join(root, 'dist');
const bundle = join(distDir, 'cdn', 'civic-elements.js');

if (!existsSync(bundle)) {
  console.error(`The CDN bundle is missing: ${bundle}\nBuild it first with: npm run build:cdn (npm start does it)`);
  process.exit(1);
}

const proof = process.env.CIVIC_PROOF || 'email';
if (proof !== 'email' && proof !== 'code') {
  console.error(
    proof === 'postcode'
      ? 'CIVIC_PROOF=postcode is no longer offered (anyone can guess a postcode): use CIVIC_PROOF=code, the code printed on the receipt'
      : `CIVIC_PROOF must be email or code, not ${proof}`,
  );
  process.exit(1);
}
const trustProxy = process.env.TRUST_PROXY || undefined;
try {
  parseTrustProxy(trustProxy);
} catch (error) {
  console.error(`TRUST_PROXY: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}

/** @type {ReturnType<typeof limitsFromEnv>} */
let limits;
try {
  limits = limitsFromEnv(process.env);
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
}

const port = Number.parseInt(process.env.PORT ?? '', 10) || 8080;
const host = process.env.HOST || '127.0.0.1';

const app = createApp({
  databaseFile: process.env.CIVIC_DATABASE || DEFAULT_DATABASE_FILE,
  demoDir,
  distDir,
  open311Upstream: process.env.OPEN311_UPSTREAM || undefined,
  open311Limits: limits.open311,
  proof,
  trustProxy,
  demo: process.env.CIVIC_DEMO === '1',
  corsOrigins: (process.env.CORS_ORIGINS ?? '')
    .split(',')
    .map((o) => o.trim())
    .filter(Boolean),
});

try {
  await app.ready;
} catch (error) {
  console.error(`The database could not be opened: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}

// The app's promise never rejects (it answers 500 itself): nothing to wait for here.
const server = createHttpServer((req, res) => void app(req, res), limits.socket);

server.on('error', (/** @type {NodeJS.ErrnoException} */ error) => {
  if (error.code === 'EADDRINUSE')
    console.error(`Port ${port} is already in use: set another one with PORT=8081 npm start`);
  else console.error(error);
  process.exit(1);
});

server.listen(port, host, () => {
  console.log(`Demo: http://localhost:${port}/`);
  console.log(`REST API: http://localhost:${port}${API_BASE}`);
  if (process.env.OPEN311_UPSTREAM) console.log(`Open311 proxy: http://localhost:${port}/open311/`);
  if (host !== '127.0.0.1' && host !== 'localhost') console.log(`(listening on ${host}:${port})`);
});

/** @param {NodeJS.Signals} signal */
function shutdown(signal) {
  console.log(`\n${signal} received, stopping the server.`);
  server.close(() => void app.close().finally(() => process.exit(0)));
  server.closeAllConnections();
  setTimeout(() => process.exit(0), 2000).unref();
}
process.once('SIGINT', () => shutdown('SIGINT'));
process.once('SIGTERM', () => shutdown('SIGTERM'));
