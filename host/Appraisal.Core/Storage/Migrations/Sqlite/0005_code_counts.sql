-- Casting spends a code. With ballot_codes as a rowid table and an index on (campaign, group, state), every spend
-- rewrote three pages at random places in the file (the row, the index entry's old and new position), and the
-- writer's commits, which write each changed page to the WAL and later to the file, were mostly that. Now the
-- codes live in their primary key's b-tree (one page per spend), the index no longer holds the state, and the
-- counts the turnout and the verifier need are kept per rater group in code_counts, one small row updated in
-- the same transaction as each issue, void and cast.
CREATE TABLE ballot_codes_by_key (
  lookup_key  TEXT    NOT NULL PRIMARY KEY,  -- SHA-256 hex of the canonical code; the code itself is never stored
  campaign_id TEXT    NOT NULL REFERENCES campaigns (id) ON DELETE CASCADE,
  group_key   TEXT    NOT NULL,
  state       TEXT    NOT NULL CHECK (state IN ('unused', 'spent', 'voided')),
  subject_ids TEXT,                          -- JSON array while unused and bound; cleared when spent
  FOREIGN KEY (campaign_id, group_key) REFERENCES rater_groups (campaign_id, group_key)
) STRICT, WITHOUT ROWID;

INSERT INTO ballot_codes_by_key (lookup_key, campaign_id, group_key, state, subject_ids)
SELECT lookup_key, campaign_id, group_key, state, subject_ids FROM ballot_codes;

DROP TABLE ballot_codes;
ALTER TABLE ballot_codes_by_key RENAME TO ballot_codes;
CREATE INDEX ballot_codes_by_group ON ballot_codes (campaign_id, group_key);

-- Per rater group: codes ever issued, spent (= ballots cast) and voided. Counts only, never which code.
CREATE TABLE code_counts (
  campaign_id TEXT    NOT NULL REFERENCES campaigns (id) ON DELETE CASCADE,
  group_key   TEXT    NOT NULL,
  issued      INTEGER NOT NULL CHECK (issued >= 0),
  spent       INTEGER NOT NULL CHECK (spent >= 0),
  voided      INTEGER NOT NULL CHECK (voided >= 0),
  PRIMARY KEY (campaign_id, group_key),
  FOREIGN KEY (campaign_id, group_key) REFERENCES rater_groups (campaign_id, group_key)
) STRICT;

INSERT INTO code_counts (campaign_id, group_key, issued, spent, voided)
SELECT campaign_id, group_key, COUNT(*), SUM(state = 'spent'), SUM(state = 'voided')
FROM ballot_codes GROUP BY campaign_id, group_key;
