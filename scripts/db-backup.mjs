/**
 * Backs up the reference server's database while the server runs (`npm run db:backup`): SQLite's
 * online backup copies a consistent snapshot, page by page, without stopping the server's writes;
 * then the copy is checked (`PRAGMA integrity_check`) before it is called a backup.
 *
 *   npm run db:backup                                   server/data/civic.sqlite → server/data/backups/
 *   npm run db:backup -- --database /var/lib/civic/civic.sqlite --to /mnt/backups/civic
 *
 * Options (or environment): --database FILE (CIVIC_DATABASE; default server/data/civic.sqlite),
 * --to FOLDER (CIVIC_BACKUP_DIR; default server/data/backups). The copy is named
 * civic-YYYY-MM-DDTHH-MM-SSZ.sqlite (UTC), so that the folder lists backups in order. Restoring is
 * described in the README ("Backup and restore").
 */
import { existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import Database from 'better-sqlite3';

const DEFAULT_DATABASE = fileURLToPath(new URL('../server/data/civic.sqlite', import.meta.url));
const DEFAULT_FOLDER = fileURLToPath(new URL('../server/data/backups/', import.meta.url));

/**
 * The backup's file name for a moment: civic-2026-03-02T08-14-05Z.sqlite.
 * @param {Date} at
 */
export const backupName = (at) => `civic-${at.toISOString().slice(0, 19).replaceAll(':', '-')}Z.sqlite`;

/**
 * Copies `database` into a new file of `folder`; resolves with its path once it is complete and
 * checked. The copy is written under a temporary name first: a file named like a backup is one.
 * @param {{ database: string, folder: string, now?: Date }} options
 * @returns {Promise<string>}
 */
export async function backupDatabase({ database, folder, now = new Date() }) {
  if (!existsSync(database)) throw new Error(`No database at ${database}`);
  mkdirSync(folder, { recursive: true });
  const destination = join(folder, backupName(now));
  if (existsSync(destination)) throw new Error(`${destination} exists already`);
  const partial = `${destination}.partial`;
  // Not read-only: a reader of a WAL database may need to create its shared-memory file.
  const source = new Database(database, { fileMustExist: true });
  try {
    // Waits for the server's write lock rather than failing on it.
    source.pragma('busy_timeout = 5000');
    await source.backup(partial);
  } catch (error) {
    rmSync(partial, { force: true });
    throw error;
  } finally {
    source.close();
  }
  const copy = new Database(partial, { fileMustExist: true });
  try {
    const problems = /** @type {Record<string, string>[]} */ (copy.pragma('integrity_check')).map((row) =>
      Object.values(row).join(),
    );
    if (problems.join() !== 'ok') throw new Error(`The backup failed its check: ${problems.slice(0, 3).join('; ')}`);
  } finally {
    copy.close();
  }
  renameSync(partial, destination);
  return destination;
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const { values } = parseArgs({ options: { database: { type: 'string' }, to: { type: 'string' } } });
  const database = values.database ?? (process.env.CIVIC_DATABASE || DEFAULT_DATABASE);
  const folder = values.to ?? (process.env.CIVIC_BACKUP_DIR || DEFAULT_FOLDER);
  try {
    console.log(`Backed up ${database} to ${await backupDatabase({ database, folder })}`);
  } catch (error) {
    console.error(`The backup failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  }
}
