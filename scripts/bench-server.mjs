/**
 * Server benchmark (`npm run bench`, after the search benchmark): request lookups
 * (`POST /api/civic/requests/lookup` with the right e-mail, cycling over the demo requests) with
 * autocannon, at 10 and 50 connections, without writes and while a writer inserts requests in the
 * server's process. Each server runs in its own process (bench/server-under-test.mjs) over a fresh
 * database file holding the demo data plus `--rows` requests. Prints lookups/s and p99 latency.
 *
 * Options: --duration S (per measure; default 10), --connections 10,50, --rows N (default 10000),
 * --writes-per-second N (default 20), --server-dir DIR (default server), --baseline DIR (another
 * server folder, e.g. an older version's, measured in the same run and shown beside it; its
 * dependencies must be installed: sql.js for a server from before better-sqlite3),
 * --json (also print the raw numbers).
 */
import autocannon from 'autocannon';
import { fork } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { DEMO_REQUESTS } from '../server/seed.mjs';

const { values: opts } = parseArgs({
  options: {
    duration: { type: 'string', default: '10' },
    connections: { type: 'string', default: '10,50' },
    rows: { type: 'string', default: '10000' },
    'writes-per-second': { type: 'string', default: '20' },
    'server-dir': { type: 'string', default: fileURLToPath(new URL('../server', import.meta.url)) },
    baseline: { type: 'string' },
    json: { type: 'boolean', default: false },
  },
});
const SERVER_UNDER_TEST = fileURLToPath(new URL('../bench/server-under-test.mjs', import.meta.url));
const temporary = mkdtempSync(join(tmpdir(), 'civic-bench-'));
let files = 0;

/**
 * Starts a server folder's API in a child process; resolves with its port and a stop function.
 * @param {string} serverDir
 * @param {number} writesPerSecond
 */
function launch(serverDir, writesPerSecond) {
  const child = fork(
    SERVER_UNDER_TEST,
    [
      '--server-dir',
      serverDir,
      '--file',
      join(temporary, `bench-${++files}.sqlite`),
      '--rows',
      opts.rows,
      '--writes-per-second',
      String(writesPerSecond),
    ],
    { stdio: ['ignore', 'pipe', 'inherit', 'ipc'] },
  );
  return new Promise((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`the server under test exited (${code})`)));
    child.stdout?.on('data', (chunk) => {
      const port = /listening (\d+)/.exec(String(chunk))?.[1];
      if (!port) return;
      const stop = () =>
        new Promise((done) => {
          child.once('message', done);
          child.send('stop');
        });
      resolve({ port: Number(port), stop });
    });
  });
}

/** @param {number} port @param {number} connections */
function load(port, connections) {
  const requests = DEMO_REQUESTS.map((r) => ({
    method: 'POST',
    path: '/api/civic/requests/lookup',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ reference: r.reference, proof: r.email }),
  }));
  return autocannon({
    url: `http://127.0.0.1:${port}`,
    connections,
    duration: Number(opts.duration),
    requests,
  });
}

const engines = [{ name: 'current', dir: opts['server-dir'] }];
if (opts.baseline) engines.unshift({ name: 'baseline', dir: opts.baseline });
const connectionCounts = opts.connections.split(',').map(Number);
const writeRates = [0, Number(opts['writes-per-second'])];

const results = [];
try {
  for (const connections of connectionCounts)
    for (const writes of writeRates)
      for (const engine of engines) {
        const server = await launch(engine.dir, writes);
        const result = await load(server.port, connections);
        const writer = /** @type {{ writes: number, writeMax: number, writeP99: number }} */ (await server.stop());
        results.push({
          engine: engine.name,
          connections,
          writesPerSecond: writes,
          lookupsPerSecond: Math.round(result.requests.average),
          p99: result.latency.p99,
          max: result.latency.max,
          errors: result.errors + result.timeouts + result.non2xx,
          writes: writer.writes,
          writeP99: writer.writeP99,
          writeMax: writer.writeMax,
        });
      }
} finally {
  rmSync(temporary, { recursive: true, force: true });
}

const [load1] = loadavg();
console.log(
  `\nServer: request lookups, ${opts.duration} s each, ${opts.rows} requests in the database; ` +
    `${availableParallelism()} cores, load ${load1.toFixed(1)}.`,
);
const head = ['server', 'connections', 'writes/s', 'lookups/s', 'p99 ms', 'max ms', 'errors', 'writes', 'write p99 ms'];
const rows = results.map((r) => [
  engines.length > 1
    ? `${r.engine} (${relative(process.cwd(), engines.find((e) => e.name === r.engine)?.dir ?? '') || '.'})`
    : r.engine,
  r.connections,
  r.writesPerSecond,
  r.lookupsPerSecond,
  r.p99,
  r.max,
  r.errors,
  r.writes,
  r.writeP99.toFixed(1),
]);
const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => String(r[i]).length)));
const line = (/** @type {unknown[]} */ r) =>
  r.map((c, i) => (i ? String(c).padStart(widths[i]) : String(c).padEnd(widths[i]))).join('  ');
console.log([line(head), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n'));
if (opts.json) console.log(JSON.stringify(results, null, 2));
