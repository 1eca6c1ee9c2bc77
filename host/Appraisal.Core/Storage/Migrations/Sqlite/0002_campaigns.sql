-- Campaigns (活动), their subjects and rater groups, the draws that hand out ballot codes, the codes, and the
-- ballot box. DESIGN.md §6 shapes the last three tables:
--   * ballot_codes and ballots share no column but the campaign: nothing joins a code, let alone a person, to
--     a ballot. A code row keeps only the SHA-256 of the code, so a copy of this file cannot cast ballots.
--   * ballots have a random primary key in a WITHOUT ROWID table, so their stored order is the order of those
--     random ids, not the order of casting; they carry no time at all.
--   * receipts form the hash chain in casting order; a receipt is a digest of a random token only the voter
--     holds, so the chain's order says nothing about any ballot's content.

CREATE TABLE campaigns (
  id                TEXT    NOT NULL PRIMARY KEY,
  type_key          TEXT    NOT NULL,
  title             TEXT    NOT NULL,
  period            TEXT,
  opens_on          TEXT,              -- yyyy-MM-dd, the published window; informative
  closes_on         TEXT,
  status            TEXT    NOT NULL CHECK (status IN ('draft', 'open', 'closed', 'published')),
  test_mode         INTEGER NOT NULL CHECK (test_mode IN (0, 1)),
  min_cell_size     INTEGER NOT NULL CHECK (min_cell_size >= 1),
  owner_account_id  TEXT,              -- null: created with the admin key
  questionnaire     TEXT    NOT NULL,  -- JSON of the PluginApi Questionnaire
  settings          TEXT    NOT NULL,  -- JSON object of string settings
  created_on        TEXT    NOT NULL,
  revision          INTEGER NOT NULL,  -- bumped by every change, so cached snapshots know they are stale
  report            TEXT,              -- JSON of the tally, computed at close
  box_digest        BLOB,              -- SHA-256 over the sorted ballot digests, sealed at close
  chain_head        BLOB               -- receipt chain head, sealed at close
) STRICT;

CREATE TABLE subjects (
  campaign_id TEXT    NOT NULL REFERENCES campaigns (id) ON DELETE CASCADE,
  subject_id  TEXT    NOT NULL,
  ordinal     INTEGER NOT NULL,
  name        TEXT    NOT NULL,
  unit_class  TEXT,
  attributes  TEXT    NOT NULL,  -- JSON object of string attributes (membership=probationary, office=…)
  PRIMARY KEY (campaign_id, subject_id)
) STRICT;

CREATE TABLE rater_groups (
  campaign_id    TEXT    NOT NULL REFERENCES campaigns (id) ON DELETE CASCADE,
  group_key      TEXT    NOT NULL,
  ordinal        INTEGER NOT NULL,
  name_zh        TEXT    NOT NULL,
  name_en        TEXT    NOT NULL,
  weight         TEXT,             -- decimal as text, exact; null when advisory
  weights_by_class TEXT  NOT NULL, -- JSON object unit class → decimal text
  planned_size   INTEGER,
  PRIMARY KEY (campaign_id, group_key)
) STRICT;

-- One row per draw: the commitment is published before any code of the draw goes out; the seed is revealed
-- (seed_revealed = 1) when the campaign closes.
CREATE TABLE draws (
  campaign_id   TEXT    NOT NULL REFERENCES campaigns (id) ON DELETE CASCADE,
  draw_no       INTEGER NOT NULL,
  group_key     TEXT    NOT NULL,
  strategy      TEXT    NOT NULL,
  parameters    TEXT    NOT NULL,  -- JSON: everything needed to re-run the draw, including the roster
  commitment    TEXT    NOT NULL,  -- SHA-256 hex of the seed
  seed          TEXT    NOT NULL,  -- hex; secret until the campaign closes
  seed_revealed INTEGER NOT NULL CHECK (seed_revealed IN (0, 1)),
  code_count    INTEGER NOT NULL,
  PRIMARY KEY (campaign_id, draw_no)
) STRICT;

CREATE TABLE ballot_codes (
  lookup_key  TEXT    NOT NULL PRIMARY KEY,  -- SHA-256 hex of the canonical code; the code itself is never stored
  campaign_id TEXT    NOT NULL REFERENCES campaigns (id) ON DELETE CASCADE,
  group_key   TEXT    NOT NULL,
  state       TEXT    NOT NULL CHECK (state IN ('unused', 'spent', 'voided')),
  subject_ids TEXT,                          -- JSON array while unused and bound; cleared when spent
  FOREIGN KEY (campaign_id, group_key) REFERENCES rater_groups (campaign_id, group_key)
) STRICT;

CREATE INDEX ballot_codes_by_campaign ON ballot_codes (campaign_id, group_key, state);

-- The ballot box. A ballot whose code was bound to subjects is stored as one sheet per subject plus one for
-- its per-ballot answers, so the set of subjects a rater was drawn (and the revealed seed reproduces) cannot
-- single out that rater's ballot.
CREATE TABLE ballots (
  campaign_id TEXT NOT NULL REFERENCES campaigns (id) ON DELETE CASCADE,
  ballot_id   BLOB NOT NULL,  -- 16 random bytes
  group_key   TEXT NOT NULL,
  answers     BLOB NOT NULL,  -- BallotSheetCodec JSON
  digest      BLOB NOT NULL,  -- BallotSheetCodec.Digest(group, answers)
  PRIMARY KEY (campaign_id, ballot_id)
) STRICT, WITHOUT ROWID;

CREATE TABLE receipts (
  campaign_id TEXT    NOT NULL REFERENCES campaigns (id) ON DELETE CASCADE,
  seq         INTEGER NOT NULL,
  digest      BLOB    NOT NULL,  -- SHA-256 of the voter's receipt token
  head        BLOB    NOT NULL,  -- chain head after this receipt
  PRIMARY KEY (campaign_id, seq)
) STRICT;

-- Running totals of the box, updated in the transaction that casts.
CREATE TABLE box_state (
  campaign_id TEXT    NOT NULL PRIMARY KEY REFERENCES campaigns (id) ON DELETE CASCADE,
  casts       INTEGER NOT NULL,
  sheets      INTEGER NOT NULL,
  head        BLOB    NOT NULL
) STRICT;
