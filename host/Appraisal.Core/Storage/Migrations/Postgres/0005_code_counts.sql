-- The counts the turnout and the verifier need, kept per rater group in code_counts and updated in the same
-- transaction as each issue, void and cast (see Migrations/Sqlite/0005_code_counts.sql). SQLite also rebuilt
-- ballot_codes there as a WITHOUT ROWID table; PostgreSQL has no such thing, so here only the index changes: it no
-- longer holds the state, which every spend would otherwise move.
DROP INDEX ballot_codes_by_campaign;
CREATE INDEX ballot_codes_by_group ON ballot_codes (campaign_id, group_key);

-- Per rater group: codes ever issued, spent (= ballots cast) and voided. Counts only, never which code.
CREATE TABLE code_counts (
  campaign_id text   NOT NULL REFERENCES campaigns (id) ON DELETE CASCADE,
  group_key   text   NOT NULL,
  issued      bigint NOT NULL CHECK (issued >= 0),
  spent       bigint NOT NULL CHECK (spent >= 0),
  voided      bigint NOT NULL CHECK (voided >= 0),
  PRIMARY KEY (campaign_id, group_key),
  FOREIGN KEY (campaign_id, group_key) REFERENCES rater_groups (campaign_id, group_key)
);

INSERT INTO code_counts (campaign_id, group_key, issued, spent, voided)
SELECT campaign_id, group_key, COUNT(*), COUNT(*) FILTER (WHERE state = 'spent'), COUNT(*) FILTER (WHERE state = 'voided')
FROM ballot_codes GROUP BY campaign_id, group_key;
