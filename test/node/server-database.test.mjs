// The reference server: the database file.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createApp } from '../../server/app.mjs';
import { DEMO_SESSION_TOKEN } from '../../server/seed.mjs';
import { demoDir, catalog, distDir, newDatabaseFile, start, call, lookup, demo } from './server-harness.mjs';

describe('the database file', () => {
  test('is created and seeded on first start, and kept across a restart', async () => {
    const databaseFile = newDatabaseFile();
    assert.equal(existsSync(databaseFile), false);
    const first = await start({ databaseFile });
    const r = demo('SA-2026-00201');
    try {
      assert.ok(existsSync(databaseFile), 'created on first start');
      assert.equal(readFileSync(databaseFile).subarray(0, 15).toString(), 'SQLite format 3', 'a real SQLite file');
      for (let i = 0; i < 5; i++)
        assert.equal((await lookup(first, { reference: r.reference, proof: 'wrong@example.org' })).status, 403);
    } finally {
      await first.stop();
    }
    const second = await start({ databaseFile });
    try {
      assert.equal(
        (await lookup(second, { reference: r.reference, proof: r.email })).status,
        200,
        'the lookup limits live in memory, out of the write path: a restart forgets them',
      );
      const procedures = await call(`${second.api}procedures`);
      assert.equal(procedures.json.length, catalog.procedures.length, 'not seeded twice');
      const mine = await call(`${second.api}me/requests`, {
        headers: { authorization: `Bearer ${DEMO_SESSION_TOKEN}` },
      });
      assert.equal(mine.json.length, 4);
    } finally {
      await second.stop();
    }
  });

  test('a file that is not a database is refused with a clear message', async () => {
    const databaseFile = newDatabaseFile();
    writeFileSync(
      databaseFile,
      'not a database at all, just text that is long enough to look like a header\n'.repeat(80),
    );
    const app = createApp({ databaseFile, demoDir, distDir, log: () => {} });
    await assert.rejects(app.ready, /is not an SQLite database.*delete it/);
  });
});
