// The reference server: compression of JSON answers and static text files, and cheap 304s.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { negotiateEncoding } from '../../server/compression.mjs';
import { demoDir, distDir, start } from './server-harness.mjs';

/** A GET with the body as sent on the wire (fetch would decode it). */
function rawRequest(url, headers = {}, method = 'GET') {
  return new Promise((resolve, reject) => {
    const req = request(url, { method, headers }, (res) => {
      const chunks = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on('error', reject);
    req.end();
  });
}

const decode = (answer) =>
  answer.headers['content-encoding'] === 'br'
    ? brotliDecompressSync(answer.body)
    : answer.headers['content-encoding'] === 'gzip'
      ? gunzipSync(answer.body)
      : answer.body;

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

describe('Accept-Encoding negotiation', () => {
  test('q-values decide, Brotli wins a tie, q=0 refuses, no header means identity', () => {
    assert.equal(negotiateEncoding('gzip, deflate, br'), 'br');
    assert.equal(negotiateEncoding('gzip;q=1, br;q=0.5'), 'gzip');
    assert.equal(negotiateEncoding('br;q=0, gzip;q=0.1'), 'gzip');
    assert.equal(negotiateEncoding('br;q=0'), undefined);
    assert.equal(negotiateEncoding('*'), 'br');
    assert.equal(negotiateEncoding('*;q=0.5, br;q=0'), 'gzip');
    assert.equal(negotiateEncoding('GZIP'), 'gzip');
    assert.equal(negotiateEncoding('x-gzip'), 'gzip');
    assert.equal(negotiateEncoding('identity'), undefined);
    assert.equal(negotiateEncoding('gzip;q=2'), undefined, 'an invalid q-value counts as 0');
    assert.equal(negotiateEncoding(''), undefined);
    assert.equal(negotiateEncoding(undefined), undefined);
  });
});

describe('compression', () => {
  let server;
  before(async () => (server = await start()));
  after(() => server.stop());

  test('the procedure list: Brotli or gzip as asked, the same JSON decoded, a 304 without a body', async () => {
    const url = `${server.api}procedures`;
    const identity = await rawRequest(url);
    const br = await rawRequest(url, { 'accept-encoding': 'gzip, deflate, br' });
    const gzip = await rawRequest(url, { 'accept-encoding': 'gzip' });
    console.log(
      `/api/civic/procedures: ${kb(identity.body.length)} identity, ${kb(gzip.body.length)} gzip, ${kb(br.body.length)} br`,
    );
    assert.equal(identity.headers['content-encoding'], undefined);
    assert.equal(br.headers['content-encoding'], 'br');
    assert.equal(gzip.headers['content-encoding'], 'gzip');
    for (const answer of [identity, br, gzip]) {
      assert.match(answer.headers.vary, /Accept-Encoding/);
      assert.equal(Number(answer.headers['content-length']), answer.body.length);
      assert.deepEqual(JSON.parse(decode(answer)), JSON.parse(identity.body));
    }
    assert.ok(br.body.length < identity.body.length / 5, 'at least 5 times smaller');
    assert.ok(gzip.body.length < identity.body.length / 4);
    // Each variant has its own strong ETag, and any of them revalidates.
    assert.equal(new Set([identity, br, gzip].map((a) => a.headers.etag)).size, 3);
    for (const tag of [identity.headers.etag, br.headers.etag, `W/${gzip.headers.etag}`]) {
      const again = await rawRequest(url, { 'accept-encoding': 'br', 'if-none-match': tag });
      assert.equal(again.status, 304, tag);
      assert.equal(again.body.length, 0);
      assert.equal(again.headers['content-encoding'], undefined);
      assert.equal(again.headers.etag, br.headers.etag);
      assert.match(again.headers.vary, /Accept-Encoding/);
    }
    const head = await rawRequest(url, { 'accept-encoding': 'br' }, 'HEAD');
    assert.equal(head.headers['content-length'], br.headers['content-length']);
  });

  test('static text files are compressed and revalidated by ETag; small files and images are not', async () => {
    const page = await rawRequest(`${server.origin}/`, { 'accept-encoding': 'br, gzip' });
    assert.equal(page.headers['content-encoding'], 'br');
    assert.equal(decode(page).toString('utf8'), readFileSync(join(demoDir, 'index.html'), 'utf8'));
    for (const path of ['/assets/demo-pages.js', '/assets/cms-theme.css', '/data/catalog.json']) {
      const identity = await rawRequest(`${server.origin}${path}`);
      const gzip = await rawRequest(`${server.origin}${path}`, { 'accept-encoding': 'gzip' });
      assert.equal(gzip.headers['content-encoding'], 'gzip', path);
      assert.match(gzip.headers.vary, /Accept-Encoding/);
      assert.deepEqual(decode(gzip), identity.body, path);
      console.log(`${path}: ${kb(identity.body.length)} identity, ${kb(gzip.body.length)} gzip`);
      const again = await rawRequest(`${server.origin}${path}`, {
        'accept-encoding': 'gzip',
        'if-none-match': gzip.headers.etag,
      });
      assert.equal(again.status, 304, path);
      assert.equal(again.body.length, 0);
    }
    const tiny = await rawRequest(`${server.origin}/dist/cdn/civic-elements.js`, { 'accept-encoding': 'br' });
    assert.equal(tiny.headers['content-encoding'], undefined, 'a few bytes are sent as they are');
    writeFileSync(join(distDir, 'photo.png'), Buffer.alloc(4096, 1));
    const image = await rawRequest(`${server.origin}/dist/photo.png`, { 'accept-encoding': 'br' });
    assert.equal(image.headers['content-encoding'], undefined, 'images are compressed already');
    assert.equal(image.headers.vary, undefined);
  });

  const builtBundle = fileURLToPath(new URL('../../dist/cdn/civic-elements.js', import.meta.url));
  test(
    'the built CDN bundle',
    { skip: !existsSync(builtBundle) && 'build it first (npm run build:cdn) to measure it' },
    async () => {
      const built = await start({ distDir: join(builtBundle, '..', '..') });
      try {
        const url = `${built.origin}/dist/cdn/civic-elements.js`;
        const identity = await rawRequest(url);
        const gzip = await rawRequest(url, { 'accept-encoding': 'gzip' });
        const br = await rawRequest(url, { 'accept-encoding': 'br' });
        console.log(
          `CDN bundle: ${kb(identity.body.length)} identity, ${kb(gzip.body.length)} gzip, ${kb(br.body.length)} br`,
        );
        assert.deepEqual(decode(br), identity.body);
        assert.ok(br.body.length < identity.body.length / 3);
      } finally {
        await built.stop();
      }
    },
  );
});
