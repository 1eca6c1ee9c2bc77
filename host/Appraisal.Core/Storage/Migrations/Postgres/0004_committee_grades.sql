-- 组织评定: the grade the branch committee (or an organiser) records for each subject after the tally. Kept beside
-- the tally, never instead of it (DESIGN §2.6); one row per subject, replaced when the committee changes its mind.
CREATE TABLE committee_grades (
  campaign_id text NOT NULL REFERENCES campaigns (id) ON DELETE CASCADE,
  subject_id  text NOT NULL,
  grade       text NOT NULL,  -- an option key of the campaign's grade scale
  note        text,
  PRIMARY KEY (campaign_id, subject_id),
  FOREIGN KEY (campaign_id, subject_id) REFERENCES subjects (campaign_id, subject_id)
);
