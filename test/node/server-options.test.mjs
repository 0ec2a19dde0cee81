// The reference server: options.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { start, call, lookup, WAITING } from './server-harness.mjs';

describe('options', () => {
  test('proof: "postcode" asks for the applicant\'s postcode instead of the e-mail', async () => {
    const server = await start({ proof: 'postcode' });
    try {
      assert.equal((await call(`${server.api}request-lookup`)).json.proof, 'postcode');
      assert.equal((await lookup(server, { reference: WAITING.reference, proof: ' 44 190 ' })).status, 200);
      assert.equal((await lookup(server, { reference: WAITING.reference, proof: WAITING.email })).status, 403);
    } finally {
      await server.stop();
    }
  });

  test('corsOrigins: the listed origins, and only they, get CORS headers', async () => {
    const site = 'https://www.saint-aurel.example';
    const server = await start({ corsOrigins: [site] });
    try {
      const preflight = await call(`${server.api}requests/lookup`, {
        method: 'OPTIONS',
        headers: { origin: site, 'access-control-request-method': 'POST' },
      });
      assert.equal(preflight.status, 204);
      assert.equal(preflight.headers.get('access-control-allow-origin'), site);
      assert.equal(preflight.headers.get('access-control-allow-methods'), 'POST');
      assert.match(preflight.headers.get('access-control-allow-headers'), /Content-Type, Authorization/);
      const answer = await call(`${server.api}city`, { headers: { origin: site } });
      assert.equal(answer.headers.get('access-control-allow-origin'), site);
      assert.match(answer.headers.get('vary'), /^Origin\b/); // then Accept-Encoding
      assert.match(answer.headers.get('access-control-expose-headers'), /Retry-After/);
      const other = await call(`${server.api}city`, { headers: { origin: 'https://evil.example' } });
      assert.equal(other.headers.get('access-control-allow-origin'), null);
    } finally {
      await server.stop();
    }
  });
});
