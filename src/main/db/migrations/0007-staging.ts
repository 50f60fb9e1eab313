// Staging (issue 14): an import from the app parses into staged_issues first; staff review it and
// then 入库 (save) or 放弃 (discard). The parsed issue is kept as JSON beside its kept original's
// hash and stored path. Documents record who reviewed them and when (NULL: not reviewed).
import type { Migration } from './types'

export const migration0007: Migration = {
  version: 7,
  name: 'staging',
  up(db) {
    db.exec(`
      CREATE TABLE staged_issues (
        id INTEGER PRIMARY KEY,
        gazette TEXT NOT NULL,
        year INTEGER NOT NULL,
        issue_no INTEGER NOT NULL,
        file TEXT NOT NULL,
        sha256 TEXT NOT NULL UNIQUE,
        original_name TEXT NOT NULL,
        stored_path TEXT NOT NULL,
        size INTEGER NOT NULL,
        media_type TEXT NOT NULL,
        staged_at TEXT NOT NULL,
        replace INTEGER NOT NULL DEFAULT 0 CHECK (replace IN (0, 1)),
        -- the ParsedIssue, its documents carrying review marks ({ by, at }) and edited fields
        issue_json TEXT NOT NULL,
        read_warnings_json TEXT NOT NULL DEFAULT '[]',
        -- the text the parser read (its lines are what block sources point at)
        source_text TEXT NOT NULL DEFAULT '',
        document_count INTEGER NOT NULL,
        doubtful_count INTEGER NOT NULL
      ) STRICT;
      ALTER TABLE documents ADD COLUMN reviewed_by TEXT;
      ALTER TABLE documents ADD COLUMN reviewed_at TEXT;
    `)
  },
}
