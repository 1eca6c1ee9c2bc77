-- Staff accounts, their sessions, and the audit log of admin actions.
-- Raters have no account: they are anonymous and prove nothing but a ballot code, so none of these tables
-- may ever hold a ballot id, a ballot code or anything else that could link a ballot to a person.

-- Organizers, observers and admins who sign in with a password (the admin key needs no row).
CREATE TABLE accounts (
  id            TEXT    NOT NULL PRIMARY KEY,              -- random, 128 bits, hex; never reused
  login         TEXT    NOT NULL COLLATE NOCASE UNIQUE,    -- "Wang.Li" and "wang.li" are one login (ASCII case only)
  display_name  TEXT    NOT NULL,
  role          TEXT    NOT NULL CHECK (role IN ('Observer', 'Organizer', 'Admin')),
  password_hash TEXT    NOT NULL,                          -- pbkdf2-sha256$iterations$salt$hash, see PasswordHasher
  created_at    TEXT    NOT NULL,                          -- ISO 8601 date, UTC
  disabled      INTEGER NOT NULL DEFAULT 0 CHECK (disabled IN (0, 1))
) STRICT;

-- Signed-in sessions. Only the SHA-256 of the bearer token is kept: whoever reads the file (a backup, a
-- stolen disk) learns no token that would let them act as the account.
CREATE TABLE sessions (
  token_hash TEXT    NOT NULL PRIMARY KEY,                 -- lowercase hex SHA-256 of the token's UTF-8 text
  account_id TEXT    NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
  expires_at INTEGER NOT NULL                              -- unix seconds; the session is gone from this second on
) STRICT;

CREATE INDEX sessions_by_account ON sessions (account_id);
CREATE INDEX sessions_by_expiry ON sessions (expires_at);

-- What admins and organizers did (created a campaign, disabled an account, …): admin actions only, never
-- ballots. Rows are hash-chained: hash = SHA-256(prev_hash ‖ the row's fields), see AuditLog, so an edit made
-- by opening the file directly (which can drop the triggers below) shows up in AuditLog.VerifyAsync.
CREATE TABLE audit_log (
  seq         INTEGER NOT NULL PRIMARY KEY,                -- 1, 2, 3, … without gaps (rows are never deleted)
  at          TEXT    NOT NULL,                            -- ISO 8601 UTC to the second, e.g. 2026-03-01T09:30:00Z
  actor       TEXT    NOT NULL CHECK (actor <> ''),        -- an account id, or 'admin-key'
  action      TEXT    NOT NULL CHECK (action <> ''),
  campaign_id TEXT,                                        -- no foreign key: the log outlives what it mentions
  detail      TEXT    CHECK (detail IS NULL OR json_valid(detail)),
  prev_hash   TEXT    NOT NULL,                            -- the previous row's hash; 64 zeros for the first row
  hash        TEXT    NOT NULL
) STRICT;

CREATE INDEX audit_log_by_campaign ON audit_log (campaign_id, seq);

-- Append-only inside the application: no statement may change or remove a row.
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN
  SELECT RAISE(ABORT, 'audit_log is append-only: rows cannot be updated');
END;

CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN
  SELECT RAISE(ABORT, 'audit_log is append-only: rows cannot be deleted');
END;
