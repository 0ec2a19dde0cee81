// The reference server: static files.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { join } from 'node:path';
import { demoDir, catalog, start, call, lookup, rawGet } from './server-harness.mjs';

describe('static files', () => {
  let server;
  before(async () => (server = await start()));
  after(() => server.stop());

  test('the demo site at / and the library at /dist/', async () => {
    const home = await call(`${server.origin}/`);
    assert.equal(home.status, 200);
    assert.match(home.headers.get('content-type'), /^text\/html/);
    assert.equal(home.body, readFileSync(join(demoDir, 'index.html'), 'utf8'));
    const bundle = await call(`${server.origin}/dist/cdn/civic-elements.js`);
    assert.equal(bundle.status, 200);
    assert.match(bundle.headers.get('content-type'), /^text\/javascript/);
    assert.equal(bundle.headers.get('x-content-type-options'), 'nosniff');
    const data = await call(`${server.origin}/data/catalog.json`);
    assert.equal(data.status, 200);
    assert.equal(data.json.version, catalog.version);
    const folder = await rawGet(server.origin, '/data');
    assert.equal(folder.status, 301);
    assert.equal(folder.headers.location, '/data/');
  });

  test("the Open311 proxy never serves the upstream's HTML as HTML on the city's origin", async () => {
    const upstream = createServer((req, res) => {
      res.writeHead(404, { 'content-type': 'text/html; charset=utf-8' });
      res.end(`<html><body>Not found: ${decodeURIComponent(req.url ?? '')}</body></html>`);
    });
    await new Promise((resolve) => upstream.listen(0, '127.0.0.1', resolve));
    const proxied = await start({ open311Upstream: `http://127.0.0.1:${upstream.address().port}/v2/` });
    try {
      const answer = await call(`${proxied.origin}/open311/x%3Cscript%3Ealert(1)%3C%2Fscript%3E.json`);
      assert.equal(answer.headers.get('content-type'), 'application/octet-stream');
      assert.match(answer.headers.get('content-security-policy') ?? '', /sandbox/);
      assert.equal(answer.headers.get('x-content-type-options'), 'nosniff');
    } finally {
      await proxied.stop();
      await new Promise((resolve) => upstream.close(resolve));
    }
  });

  test('limits failed lookups per client, unknown references included', async () => {
    const limited = await start();
    try {
      for (let i = 0; i < 30; i++) {
        const answer = await lookup(limited, {
          reference: `SA-2026-9${String(i).padStart(4, '0')}`,
          proof: 'x@example.org',
        });
        assert.equal(answer.status, 404, `lookup ${i + 1}`);
      }
      const refused = await lookup(limited, { reference: 'SA-2026-00412', proof: 'camille.martin@example.org' });
      assert.equal(refused.status, 429);
      assert.equal(refused.json.code, 'too-many-attempts');
      assert.ok(Number(refused.headers.get('retry-after')) > 0);
    } finally {
      await limited.stop();
    }
  });

  test('no path traversal, in any spelling', async () => {
    const paths = [
      '/../package.json',
      '/%2e%2e/package.json',
      '/%2E%2E%2Fpackage.json',
      '/..%2fpackage.json',
      '/..%5cpackage.json',
      '/dist/../../package.json',
      '/dist/%2e%2e/%2e%2e/secret.txt',
      '/dist/..%2f..%2fsecret.txt',
      '/dist/..%2Fsecret.txt',
      '/%00/package.json',
      '/%E0%A4%A',
      '//etc/passwd',
      '/dist/%2F..%2F..%2Fsecret.txt',
    ];
    for (const path of paths) {
      const answer = await rawGet(server.origin, path);
      assert.equal(answer.status, 404, path);
      assert.ok(
        !answer.body.includes('"name": "civic-elements"') && !answer.body.includes('outside the served folders'),
        path,
      );
    }
  });

  test('no open redirect to another site through a directory redirect', async () => {
    for (const path of ['/.//evil.example/..%2Fdata', '//evil.example/..%2Fdata', '/.//evil.example/']) {
      const answer = await rawGet(server.origin, path);
      assert.ok(!String(answer.headers.location ?? '').startsWith('//'), `${path} -> ${answer.headers.location}`);
    }
  });

  test('only GET and HEAD', async () => {
    const answer = await call(`${server.origin}/index.html`, { method: 'POST', body: 'x' });
    assert.equal(answer.status, 405);
    assert.equal(answer.headers.get('allow'), 'GET, HEAD');
  });
});
