// Issue 17: another file of an issue already held (the same 期 as PDF and as OFD) is kept as a further
// original of that issue, and the import log says so with an outcome of its own ('kept').
import type { Migration } from './types'

export const migration0013: Migration = {
  version: 13,
  name: 'origs-import-log-kept',
  up(db) {
    db.exec(`
      -- SQLite cannot alter a CHECK: rebuild import_log with 'kept' allowed.
      CREATE TABLE import_log_new (
        id INTEGER PRIMARY KEY,
        at TEXT NOT NULL,
        file TEXT NOT NULL,
        sha256 TEXT,
        outcome TEXT NOT NULL CHECK (outcome IN ('imported', 'replaced', 'skipped', 'failed', 'removed', 'staged', 'kept')),
        issue_id INTEGER,
        message TEXT NOT NULL DEFAULT '',
        warnings_json TEXT NOT NULL DEFAULT '[]'
      ) STRICT;
      INSERT INTO import_log_new SELECT id, at, file, sha256, outcome, issue_id, message, warnings_json
        FROM import_log;
      DROP TABLE import_log;
      ALTER TABLE import_log_new RENAME TO import_log;
    `)
  },
}
