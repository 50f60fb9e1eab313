// 安全替换 (issue 14): the rows of an issue as they were just before a replace, written in the
// replace's own transaction, so 恢复替换前 can put the old issue back exactly (same ids, same
// corrections' links) without touching the rest of the archive. The old original stays on disk
// while a snapshot names it.
import type { Migration } from './types'

export const migration0008: Migration = {
  version: 8,
  name: 'replaced-issues',
  up(db) {
    db.exec(`
      CREATE TABLE replaced_issues (
        id INTEGER PRIMARY KEY,
        gazette TEXT NOT NULL,
        year INTEGER NOT NULL,
        issue_no INTEGER NOT NULL,
        old_issue_id INTEGER NOT NULL,
        -- Set once the new issue is written (same transaction); the issue an undo removes.
        new_issue_id INTEGER,
        replaced_at TEXT NOT NULL,
        -- { issues, sections, documents, citations, relations, search_keys, scanned_documents,
        --   source_files, corrections: [{ id, document_id, related_document_id }] } as stored.
        rows_json TEXT NOT NULL,
        -- Stored paths of the old originals, kept on disk while this row exists.
        stored_paths_json TEXT NOT NULL DEFAULT '[]',
        undone_at TEXT
      ) STRICT;
      CREATE INDEX replaced_issues_new ON replaced_issues(new_issue_id);
    `)
  },
}
