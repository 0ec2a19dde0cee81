/**
 * The server that scripts/bench-server.mjs loads, run in its own process so that the load
 * generator does not share its event loop. It builds the REST API of a server folder (the current
 * `server/`, or an older copy to compare with) over a fresh database file, adds `--rows` requests
 * to it, and, with `--writes-per-second`, a writer inserting one request at a time in the same
 * process, as the server's own writes will be. Prints `listening <port>`; on the "stop" message
 * it answers with the writer's figures and exits.
 *
 *   node bench/server-under-test.mjs --server-dir server --file /tmp/x.sqlite --rows 10000 --writes-per-second 20
 */
import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';

const { values: opts } = parseArgs({
  options: {
    'server-dir': { type: 'string', default: 'server' },
    file: { type: 'string' },
    rows: { type: 'string', default: '0' },
    'writes-per-second': { type: 'string', default: '0' },
  },
});
if (!opts.file) throw new Error('--file is required');
const dir = pathToFileURL(`${resolve(opts['server-dir'])}/`);
const catalog = JSON.parse(readFileSync(new URL('../demo/data/catalog.json', import.meta.url), 'utf8'));

const { openDatabase } = await import(new URL('database.mjs', dir).href);
const { createRestApi } = await import(new URL('rest-api.mjs', dir).href);
const { HttpProblem, sendProblem } = await import(new URL('http.mjs', dir).href);

// Older servers ignore `demo`; newer ones seed the demo requests (which the lookups ask for) only with it.
const database = await openDatabase(opts.file, { catalog, demo: true });
// All the load comes from one client: the lookup budget (one every 10 s) would measure the limiter.
const limiterModule = await import(new URL('lookup-limiter.mjs', dir).href).catch(() => undefined);
const lookupLimits = limiterModule?.LOOKUP_LIMITS && {
  ...limiterModule.LOOKUP_LIMITS,
  budget: { burst: Number.MAX_SAFE_INTEGER, refillMs: 1 },
};
const api = createRestApi({ database, proof: 'email', now: Date.now, corsOrigins: [], lookupLimits });

// The proof column was renamed with the receipt codes; the bench writes whichever this server has.
const proofColumn = database.get("SELECT name FROM pragma_table_info('requests') WHERE name = 'receipt_code'")
  ? 'receipt_code'
  : 'applicant_postcode';
const columns = `reference, procedure_id, state, created_at, updated_at, updated_ms, applicant_email, ${proofColumn}`;

// One statement, so that sql.js writes its file once for the whole fill rather than once per row.
const rows = Number(opts.rows);
if (rows > 0)
  database.change(
    `WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ?)
     INSERT INTO requests (${columns})
     SELECT printf('BF-%07d', i), 'acte-naissance', 'received', '2026-01-01T00:00:00+01:00',
            '2026-01-01T00:00:00+01:00', 1767222000000 + i, printf('bench-%d@example.org', i), 'ABCDEFGHJKMN'
     FROM n`,
    [rows],
  );

/** @type {number[]} */
const writeMs = [];
let written = 0;
const perSecond = Number(opts['writes-per-second']);
if (perSecond > 0) {
  setInterval(() => {
    written += 1;
    const started = performance.now();
    database.change(`INSERT INTO requests (${columns}) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`, [
      `BW-${process.pid}-${written}`,
      'acte-naissance',
      'received',
      '2026-06-01T00:00:00+02:00',
      '2026-06-01T00:00:00+02:00',
      Date.now(),
      `writer-${written}@example.org`,
      'ABCDEFGHJKMN',
    ]);
    writeMs.push(performance.now() - started);
  }, 1000 / perSecond);
}

const server = createServer((req, res) => {
  const path = (req.url ?? '/').split('?')[0].slice('/api/civic/'.length);
  api(req, res, path).catch((/** @type {unknown} */ error) => {
    if (error instanceof HttpProblem) sendProblem(req, res, error);
    else {
      res.statusCode = 500;
      res.end();
    }
  });
});
server.keepAliveTimeout = 60_000;
server.listen(0, '127.0.0.1', () => {
  const address = server.address();
  console.log(`listening ${typeof address === 'object' && address ? address.port : ''}`);
});

process.on('message', (message) => {
  if (message !== 'stop') return;
  const sorted = writeMs.sort((a, b) => a - b);
  process.send?.({
    writes: written,
    writeMax: sorted.at(-1) ?? 0,
    writeP99: sorted[Math.floor(sorted.length * 0.99)] ?? 0,
  });
  server.closeAllConnections();
  server.close(() => {
    database.close();
    process.exit(0);
  });
});
