/**
 * The reference server's database: SQLite through sql.js (SQLite compiled to WebAssembly, so no
 * native build), kept in a file. sql.js works on a copy in memory: every change is written back
 * to the file at once (to a temporary file, then renamed, so a crash never leaves half a file).
 *
 * On first start the file is created and seeded: the city and procedures of the demo catalog
 * (each procedure's JSON, with offices written in place, plus indexed columns to filter on), the
 * demo requests with their histories, the demo citizens and their sessions.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import initSqlJs from 'sql.js';
import { DEMO_CITIZENS, DEMO_REQUESTS, DEMO_SESSIONS, REFERENCE_EXAMPLE, REFERENCE_PATTERN } from './seed.mjs';

/** @typedef {import('sql.js').Database} SqlDatabase */
/** @typedef {import('sql.js').SqlValue} SqlValue */
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
 * @property {string} receipt_code
 * @property {number | null} citizen_id
 */

/** Bumped when the tables change; a file of another version is refused with a clear message. */
export const SCHEMA_VERSION = 1;

export const REQUEST_STATES = [
  'received',
  'in-progress',
  'waiting-citizen',
  'waiting-decision',
  'done',
  'rejected',
  'cancelled',
];

/** @param {string[]} values */
const quoted = (values) => values.map((v) => `'${v}'`).join(', ');

const SCHEMA = `
CREATE TABLE settings (
  key   TEXT PRIMARY KEY,
  value TEXT NOT NULL                -- JSON
);
CREATE TABLE procedures (
  id           TEXT PRIMARY KEY,
  position     INTEGER NOT NULL,     -- the city's order
  availability TEXT NOT NULL CHECK (availability IN ('full', 'partial', 'none')),
  popularity   REAL,
  search_text  TEXT NOT NULL,        -- titles, summaries and keywords, lower case, without accents
  data         TEXT NOT NULL         -- the procedure's JSON, as the API returns it
);
CREATE INDEX procedures_by_position ON procedures (position);
CREATE TABLE procedure_themes (
  theme_id     TEXT NOT NULL,
  procedure_id TEXT NOT NULL REFERENCES procedures (id) ON DELETE CASCADE,
  PRIMARY KEY (theme_id, procedure_id)
);
CREATE TABLE procedure_audiences (
  audience_id  TEXT NOT NULL,
  procedure_id TEXT NOT NULL REFERENCES procedures (id) ON DELETE CASCADE,
  PRIMARY KEY (audience_id, procedure_id)
);
CREATE TABLE citizens (
  id    INTEGER PRIMARY KEY,
  name  TEXT NOT NULL,
  email TEXT NOT NULL UNIQUE
);
CREATE TABLE sessions (
  token_hash TEXT PRIMARY KEY,       -- SHA-256 of the bearer token: the token itself is never stored
  citizen_id INTEGER NOT NULL REFERENCES citizens (id) ON DELETE CASCADE,
  created_at TEXT NOT NULL,
  expires_at INTEGER NOT NULL        -- milliseconds since the epoch
);
CREATE TABLE requests (
  reference          TEXT PRIMARY KEY,          -- upper case, as printed on receipts
  procedure_id       TEXT,
  procedure_title    TEXT,                      -- JSON LocalizedText
  state              TEXT NOT NULL CHECK (state IN (${quoted(REQUEST_STATES)})),
  state_label        TEXT,
  expected_date      TEXT,
  next_step          TEXT,                      -- JSON LocalizedText
  handled_by         TEXT,
  created_at         TEXT NOT NULL,
  updated_at         TEXT NOT NULL,
  updated_ms         INTEGER NOT NULL,          -- updated_at as a number, to sort
  applicant_email    TEXT NOT NULL,             -- lower case
  receipt_code       TEXT NOT NULL,             -- the receipt's code, upper case, without spaces or hyphens
  citizen_id         INTEGER REFERENCES citizens (id) ON DELETE SET NULL
);
CREATE INDEX requests_by_citizen ON requests (citizen_id, updated_ms);
CREATE TABLE request_events (
  id          INTEGER PRIMARY KEY,
  reference   TEXT NOT NULL REFERENCES requests (reference) ON DELETE CASCADE,
  position    INTEGER NOT NULL,                 -- oldest first
  date        TEXT NOT NULL,
  state       TEXT CHECK (state IS NULL OR state IN (${quoted(REQUEST_STATES)})),
  state_label TEXT,
  note        TEXT,
  UNIQUE (reference, position)
);
CREATE TABLE lookup_attempts (
  id           INTEGER PRIMARY KEY,
  reference    TEXT NOT NULL,                   -- normalised; wrong proofs only, the proof is never stored
  attempted_at INTEGER NOT NULL                 -- milliseconds since the epoch
);
CREATE INDEX lookup_attempts_by_reference ON lookup_attempts (reference, attempted_at);
`;

/** @type {Promise<import('sql.js').SqlJsStatic> | undefined} */
let sqlJs;
const loadSqlJs = () => (sqlJs ??= initSqlJs());

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
 * Opens the database in `file`, creating and seeding it when the file does not exist.
 * `catalog` is the demo catalog's JSON, read only to seed.
 * @param {string} file
 * @param {{ catalog: Catalog }} options
 */
export async function openDatabase(file, { catalog }) {
  const SQL = await loadSqlJs();
  const exists = existsSync(file);
  const db = exists ? new SQL.Database(readFileSync(file)) : new SQL.Database();
  try {
    db.run('PRAGMA foreign_keys = ON');
    const version = Number(db.exec('PRAGMA user_version')[0].values[0][0]);
    if (!exists) {
      db.run('BEGIN');
      db.run(SCHEMA);
      seed(db, catalog);
      db.run(`PRAGMA user_version = ${SCHEMA_VERSION}`);
      db.run('COMMIT');
    } else if (version !== SCHEMA_VERSION) {
      throw new Error(
        `${file} has database schema version ${version}, this server reads version ${SCHEMA_VERSION}: delete the file to create a new one`,
      );
    }
  } catch (error) {
    db.close();
    const message = error instanceof Error ? error.message : String(error);
    if (/not a database|malformed/i.test(message))
      throw new Error(`${file} is not an SQLite database (${message}): delete it to create a new one`, {
        cause: error,
      });
    throw error;
  }
  const database = new CivicDatabase(db, file);
  if (!exists) database.persist();
  return database;
}

/**
 * @param {SqlDatabase} db
 * @param {Catalog} catalog
 */
function seed(db, catalog) {
  /** @type {(key: string, value: unknown) => void} */
  const set = (key, value) => {
    db.run('INSERT INTO settings (key, value) VALUES (?, ?)', [key, JSON.stringify(value)]);
  };
  set('city', catalog.city);
  set('request-lookup', { referencePattern: REFERENCE_PATTERN, referenceExample: REFERENCE_EXAMPLE });
  set('catalog-version', catalog.version);

  const offices = new Map((catalog.offices ?? []).map((o) => [o.id, o]));
  // The API returns the model: offices written in place, every list present.
  /** @param {CatalogWay} way */
  const resolve = (way) =>
    typeof way.office === 'string' && offices.has(way.office) ? { ...way, office: offices.get(way.office) } : way;
  /** @type {Map<string, LocalizedText>} */
  const titles = new Map();
  catalog.procedures.forEach((raw, position) => {
    const procedure = {
      ...raw,
      themes: raw.themes ?? [],
      audiences: raw.audiences ?? [],
      channels: (raw.channels ?? []).map(resolve),
      information: (raw.information ?? []).map(resolve),
      related: raw.related ?? [],
    };
    titles.set(procedure.id, procedure.title);
    const words = [
      ...texts(procedure.title),
      ...texts(procedure.summary),
      ...(procedure.keywords ?? []).flatMap(texts),
    ];
    db.run(
      'INSERT INTO procedures (id, position, availability, popularity, search_text, data) VALUES (?, ?, ?, ?, ?, ?)',
      [
        procedure.id,
        position,
        procedure.online.availability,
        procedure.popularity ?? null,
        fold(words.join(' \n ')),
        JSON.stringify(procedure),
      ],
    );
    for (const theme of new Set(procedure.themes))
      db.run('INSERT INTO procedure_themes (theme_id, procedure_id) VALUES (?, ?)', [theme, procedure.id]);
    for (const audience of new Set(procedure.audiences))
      db.run('INSERT INTO procedure_audiences (audience_id, procedure_id) VALUES (?, ?)', [audience, procedure.id]);
  });

  for (const c of DEMO_CITIZENS)
    db.run('INSERT INTO citizens (id, name, email) VALUES (?, ?, ?)', [c.id, c.name, c.email]);
  for (const s of DEMO_SESSIONS) {
    db.run('INSERT INTO sessions (token_hash, citizen_id, created_at, expires_at) VALUES (?, ?, ?, ?)', [
      hashToken(s.token),
      s.citizenId,
      s.createdAt,
      Date.parse(s.expiresAt),
    ]);
  }
  for (const r of DEMO_REQUESTS) {
    const first = r.history[0];
    const last = r.history[r.history.length - 1];
    db.run(
      `INSERT INTO requests (reference, procedure_id, procedure_title, state, state_label, expected_date, next_step, handled_by,
         created_at, updated_at, updated_ms, applicant_email, receipt_code, citizen_id)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      [
        normalizeReference(r.reference),
        r.procedureId ?? null,
        titles.has(r.procedureId) ? JSON.stringify(titles.get(r.procedureId)) : null,
        r.state,
        r.stateLabel ?? null,
        r.expectedDate ?? null,
        r.nextStep == null ? null : JSON.stringify(r.nextStep),
        r.handledBy ?? null,
        first.date,
        last.date,
        Date.parse(last.date),
        r.email.trim().toLowerCase(),
        r.code.replace(/[\s-]+/g, '').toUpperCase(),
        r.citizenId ?? null,
      ],
    );
    r.history.forEach((e, position) => {
      db.run(
        'INSERT INTO request_events (reference, position, date, state, state_label, note) VALUES (?, ?, ?, ?, ?, ?)',
        [normalizeReference(r.reference), position, e.date, e.state ?? null, e.stateLabel ?? null, e.note ?? null],
      );
    });
  }
}

/** The queries the API needs. Every value goes through a bound parameter, never into the SQL. */
export class CivicDatabase {
  /** @type {SqlDatabase} */
  #db;
  /** @type {string} */
  #file;

  /**
   * @param {SqlDatabase} db
   * @param {string} file
   */
  constructor(db, file) {
    this.#db = db;
    this.#file = file;
  }

  /**
   * Rows of a query as objects: the caller names the row's type.
   * @template {object} [Row=Record<string, SqlValue>]
   * @param {string} sql
   * @param {SqlValue[]} [params]
   * @returns {Row[]}
   */
  all(sql, params = []) {
    const statement = this.#db.prepare(sql);
    try {
      statement.bind(params);
      /** @type {Row[]} */
      const rows = [];
      while (statement.step()) rows.push(/** @type {Row} */ (statement.getAsObject()));
      return rows;
    } finally {
      statement.free();
    }
  }

  /**
   * The first row of a query, or undefined.
   * @template {object} [Row=Record<string, SqlValue>]
   * @param {string} sql
   * @param {SqlValue[]} [params]
   * @returns {Row | undefined}
   */
  get(sql, params = []) {
    /** @type {Row[]} */
    const rows = this.all(sql, params);
    return rows[0];
  }

  /**
   * Runs a change and writes the database to its file.
   * @param {string} sql
   * @param {SqlValue[]} [params]
   */
  change(sql, params = []) {
    this.#db.run(sql, params);
    this.persist();
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

  /**
   * When the wrong proofs for a reference since `since` were given, oldest first.
   * @param {string} reference
   * @param {number} since milliseconds since the epoch
   * @returns {number[]}
   */
  wrongAttempts(reference, since) {
    /** @type {{ attempted_at: number }[]} */
    const rows = this.all(
      'SELECT attempted_at FROM lookup_attempts WHERE reference = ? AND attempted_at > ? ORDER BY attempted_at',
      [normalizeReference(reference), since],
    );
    return rows.map((row) => row.attempted_at);
  }

  /**
   * Records a wrong proof, and forgets those older than `forgetBefore`.
   * @param {string} reference
   * @param {number} at
   * @param {number} forgetBefore
   */
  recordWrongAttempt(reference, at, forgetBefore) {
    this.#db.run('DELETE FROM lookup_attempts WHERE attempted_at <= ?', [forgetBefore]);
    this.change('INSERT INTO lookup_attempts (reference, attempted_at) VALUES (?, ?)', [
      normalizeReference(reference),
      at,
    ]);
  }

  /** Writes the database to its file: a temporary file first, renamed over the old one. */
  persist() {
    mkdirSync(dirname(this.#file), { recursive: true });
    const temporary = `${this.#file}.${process.pid}.tmp`;
    try {
      writeFileSync(temporary, this.#db.export());
      renameSync(temporary, this.#file);
    } catch (error) {
      rmSync(temporary, { force: true });
      throw error;
    }
  }

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
