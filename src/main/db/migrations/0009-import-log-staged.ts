// Issue 14: an import that stops at 待核对 is written to the import log when it is staged
// ('staged'), and its 入库 or 放弃 later as an entry of its own.
import type { Migration } from './types'

export const migration0009: Migration = {
  version: 9,
  name: 'import-log-staged',
  up(db) {
    db.exec(`
      -- SQLite cannot alter a CHECK: rebuild import_log with 'staged' allowed.
      CREATE TABLE import_log_new (
        id INTEGER PRIMARY KEY,
        at TEXT NOT NULL,
        file TEXT NOT NULL,
        sha256 TEXT,
        outcome TEXT NOT NULL CHECK (outcome IN ('imported', 'replaced', 'skipped', 'failed', 'removed', 'staged')),
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
