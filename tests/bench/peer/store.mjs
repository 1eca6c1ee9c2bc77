// The peer's SQLite store (better-sqlite3, one synchronous connection): the tables the casting path touches, shaped
// like the host's (host/Appraisal.Core/Storage/Migrations/Sqlite), with the host's durability: WAL and
// synchronous=FULL, so a commit is on disk (the WAL fsynced) before the voter hears "accepted".
import Database from 'better-sqlite3';

const SCHEMA = `
CREATE TABLE IF NOT EXISTS campaigns (
  id              TEXT    NOT NULL PRIMARY KEY,
  type_key        TEXT    NOT NULL,
  title           TEXT    NOT NULL,
  period          TEXT,
  opens_on        TEXT,
  closes_on       TEXT,
  status          TEXT    NOT NULL CHECK (status IN ('draft', 'open', 'closed', 'published')),
  test_mode       INTEGER NOT NULL CHECK (test_mode IN (0, 1)),
  min_cell_size   INTEGER NOT NULL CHECK (min_cell_size >= 1),
  questionnaire   TEXT    NOT NULL,
  settings        TEXT    NOT NULL,
  created_on      TEXT    NOT NULL,
  revision        INTEGER NOT NULL,
  report          TEXT,
  box_digest      BLOB,
  chain_head      BLOB
) STRICT;

CREATE TABLE IF NOT EXISTS subjects (
  campaign_id TEXT    NOT NULL REFERENCES campaigns (id) ON DELETE CASCADE,
  subject_id  TEXT    NOT NULL,
  ordinal     INTEGER NOT NULL,
  name        TEXT    NOT NULL,
  unit_class  TEXT,
  attributes  TEXT    NOT NULL,
  PRIMARY KEY (campaign_id, subject_id)
) STRICT;

CREATE TABLE IF NOT EXISTS rater_groups (
  campaign_id      TEXT    NOT NULL REFERENCES campaigns (id) ON DELETE CASCADE,
  group_key        TEXT    NOT NULL,
  ordinal          INTEGER NOT NULL,
  name_zh          TEXT    NOT NULL,
  name_en          TEXT    NOT NULL,
  weight           REAL,
  weights_by_class TEXT    NOT NULL,
  planned_size     INTEGER,
  PRIMARY KEY (campaign_id, group_key)
) STRICT;

CREATE TABLE IF NOT EXISTS draws (
  campaign_id TEXT    NOT NULL REFERENCES campaigns (id) ON DELETE CASCADE,
  draw_no     INTEGER NOT NULL,
  group_key   TEXT    NOT NULL,
  strategy    TEXT    NOT NULL,
  commitment  TEXT    NOT NULL,
  seed        TEXT    NOT NULL,
  code_count  INTEGER NOT NULL,
  PRIMARY KEY (campaign_id, draw_no)
) STRICT;

CREATE TABLE IF NOT EXISTS ballot_codes (
  lookup_key  TEXT NOT NULL PRIMARY KEY,
  campaign_id TEXT NOT NULL REFERENCES campaigns (id) ON DELETE CASCADE,
  group_key   TEXT NOT NULL,
  state       TEXT NOT NULL CHECK (state IN ('unused', 'spent', 'voided')),
  FOREIGN KEY (campaign_id, group_key) REFERENCES rater_groups (campaign_id, group_key)
) STRICT, WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS ballot_codes_by_group ON ballot_codes (campaign_id, group_key);

CREATE TABLE IF NOT EXISTS code_counts (
  campaign_id TEXT    NOT NULL REFERENCES campaigns (id) ON DELETE CASCADE,
  group_key   TEXT    NOT NULL,
  issued      INTEGER NOT NULL,
  spent       INTEGER NOT NULL,
  voided      INTEGER NOT NULL,
  PRIMARY KEY (campaign_id, group_key)
) STRICT;

CREATE TABLE IF NOT EXISTS ballots (
  campaign_id TEXT NOT NULL REFERENCES campaigns (id) ON DELETE CASCADE,
  ballot_id   BLOB NOT NULL,
  group_key   TEXT NOT NULL,
  answers     BLOB NOT NULL,
  digest      BLOB NOT NULL,
  PRIMARY KEY (campaign_id, ballot_id)
) STRICT, WITHOUT ROWID;

CREATE TABLE IF NOT EXISTS receipts (
  campaign_id TEXT    NOT NULL REFERENCES campaigns (id) ON DELETE CASCADE,
  seq         INTEGER NOT NULL,
  digest      BLOB    NOT NULL,
  head        BLOB    NOT NULL,
  PRIMARY KEY (campaign_id, seq)
) STRICT;

CREATE TABLE IF NOT EXISTS box_state (
  campaign_id TEXT    NOT NULL PRIMARY KEY REFERENCES campaigns (id) ON DELETE CASCADE,
  casts       INTEGER NOT NULL,
  sheets      INTEGER NOT NULL,
  head        BLOB    NOT NULL
) STRICT;
`;

export function openStore(file) {
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  // The host's settings (SqliteDatabase.cs): FULL fsyncs the WAL at every commit; secure_delete zeroes what is freed.
  db.pragma('synchronous = FULL');
  db.pragma('foreign_keys = ON');
  db.pragma('secure_delete = ON');
  db.exec(SCHEMA);

  const s = (sql) => db.prepare(sql);
  const statements = {
    // Not the report: it is read (and parsed) only when a query asks for it.
    campaign: s(`SELECT id, type_key, title, period, opens_on, closes_on, status, test_mode, min_cell_size, questionnaire,
      settings, created_on, revision, box_digest, chain_head FROM campaigns WHERE id = ?`),
    insertCampaign: s(`INSERT INTO campaigns (id, type_key, title, period, opens_on, closes_on, status, test_mode, min_cell_size,
      questionnaire, settings, created_on, revision) VALUES (@id, @typeKey, @title, @period, @opensOn, @closesOn, 'draft', 0,
      @minimumCellSize, @questionnaire, @settings, @createdOn, 1)`),
    bump: s('UPDATE campaigns SET revision = revision + 1 WHERE id = ?'),
    subjects: s('SELECT subject_id, name, unit_class, attributes FROM subjects WHERE campaign_id = ? ORDER BY ordinal'),
    insertSubject: s('INSERT INTO subjects VALUES (?, ?, ?, ?, ?, ?)'),
    groups: s('SELECT group_key, name_zh, name_en, weight, weights_by_class, planned_size FROM rater_groups WHERE campaign_id = ? ORDER BY ordinal'),
    insertGroup: s('INSERT INTO rater_groups VALUES (?, ?, ?, ?, ?, ?, ?, ?)'),
    lastDraw: s('SELECT COALESCE(MAX(draw_no), 0) AS n FROM draws WHERE campaign_id = ?'),
    insertDraw: s('INSERT INTO draws VALUES (?, ?, ?, ?, ?, ?, ?)'),
    insertCode: s("INSERT INTO ballot_codes (lookup_key, campaign_id, group_key, state) VALUES (?, ?, ?, 'unused')"),
    countIssued: s(`INSERT INTO code_counts (campaign_id, group_key, issued, spent, voided) VALUES (?, ?, ?, 0, 0)
      ON CONFLICT (campaign_id, group_key) DO UPDATE SET issued = issued + excluded.issued`),
    open: s("UPDATE campaigns SET status = 'open', test_mode = ? WHERE id = ?"),
    openBox: s('INSERT INTO box_state (campaign_id, casts, sheets, head) VALUES (?, 0, 0, ?)'),
    digests: s('SELECT digest FROM ballots WHERE campaign_id = ?').pluck(),
    close: s(`UPDATE campaigns SET status = 'closed', box_digest = @digest,
      chain_head = (SELECT head FROM box_state WHERE campaign_id = @id) WHERE id = @id`),
    storeReport: s('UPDATE campaigns SET report = ? WHERE id = ?'),
    report: s('SELECT report FROM campaigns WHERE id = ?').pluck(),
    turnout: s(`SELECT g.group_key AS groupKey, COALESCE(c.issued - c.voided, 0) AS issued, COALESCE(c.spent, 0) AS returned,
      COALESCE(c.voided, 0) AS voided, 0 AS viaPublicLink
      FROM rater_groups g LEFT JOIN code_counts c ON c.campaign_id = g.campaign_id AND c.group_key = g.group_key
      WHERE g.campaign_id = ? ORDER BY g.ordinal`),

    // The casting path: the host's BallotBox statements.
    lookupCode: s(`SELECT c.campaign_id, c.group_key, c.state, k.revision FROM ballot_codes c JOIN campaigns k ON k.id = c.campaign_id
      WHERE c.lookup_key = ?`),
    spend: s(`UPDATE ballot_codes SET state = 'spent' WHERE lookup_key = ? AND state = 'unused'
      AND EXISTS (SELECT 1 FROM campaigns WHERE id = ? AND status = 'open')`),
    codeState: s('SELECT state FROM ballot_codes WHERE lookup_key = ?').pluck(),
    insertSheet: s('INSERT INTO ballots (campaign_id, ballot_id, group_key, answers, digest) VALUES (?, ?, ?, ?, ?)'),
    boxState: s('SELECT casts, head FROM box_state WHERE campaign_id = ?'),
    insertReceipt: s('INSERT INTO receipts (campaign_id, seq, digest, head) VALUES (?, ?, ?, ?)'),
    advanceBox: s('UPDATE box_state SET casts = ?, sheets = sheets + ?, head = ? WHERE campaign_id = ?'),
    countSpent: s('UPDATE code_counts SET spent = spent + 1 WHERE campaign_id = ? AND group_key = ?'),

    // verify
    receipts: s('SELECT seq, digest, head FROM receipts WHERE campaign_id = ? ORDER BY seq'),
    allCampaigns: s('SELECT id FROM campaigns').pluck(),
    spentCodes: s("SELECT COUNT(*) FROM ballot_codes WHERE campaign_id = ? AND state = 'spent'").pluck(),
    sheetCount: s('SELECT COUNT(*) FROM ballots WHERE campaign_id = ?').pluck(),
  };
  return { db, statements };
}
