-- The first schema: instance settings and what the plugin catalog must remember across restarts.
-- PostgresMigrator runs each script in its own transaction and records its number in schema_version, so scripts
-- contain neither BEGIN/COMMIT nor the version. These scripts mean what Migrations/Sqlite/ of the same number
-- mean: INTEGER is bigint, BLOB is bytea, and boolean is used only where the C# side passes a bool.

CREATE TABLE settings (
  key   text NOT NULL PRIMARY KEY,
  value text NOT NULL
);

-- The last known status of each plugin version, shown after a restart even if its folder is gone.
CREATE TABLE plugin_state (
  plugin_id       text    NOT NULL,
  version         text    NOT NULL,
  status          text    NOT NULL,
  last_error      text,
  source          text    NOT NULL,
  bundled         boolean NOT NULL,  -- SqlitePluginStateStore passes PluginEntry.Bundled, a bool
  appraisal_types text    NOT NULL,  -- JSON array of appraisal type keys
  updated_at      text    NOT NULL,  -- ISO 8601, UTC
  PRIMARY KEY (plugin_id, version)
);

-- Plugin ids an admin turned off; kept by id so the decision covers every version.
CREATE TABLE plugin_disabled (
  plugin_id text NOT NULL PRIMARY KEY
);
