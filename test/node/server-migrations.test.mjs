// The reference server: schema migrations (server/migrations/), applied at start.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import Database from 'better-sqlite3';
import { openDatabase, SCHEMA_VERSION } from '../../server/database.mjs';
import { LATEST_VERSION, migrate, migrations } from '../../server/migrations/migrate.mjs';
import { RECEIPT_CODE_ALPHABET } from '../../server/receipt-code.mjs';
import { catalog, newDatabaseFile, start, lookup } from './server-harness.mjs';

/** A database left at migration `version` by an older server, holding a citizen's request. */
async function databaseAt(version) {
  const file = newDatabaseFile();
  const db = new Database(file);
  await migrate(db, { file, target: version });
  db.prepare('INSERT INTO settings (key, value) VALUES (\'city\', \'{"name":"Old Town"}\')').run();
  db.prepare("INSERT INTO citizens (id, name, email) VALUES (7, 'Ana Old', 'ana@example.org')").run();
  db.prepare(
    `INSERT INTO requests (reference, procedure_id, state, created_at, updated_at, updated_ms, applicant_email,
       applicant_postcode, citizen_id)
     VALUES ('SA-2025-00001', 'acte-naissance', 'received', '2025-05-02T10:00:00+02:00',
       '2025-05-02T10:00:00+02:00', 1746172800000, 'ana@example.org', '44190', 7)`,
  ).run();
  db.prepare(
    `INSERT INTO request_events (reference, position, date, state, note)
     VALUES ('SA-2025-00001', 0, '2025-05-02T10:00:00+02:00', 'received', 'Demande reçue au guichet.')`,
  ).run();
  db.prepare("INSERT INTO lookup_attempts (reference, attempted_at) VALUES ('SA-2025-00001', 1)").run();
  db.close();
  return file;
}

describe('schema migrations', () => {
  test('are numbered from 1 without a gap, and the server reads the last one', () => {
    assert.deepEqual(
      migrations().map((m) => m.version),
      Array.from({ length: LATEST_VERSION }, (_, i) => i + 1),
    );
    assert.equal(SCHEMA_VERSION, LATEST_VERSION);
    assert.ok(LATEST_VERSION >= 3);
  });

  test('a database at migration 1 is brought to the latest at start and keeps its rows', async () => {
    const file = await databaseAt(1);
    const database = await openDatabase(file, { catalog });
    try {
      assert.equal(database.get('PRAGMA user_version').user_version, LATEST_VERSION);
      const row = database.request('sa-2025-00001');
      assert.equal(row.applicant_email, 'ana@example.org');
      assert.equal(row.citizen_id, 7);
      assert.equal(row.applicant_postcode, undefined, 'the postcode proof is gone');
      assert.equal(row.receipt_code.length, 12, 'a receipt code was given');
      assert.ok(
        [...row.receipt_code].every((c) => RECEIPT_CODE_ALPHABET.includes(c)),
        row.receipt_code,
      );
      assert.equal(database.serviceRequest(row).history[0].note, 'Demande reçue au guichet.');
      assert.deepEqual(database.setting('city'), { name: 'Old Town' }, 'the catalog is not written again');
      assert.equal(database.get("SELECT name FROM sqlite_schema WHERE name = 'lookup_attempts'"), undefined);
    } finally {
      database.close();
    }
    // Started again, it is at the latest version already: nothing to do, nothing lost.
    const server = await start({ databaseFile: file, demo: false });
    try {
      assert.equal((await lookup(server, { reference: 'SA-2025-00001', proof: 'ana@example.org' })).status, 200);
    } finally {
      await server.stop();
    }
  });

  test('each migration is a transaction: one that fails leaves the database at the version before', async () => {
    const file = await databaseAt(1);
    const db = new Database(file);
    // Migration 2 renames a column, then gives each request a code: a trigger refusing the update
    // makes it fail after the rename.
    db.prepare('CREATE TRIGGER refuse BEFORE UPDATE ON requests BEGIN SELECT RAISE(ABORT, "refused"); END').run();
    await assert.rejects(migrate(db, { file }), /refused/);
    assert.equal(db.pragma('user_version', { simple: true }), 1);
    assert.ok(
      db.prepare("SELECT 1 FROM pragma_table_info('requests') WHERE name = 'applicant_postcode'").get(),
      'the rename was rolled back',
    );
    db.close();
  });

  test('a database made by a newer server is refused, not changed', async () => {
    const file = newDatabaseFile();
    const db = new Database(file);
    db.pragma(`user_version = ${LATEST_VERSION + 1}`);
    db.close();
    await assert.rejects(openDatabase(file, { catalog }), /made by a newer server/);
  });
});
