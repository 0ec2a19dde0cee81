-- The schema of the first server (sql.js), at PRAGMA user_version 1: a file it wrote is a
-- database at this migration. Never edit a migration once released: add the next one.
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
  state              TEXT NOT NULL CHECK (state IN ('received', 'in-progress', 'waiting-citizen', 'waiting-decision', 'done', 'rejected', 'cancelled')),
  state_label        TEXT,
  expected_date      TEXT,
  next_step          TEXT,                      -- JSON LocalizedText
  handled_by         TEXT,
  created_at         TEXT NOT NULL,
  updated_at         TEXT NOT NULL,
  updated_ms         INTEGER NOT NULL,          -- updated_at as a number, to sort
  applicant_email    TEXT NOT NULL,             -- lower case
  applicant_postcode TEXT NOT NULL,             -- without spaces
  citizen_id         INTEGER REFERENCES citizens (id) ON DELETE SET NULL
);
CREATE INDEX requests_by_citizen ON requests (citizen_id, updated_ms);
CREATE TABLE request_events (
  id          INTEGER PRIMARY KEY,
  reference   TEXT NOT NULL REFERENCES requests (reference) ON DELETE CASCADE,
  position    INTEGER NOT NULL,                 -- oldest first
  date        TEXT NOT NULL,
  state       TEXT CHECK (state IS NULL OR state IN ('received', 'in-progress', 'waiting-citizen', 'waiting-decision', 'done', 'rejected', 'cancelled')),
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
