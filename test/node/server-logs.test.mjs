// The reference server's request log: a citizen's reference, proof or session, and the city's
// Open311 key, never reach it, nor any query string.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { DEMO_REQUESTS, DEMO_SESSION_TOKEN, EXPIRED_SESSION_TOKEN } from '../../server/seed.mjs';
import { call, logLines, lookup, start } from './server-harness.mjs';

test('no log line holds a reference, a proof, a token or the Open311 key', async () => {
  const upstream = createServer((req, res) => {
    req.resume();
    req.on('end', () => res.writeHead(200, { 'content-type': 'application/json' }).end('[]'));
  });
  await new Promise((resolve) => upstream.listen(0, '127.0.0.1', resolve));
  const server = await start({
    open311Upstream: `http://127.0.0.1:${upstream.address().port}/v2`,
    open311ApiKey: 'city-secret-key',
  });
  const [first, second] = DEMO_REQUESTS;
  try {
    // What a day of the server sees: lookups right and wrong, sessions valid and expired, a
    // reference in an unknown API path and in a query, and a report through the proxy.
    assert.equal((await lookup(server, { reference: first.reference, proof: first.email })).status, 200);
    assert.equal((await lookup(server, { reference: second.reference, proof: 'guess-1@example.org' })).status, 403);
    for (const token of [DEMO_SESSION_TOKEN, EXPIRED_SESSION_TOKEN])
      await call(`${server.api}me/requests`, { headers: { authorization: `Bearer ${token}` } });
    assert.equal((await call(`${server.api}${first.reference}?proof=${first.email}`)).status, 404);
    await call(`${server.origin}/index.html?ref=${first.reference}`);
    await call(`${server.origin}/open311/requests.json`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: `service_code=001&email=${encodeURIComponent(first.email)}`,
    });
  } finally {
    await server.stop();
    await new Promise((resolve) => upstream.close(resolve));
  }
  assert.ok(logLines.length >= 7, `requests were logged: ${logLines.join(' | ')}`);
  const secrets = [
    ...DEMO_REQUESTS.flatMap((r) => [r.reference, r.reference.toLowerCase(), r.email, r.email.toUpperCase()]),
    DEMO_SESSION_TOKEN,
    EXPIRED_SESSION_TOKEN,
    'city-secret-key',
    'guess-1@example.org',
  ];
  for (const line of logLines) {
    for (const secret of secrets) assert.ok(!line.includes(secret), `log line "${line}" contains a secret`);
    assert.ok(!line.includes('?'), `log line "${line}" has a query`);
  }
  assert.ok(logLines.includes('200 POST /api/civic/requests/lookup'));
  assert.ok(logLines.includes('403 POST /api/civic/requests/lookup'));
  assert.ok(logLines.includes('404 GET /api/civic/…'), 'unknown API paths are not logged as written');
  assert.ok(logLines.includes('200 POST /open311/requests.json'), logLines.join(' | '));
});
