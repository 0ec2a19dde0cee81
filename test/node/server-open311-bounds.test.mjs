// The reference server: the Open311 proxy holds bounded memory and a deadline, whatever the upstream sends.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { once } from 'node:events';
import { createServer } from 'node:http';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { constants, createBrotliCompress, createGzip } from 'node:zlib';
import { component, explain, start, call } from './server-harness.mjs';

setFlagsFromString('--expose-gc');
/** A full collection, so that memory figures compare what is live, not what is not yet collected. */
const gc = /** @type {() => void} */ (runInNewContext('gc'));
const MB = 1024 * 1024;

/** An upstream on port 0 whose every answer is `answer(req, res)`; `close()` ends it. */
async function upstreamServer(answer) {
  const server = createServer(answer);
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${server.address().port}/v2/`,
    async close() {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}

/** Writes `total` bytes of `chunk` (with back-pressure) until done or the socket goes; resolves to the bytes written. */
async function pour(res, chunk, total) {
  let written = 0;
  const closed = new Promise((resolve) => res.once('close', resolve));
  while (written < total && !res.destroyed) {
    if (!res.write(chunk)) await Promise.race([new Promise((resolve) => res.once('drain', resolve)), closed]);
    written += chunk.length;
  }
  res.end();
  return written;
}

/** `size` zero bytes, compressed by `compressor` chunk by chunk (never held decoded). */
async function compressedZeros(compressor, size) {
  const chunks = [];
  compressor.on('data', (c) => chunks.push(c));
  const zeros = Buffer.alloc(MB);
  for (let i = 0; i < size / MB; i++) if (!compressor.write(zeros)) await once(compressor, 'drain');
  compressor.end();
  await once(compressor, 'end');
  return Buffer.concat(chunks);
}

/**
 * Runs `exchange()` while sampling the process's memory; resolves to its answer, the peak growth
 * of the resident set and of the buffers (where a body held in memory would be), and what stays
 * after a collection (printed only: sockets being torn down still hold their last chunks).
 */
async function measured(exchange) {
  gc();
  const before = process.memoryUsage();
  const peak = { rss: before.rss, arrayBuffers: before.arrayBuffers };
  const sample = () => {
    const now = process.memoryUsage();
    peak.rss = Math.max(peak.rss, now.rss);
    peak.arrayBuffers = Math.max(peak.arrayBuffers, now.arrayBuffers);
  };
  const sampler = setInterval(sample, 2);
  try {
    const answer = await exchange();
    sample();
    gc();
    const after = process.memoryUsage();
    return {
      answer,
      rssGrowth: peak.rss - before.rss,
      buffersPeak: peak.arrayBuffers - before.arrayBuffers,
      buffersKept: after.arrayBuffers - before.arrayBuffers,
    };
  } finally {
    clearInterval(sampler);
  }
}

/** Prints the figures (they go in the report) and checks them against what the caps allow. */
function assertFlat(label, { rssGrowth, buffersPeak, buffersKept }) {
  const mb = (bytes) => (bytes / MB).toFixed(1);
  console.log(
    `${label}: peak RSS +${mb(rssGrowth)} MB, peak buffers +${mb(buffersPeak)} MB, kept ${mb(buffersKept)} MB`,
  );
  // The body cap is 5 MB: the buffers may hold it and what is in flight, never the whole answer.
  assert.ok(buffersPeak < 12 * MB, `buffers peaked at +${mb(buffersPeak)} MB`);
  // The resident set is noisier (heap growth, other tests running in parallel); buffering the 50 MB answer took 100 MB.
  assert.ok(rssGrowth < 60 * MB, `peak RSS grew by ${mb(rssGrowth)} MB`);
}

function assertProblem(answer, status, code) {
  assert.equal(answer.status, status);
  assert.match(answer.headers.get('content-type'), /^application\/problem\+json/);
  const validate = component('Problem');
  assert.ok(validate(answer.json), explain(validate.errors));
  assert.equal(answer.json.code, code);
}

describe('the Open311 proxy, against a hostile upstream', () => {
  test('a 50 MB answer is cut at the byte cap: 502, the upstream socket destroyed, the memory flat', async () => {
    const sent = [];
    const chunk = Buffer.alloc(64 * 1024, 'x');
    const upstream = await upstreamServer(async (_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' }); // no Content-Length: the cap must count
      sent.push(await pour(res, chunk, 50 * MB));
    });
    const server = await start({ open311Upstream: upstream.url, open311Limits: { maxBytes: 5 * MB } });
    try {
      const { answer, ...memory } = await measured(async () => {
        const proxied = await call(`${server.origin}/open311/requests.json`);
        await until(() => sent.length === 1); // the upstream saw its socket go
        return proxied;
      });
      assertProblem(answer, 502, 'network');
      assert.ok(sent[0] < 50 * MB, `the upstream was cut after ${(sent[0] / MB).toFixed(1)} MB`);
      assertFlat('50 MB upstream', memory);
    } finally {
      await server.stop();
      await upstream.close();
    }
  });

  test('an answer declaring a Content-Length over the cap is refused before its body is read', async () => {
    const upstream = await upstreamServer((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json', 'content-length': 6 * MB });
      res.write('[');
    });
    const server = await start({ open311Upstream: upstream.url, open311Limits: { maxBytes: 5 * MB } });
    try {
      assertProblem(await call(`${server.origin}/open311/services.json`), 502, 'network');
    } finally {
      await server.stop();
      await upstream.close();
    }
  });

  for (const [encoding, compressor] of [
    ['gzip', () => createGzip({ level: 9 })],
    ['br', () => createBrotliCompress({ params: { [constants.BROTLI_PARAM_QUALITY]: 5 } })],
  ]) {
    test(`a ${encoding} bomb (200 MB decoded) is cut at the decoded cap: 502, the memory flat`, async () => {
      const bomb = await compressedZeros(compressor(), 200 * MB);
      const upstream = await upstreamServer((_req, res) => {
        res.writeHead(200, { 'content-type': 'application/json', 'content-encoding': encoding });
        res.end(bomb);
      });
      const server = await start({
        open311Upstream: upstream.url,
        open311Limits: { maxBytes: 5 * MB, maxDecodedBytes: 5 * MB },
      });
      try {
        const { answer, ...memory } = await measured(() => call(`${server.origin}/open311/services.json`));
        assertProblem(answer, 502, 'network');
        assertFlat(`${encoding} bomb of ${(bomb.length / 1024).toFixed(1)} KB`, memory);
      } finally {
        await server.stop();
        await upstream.close();
      }
    });
  }

  test('a compressed answer under the caps is decoded and relayed, its ETag made weak', async () => {
    const json = JSON.stringify([{ service_code: '001', service_name: 'Voirie' }]);
    const body = await new Promise((resolve) => {
      const gzip = createGzip();
      const chunks = [];
      gzip.on('data', (c) => chunks.push(c));
      gzip.on('end', () => resolve(Buffer.concat(chunks)));
      gzip.end(json);
    });
    const upstream = await upstreamServer((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json', 'content-encoding': 'gzip', etag: '"v1"' });
      res.end(body);
    });
    const server = await start({ open311Upstream: upstream.url });
    try {
      const answer = await call(`${server.origin}/open311/services.json`, {
        headers: { 'accept-encoding': 'identity' },
      });
      assert.equal(answer.status, 200);
      assert.equal(answer.body, json);
      assert.equal(answer.headers.get('etag'), 'W/"v1"');
      assert.equal(answer.headers.get('content-encoding'), null);
    } finally {
      await server.stop();
      await upstream.close();
    }
  });

  test('an upstream trickling one byte at a time is cut at the deadline, body included: 504', async () => {
    let closed = false;
    const upstream = await upstreamServer((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.write('[');
      const trickle = setInterval(() => res.write(' '), 20);
      res.on('close', () => {
        clearInterval(trickle);
        closed = true;
      });
    });
    const server = await start({ open311Upstream: upstream.url, open311Limits: { timeoutMs: 300 } });
    try {
      const started = performance.now();
      const answer = await call(`${server.origin}/open311/services.json`);
      const elapsed = performance.now() - started;
      assertProblem(answer, 504, 'timeout');
      assert.ok(elapsed >= 300 && elapsed < 2000, `answered after ${elapsed.toFixed(0)} ms`);
      await until(() => closed);
    } finally {
      await server.stop();
      await upstream.close();
    }
  });

  test('an upstream that redirects is not followed: 502', async () => {
    const upstream = await upstreamServer((_req, res) => {
      res.writeHead(302, { location: 'http://169.254.169.254/' });
      res.end();
    });
    const server = await start({ open311Upstream: upstream.url });
    try {
      assertProblem(await call(`${server.origin}/open311/services.json`), 502, 'network');
    } finally {
      await server.stop();
      await upstream.close();
    }
  });
});

/** Resolves when `check()` is true (polled on each turn of the event loop), or fails after 5 s. */
async function until(check) {
  const end = performance.now() + 5000;
  while (!check()) {
    if (performance.now() > end) throw new Error('condition not met in time');
    await new Promise((resolve) => setImmediate(resolve));
  }
}
