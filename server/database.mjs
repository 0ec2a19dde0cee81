/**
 * The reference server's database: an SQLite file through better-sqlite3 (SQLite itself, built
 * with the server's dependencies), in WAL mode: readers never wait for the writer, and a write
 * costs the pages it changes, not a rewrite of the whole file.
 *
 * Durability: each change is one transaction (a single statement, or `transaction(fn)`), and with
 * `synchronous = FULL` SQLite fsyncs the log at every commit, so a change acknowledged to a citizen
 * survives a crash of the process or of the machine. (NORMAL fsyncs only at checkpoints in WAL
 * mode and can lose the last acknowledged changes on a power cut: a receipt handed out for a
 * report that is then lost costs more than an fsync per write.)
 *
 * At every start the file is checked (`PRAGMA quick_check`) and refused when damaged, saying how to
 * restore a backup; then brought up to the latest schema (migrations/). On first start the city
 * and the procedures of the catalog are written (each procedure's JSON, with offices written in
 * place, plus indexed columns to filter on). The demo's requests, citizens and sessions are written
 * only in demo mode; outside it the demo's sessions, whose tokens are published, are removed.
 *
 * Photos are not stored here but in files named by their hash: see photo-store.mjs.
 */
import { createHash } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import { LATEST_VERSION, migrate } from './migrations/migrate.mjs';
import { normalizeReceiptCode } from './receipt-code.mjs';
import { DEMO_CITIZENS, DEMO_REQUESTS, DEMO_SESSIONS, REFERENCE_EXAMPLE, REFERENCE_PATTERN } from './seed.mjs';

/** @typedef {import('better-sqlite3').Database} SqliteDatabase */
/** @typedef {import('better-sqlite3').Statement<unknown[], unknown>} Statement */
/** @typedef {string | number | bigint | Buffer | null} SqlValue */
/** @typedef {import('../src/model.js').LocalizedText} LocalizedText */

/**
 * A way to do a procedure (channel or information) in the catalog file: `office` may name one of
 * the catalog's offices, written in place in what the API returns.
 * @typedef {{ office?: unknown } & Record<string, unknown>} CatalogWay
 */
/**
 * A procedure of the catalog file, as far as seeding reads it; the rest is kept as it is.
 * @typedef {object} CatalogProcedure
 * @property {string} id
 * @property {LocalizedText} title
 * @property {LocalizedText} [summary]
 * @property {LocalizedText[]} [keywords]
 * @property {string[]} [themes]
 * @property {string[]} [audiences]
 * @property {CatalogWay[]} [channels]
 * @property {CatalogWay[]} [information]
 * @property {unknown[]} [related]
 * @property {{ availability: string }} online
 * @property {number} [popularity]
 */
/**
 * The demo catalog's JSON (schema/catalog.schema.json), as far as seeding reads it.
 * @typedef {object} Catalog
 * @property {unknown} city
 * @property {unknown} version
 * @property {({ id: string } & Record<string, unknown>)[]} [offices]
 * @property {CatalogProcedure[]} procedures
 */
/**
 * A row of the requests table.
 * @typedef {object} RequestRow
 * @property {string} reference
 * @property {string | null} procedure_id
 * @property {string | null} procedure_title
 * @property {string} state
 * @property {string | null} state_label
 * @property {string | null} expected_date
 * @property {string | null} next_step
 * @property {string | null} handled_by
 * @property {string} created_at
 * @property {string} updated_at
 * @property {number} updated_ms
 * @property {string} applicant_email
 * @property {string} receipt_code without hyphens, upper case
 * @property {number | null} citizen_id
 */

/** The schema version this server reads and writes: the number of its last migration. */
export const SCHEMA_VERSION = LATEST_VERSION;

export const REQUEST_STATES = [
  'received',
  'in-progress',
  'waiting-citizen',
  'waiting-decision',
  'done',
  'rejected',
  'cancelled',
];

/** How long a statement waits for another connection's lock (a backup, a second process) before failing. */
const BUSY_TIMEOUT_MS = 5000;

/**
 * "Crèche" → "creche": what text search compares.
 * @param {unknown} text
 */
export const fold = (text) => String(text).normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

/**
 * A reference as stored: trimmed, upper case.
 * @param {unknown} reference
 */
export const normalizeReference = (reference) => String(reference).trim().toUpperCase();

/** @param {string} token */
export const hashToken = (token) => createHash('sha256').update(token, 'utf8').digest('hex');

/** @param {LocalizedText | null | undefined} value */
const texts = (value) => (value == null ? [] : typeof value === 'string' ? [value] : Object.values(value));

/**
 * Opens the database in `file` (created when missing), checks it, brings its schema up to date
 * and writes the catalog on first start (`catalog` is read only then). With `demo`, the demo's
 * requests, citizens and sessions are written too, where missing.
 * @param {string} file
 * @param {{ catalog: Catalog, demo?: boolean }} options
 */
export async function openDatabase(file, { catalog, demo = false }) {
  mkdirSync(dirname(file), { recursive: true });
  const db = new Database(file);
  try {
    try {
      db.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
      // The first statement that reads the file: one that is not SQLite fails here.
      db.pragma('journal_mode = WAL');
      const problems = /** @type {Record<string, string>[]} */ (db.pragma('quick_check')).map((row) =>
        Object.values(row).join(),
      );
      if (problems.join() !== 'ok') throw new DamagedError(problems.slice(0, 3).join('; '));
    } catch (error) {
      throw refusal(file, error);
    }
    db.pragma('synchronous = FULL');
    db.pragma('foreign_keys = ON');
    await migrate(db, { file });
    const database = new CivicDatabase(db);
    if (database.setting('city') === undefined) database.transaction(() => seedCatalog(db, catalog));
    if (demo) database.transaction(() => seedDemo(db));
    else database.transaction(() => forgetDemoSessions(db));
    return database;
  } catch (error) {
    db.close();
    throw error;
  }
}

/** What PRAGMA quick_check found wrong. */
class DamagedError extends Error {}

/**
 * The error a damaged or foreign file is refused with. It never advises deleting the file: it may
 * hold citizens' requests that a restore (or SQLite's recovery tools) can save.
 * @param {string} file
 * @param {unknown} error
 */
function refusal(file, error) {
  const code = error instanceof Error && 'code' in error ? error.code : undefined;
  const detail = error instanceof Error ? error.message : String(error);
  const restore =
    'Stop the server, keep this file (and its -wal file if any) as it is, and restore the latest backup in its place: see "Backup and restore" in the README.';
  if (code === 'SQLITE_NOTADB')
    return new Error(`${file} is not an SQLite database (${detail}). If it is the right file: ${restore}`, {
      cause: error,
    });
  if (error instanceof DamagedError || code === 'SQLITE_CORRUPT')
    return new Error(`${file} is damaged (${detail}). ${restore}`, { cause: error });
  return error;
}

/**
 * The city and its procedures, from the catalog.
 * @param {SqliteDatabase} db
 * @param {Catalog} catalog
 */
function seedCatalog(db, catalog) {
  const setting = db.prepare('INSERT INTO settings (key, value) VALUES (?, ?)');
  /** @type {(key: string, value: unknown) => void} */
  const set = (key, value) => void setting.run(key, JSON.stringify(value));
  set('city', catalog.city);
  set('request-lookup', { referencePattern: REFERENCE_PATTERN, referenceExample: REFERENCE_EXAMPLE });
  set('catalog-version', catalog.version);

  const offices = new Map((catalog.offices ?? []).map((o) => [o.id, o]));
  // The API returns the model: offices written in place, every list present.
  /** @param {CatalogWay} way */
  const resolve = (way) =>
    typeof way.office === 'string' && offices.has(way.office) ? { ...way, office: offices.get(way.office) } : way;
  const insertProcedure = db.prepare(
    'INSERT INTO procedures (id, position, availability, popularity, search_text, data) VALUES (?, ?, ?, ?, ?, ?)',
  );
  const insertTheme = db.prepare('INSERT INTO procedure_themes (theme_id, procedure_id) VALUES (?, ?)');
  const insertAudience = db.prepare('INSERT INTO procedure_audiences (audience_id, procedure_id) VALUES (?, ?)');
  catalog.procedures.forEach((raw, position) => {
    const procedure = {
      ...raw,
      themes: raw.themes ?? [],
      audiences: raw.audiences ?? [],
      channels: (raw.channels ?? []).map(resolve),
      information: (raw.information ?? []).map(resolve),
      related: raw.related ?? [],
    };
    const words = [
      ...texts(procedure.title),
      ...texts(procedure.summary),
      ...(procedure.keywords ?? []).flatMap(texts),
    ];
    insertProcedure.run(
      procedure.id,
      position,
      procedure.online.availability,
      procedure.popularity ?? null,
      fold(words.join(' \n ')),
      JSON.stringify(procedure),
    );
    for (const theme of new Set(procedure.themes)) insertTheme.run(theme, procedure.id);
    for (const audience of new Set(procedure.audiences)) insertAudience.run(audience, procedure.id);
  });
}

/**
 * The demo's citizens, sessions and requests, where missing: a demo database keeps what it holds.
 * The receipt codes are set even on requests already there, so that the codes the demo prints work
 * on a demo database made before them (migration 002 gave its requests new ones).
 * @param {SqliteDatabase} db
 */
function seedDemo(db) {
  const insertCitizen = db.prepare('INSERT OR IGNORE INTO citizens (id, name, email) VALUES (?, ?, ?)');
  for (const c of DEMO_CITIZENS) insertCitizen.run(c.id, c.name, c.email);
  const insertSession = db.prepare(
    'INSERT OR IGNORE INTO sessions (token_hash, citizen_id, created_at, expires_at) VALUES (?, ?, ?, ?)',
  );
  for (const s of DEMO_SESSIONS)
    insertSession.run(hashToken(s.token), s.citizenId, s.createdAt, Date.parse(s.expiresAt));
  // `->` gives the title as JSON, whether it is a string or a text by language.
  const title = db.prepare("SELECT data -> '$.title' AS title FROM procedures WHERE id = ?");
  const insertRequest = db.prepare(
    `INSERT INTO requests (reference, procedure_id, procedure_title, state, state_label, expected_date, next_step, handled_by,
       created_at, updated_at, updated_ms, applicant_email, receipt_code, citizen_id)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
     ON CONFLICT (reference) DO UPDATE SET receipt_code = excluded.receipt_code`,
  );
  const insertEvent = db.prepare(
    `INSERT OR IGNORE INTO request_events (reference, position, date, state, state_label, note)
     VALUES (?, ?, ?, ?, ?, ?)`,
  );
  for (const r of DEMO_REQUESTS) {
    const reference = normalizeReference(r.reference);
    const first = r.history[0];
    const last = r.history[r.history.length - 1];
    const found = /** @type {{ title: string } | undefined} */ (title.get(r.procedureId));
    insertRequest.run(
      reference,
      r.procedureId ?? null,
      found?.title ?? null,
      r.state,
      r.stateLabel ?? null,
      r.expectedDate ?? null,
      r.nextStep == null ? null : JSON.stringify(r.nextStep),
      r.handledBy ?? null,
      first.date,
      last.date,
      Date.parse(last.date),
      r.email.trim().toLowerCase(),
      normalizeReceiptCode(r.code),
      r.citizenId ?? null,
    );
    r.history.forEach((e, position) => {
      insertEvent.run(reference, position, e.date, e.state ?? null, e.stateLabel ?? null, e.note ?? null);
    });
  }
}

/**
 * Removes the demo's sessions: their tokens are in the README, so outside demo mode they must open
 * nothing (a city may have started from a demo database).
 * @param {SqliteDatabase} db
 */
function forgetDemoSessions(db) {
  const remove = db.prepare('DELETE FROM sessions WHERE token_hash = ?');
  for (const s of DEMO_SESSIONS) remove.run(hashToken(s.token));
}

/** The queries the API needs. Every value goes through a bound parameter, never into the SQL. */
export class CivicDatabase {
  /** @type {SqliteDatabase} */
  #db;
  /** Prepared statements by their SQL: preparing costs more than running. @type {Map<string, Statement>} */
  #statements = new Map();
  /** @param {SqliteDatabase} db */
  constructor(db) {
    this.#db = db;
  }

  /** @param {string} sql */
  #statement(sql) {
    let statement = this.#statements.get(sql);
    if (!statement) {
      statement = /** @type {Statement} */ (this.#db.prepare(sql));
      this.#statements.set(sql, statement);
    }
    return statement;
  }

  /**
   * Rows of a query as objects: the caller names the row's type.
   * @template {object} [Row=Record<string, SqlValue>]
   * @param {string} sql
   * @param {SqlValue[]} [params]
   * @returns {Row[]}
   */
  all(sql, params = []) {
    return /** @type {Row[]} */ (this.#statement(sql).all(...params));
  }

  /**
   * The first row of a query, or undefined.
   * @template {object} [Row=Record<string, SqlValue>]
   * @param {string} sql
   * @param {SqlValue[]} [params]
   * @returns {Row | undefined}
   */
  get(sql, params = []) {
    return /** @type {Row | undefined} */ (this.#statement(sql).get(...params));
  }

  /**
   * Runs one change: a statement is a transaction of its own, on the disk when this returns.
   * @param {string} sql
   * @param {SqlValue[]} [params]
   */
  change(sql, params = []) {
    return this.#statement(sql).run(...params);
  }

  /**
   * Runs `write` in one transaction (BEGIN IMMEDIATE: it takes the write lock first, so it never
   * fails halfway for a lock), committed when it returns, rolled back when it throws.
   * @template T
   * @param {() => T} write
   * @returns {T}
   */
  transaction(write) {
    return this.#db.transaction(write).immediate();
  }

  /**
   * A setting's JSON value, or undefined.
   * @param {string} key
   * @returns {unknown}
   */
  setting(key) {
    /** @type {{ value: string } | undefined} */
    const row = this.get('SELECT value FROM settings WHERE key = ?', [key]);
    return row ? /** @type {unknown} */ (JSON.parse(row.value)) : undefined;
  }

  /**
   * Procedures in the city's order; every filter given must match.
   * @param {{ theme?: string, audience?: string, text?: string }} [query]
   * @returns {unknown[]}
   */
  procedures({ theme, audience, text } = {}) {
    /** @type {string[]} */
    const where = [];
    /** @type {string[]} */
    const params = [];
    if (theme) {
      where.push('id IN (SELECT procedure_id FROM procedure_themes WHERE theme_id = ?)');
      params.push(theme);
    }
    if (audience) {
      where.push('id IN (SELECT procedure_id FROM procedure_audiences WHERE audience_id = ?)');
      params.push(audience);
    }
    for (const word of text ? fold(text).split(/\s+/).filter(Boolean) : []) {
      where.push('instr(search_text, ?) > 0');
      params.push(word);
    }
    const sql = `SELECT data FROM procedures ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY position`;
    /** @type {{ data: string }[]} */
    const rows = this.all(sql, params);
    return rows.map((row) => /** @type {unknown} */ (JSON.parse(row.data)));
  }

  /**
   * A procedure's JSON, or undefined.
   * @param {string} id
   * @returns {unknown}
   */
  procedure(id) {
    /** @type {{ data: string } | undefined} */
    const row = this.get('SELECT data FROM procedures WHERE id = ?', [id]);
    return row ? /** @type {unknown} */ (JSON.parse(row.data)) : undefined;
  }

  /**
   * The stored request (with the applicant's proofs, which never leave this module's callers).
   * @param {string} reference
   * @returns {RequestRow | undefined}
   */
  request(reference) {
    return this.get('SELECT * FROM requests WHERE reference = ?', [normalizeReference(reference)]);
  }

  /**
   * The requests of a citizen, most recently updated first.
   * @param {number} citizenId
   * @returns {RequestRow[]}
   */
  requestsOf(citizenId) {
    return this.all('SELECT * FROM requests WHERE citizen_id = ? ORDER BY updated_ms DESC, reference', [citizenId]);
  }

  /**
   * A stored request as the API shows it (model: ServiceRequest): no proof, no personal data.
   * @param {RequestRow} row
   */
  serviceRequest(row) {
    /** @type {{ date: string, state: string | null, state_label: string | null, note: string | null }[]} */
    const events = this.all(
      'SELECT date, state, state_label, note FROM request_events WHERE reference = ? ORDER BY position',
      [row.reference],
    );
    const history = events.map((e) =>
      compact({ date: e.date, state: e.state, stateLabel: e.state_label, note: e.note }),
    );
    return compact({
      reference: row.reference,
      procedureId: row.procedure_id,
      procedureTitle:
        row.procedure_title == null ? undefined : /** @type {unknown} */ (JSON.parse(row.procedure_title)),
      state: row.state,
      stateLabel: row.state_label,
      history,
      expectedDate: row.expected_date,
      nextStep: row.next_step == null ? undefined : /** @type {unknown} */ (JSON.parse(row.next_step)),
      handledBy: row.handled_by,
      createdAt: row.created_at,
      updatedAt: row.updated_at,
    });
  }

  /**
   * The citizen of a live session, or undefined.
   * @param {string} token
   * @param {number} now
   * @returns {number | undefined}
   */
  citizenOfSession(token, now) {
    /** @type {{ citizen_id: number } | undefined} */
    const row = this.get('SELECT citizen_id FROM sessions WHERE token_hash = ? AND expires_at > ?', [
      hashToken(token),
      now,
    ]);
    return row?.citizen_id;
  }
  /** Closes the file: the log is written into it, and the -wal file removed. */
  close() {
    this.#db.close();
  }
}

/**
 * The object without its null and undefined fields.
 * @param {Record<string, unknown>} object
 */
function compact(object) {
  return Object.fromEntries(Object.entries(object).filter(([, v]) => v != null));
}
