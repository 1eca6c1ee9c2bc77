-- Staff accounts, their sessions, and the audit log of admin actions (see Migrations/Sqlite/0003_accounts.sql).
-- Raters have no account; none of these tables may ever hold a ballot id, a ballot code or anything else that
-- could link a ballot to a person.

-- "Wang.Li" and "wang.li" are one login, as COLLATE NOCASE makes them in SQLite: a nondeterministic ICU collation
-- compares without case, and the unique constraint (which ON CONFLICT (login) names) follows it.
CREATE COLLATION login_nocase (provider = icu, locale = 'und-u-ks-level2', deterministic = false);

CREATE TABLE accounts (
  id            text   NOT NULL PRIMARY KEY,                  -- random, 128 bits, hex; never reused
  login         text   NOT NULL COLLATE login_nocase UNIQUE,
  display_name  text   NOT NULL,
  role          text   NOT NULL CHECK (role IN ('Observer', 'Organizer', 'Admin')),
  password_hash text   NOT NULL,                              -- pbkdf2-sha256$iterations$salt$hash
  created_at    text   NOT NULL,                              -- ISO 8601 date, UTC
  disabled      bigint NOT NULL DEFAULT 0 CHECK (disabled IN (0, 1))
);

-- Signed-in sessions: only the SHA-256 of the bearer token is kept.
CREATE TABLE sessions (
  token_hash text   NOT NULL PRIMARY KEY,                     -- lowercase hex SHA-256 of the token's UTF-8 text
  account_id text   NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
  expires_at bigint NOT NULL                                  -- unix seconds
);

CREATE INDEX sessions_by_account ON sessions (account_id);
CREATE INDEX sessions_by_expiry ON sessions (expires_at);

-- What admins and organizers did: admin actions only, never ballots. Rows are hash-chained (see AuditLog).
CREATE TABLE audit_log (
  seq         bigint NOT NULL PRIMARY KEY,                    -- 1, 2, 3, … without gaps (rows are never deleted)
  at          text   NOT NULL,                                -- ISO 8601 UTC to the second
  actor       text   NOT NULL CHECK (actor <> ''),            -- an account id, or 'admin-key'
  action      text   NOT NULL CHECK (action <> ''),
  campaign_id text,                                           -- no foreign key: the log outlives what it mentions
  detail      text   CHECK (detail IS NULL OR detail::jsonb IS NOT NULL),  -- the cast refuses text that is not JSON
  prev_hash   text   NOT NULL,                                -- the previous row's hash; 64 zeros for the first row
  hash        text   NOT NULL
);

CREATE INDEX audit_log_by_campaign ON audit_log (campaign_id, seq);

-- Append-only inside the application: no statement may change or remove a row.
CREATE FUNCTION audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'audit_log is append-only: rows cannot be %', CASE TG_OP WHEN 'UPDATE' THEN 'updated' ELSE 'deleted' END;
END;
$$;

CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
  FOR EACH ROW EXECUTE FUNCTION audit_log_append_only();

CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
  FOR EACH ROW EXECUTE FUNCTION audit_log_append_only();
