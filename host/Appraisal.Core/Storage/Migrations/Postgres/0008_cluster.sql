-- What several hosts behind a load balancer share through the database (docs/cluster-notes.md); the same tables
-- as Sqlite/0008_cluster.sql, with bytea and bigint.

-- The ASP.NET data-protection key ring (antiforgery tokens, protected payloads): one XML element per key,
-- encrypted with Appraisal:KeyRingSecret when that is set.
CREATE TABLE data_protection_keys (
  name       text NOT NULL PRIMARY KEY,  -- the key's friendly name, key-<guid>
  xml        text NOT NULL,
  created_at text NOT NULL               -- ISO 8601, UTC
);

-- Plugin packages uploaded on the console, as uploaded: every host installs each into its own plugin folder.
-- A row is never updated but to mark it removed (removed_revision), so hosts that still have the folder delete it.
CREATE TABLE plugin_packages (
  revision         bigint NOT NULL PRIMARY KEY,  -- plugin_revision.value when uploaded
  plugin_id        text   NOT NULL,
  version          text   NOT NULL,
  folder           text   NOT NULL,              -- <id>-<version>, the folder in each host's plugin directory
  sha256           text   NOT NULL,              -- of content, lower-case hex
  content          bytea  NOT NULL,              -- the .zip
  uploaded_by      text   NOT NULL,
  uploaded_at      text   NOT NULL,              -- ISO 8601, UTC
  removed_revision bigint                        -- plugin_revision.value when removed; null while wanted
);

CREATE UNIQUE INDEX plugin_packages_wanted ON plugin_packages (folder) WHERE removed_revision IS NULL;

-- One row: raised by every change to plugin_packages, so a host polls one number to know whether to look.
-- Raising it with UPDATE … RETURNING locks the row, so concurrent uploads get distinct, increasing numbers.
CREATE TABLE plugin_revision (
  id    integer NOT NULL PRIMARY KEY CHECK (id = 1),
  value bigint  NOT NULL
);

INSERT INTO plugin_revision (id, value) VALUES (1, 0);

-- Attempt counters that must hold across hosts (failed logins per account). Keys are SHA-256 hashes, never a
-- login name. Counted with INSERT … ON CONFLICT … DO UPDATE … RETURNING count.
CREATE TABLE rate_counters (
  key          text   NOT NULL,
  window_start bigint NOT NULL,  -- Unix seconds
  count        bigint NOT NULL,
  PRIMARY KEY (key, window_start)
);
