// The reference server: the Open311 proxy.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { component, explain, logLines, start, call, rawGet } from './server-harness.mjs';

describe('the Open311 proxy', () => {
  test("answers 502 in the contract's error format when the upstream is unreachable", async () => {
    // A port that was free a moment ago: nothing listens there.
    const probe = createServer();
    await new Promise((resolve) => probe.listen(0, '127.0.0.1', resolve));
    const port = probe.address().port;
    await new Promise((resolve) => probe.close(resolve));
    const server = await start({ open311Upstream: `http://127.0.0.1:${port}/open311/v2/` });
    try {
      for (const [path, init] of [
        ['services.json', {}],
        [
          'requests.json',
          {
            method: 'POST',
            headers: { 'content-type': 'application/x-www-form-urlencoded' },
            body: 'service_code=001',
          },
        ],
      ]) {
        const answer = await call(`${server.origin}/open311/${path}`, init);
        assert.equal(answer.status, 502, path);
        assert.match(answer.headers.get('content-type'), /^application\/problem\+json/);
        const validate = component('Problem');
        assert.ok(validate(answer.json), explain(validate.errors));
        assert.equal(answer.json.code, 'network');
        assert.equal(answer.json.status, 502);
      }
    } finally {
      await server.stop();
    }
  });

  test('forwards GET and POST, adds api_key on POST only, never forwards cookies, stays under the base path', async () => {
    const seen = [];
    const upstream = createServer((req, res) => {
      const chunks = [];
      req.on('data', (c) => chunks.push(c));
      req.on('end', () => {
        seen.push({ method: req.method, url: req.url, headers: req.headers, body: Buffer.concat(chunks).toString() });
        res.writeHead(200, {
          'content-type': 'application/json; charset=utf-8',
          'set-cookie': 'upstream=1',
          'x-powered-by': 'open311',
        });
        res.end('[{"service_code":"001"}]');
      });
    });
    await new Promise((resolve) => upstream.listen(0, '127.0.0.1', resolve));
    const server = await start({
      open311Upstream: `http://127.0.0.1:${upstream.address().port}/v2`,
      open311ApiKey: 'city-secret-key',
    });
    try {
      const get = await call(
        `${server.origin}/open311/services.json?jurisdiction_id=saint-aurel&api_key=from-browser`,
        { headers: { cookie: 'session=abc', authorization: 'Bearer x' } },
      );
      assert.equal(get.status, 200);
      assert.deepEqual(get.json, [{ service_code: '001' }]);
      assert.equal(get.headers.get('set-cookie'), null, 'no cookie comes back');
      assert.equal(get.headers.get('x-powered-by'), null);
      assert.equal(
        seen[0].url,
        '/v2/services.json?jurisdiction_id=saint-aurel',
        "under the base path, the browser's api_key dropped",
      );
      assert.equal(seen[0].headers.cookie, undefined, 'no cookie goes upstream');
      assert.equal(seen[0].headers.authorization, undefined);

      const post = await call(`${server.origin}/open311/requests.json`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: 'session=abc' },
        body: 'service_code=001&api_key=from-browser&description=Nid-de-poule',
      });
      assert.equal(post.status, 200);
      assert.equal(post.headers.get('cache-control'), 'no-store');
      const form = new URLSearchParams(seen[1].body);
      assert.equal(form.get('api_key'), 'city-secret-key');
      assert.equal(form.getAll('api_key').length, 1);
      assert.equal(form.get('description'), 'Nid-de-poule');
      assert.equal(seen[1].headers.cookie, undefined);
      assert.ok(!seen[0].url.includes('city-secret-key'), 'no key on GET');

      for (const path of [
        '/open311/../secret',
        '/open311/%2e%2e/secret',
        '/open311/..%2F..%2Fsecret',
        '/open311/a%5C..%5Csecret',
        '/open311/%2E%2E%2F%2E%2E%2Fsecret',
      ]) {
        const answer = await rawGet(server.origin, path);
        assert.ok(answer.status === 400 || answer.status === 404, `${path} → ${answer.status}`);
      }
      assert.equal(seen.length, 2, 'nothing outside the base path reached the upstream');
      await rawGet(server.origin, '/open311//evil.example/x');
      assert.equal(seen[2].url, '/v2/evil.example/x', 'a "//host" path stays on the upstream, under its base path');
      assert.ok(logLines.some((l) => l.startsWith('200 GET /open311/services.json')));
    } finally {
      await server.stop();
      upstream.closeAllConnections();
      await new Promise((resolve) => upstream.close(resolve));
    }
  });

  test('without OPEN311_UPSTREAM, /open311/ answers 404 in the error format', async () => {
    const server = await start();
    try {
      const answer = await call(`${server.origin}/open311/services.json`);
      assert.equal(answer.status, 404);
      assert.equal(answer.json.code, 'not-found');
    } finally {
      await server.stop();
    }
  });
});

// ---------- static files
