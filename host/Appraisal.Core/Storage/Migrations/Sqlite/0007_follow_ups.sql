-- 差评 follow-up (核实 → 整改 → 回访 → 办结, DOMAIN §2.3 and §2.6): a row per item a campaign's tally listed, under the
-- item's content-derived key, and the moves each one made. Like the report they come from, they hold nothing that
-- points at a ballot: no ballot id, no position in the box, no time finer than the day. Days are the host's local
-- date, yyyy-MM-dd. FollowUpLedger keeps the rows in step with the report; FollowUpService moves them.

CREATE TABLE follow_ups (
  campaign_id  TEXT    NOT NULL REFERENCES campaigns (id) ON DELETE CASCADE,
  item_key     TEXT    NOT NULL,   -- the report's key, the same in every re-tally (a hash of content, never of a ballot)
  ordinal      INTEGER NOT NULL,   -- place in the latest report's list, which is ordered by content
  title_zh     TEXT    NOT NULL,   -- the item's texts as last listed, so a withdrawn item still reads
  title_en     TEXT    NOT NULL,
  detail       TEXT,
  subject_id   TEXT,
  subject_name TEXT,
  option_zh    TEXT,
  option_en    TEXT,
  status       TEXT    NOT NULL CHECK (status IN ('pending', 'verifying', 'rectifying', 'revisiting', 'closed')),
  listed_on    TEXT    NOT NULL,   -- the day a tally first listed it
  due_on       TEXT    NOT NULL,   -- listed_on + the report's working days, on the site calendar of listed_on
  note         TEXT,               -- the latest move's note
  updated_on   TEXT    NOT NULL,   -- the day of the latest move; listed_on before the first
  withdrawn_on TEXT,               -- the day a re-tally stopped listing it; null while listed
  PRIMARY KEY (campaign_id, item_key)
) STRICT;

-- Every move, in order per item. Rows are only ever added (a move is never undone: statuses go forward only).
CREATE TABLE follow_up_moves (
  campaign_id TEXT    NOT NULL,
  item_key    TEXT    NOT NULL,
  seq         INTEGER NOT NULL,    -- 1, 2, … per item
  moved_on    TEXT    NOT NULL,    -- the day, never the time
  from_status TEXT    NOT NULL CHECK (from_status IN ('pending', 'verifying', 'rectifying', 'revisiting', 'closed')),
  to_status   TEXT    NOT NULL CHECK (to_status IN ('pending', 'verifying', 'rectifying', 'revisiting', 'closed')),
  note        TEXT,
  actor       TEXT    NOT NULL CHECK (actor <> ''),  -- the staff account id, or 'admin-key'
  PRIMARY KEY (campaign_id, item_key, seq),
  FOREIGN KEY (campaign_id, item_key) REFERENCES follow_ups (campaign_id, item_key) ON DELETE CASCADE
) STRICT;
