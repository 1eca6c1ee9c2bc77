-- The first schema: instance settings and what the plugin catalog must remember across restarts.
-- SqliteMigrator wraps each script in its own transaction and sets PRAGMA user_version to the script's
-- number, so scripts contain neither BEGIN/COMMIT nor the version.
-- STRICT tables reject a value of the wrong type instead of storing it as something else.

CREATE TABLE settings (
  key   TEXT NOT NULL PRIMARY KEY,
  value TEXT NOT NULL
) STRICT;

-- The last known status of each plugin version, shown after a restart even if its folder is gone.
CREATE TABLE plugin_state (
  plugin_id       TEXT    NOT NULL,
  version         TEXT    NOT NULL,
  status          TEXT    NOT NULL,
  last_error      TEXT,
  source          TEXT    NOT NULL,
  bundled         INTEGER NOT NULL CHECK (bundled IN (0, 1)),
  appraisal_types TEXT    NOT NULL, -- JSON array of appraisal type keys
  updated_at      TEXT    NOT NULL, -- ISO 8601, UTC
  PRIMARY KEY (plugin_id, version)
) STRICT;

-- Plugin ids an admin turned off; kept by id so the decision covers every version.
CREATE TABLE plugin_disabled (
  plugin_id TEXT NOT NULL PRIMARY KEY
) STRICT;
