// The reference server: server/server.mjs.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:http';
import { join } from 'node:path';
import { call, serverLayout } from './server-harness.mjs';

describe('server/server.mjs', () => {
  const layout = serverLayout;

  async function freePort() {
    const probe = createServer();
    await new Promise((resolve) => probe.listen(0, '127.0.0.1', resolve));
    const { port } = probe.address();
    await new Promise((resolve) => probe.close(resolve));
    return port;
  }

  test('exits with a clear message when the CDN bundle is missing', () => {
    const root = layout(false);
    const result = spawnSync(process.execPath, [join(root, 'server', 'server.mjs')], {
      encoding: 'utf8',
      env: { ...process.env, CIVIC_DATABASE: join(root, 'db.sqlite') },
      timeout: 20_000,
    });
    assert.equal(result.status, 1);
    assert.match(
      result.stderr,
      /The CDN bundle is missing: .*civic-elements\.js\nBuild it first with: npm run build:cdn/,
    );
  });

  test('starts, prints the demo and API addresses, serves, and stops on SIGTERM', async () => {
    const root = layout(true);
    const port = await freePort();
    const child = spawn(process.execPath, [join(root, 'server', 'server.mjs')], {
      env: { ...process.env, PORT: String(port), QUIET: '1', CIVIC_DATABASE: join(root, 'db.sqlite') },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    const exited = new Promise((resolve) => child.once('exit', (code) => resolve(code)));
    try {
      for (let i = 0; i < 100 && !output.includes('REST API:'); i++)
        await new Promise((resolve) => setTimeout(resolve, 50));
      assert.match(
        output,
        new RegExp(`^Demo: http://localhost:${port}/\nREST API: http://localhost:${port}/api/civic/\n`),
      );
      const city = await call(`http://127.0.0.1:${port}/api/civic/city`);
      assert.equal(city.status, 200);
      assert.ok(existsSync(join(root, 'db.sqlite')));
    } finally {
      child.kill('SIGTERM');
    }
    assert.equal(await exited, 0);
  });
});

// ---------- the Open311 proxy
