// Everyday archive work: validity relations, staff corrections with history, hand-catalogued
// scans, settings, and 'removed' as an import-log outcome.
import type { Migration } from './types'

export const migration0003: Migration = {
  version: 3,
  name: 'archive-work',
  up(db) {
    db.exec(`
      -- A document repeals / amends / extends the document with 文号 doc_number (resolved at query time).
      CREATE TABLE relations (
        source_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        kind TEXT NOT NULL CHECK (kind IN ('repeals', 'amends', 'extends')),
        doc_number TEXT NOT NULL,
        PRIMARY KEY (source_id, kind, doc_number)
      ) STRICT;
      CREATE INDEX relations_doc_number ON relations(doc_number);

      -- Staff corrections, replayed in id order after a re-import of the same issue: the target is
      -- found by its 文号 (or seq) as it was just before the change, not by a row id that a
      -- replace renews. document_id is kept current for the history view.
      CREATE TABLE corrections (
        id INTEGER PRIMARY KEY,
        document_id INTEGER REFERENCES documents(id) ON DELETE SET NULL,
        related_document_id INTEGER REFERENCES documents(id) ON DELETE SET NULL,
        gazette TEXT NOT NULL,
        year INTEGER NOT NULL,
        issue_no INTEGER NOT NULL,
        target_seq INTEGER NOT NULL,
        target_doc_number TEXT,
        editor TEXT NOT NULL,
        at TEXT NOT NULL,
        field TEXT NOT NULL,
        old_value TEXT,
        new_value TEXT,
        note TEXT
      ) STRICT;
      CREATE INDEX corrections_issue ON corrections(gazette, year, issue_no, id);
      CREATE INDEX corrections_document ON corrections(document_id);
      CREATE INDEX corrections_related ON corrections(related_document_id);

      -- Documents catalogued by hand from a scan: no text, pages of the stored PDF.
      CREATE TABLE scanned_documents (
        document_id INTEGER PRIMARY KEY REFERENCES documents(id) ON DELETE CASCADE,
        page_from INTEGER NOT NULL,
        page_to INTEGER NOT NULL
      ) STRICT;

      CREATE TABLE settings (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL
      ) STRICT;

      -- SQLite cannot alter a CHECK: rebuild import_log with 'removed' allowed.
      CREATE TABLE import_log_new (
        id INTEGER PRIMARY KEY,
        at TEXT NOT NULL,
        file TEXT NOT NULL,
        sha256 TEXT,
        outcome TEXT NOT NULL CHECK (outcome IN ('imported', 'replaced', 'skipped', 'failed', 'removed')),
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
