// The reference server: `npm run db:backup` (scripts/db-backup.mjs) and the README's restore procedure.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, renameSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { openDatabase } from '../../server/database.mjs';
import { backupDatabase, backupName } from '../../scripts/db-backup.mjs';
import { catalog, demo, lookup, newDatabaseFile, start, temporary } from './server-harness.mjs';

const SCRIPT = fileURLToPath(new URL('../../scripts/db-backup.mjs', import.meta.url));
const run = promisify(execFile);

describe('backup and restore', () => {
  test('a backup taken while the server has the file open holds every committed change', async () => {
    const databaseFile = newDatabaseFile();
    const folder = mkdtempSync(join(temporary, 'backups-'));
    const database = await openDatabase(databaseFile, { catalog, demo: true });
    let backup;
    try {
      // Committed into the WAL file, not yet into the database file itself.
      database.change('UPDATE requests SET handled_by = ? WHERE reference = ?', ['Mairie annexe', 'SA-2026-00201']);
      backup = await backupDatabase({ database: databaseFile, folder, now: new Date('2026-03-02T08:14:05.123Z') });
      database.change('UPDATE requests SET handled_by = ? WHERE reference = ?', ['After the backup', 'SA-2026-00201']);
    } finally {
      database.close();
    }
    assert.equal(basename(backup), 'civic-2026-03-02T08-14-05Z.sqlite');
    assert.deepEqual(readdirSync(folder), [basename(backup)], 'no partial file left');
    const copy = await openDatabase(backup, { catalog });
    try {
      assert.equal(copy.request('SA-2026-00201').handled_by, 'Mairie annexe');
    } finally {
      copy.close();
    }
  });

  test('the restore procedure of the README brings the server back with the backup', async () => {
    const databaseFile = newDatabaseFile();
    const folder = mkdtempSync(join(temporary, 'backups-'));
    (await openDatabase(databaseFile, { catalog, demo: true })).close();
    const backup = await backupDatabase({ database: databaseFile, folder });
    // 1. The server is stopped. 2. The damaged file and its -wal and -shm files are moved aside, kept.
    const aside = mkdtempSync(join(temporary, 'damaged-'));
    for (const suffix of ['', '-wal', '-shm'])
      if (existsSync(databaseFile + suffix))
        renameSync(databaseFile + suffix, join(aside, basename(databaseFile) + suffix));
    // 3. The backup is copied to the database's path. 4. The server is started.
    copyFileSync(backup, databaseFile);
    const server = await start({ databaseFile });
    try {
      const r = demo('SA-2026-00387');
      assert.equal((await lookup(server, { reference: r.reference, proof: r.email })).status, 200);
    } finally {
      await server.stop();
    }
  });

  test('npm run db:backup: --database and --to, a dated file; a missing database fails', async () => {
    const databaseFile = newDatabaseFile();
    (await openDatabase(databaseFile, { catalog })).close();
    const folder = join(mkdtempSync(join(temporary, 'backups-')), 'nested');
    const { stdout } = await run(process.execPath, [SCRIPT, '--database', databaseFile, '--to', folder]);
    const [name] = readdirSync(folder);
    assert.match(name, /^civic-\d{4}-\d\d-\d\dT\d\d-\d\d-\d\dZ\.sqlite$/);
    assert.match(stdout, new RegExp(`Backed up .* to .*${name}`));

    mkdirSync(join(temporary, 'empty'), { recursive: true });
    await assert.rejects(
      run(process.execPath, [SCRIPT, '--database', join(temporary, 'empty', 'none.sqlite'), '--to', folder]),
      (error) => {
        assert.equal(error.code, 1);
        assert.match(error.stderr, /The backup failed: No database at/);
        return true;
      },
    );
    assert.equal(backupName(new Date('2026-12-31T23:59:59Z')), 'civic-2026-12-31T23-59-59Z.sqlite');
  });
});
