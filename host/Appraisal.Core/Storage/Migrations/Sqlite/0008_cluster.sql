-- What several hosts behind a load balancer share through the database (docs/cluster-notes.md). SQLite has one
-- host, but it keeps the same tables, so that moving to PostgreSQL keeps sessions and uploaded plugins.

-- The ASP.NET data-protection key ring (antiforgery tokens, protected payloads): one XML element per key,
-- encrypted with Appraisal:KeyRingSecret when that is set.
CREATE TABLE data_protection_keys (
  name       TEXT NOT NULL PRIMARY KEY,  -- the key's friendly name, key-<guid>
  xml        TEXT NOT NULL,
  created_at TEXT NOT NULL               -- ISO 8601, UTC
) STRICT;

-- Plugin packages uploaded on the console, as uploaded: every host installs each into its own plugin folder.
-- A row is never updated; removing a package marks it removed (removed_revision), so hosts that still have the
-- folder delete it, and a later upload of the same id and version adds a new row.
CREATE TABLE plugin_packages (
  revision         INTEGER NOT NULL PRIMARY KEY,  -- plugin_revision.value when uploaded
  plugin_id        TEXT    NOT NULL,
  version          TEXT    NOT NULL,
  folder           TEXT    NOT NULL,              -- <id>-<version>, the folder in each host's plugin directory
  sha256           TEXT    NOT NULL,              -- of content, lower-case hex
  content          BLOB    NOT NULL,              -- the .zip
  uploaded_by      TEXT    NOT NULL,
  uploaded_at      TEXT    NOT NULL,              -- ISO 8601, UTC
  removed_revision INTEGER                        -- plugin_revision.value when removed; null while wanted
) STRICT;

CREATE UNIQUE INDEX plugin_packages_wanted ON plugin_packages (folder) WHERE removed_revision IS NULL;

-- One row: raised by every change to plugin_packages, so a host polls one number to know whether to look.
CREATE TABLE plugin_revision (
  id    INTEGER NOT NULL PRIMARY KEY CHECK (id = 1),
  value INTEGER NOT NULL
) STRICT;

INSERT INTO plugin_revision (id, value) VALUES (1, 0);

-- Attempt counters that must hold across hosts (failed logins per account). Keys are SHA-256 hashes, never a
-- login name. Only PostgreSQL uses it; one SQLite host counts in memory.
CREATE TABLE rate_counters (
  key          TEXT    NOT NULL,
  window_start INTEGER NOT NULL,  -- Unix seconds
  count        INTEGER NOT NULL,
  PRIMARY KEY (key, window_start)
) STRICT;
