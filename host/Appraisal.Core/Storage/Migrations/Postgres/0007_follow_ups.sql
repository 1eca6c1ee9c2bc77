-- 差评 follow-up (核实 → 整改 → 回访 → 办结, DOMAIN §2.3 and §2.6): a row per item a campaign's tally listed, under the
-- item's content-derived key, and the moves each one made. Like the report they come from, they hold nothing that
-- points at a ballot: no ballot id, no position in the box, no time finer than the day. Days are the host's local
-- date, yyyy-MM-dd. FollowUpLedger keeps the rows in step with the report; FollowUpService moves them.

CREATE TABLE follow_ups (
  campaign_id  text    NOT NULL REFERENCES campaigns (id) ON DELETE CASCADE,
  item_key     text    NOT NULL,   -- the report's key, the same in every re-tally (a hash of content, never of a ballot)
  ordinal      bigint  NOT NULL,   -- place in the latest report's list, which is ordered by content
  title_zh     text    NOT NULL,   -- the item's texts as last listed, so a withdrawn item still reads
  title_en     text    NOT NULL,
  detail       text,
  subject_id   text,
  subject_name text,
  option_zh    text,
  option_en    text,
  status       text    NOT NULL CHECK (status IN ('pending', 'verifying', 'rectifying', 'revisiting', 'closed')),
  listed_on    text    NOT NULL,   -- the day a tally first listed it
  due_on       text    NOT NULL,   -- listed_on + the report's working days, on the site calendar of listed_on
  note         text,               -- the latest move's note
  updated_on   text    NOT NULL,   -- the day of the latest move; listed_on before the first
  withdrawn_on text,               -- the day a re-tally stopped listing it; null while listed
  PRIMARY KEY (campaign_id, item_key)
);

-- Every move, in order per item. Rows are only ever added (a move is never undone: statuses go forward only).
CREATE TABLE follow_up_moves (
  campaign_id text    NOT NULL,
  item_key    text    NOT NULL,
  seq         bigint  NOT NULL,    -- 1, 2, … per item
  moved_on    text    NOT NULL,    -- the day, never the time
  from_status text    NOT NULL CHECK (from_status IN ('pending', 'verifying', 'rectifying', 'revisiting', 'closed')),
  to_status   text    NOT NULL CHECK (to_status IN ('pending', 'verifying', 'rectifying', 'revisiting', 'closed')),
  note        text,
  actor       text    NOT NULL CHECK (actor <> ''),  -- the staff account id, or 'admin-key'
  PRIMARY KEY (campaign_id, item_key, seq),
  FOREIGN KEY (campaign_id, item_key) REFERENCES follow_ups (campaign_id, item_key) ON DELETE CASCADE
);
