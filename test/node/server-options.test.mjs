// The reference server: options.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { start, call } from './server-harness.mjs';

describe('options', () => {
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
