/**
 * Search benchmark (`npm run bench`): the catalog's search engine (src/catalog/search-index.ts) in
 * Debian's Chromium, on generated catalogs of 50, 500 and 5,000 procedures made from the demo
 * catalog's words. Measures the index build and every keystroke while typing queries letter by
 * letter (a fresh index per run, as a page would have), and how long the 500-procedure catalog's
 * JSON takes to parse. Prints plain tables; exits non-zero only on an error, never on slowness.
 *
 * Options: --runs N (typing runs per size; default 30 / 15 / 5), --sizes 50,500,5000,
 * --limit N (hits asked for per keystroke; default all, as <civic-catalog> asks, then filters by
 * theme and audience), --json (also print
 * the raw numbers as JSON).
 */
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { generateCatalog, searchDocuments, BENCH_SYNONYMS } from '../bench/catalog.mjs';

const { values: opts } = parseArgs({
  options: {
    runs: { type: 'string' },
    sizes: { type: 'string', default: '50,500,5000' },
    limit: { type: 'string' },
    json: { type: 'boolean', default: false },
  },
});
const SIZES = opts.sizes.split(',').map(Number);
const LIMIT = opts.limit ? Number(opts.limit) : Infinity;
const RUNS = (size) => Number(opts.runs) || (size <= 50 ? 30 : size <= 500 ? 15 : 5);
const QUERIES = ['passeport', 'inscription cantine', 'chien dangereux', 'etat civil', 'pasport'];
const FRAME_MS = 16;
const CHROMIUM = process.env.CHROME_PATH || '/usr/bin/chromium';
const ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
const ORIGIN = 'http://localhost';

const demo = JSON.parse(readFileSync(new URL('../demo/data/catalog.json', import.meta.url), 'utf8'));

const median = (xs) => quantile(xs, 0.5);
function quantile(xs, q) {
  const s = [...xs].sort((a, b) => a - b);
  if (!s.length) return NaN;
  const i = (s.length - 1) * q;
  const lo = Math.floor(i);
  return s[lo] + (s[Math.ceil(i)] - s[lo]) * (i - lo);
}
const ms = (x) => (x < 10 ? x.toFixed(3) : x.toFixed(1));
function table(head, rows) {
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => String(r[i]).length)));
  const line = (r) => r.map((c, i) => (i ? String(c).padStart(widths[i]) : String(c).padEnd(widths[i]))).join('  ');
  return [line(head), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

async function main() {
  const bundle = await build({
    entryPoints: [new URL('../src/catalog/search-index.ts', import.meta.url).pathname],
    bundle: true,
    write: false,
    format: 'esm',
    target: 'es2022',
    logLevel: 'error',
  });
  const engine = bundle.outputFiles[0].text;
  const catalogs = new Map(SIZES.map((n) => [n, generateCatalog(demo, n)]));

  const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ARGS });
  try {
    const page = await browser.newPage();
    // Served from memory, cross-origin isolated: performance.now() is then precise to a few µs (100 µs otherwise).
    const isolated = { 'Cross-Origin-Opener-Policy': 'same-origin', 'Cross-Origin-Embedder-Policy': 'require-corp' };
    await page.route(`${ORIGIN}/**`, (route) => {
      const path = new URL(route.request().url()).pathname;
      if (path === '/search-index.js')
        return route.fulfill({ body: engine, contentType: 'text/javascript', headers: isolated });
      if (path === '/')
        return route.fulfill({
          body: '<!doctype html><title>bench</title>',
          contentType: 'text/html',
          headers: isolated,
        });
      return route.fulfill({ status: 404, body: 'not found' });
    });
    page.on('pageerror', (e) => console.error('page error:', e.message));
    await page.goto(`${ORIGIN}/`);
    const env = await page.evaluate(async () => {
      const t0 = performance.now();
      let t1 = t0;
      while (t1 === t0) t1 = performance.now();
      return {
        isolated: globalThis.crossOriginIsolated,
        tick: t1 - t0,
        ua: navigator.userAgent.match(/Chrome\/[\d.]+/)?.[0],
      };
    });

    const results = [];
    for (const [size, catalog] of catalogs) {
      const docs = searchDocuments(catalog);
      const r = await page.evaluate(
        async ({ docs, synonyms, queries, runs, limit }) => {
          const { SearchIndex } = await import('/search-index.js');
          const builds = [];
          const keys = [];
          const perQuery = Object.fromEntries(queries.map((q) => [q, []]));
          const tops = {};
          for (let run = 0; run < runs; run++) {
            let t = performance.now();
            const index = new SearchIndex(docs, { lang: 'fr', synonyms });
            builds.push(performance.now() - t);
            for (const q of queries) {
              for (let i = 1; i <= q.length; i++) {
                t = performance.now();
                const hits = index.search(q.slice(0, i), limit);
                const took = performance.now() - t;
                keys.push(took);
                perQuery[q].push(took);
                if (i === q.length) tops[q] = { count: hits.length, top: hits.slice(0, 1).map((h) => h.id) };
              }
            }
            // Let the page breathe between runs, as typing would.
            await new Promise((resolve) => setTimeout(resolve, 0));
          }
          return { builds, keys, perQuery, tops };
        },
        { docs, synonyms: BENCH_SYNONYMS, queries: QUERIES, runs: RUNS(size), limit: Math.min(LIMIT, docs.length) },
      );
      results.push({ size, words: vocabulary(docs), runs: RUNS(size), ...r });
    }

    // The 500-procedure catalog as a page would fetch it: the full JSON (channels, hours, …).
    const json = JSON.stringify(generateCatalog(demo, 500));
    const parse = await page.evaluate((text) => {
      const times = [];
      for (let i = 0; i < 25; i++) {
        const t = performance.now();
        const data = JSON.parse(text);
        times.push(performance.now() - t);
        if (!data.procedures.length) throw new Error('empty catalog');
      }
      return times;
    }, json);

    console.log(
      `Catalog search bench — ${env.ua ?? 'Chromium'}, timer step ${(env.tick * 1000).toFixed(0)} µs${env.isolated ? ' (cross-origin isolated)' : ''}, ${LIMIT === Infinity ? 'all' : `at most ${LIMIT}`} hits per keystroke`,
    );
    const [load] = loadavg();
    const cores = availableParallelism();
    console.log(
      `Machine load ${load.toFixed(1)} on ${cores} cores${load > cores * 0.75 ? ': busy, the maxima and p95 are noisy' : ''}.`,
    );
    console.log(`Queries typed letter by letter: ${QUERIES.map((q) => `"${q}"`).join(', ')}; fresh index per run.\n`);
    console.log(
      table(
        [
          'procedures',
          'words',
          'runs',
          'build median ms',
          'build max ms',
          'keystrokes',
          'key median ms',
          'key p95 ms',
          'key max ms',
          `> ${FRAME_MS} ms`,
        ],
        results.map((r) => [
          r.size,
          r.words,
          r.runs,
          ms(median(r.builds)),
          ms(Math.max(...r.builds)),
          r.keys.length,
          ms(median(r.keys)),
          ms(quantile(r.keys, 0.95)),
          ms(Math.max(...r.keys)),
          r.keys.filter((k) => k > FRAME_MS).length,
        ]),
      ),
    );
    console.log('\nPer query (median / p95 / max ms per keystroke):');
    console.log(
      table(
        ['query', ...results.map((r) => `${r.size}`)],
        QUERIES.map((q) => [
          q,
          ...results.map(
            (r) =>
              `${ms(median(r.perQuery[q]))} / ${ms(quantile(r.perQuery[q], 0.95))} / ${ms(Math.max(...r.perQuery[q]))}`,
          ),
        ]),
      ),
    );
    console.log('\nThe whole query: hits and the first one');
    console.log(
      table(
        ['query', ...results.map((r) => `${r.size}`)],
        QUERIES.map((q) => [q, ...results.map((r) => `${r.tops[q].count}  ${r.tops[q].top[0] ?? '—'}`)]),
      ),
    );
    console.log(
      `\nJSON.parse of the 500-procedure catalog (${(json.length / 1e6).toFixed(2)} MB): median ${ms(median(parse))} ms, p95 ${ms(quantile(parse, 0.95))} ms (25 runs)`,
    );
    if (opts.json) console.log(JSON.stringify({ env, results, parse }, null, 1));
  } finally {
    await browser.close();
  }
}

/** Distinct words of the searched texts, as a size of the vocabulary the index holds. */
function vocabulary(docs) {
  const words = new Set();
  for (const d of docs)
    for (const t of [d.title, d.summary ?? '', ...(d.keywords ?? [])])
      for (const w of t.toLowerCase().split(/[^\p{L}\p{N}]+/u)) if (w) words.add(w);
  return words.size;
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
