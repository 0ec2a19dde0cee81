/**
 * Schema migrations: the files of this folder named `NNN-what-it-does.sql` or `.mjs` (exporting
 * `up(db)`), applied in their number's order. The database's `PRAGMA user_version` is the number
 * of the last one applied; each migration runs in its own transaction with the version it sets,
 * so a crash leaves the database at the previous version, never between two.
 */
import { readdirSync, readFileSync } from 'node:fs';

const FOLDER = new URL('./', import.meta.url);
const NAME = /^(\d{3})-[\w-]+\.(sql|mjs)$/;

/**
 * The migrations of this folder, in order.
 * @returns {{ version: number, name: string }[]}
 */
export function migrations() {
  const found = readdirSync(FOLDER)
    .map((name) => ({ name, match: NAME.exec(name) }))
    .filter(({ match }) => match)
    .map(({ name, match }) => ({ version: Number(match?.[1]), name }))
    .sort((a, b) => a.version - b.version);
  found.forEach((m, i) => {
    if (m.version !== i + 1) throw new Error(`server/migrations: ${m.name} should be number ${i + 1}`);
  });
  return found;
}

/** @typedef {(db: import('better-sqlite3').Database) => void} Up */

/** A migration module; `import()` alone is typed `any`. */
const importStep = /** @type {(href: string) => Promise<{ up: Up }>} */ ((href) => import(href));

/**
 * A migration's step: a .sql file's statements, or a module's `up`.
 * @param {string} name
 * @returns {Promise<Up>}
 */
async function load(name) {
  const url = new URL(name, FOLDER);
  if (!name.endsWith('.sql')) {
    /** @type {{ up: Up }} */
    const step = await importStep(url.href);
    return step.up;
  }
  const sql = readFileSync(url, 'utf8');
  return (db) => void db.exec(sql);
}

export const LATEST_VERSION = migrations().length;

/**
 * Brings the database up to `target` (default: the latest), one migration at a time.
 * @param {import('better-sqlite3').Database} db
 * @param {{ file: string, target?: number }} options `file` names the database in messages
 * @returns {Promise<number[]>} the versions applied
 */
export async function migrate(db, { file, target = LATEST_VERSION }) {
  const current = Number(db.pragma('user_version', { simple: true }));
  if (current > LATEST_VERSION)
    throw new Error(
      `${file} is at schema version ${current}, made by a newer server than this one (version ${LATEST_VERSION}): run that server's version, or restore a backup made by this one`,
    );
  /** @type {number[]} */
  const applied = [];
  for (const { version, name } of migrations()) {
    if (version <= current || version > target) continue;
    const up = await load(name);
    db.transaction(() => {
      up(db);
      // user_version lives in the file's header, written by this same transaction.
      db.pragma(`user_version = ${version}`);
    }).immediate();
    applied.push(version);
  }
  return applied;
}
