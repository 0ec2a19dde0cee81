// The reference server: the database file (SQLite in WAL mode, checked at every start).
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { closeSync, fstatSync, openSync, readFileSync, readSync, writeSync, writeFileSync } from 'node:fs';
import Database from 'better-sqlite3';
import { createApp } from '../../server/app.mjs';
import { openDatabase } from '../../server/database.mjs';
import { DEMO_SESSION_TOKEN } from '../../server/seed.mjs';
import { demoDir, catalog, distDir, newDatabaseFile, start, call, lookup, demo } from './server-harness.mjs';

/** Opens a file with the server's database module, as the app does. */
const open = (databaseFile, demoMode = true) => openDatabase(databaseFile, { catalog, demo: demoMode });

describe('the database file', () => {
  test('is created and seeded on first start, in WAL mode, and kept across a restart', async () => {
    const databaseFile = newDatabaseFile();
    const first = await open(databaseFile);
    first.change('UPDATE requests SET handled_by = ? WHERE reference = ?', ['Service Test', 'SA-2026-00201']);
    first.close();
    assert.equal(readFileSync(databaseFile).subarray(0, 15).toString(), 'SQLite format 3', 'a real SQLite file');
    const raw = new Database(databaseFile, { readonly: true });
    assert.equal(raw.pragma('journal_mode', { simple: true }), 'wal', 'WAL mode is recorded in the file');
    raw.close();

    const second = await start({ databaseFile });
    try {
      const r = demo('SA-2026-00201');
      const found = await lookup(second, { reference: r.reference, proof: r.email });
      assert.equal(found.json.handledBy, 'Service Test', 'the change was kept');
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

  test('a transaction is all or nothing', async () => {
    const database = await open(newDatabaseFile());
    try {
      const before = database.get('SELECT count(*) AS n FROM requests');
      assert.throws(() =>
        database.transaction(() => {
          database.change('DELETE FROM request_events');
          database.change('DELETE FROM requests');
          throw new Error('a failure halfway');
        }),
      );
      assert.deepEqual(database.get('SELECT count(*) AS n FROM requests'), before);
    } finally {
      database.close();
    }
  });

  test('wrong proofs are counted in memory, never written to the file', async () => {
    const databaseFile = newDatabaseFile();
    const first = await start({ databaseFile });
    const r = demo('SA-2026-00201');
    try {
      for (let i = 0; i < 5; i++)
        assert.equal((await lookup(first, { reference: r.reference, proof: 'wrong@example.org' })).status, 403);
    } finally {
      await first.stop();
    }
    const database = await open(databaseFile);
    try {
      assert.equal(
        database.get("SELECT name FROM sqlite_schema WHERE name = 'lookup_attempts'"),
        undefined,
        'no table of attempts',
      );
    } finally {
      database.close();
    }
  });

  test('a file that is not a database is refused, saying to restore a backup, never to delete it', async () => {
    const databaseFile = newDatabaseFile();
    const text = 'not a database at all, just text that is long enough to look like a header\n'.repeat(80);
    writeFileSync(databaseFile, text);
    const app = createApp({ databaseFile, demoDir, distDir, log: () => {} });
    await assert.rejects(app.ready, (error) => {
      assert.match(error.message, /is not an SQLite database.*restore the latest backup/s);
      assert.doesNotMatch(error.message, /delete|remove/i);
      return true;
    });
    assert.equal(readFileSync(databaseFile, 'utf8'), text, 'the file is left as it was');
  });

  test('a file with a valid header but a garbage page is refused by the check at start', async () => {
    const databaseFile = newDatabaseFile();
    (await open(databaseFile)).close();
    // Overwrite the last page (the pages after the first hold tables and indexes) with garbage.
    const fd = openSync(databaseFile, 'r+');
    const header = Buffer.alloc(100);
    readSync(fd, header, 0, 100, 0);
    const pageSize = header.readUInt16BE(16);
    const pages = fstatSync(fd).size / pageSize;
    assert.ok(pages > 3, `${pages} pages`);
    writeSync(fd, Buffer.alloc(pageSize, 0x5a), 0, pageSize, (pages - 1) * pageSize);
    closeSync(fd);
    assert.equal(readFileSync(databaseFile).subarray(0, 15).toString(), 'SQLite format 3', 'the header is intact');
    const damaged = readFileSync(databaseFile);

    const app = createApp({ databaseFile, demoDir, distDir, log: () => {} });
    await assert.rejects(app.ready, (error) => {
      assert.match(error.message, /is damaged.*restore the latest backup.*README/s);
      assert.doesNotMatch(error.message, /delete|remove/i);
      return true;
    });
    assert.deepEqual(readFileSync(databaseFile), damaged, 'the file is left as it was');
  });
});
