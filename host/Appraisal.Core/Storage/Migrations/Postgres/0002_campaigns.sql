-- Campaigns (活动), their subjects and rater groups, the draws that hand out ballot codes, the codes, and the
-- ballot box. DESIGN.md §6 shapes the last three tables, as in Migrations/Sqlite/0002_campaigns.sql:
--   * ballot_codes and ballots share no column but the campaign; a code row keeps only the SHA-256 of the code.
--   * ballots have a random primary key and carry no time. PostgreSQL has no WITHOUT ROWID: its heap keeps rows
--     in insertion order, so PostgresDatabase.ScrubAsync rewrites the table in key order once a box is sealed.
--   * receipts form the hash chain in casting order; a receipt is a digest of a random token only the voter holds.
-- Flags (test_mode, seed_revealed) stay bigint 0/1: the C# side writes them as integers.

CREATE TABLE campaigns (
  id                text   NOT NULL PRIMARY KEY,
  type_key          text   NOT NULL,
  title             text   NOT NULL,
  period            text,
  opens_on          text,              -- yyyy-MM-dd, the published window; informative
  closes_on         text,
  status            text   NOT NULL CHECK (status IN ('draft', 'open', 'closed', 'published')),
  test_mode         bigint NOT NULL CHECK (test_mode IN (0, 1)),
  min_cell_size     bigint NOT NULL CHECK (min_cell_size >= 1),
  owner_account_id  text,              -- null: created with the admin key
  questionnaire     text   NOT NULL,   -- JSON of the PluginApi Questionnaire
  settings          text   NOT NULL,   -- JSON object of string settings
  created_on        text   NOT NULL,
  revision          bigint NOT NULL,   -- bumped by every change, so cached snapshots know they are stale
  report            text,              -- JSON of the tally, computed at close
  box_digest        bytea,             -- SHA-256 over the sorted ballot digests, sealed at close
  chain_head        bytea              -- receipt chain head, sealed at close
);

CREATE TABLE subjects (
  campaign_id text   NOT NULL REFERENCES campaigns (id) ON DELETE CASCADE,
  subject_id  text   NOT NULL,
  ordinal     bigint NOT NULL,
  name        text   NOT NULL,
  unit_class  text,
  attributes  text   NOT NULL,  -- JSON object of string attributes
  PRIMARY KEY (campaign_id, subject_id)
);

CREATE TABLE rater_groups (
  campaign_id      text   NOT NULL REFERENCES campaigns (id) ON DELETE CASCADE,
  group_key        text   NOT NULL,
  ordinal          bigint NOT NULL,
  name_zh          text   NOT NULL,
  name_en          text   NOT NULL,
  weight           text,             -- decimal as text, exact; null when advisory
  weights_by_class text   NOT NULL,  -- JSON object unit class → decimal text
  planned_size     bigint,
  PRIMARY KEY (campaign_id, group_key)
);

-- One row per draw: the commitment is published before any code of the draw goes out; the seed is revealed
-- (seed_revealed = 1) when the campaign closes.
CREATE TABLE draws (
  campaign_id   text   NOT NULL REFERENCES campaigns (id) ON DELETE CASCADE,
  draw_no       bigint NOT NULL,
  group_key     text   NOT NULL,
  strategy      text   NOT NULL,
  parameters    text   NOT NULL,  -- JSON: everything needed to re-run the draw, including the roster
  commitment    text   NOT NULL,  -- SHA-256 hex of the seed
  seed          text   NOT NULL,  -- hex; secret until the campaign closes
  seed_revealed bigint NOT NULL CHECK (seed_revealed IN (0, 1)),
  code_count    bigint NOT NULL,
  PRIMARY KEY (campaign_id, draw_no)
);

CREATE TABLE ballot_codes (
  lookup_key  text NOT NULL PRIMARY KEY,  -- SHA-256 hex of the canonical code; the code itself is never stored
  campaign_id text NOT NULL REFERENCES campaigns (id) ON DELETE CASCADE,
  group_key   text NOT NULL,
  state       text NOT NULL CHECK (state IN ('unused', 'spent', 'voided')),
  subject_ids text,                       -- JSON array while unused and bound; cleared when spent
  FOREIGN KEY (campaign_id, group_key) REFERENCES rater_groups (campaign_id, group_key)
);

CREATE INDEX ballot_codes_by_campaign ON ballot_codes (campaign_id, group_key, state);

-- The ballot box: one sheet per subject plus one for per-ballot answers when the code was bound to subjects.
CREATE TABLE ballots (
  campaign_id text  NOT NULL REFERENCES campaigns (id) ON DELETE CASCADE,
  ballot_id   bytea NOT NULL,  -- 16 random bytes
  group_key   text  NOT NULL,
  answers     bytea NOT NULL,  -- BallotSheetCodec JSON
  digest      bytea NOT NULL,  -- BallotSheetCodec.Digest(group, answers)
  PRIMARY KEY (campaign_id, ballot_id)
);

CREATE TABLE receipts (
  campaign_id text   NOT NULL REFERENCES campaigns (id) ON DELETE CASCADE,
  seq         bigint NOT NULL,
  digest      bytea  NOT NULL,  -- SHA-256 of the voter's receipt token
  head        bytea  NOT NULL,  -- chain head after this receipt
  PRIMARY KEY (campaign_id, seq)
);

-- Running totals of the box, updated in the transaction that casts. Its row is also the box's lock: a cast on
-- PostgreSQL takes it FOR UPDATE before anything else, so the hosts append to one box one after the other.
CREATE TABLE box_state (
  campaign_id text   NOT NULL PRIMARY KEY REFERENCES campaigns (id) ON DELETE CASCADE,
  casts       bigint NOT NULL,
  sheets      bigint NOT NULL,
  head        bytea  NOT NULL
);
